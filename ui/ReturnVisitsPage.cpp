// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnVisitsPage.h"

#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "MessageBox.h"
#include "RecordTable.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/DeadlineRepository.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

ReturnVisitsPage::ReturnVisitsPage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(
        tr("Regular return visits (seed 二.(三)2(3)): one after each signing and one after each handover, "
           "due by the deadline shown."),
        this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_showDone = new QCheckBox(tr("Show recorded visits too"), this);
    m_showDone->setObjectName(QStringLiteral("showDoneVisits"));
    top->addWidget(m_showDone);
    layout->addLayout(top);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("visitsTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Client"), tr("Visit"), tr("Owed by"), tr("Owed since"),
                                        tr("Deadline"), tr("Status"), tr("Satisfaction"),
                                        tr("What the client said")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    new DeadlineExplanation(m_table, m_session, DeadlineCell::ItemRole); // why each deadline is due then
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitsSummary"));
    layout->addWidget(m_summary);

    auto *form = new QGroupBox(tr("Record the selected visit"), this);
    auto *formLayout = new QHBoxLayout(form);
    m_channel = new QComboBox(form);
    m_channel->setObjectName(QStringLiteral("visitChannel"));
    for (const QString &c : ScheduledVisitRepository::channels())
        m_channel->addItem(ScheduledVisitRepository::channelLabel(c), c);
    m_satisfaction = new QSpinBox(form);
    m_satisfaction->setObjectName(QStringLiteral("visitSatisfaction"));
    m_satisfaction->setRange(1, 5);
    m_satisfaction->setValue(5);
    m_satisfaction->setSuffix(QStringLiteral(" / 5"));
    m_satisfied = new QCheckBox(tr("Satisfied"), form);
    m_satisfied->setObjectName(QStringLiteral("visitSatisfied"));
    m_satisfied->setChecked(true);
    m_outcome = new QLineEdit(form);
    m_outcome->setObjectName(QStringLiteral("visitOutcome"));
    m_outcome->setPlaceholderText(tr("What the client said"));
    m_record = new QPushButton(tr("Record visit"), form);
    m_record->setObjectName(QStringLiteral("recordVisit"));
    formLayout->addWidget(new QLabel(tr("By:"), form));
    formLayout->addWidget(m_channel);
    formLayout->addWidget(new QLabel(tr("Satisfaction:"), form));
    formLayout->addWidget(m_satisfaction);
    formLayout->addWidget(m_satisfied);
    formLayout->addWidget(m_outcome, 1);
    formLayout->addWidget(m_record);
    // Roles that may not record visits see the list only (the models refuse them anyway).
    form->setVisible(Permissions::allows(m_session.role, Action::RecordReturnVisit));
    layout->addWidget(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("visitsMessage"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_showDone, &QCheckBox::toggled, this, &ReturnVisitsPage::reload);
    connect(m_record, &QPushButton::clicked, this, &ReturnVisitsPage::recordSelected);
    connect(m_outcome, &QLineEdit::returnPressed, this, &ReturnVisitsPage::recordSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openClient(m_rows.at(row).clientId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = rowOf(selectedId());
        m_record->setEnabled(row >= 0 && m_rows.at(row).status == Vocabulary::VisitStatus::Due);
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ReturnVisitsPage::tick);
    m_tick->start();
    reload();
}

void ReturnVisitsPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void ReturnVisitsPage::reload()
{
    const qint64 keep = selectedId();
    const qint64 now = m_session.clock->nowMs();
    try {
        m_rows = ScheduledVisitRepository(m_session).list(!m_showDone->isChecked());
        QList<qint64> ids;
        for (const ScheduledVisit &v : std::as_const(m_rows))
            ids << v.id;
        const auto deadlines = DeadlineRepository(m_session).latestForRecords(
            QString::fromLatin1(ScheduledVisitRepository::kEntity), ids);
        m_table->setRowCount(int(m_rows.size()));
        int late = 0;
        for (int r = 0; r < m_rows.size(); ++r) {
            const ScheduledVisit &v = m_rows.at(r);
            auto put = [&](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                m_table->setItem(r, column, item);
                return item;
            };
            put(NumberColumn, QString::number(v.id));
            put(ClientColumn, v.clientName);
            put(KindColumn, ScheduledVisitRepository::kindLabel(v.kind));
            put(StaffColumn, v.staffName);
            put(OwedColumn, OfficeTime::formatDateTime(v.owedFrom));
            const auto byPolicy = deadlines.value(v.id);
            const auto it = byPolicy.constFind(ScheduledVisitRepository::policyOf(v.kind));
            DeadlineCell::show(put(DeadlineColumn, QString()), it == byPolicy.constEnd() ? nullptr : &*it,
                               now);
            late += it != byPolicy.constEnd() && it->stateAt(now) == DeadlineState::Overdue;
            put(StatusColumn, v.status == Vocabulary::VisitStatus::Done
                                  ? tr("Visited %1 (%2)")
                                        .arg(OfficeTime::formatDateTime(v.visitedAt),
                                             ScheduledVisitRepository::channelLabel(v.channel))
                                  : tr("Due"));
            auto *score =
                put(SatisfactionColumn, v.satisfaction > 0 ? tr("%1 / 5").arg(v.satisfaction) : QString());
            if (v.satisfaction > 0 && !v.satisfied)
                score->setForeground(StatePalette::foreground(Tone::Alert));
            put(OutcomeColumn, v.outcome);
        }
        RecordTable::fitColumns(m_table);
        DeadlineCell::fitColumns(m_table, {DeadlineColumn});
        m_summary->setText(tr("%n visit(s) shown", nullptr, int(m_rows.size())) + QStringLiteral(" · ") +
                           tr("%n overdue", nullptr, late));
    } catch (const Error &e) {
        say(e.message(), true);
    }
    if (!selectVisit(keep))
        m_record->setEnabled(false);
}

void ReturnVisitsPage::tick()
{
    const qint64 now = m_session.clock->nowMs();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *item = m_table->item(r, DeadlineColumn))
            DeadlineCell::tick(item, now);
}

int ReturnVisitsPage::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

qint64 ReturnVisitsPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() && m_table->selectionModel()->isRowSelected(row, {})
               ? m_rows.at(row).id
               : 0;
}

