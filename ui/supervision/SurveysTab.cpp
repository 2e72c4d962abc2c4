// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveysTab.h"

#include "DateTimeTyping.h"
#include "RecordTable.h"
#include "SurveyChart.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/SurveyRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

QSpinBox *newScoreBox(QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(1, 5);
    s->setValue(5);
    return s;
}

QString twoDecimals(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 2);
}

} // namespace

SurveysTab::SurveysTab(const Session &session, QWidget *parent) : PageTab(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(buildTargets(), 2);
    layout->addLayout(buildResults(), 3);
}

// The quarter and stage, the clients to ask, and the answer row.
QLayout *SurveysTab::buildTargets()
{
    auto *left = new QVBoxLayout;
    auto *top = new QHBoxLayout;
    m_quarterEdit = new QLineEdit(this);
    m_quarterEdit->setObjectName(QStringLiteral("surveyQuarter"));
    m_quarterEdit->setMaximumWidth(90);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("surveyStage"));
    m_stage->addItem(tr("Every stage"), QString());
    for (const QString &s : SurveyRepository::stages())
        m_stage->addItem(SurveyRepository::stageLabel(s), s);
    top->addWidget(new QLabel(tr("Quarter:"), this));
    top->addWidget(m_quarterEdit);
    top->addWidget(new QLabel(tr("Clients to ask:"), this));
    top->addWidget(m_stage);
    top->addStretch(1);
    left->addLayout(top);
    connect(m_quarterEdit, &QLineEdit::editingFinished, this,
            [this] { showQuarter(m_quarterEdit->text().trimmed()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { showQuarter(m_quarter); });
    m_targets = RecordTable::create({tr("Client"), tr("Stage"), tr("Served by")}, this);
    m_targets->setObjectName(QStringLiteral("surveyTargets"));
    left->addWidget(m_targets, 1);
    auto *answer = new QHBoxLayout;
    m_attitude = newScoreBox(this);
    m_attitude->setObjectName(QStringLiteral("attitudeScore"));
    m_efficiency = newScoreBox(this);
    m_efficiency->setObjectName(QStringLiteral("efficiencyScore"));
    m_resolution = newScoreBox(this);
    m_resolution->setObjectName(QStringLiteral("resolutionScore"));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("surveyComment"));
    m_comment->setPlaceholderText(tr("what the client said"));
    answer->addWidget(new QLabel(tr("Attitude"), this));
    answer->addWidget(m_attitude);
    answer->addWidget(new QLabel(tr("Efficiency"), this));
    answer->addWidget(m_efficiency);
    answer->addWidget(new QLabel(tr("Resolution"), this));
    answer->addWidget(m_resolution);
    answer->addWidget(m_comment, 1);
    auto *record = new QPushButton(tr("Record answer"), this);
    record->setObjectName(QStringLiteral("recordAnswerButton"));
    answer->addWidget(record);
    connect(record, &QPushButton::clicked, this, [this] { recordResponse(); });
    left->addLayout(answer);
    return left;
}

// The results by staff member, their chart, and the improvement actions.
QLayout *SurveysTab::buildResults()
{
    auto *right = new QVBoxLayout;
    m_results = RecordTable::create({tr("Staff member"), tr("Responses"), tr("Attitude"), tr("Efficiency"),
                                     tr("Resolution"), tr("Overall")},
                                    this);
    m_results->setObjectName(QStringLiteral("surveyResults"));
    right->addWidget(m_results, 1);
    m_chart = new SurveyChart(this);
    m_chart->setObjectName(QStringLiteral("surveyChart"));
    right->addWidget(m_chart, 2);
    auto *actionRow = new QHBoxLayout;
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("improvementAction"));
    m_action->setPlaceholderText(tr("improvement action from this survey"));
    m_actionDue = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date().addMonths(1), this);
    DateTimeTyping::selectSectionOnClick(m_actionDue);
    m_actionDue->setCalendarPopup(true);
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *add = new QPushButton(tr("Add action"), this);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto *done = new QPushButton(tr("Selected action done"), this);
    done->setObjectName(QStringLiteral("completeActionButton"));
    done->setToolTip(tr("Marks the selected action done, with the text typed on the left as its result."));
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_actionDue);
    actionRow->addWidget(add);
    actionRow->addWidget(done);
    connect(add, &QPushButton::clicked, this, [this] { addAction(); });
    connect(done, &QPushButton::clicked, this, [this] { completeAction(); });
    right->addLayout(actionRow);
    m_actions = new QListWidget(this);
    m_actions->setObjectName(QStringLiteral("improvementActions"));
    m_actions->setMaximumHeight(m_actions->fontMetrics().height() * 6);
    right->addWidget(m_actions);
    return right;
}

