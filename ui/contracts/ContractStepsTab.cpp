// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractStepsTab.h"

#include "RecordTable.h"
#include "StatePalette.h"
#include "contracts/ContractForms.h"
#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/LoanTaxSteps.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

ContractStepsTab::ContractStepsTab(const Session &session, const RecordAction &act, QWidget *parent)
    : QWidget(parent), m_session(session), m_act(act)
{
    auto *sl = new QVBoxLayout(this);
    m_steps = RecordTable::create({tr("Step"), tr("Status"), tr("Date"), tr("Notes")}, this);
    m_steps->setObjectName(QStringLiteral("stepTable"));
    sl->addWidget(m_steps, 1);
    auto *stepRow = new QHBoxLayout;
    m_stepDate = ContractForms::dateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), this);
    m_stepDate->setObjectName(QStringLiteral("stepDate"));
    m_stepNotes = new QLineEdit(this);
    m_stepNotes->setObjectName(QStringLiteral("stepNotes"));
    m_stepNotes->setPlaceholderText(tr("notes: bank, amount, who helped"));
    stepRow->addWidget(m_stepDate);
    stepRow->addWidget(m_stepNotes, 1);
    connect(ContractForms::button(tr("Done"), "stepDoneButton", this, stepRow), &QPushButton::clicked, this,
            [this] { markStep(Vocabulary::LoanTaxStatus::Done); });
    connect(ContractForms::button(tr("Rejected by the bank"), "stepRejectedButton", this, stepRow),
            &QPushButton::clicked, this, [this] { markStep(Vocabulary::LoanTaxStatus::Rejected); });
    sl->addLayout(stepRow);
}

void ContractStepsTab::showContract(qint64 contractId)
{
    m_steps->setRowCount(0);
    if (contractId == 0)
        return;
    const QList<LoanTaxSteps::Step> steps = LoanTaxSteps(m_session).checklist(contractId);
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const auto &s : steps) {
        const QString status = s.status == Vocabulary::LoanTaxStatus::Done       ? tr("Done")
                               : s.status == Vocabulary::LoanTaxStatus::Rejected ? tr("Rejected")
                                                                                 : tr("Pending");
        rows << QStringList{LoanTaxSteps::stepLabel(s.step), status,
                            s.doneOn.isValid() ? s.doneOn.toString(Qt::ISODate) : QString(), s.notes};
        ids << s.id;
    }
    RecordTable::fill(m_steps, rows, ids);
    for (int r = 0; r < steps.size(); ++r)
        for (int col = 0; col < m_steps->columnCount(); ++col) {
            if (steps.at(r).status == Vocabulary::LoanTaxStatus::Rejected)
                m_steps->item(r, col)->setBackground(StatePalette::background(Tone::Alert));
            else if (steps.at(r).status == Vocabulary::LoanTaxStatus::Done)
                m_steps->item(r, col)->setBackground(StatePalette::background(Tone::Neutral));
        }
}

void ContractStepsTab::clearTyping()
{
    m_stepDate->setDate(OfficeTime::toOffice(m_session.clock->nowMs()).date());
    m_stepNotes->clear();
}

bool ContractStepsTab::markStep(const QString &status)
{
    const qint64 step = RecordTable::selectedId(m_steps);
    if (step == 0) {
        m_act.say(tr("Select a step first."), true);
        return false;
    }
    return m_act.run(
        [this, step, status](qint64) {
            LoanTaxSteps(m_session).mark(step, status, m_stepDate->date(), m_stepNotes->text());
        },
        status == Vocabulary::LoanTaxStatus::Rejected
            ? tr("Rejection recorded; the consultant and the supervisors have a task today.")
            : tr("Step recorded."));
}

} // namespace estatedesk