bool ReturnVisitsPage::selectVisit(qint64 id)
{
    const int row = id > 0 ? rowOf(id) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollToItem(m_table->item(row, NumberColumn));
    return true;
}

bool ReturnVisitsPage::verdictConfirmed()
{
    const int score = m_satisfaction->value();
    const bool satisfied = m_satisfied->isChecked();
    if (satisfied ? score > 2 : score < 4)
        return true;
    const QString text =
        satisfied
            ? tr("The satisfaction is %1 / 5, yet \"Satisfied\" is ticked, so no follow-up task will be "
                 "created. Record the visit as satisfied?")
                  .arg(score)
            : tr("The satisfaction is %1 / 5, yet \"Satisfied\" is not ticked: the visit will be "
                 "recorded as not satisfied, with a follow-up task. Record it so?")
                  .arg(score);
    if (MessageBox::question(this, tr("Return visit"), text) == QMessageBox::Yes)
        return true;
    say(tr("Nothing recorded: correct the satisfaction or the \"Satisfied\" box."), false);
    m_satisfaction->setFocus();
    return false;
}

QString ReturnVisitsPage::recordedText(const ScheduledVisit &v)
{
    if (v.satisfied)
        return tr("Return visit No. %1 to %2 recorded: satisfied, satisfaction %3 / 5.")
            .arg(v.id)
            .arg(v.clientName)
            .arg(v.satisfaction);
    const QString done = tr("Return visit No. %1 to %2 recorded: NOT satisfied, satisfaction %3 / 5.")
                             .arg(v.id)
                             .arg(v.clientName)
                             .arg(v.satisfaction);
    return done + QLatin1Char(' ') +
           (v.staffName.isEmpty()
                ? tr("A follow-up task due today is on the supervisors' dashboard.")
                : tr("A follow-up task due today is on the dashboard of %1 and of the supervisors.")
                      .arg(v.staffName));
}

bool ReturnVisitsPage::recordSelected()
{
    const int row = rowOf(selectedId());
    if (row < 0) {
        say(tr("Select a visit first."), true);
        return false;
    }
    if (!verdictConfirmed())
        return false;
    ScheduledVisit v = m_rows.at(row);
    v.channel = m_channel->currentData().toString();
    v.satisfaction = m_satisfaction->value();
    v.satisfied = m_satisfied->isChecked();
    v.outcome = m_outcome->text();
    v.visitedAt = 0; // now
    try {
        ScheduledVisitRepository(m_session).record(v);
    } catch (const ValidationError &e) {
        say(e.message(), true);
        if (e.field() == QLatin1String("outcome"))
            m_outcome->setFocus();
        return false;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
    say(recordedText(v), false);
    m_outcome->clear();
    m_satisfaction->setValue(5);
    m_satisfied->setChecked(true);
    reload();
    emit recorded(v.id);
    return true;
}

} // namespace estatedesk