void SurveysTab::reload()
{
    const qint64 action =
        m_actions->currentItem() ? m_actions->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    if (!m_quarter.isEmpty())
        showQuarter(m_quarter);
    for (int row = 0; action > 0 && row < m_actions->count(); ++row)
        if (m_actions->item(row)->data(Qt::UserRole).toLongLong() == action)
            m_actions->setCurrentRow(row);
}

void SurveysTab::showQuarter(const QString &quarter)
{
    m_quarter = quarter;
    m_quarterEdit->setText(quarter);
    try {
        SurveyRepository surveys(m_session);
        m_campaign = surveys.campaign(quarter);
        const QString stage = m_stage->currentData().toString();
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const auto &t :
             surveys.targets(m_campaign, stage.isEmpty() ? QStringList{} : QStringList{stage})) {
            rows << QStringList{t.clientName, SurveyRepository::stageLabel(t.stage), t.staffName};
            ids << t.clientId;
        }
        RecordTable::fill(m_targets, rows, ids);
        const QList<SurveyRepository::Score> scores = surveys.results(m_campaign);
        rows.clear();
        for (const auto &s : scores)
            rows << QStringList{s.staffName,
                                QString::number(s.responses),
                                twoDecimals(s.attitude),
                                twoDecimals(s.efficiency),
                                twoDecimals(s.resolution),
                                twoDecimals(s.overall)};
        RecordTable::fill(m_results, rows);
        m_chart->setScores(scores);
        m_actions->clear();
        for (const auto &a : surveys.actions(m_campaign)) {
            auto *item = new QListWidgetItem(
                a.doneAt > 0 ? tr("✓ %1 — %2").arg(a.action, a.result)
                             : tr("%1 (due %2)").arg(a.action, a.dueOn.toString(Qt::ISODate)),
                m_actions);
            item->setData(Qt::UserRole, a.id);
        }
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool SurveysTab::change(const std::function<void()> &work, const QString &done)
{
    return action([this] { showQuarter(m_quarter); }).run([&](qint64) { work(); }, done);
}

bool SurveysTab::recordResponse()
{
    const qint64 client = RecordTable::selectedId(m_targets);
    if (client == 0) {
        say(tr("Select the client who answered."), true);
        return false;
    }
    const SurveyRepository::Response answer{
        client, m_attitude->value(), m_efficiency->value(), m_resolution->value(), m_comment->text(), 0};
    return change(
        [&] {
            SurveyRepository(m_session).addResponse(m_campaign, answer);
            m_comment->clear();
            for (QSpinBox *score : {m_attitude, m_efficiency, m_resolution})
                score->setValue(5); // the next client's answer starts afresh, as on the complaints board
        },
        SurveyRepository::unsatisfied(answer)
            ? tr("Answer recorded. A score of %1 or less: the client is not satisfied, and a follow-up "
                 "task is on the dashboard of whoever served them.")
                  .arg(SurveyRepository::kUnsatisfiedScore)
            : tr("Answer recorded."));
}

bool SurveysTab::addAction()
{
    return change(
        [&] {
            SurveyRepository(m_session).addAction(m_campaign, m_action->text(), m_session.actorId,
                                                  m_actionDue->date());
            m_action->clear();
        },
        tr("Improvement action recorded."));
}

bool SurveysTab::completeAction()
{
    QListWidgetItem *item = m_actions->currentItem();
    if (!item) {
        say(tr("Select the improvement action that is done."), true);
        return false;
    }
    return change(
        [&] {
            SurveyRepository(m_session).completeAction(item->data(Qt::UserRole).toLongLong(),
                                                       m_action->text());
            m_action->clear();
        },
        tr("Improvement action done."));
}

} // namespace estatedesk
