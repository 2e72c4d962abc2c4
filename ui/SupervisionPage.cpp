// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisionPage.h"

#include "PrintPreview.h"
#include "print/ReportPrinter.h"
#include "StatePalette.h"
#include "SurveyChart.h"
#include "TrendsView.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "deadlines/DeadlinePolicy.h"
#include "reports/OfficeReports.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, const QList<QStringList> &rows, const QList<qint64> &ids = {})
{
    t->clearContents();
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (r < ids.size())
                item->setData(Qt::UserRole, ids.at(r));
            t->setItem(r, c, item);
        }
    t->resizeColumnsToContents();
}

qint64 selectedId(const QTableWidget *t)
{
    const QList<QTableWidgetItem *> s = t->selectedItems();
    return s.isEmpty() ? 0 : s.constFirst()->data(Qt::UserRole).toLongLong();
}

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

SupervisionPage::SupervisionPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_seesTeam = Permissions::allows(m_session.role, Action::PrintReports);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    if (!m_seesTeam) { // their own appraisal only
        m_tabs->addTab(buildAppraisal(), tr("My appraisal"));
        layout->addWidget(m_tabs, 1);
        layout->addWidget(m_status);
        showAppraisalMonth(today.addMonths(-1).toString(QStringLiteral("yyyy-MM")));
        return;
    }
    m_tabs->addTab(buildSurveys(), tr("Satisfaction surveys"));
    m_tabs->addTab(buildTraining(), tr("Training"));
    m_tabs->addTab(buildAppraisal(), tr("Monthly appraisal"));
    m_tabs->addTab(buildReports(), tr("Reports"));
    m_trends = new TrendsView(m_session, this);
    m_tabs->addTab(m_trends, tr("Trends"));
    connect(m_trends, &TrendsView::failed, this, [this](const QString &message) { say(message, true); });
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    showQuarter(QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1));
    showTrainingMonth(today.toString(QStringLiteral("yyyy-MM")));
    // The month to appraise is the one that ended last; computed when its tab is first opened.
    m_appraisalMonth = today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    m_appraisalMonthEdit->setText(m_appraisalMonth);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2 && m_appraisal->rowCount() == 0)
            showAppraisalMonth(m_appraisalMonth);
        // The trends read a year of records: computed when their tab is first opened.
        if (m_tabs->widget(index) == m_trends && m_trends->month().isEmpty())
            m_trends->showMonth(OfficeTime::toOffice(m_session.clock->nowMs()).toString(QStringLiteral("yyyy-MM")));
    });
}

void SupervisionPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

// ---------------------------------------------------------------- surveys

QWidget *SupervisionPage::buildSurveys()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *top = new QHBoxLayout;
    m_quarterEdit = new QLineEdit(page);
    m_quarterEdit->setMaximumWidth(90);
    m_stage = new QComboBox(page);
    m_stage->addItem(tr("Every stage"), QString());
    for (const QString &s : SurveyRepository::stages())
        m_stage->addItem(SurveyRepository::stageLabel(s), s);
    top->addWidget(new QLabel(tr("Quarter:"), page));
    top->addWidget(m_quarterEdit);
    top->addWidget(new QLabel(tr("Clients to ask:"), page));
    top->addWidget(m_stage);
    top->addStretch(1);
    left->addLayout(top);
    connect(m_quarterEdit, &QLineEdit::editingFinished, this, [this] { showQuarter(m_quarterEdit->text().trimmed()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { showQuarter(m_quarter); });
    m_targets = table({tr("Client"), tr("Stage"), tr("Served by")}, page);
    left->addWidget(m_targets, 1);
    auto *answer = new QHBoxLayout;
    m_attitude = newScoreBox(page);
    m_efficiency = newScoreBox(page);
    m_resolution = newScoreBox(page);
    m_comment = new QLineEdit(page);
    m_comment->setPlaceholderText(tr("what the client said"));
    answer->addWidget(new QLabel(tr("Attitude"), page));
    answer->addWidget(m_attitude);
    answer->addWidget(new QLabel(tr("Efficiency"), page));
    answer->addWidget(m_efficiency);
    answer->addWidget(new QLabel(tr("Resolution"), page));
    answer->addWidget(m_resolution);
    answer->addWidget(m_comment, 1);
    auto *record = new QPushButton(tr("Record answer"), page);
    answer->addWidget(record);
    connect(record, &QPushButton::clicked, this, [this] { recordResponse(); });
    left->addLayout(answer);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_results = table({tr("Staff member"), tr("Responses"), tr("Attitude"), tr("Efficiency"), tr("Resolution"), tr("Overall")}, page);
    right->addWidget(m_results, 1);
    m_chart = new SurveyChart(page);
    right->addWidget(m_chart, 2);
    auto *actionRow = new QHBoxLayout;
    m_action = new QLineEdit(page);
    m_action->setPlaceholderText(tr("improvement action from this survey"));
    m_actionDue = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date().addMonths(1), page);
    m_actionDue->setCalendarPopup(true);
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *add = new QPushButton(tr("Add action"), page);
    auto *done = new QPushButton(tr("Selected action done"), page);
    done->setToolTip(tr("Marks the selected action done, with the text typed on the left as its result."));
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_actionDue);
    actionRow->addWidget(add);
    actionRow->addWidget(done);
    connect(add, &QPushButton::clicked, this, [this] { addAction(); });
    connect(done, &QPushButton::clicked, this, [this] { completeAction(); });
    right->addLayout(actionRow);
    m_actions = new QListWidget(page);
    m_actions->setMaximumHeight(m_actions->fontMetrics().height() * 6);
    right->addWidget(m_actions);
    layout->addLayout(right, 3);
    return page;
}

// What identifies a row across a reload: its record id, or the first column's text.
static QVariant rowKey(const QTableWidget *t, int row)
{
    const QTableWidgetItem *item = t->item(row, 0);
    if (!item)
        return {};
    const QVariant id = item->data(Qt::UserRole);
    return id.isValid() ? id : QVariant(item->text());
}

void SupervisionPage::reload()
{
    // The selected row of every list, found again by its key once the lists are read anew.
    std::vector<std::pair<QPointer<QTableWidget>, QVariant>> selected;
    for (QTableWidget *t : findChildren<QTableWidget *>())
        if (t->currentRow() >= 0)
            selected.emplace_back(t, rowKey(t, t->currentRow()));
    const qint64 action = m_actions->currentItem() ? m_actions->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    if (!m_quarter.isEmpty())
        showQuarter(m_quarter);
    if (!m_trainingMonth.isEmpty())
        showTrainingMonth(m_trainingMonth);
    if (!m_appraisalMonth.isEmpty())
        showAppraisalMonth(m_appraisalMonth);
    for (const auto &[t, key] : selected) {
        if (!t || !key.isValid())
            continue;
        for (int row = 0; row < t->rowCount(); ++row)
            if (rowKey(t, row) == key) {
                t->selectRow(row);
                break;
            }
    }
    for (int row = 0; action > 0 && row < m_actions->count(); ++row)
        if (m_actions->item(row)->data(Qt::UserRole).toLongLong() == action)
            m_actions->setCurrentRow(row);
}

void SupervisionPage::showQuarter(const QString &quarter)
{
    m_quarter = quarter;
    m_quarterEdit->setText(quarter);
    try {
        SurveyRepository surveys(m_session);
        m_campaign = surveys.campaign(quarter);
        const QString stage = m_stage->currentData().toString();
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const auto &t : surveys.targets(m_campaign, stage.isEmpty() ? QStringList{} : QStringList{stage})) {
            rows << QStringList{t.clientName, SurveyRepository::stageLabel(t.stage), t.staffName};
            ids << t.clientId;
        }
        fill(m_targets, rows, ids);
        const QList<SurveyRepository::Score> scores = surveys.results(m_campaign);
        rows.clear();
        for (const auto &s : scores)
            rows << QStringList{s.staffName, QString::number(s.responses), twoDecimals(s.attitude), twoDecimals(s.efficiency),
                                twoDecimals(s.resolution), twoDecimals(s.overall)};
        fill(m_results, rows);
        m_chart->setScores(scores);
        m_actions->clear();
        for (const auto &a : surveys.actions(m_campaign)) {
            auto *item = new QListWidgetItem(a.doneAt > 0 ? tr("✓ %1 — %2").arg(a.action, a.result)
                                                          : tr("%1 (due %2)").arg(a.action, a.dueOn.toString(Qt::ISODate)),
                                             m_actions);
            item->setData(Qt::UserRole, a.id);
        }
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool SupervisionPage::recordResponse()
{
    const qint64 client = selectedId(m_targets);
    if (client == 0) {
        say(tr("Select the client who answered."), true);
        return false;
    }
    try {
        SurveyRepository(m_session).addResponse(m_campaign, {client, m_attitude->value(), m_efficiency->value(), m_resolution->value(),
                                                             m_comment->text(), 0});
        m_comment->clear();
        showQuarter(m_quarter);
        say(tr("Answer recorded."), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::addAction()
{
    try {
        SurveyRepository(m_session).addAction(m_campaign, m_action->text(), m_session.actorId, m_actionDue->date());
        m_action->clear();
        showQuarter(m_quarter);
        say(tr("Improvement action recorded."), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::completeAction()
{
    QListWidgetItem *item = m_actions->currentItem();
    if (!item) {
        say(tr("Select the improvement action that is done."), true);
        return false;
    }
    try {
        SurveyRepository(m_session).completeAction(item->data(Qt::UserRole).toLongLong(), m_action->text());
        m_action->clear();
        showQuarter(m_quarter);
        say(tr("Improvement action done."), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

// ---------------------------------------------------------------- training

QWidget *SupervisionPage::buildTraining()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_trainingMonthEdit = new QLineEdit(page);
    m_trainingMonthEdit->setMaximumWidth(90);
    top->addWidget(new QLabel(tr("Month:"), page));
    top->addWidget(m_trainingMonthEdit);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_trainingMonthEdit, &QLineEdit::editingFinished, this, [this] { showTrainingMonth(m_trainingMonthEdit->text().trimmed()); });
    auto *newRow = new QHBoxLayout;
    m_sessionDate = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), page);
    m_sessionDate->setCalendarPopup(true);
    m_sessionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_topic = new QComboBox(page);
    for (const QString &t : TrainingRepository::topics())
        m_topic->addItem(TrainingRepository::topicLabel(t), t);
    m_sessionTitle = new QLineEdit(page);
    m_sessionTitle->setPlaceholderText(tr("title of the session"));
    m_passMark = new QSpinBox(page);
    m_passMark->setRange(0, 100);
    m_passMark->setValue(80);
    m_passMark->setPrefix(tr("pass mark "));
    auto *add = new QPushButton(tr("Add session"), page);
    newRow->addWidget(m_sessionDate);
    newRow->addWidget(m_topic);
    newRow->addWidget(m_sessionTitle, 1);
    newRow->addWidget(m_passMark);
    newRow->addWidget(add);
    connect(add, &QPushButton::clicked, this, [this] { addTrainingSession(); });
    layout->addLayout(newRow);
    auto *middle = new QHBoxLayout;
    m_sessions = table({tr("Date"), tr("Topic"), tr("Title"), tr("Pass mark")}, page);
    m_sessionResults = table({tr("Staff member"), tr("Attempts"), tr("Latest score"), tr("Result")}, page);
    middle->addWidget(m_sessions, 3);
    middle->addWidget(m_sessionResults, 2);
    auto *untrainedBox = new QVBoxLayout;
    untrainedBox->addWidget(new QLabel(tr("Not trained this month:"), page));
    m_untrained = new QListWidget(page);
    untrainedBox->addWidget(m_untrained);
    middle->addLayout(untrainedBox, 1);
    layout->addLayout(middle, 1);
    auto *assessRow = new QHBoxLayout;
    m_assessStaff = new QComboBox(page);
    try {
        for (const Staff &s : StaffRepository(m_session).list(true))
            if (s.role != QLatin1String("admin"))
                m_assessStaff->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    m_score = new QSpinBox(page);
    m_score->setRange(0, 100);
    m_score->setValue(80);
    auto *assessButton = new QPushButton(tr("Record assessment"), page);
    assessRow->addWidget(new QLabel(tr("Assess, in the selected session:"), page));
    assessRow->addWidget(m_assessStaff);
    assessRow->addWidget(m_score);
    assessRow->addWidget(assessButton);
    assessRow->addStretch(1);
    connect(assessButton, &QPushButton::clicked, this, [this] { assess(); });
    layout->addLayout(assessRow);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, [this] {
        QList<QStringList> rows;
        try {
            for (const auto &r : TrainingRepository(m_session).results(selectedId(m_sessions)))
                rows << QStringList{r.staffName, QString::number(r.attempt), QString::number(r.score),
                                    r.passed ? tr("passed") : tr("re-assessment due")};
        } catch (const Error &e) {
            say(e.message(), true);
        }
        fill(m_sessionResults, rows);
    });
    return page;
}

void SupervisionPage::showTrainingMonth(const QString &month)
{
    QDate first;
    OfficeTime::monthSpan(month, &first);
    if (!first.isValid()) {
        say(tr("Month: \"%1\" is not a month like 2026-11").arg(month), true);
        return;
    }
    m_trainingMonth = month;
    m_trainingMonthEdit->setText(month);
    try {
        TrainingRepository repo(m_session);
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const auto &s : repo.sessionsIn(first, first.addMonths(1))) {
            rows << QStringList{s.heldOn.toString(Qt::ISODate), TrainingRepository::topicLabel(s.topic), s.title, QString::number(s.passMark)};
            ids << s.id;
        }
        fill(m_sessions, rows, ids);
        m_untrained->clear();
        for (const auto &u : repo.untrained(first, first.addMonths(1)))
            m_untrained->addItem(u.second);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool SupervisionPage::addTrainingSession()
{
    try {
        TrainingRepository(m_session).addSession(m_sessionDate->date(), m_topic->currentData().toString(), m_sessionTitle->text(),
                                                 m_passMark->value());
        m_sessionTitle->clear();
        showTrainingMonth(m_sessionDate->date().toString(QStringLiteral("yyyy-MM")));
        say(tr("Training session added."), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::assess()
{
    const qint64 session = selectedId(m_sessions);
    if (session == 0) {
        say(tr("Select the session first."), true);
        return false;
    }
    try {
        const auto r = TrainingRepository(m_session).assess(session, m_assessStaff->currentData().toLongLong(), m_score->value());
        showTrainingMonth(m_trainingMonth);
        for (int row = 0; row < m_sessions->rowCount(); ++row)
            if (m_sessions->item(row, 0)->data(Qt::UserRole).toLongLong() == session)
                m_sessions->selectRow(row);
        say(r.passed ? tr("Passed at attempt %1.").arg(r.attempt) : tr("Not passed at attempt %1: a re-assessment is due.").arg(r.attempt),
            !r.passed);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

// ---------------------------------------------------------------- appraisal

QWidget *SupervisionPage::buildAppraisal()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_appraisalMonthEdit = new QLineEdit(page);
    m_appraisalMonthEdit->setMaximumWidth(90);
    m_appraisalStatus = new QLabel(page);
    auto *publishButton = new QPushButton(tr("Publish the month"), page);
    m_reason = new QLineEdit(page);
    m_reason->setPlaceholderText(tr("what a correction changes"));
    auto *correct = new QPushButton(tr("Publish a correction"), page);
    top->addWidget(new QLabel(tr("Month:"), page));
    top->addWidget(m_appraisalMonthEdit);
    top->addWidget(m_appraisalStatus, 1);
    top->addWidget(publishButton);
    top->addWidget(m_reason);
    top->addWidget(correct);
    auto *packPreview = new QPushButton(m_seesTeam ? tr("Print the selected person's pack…") : tr("Print my appraisal…"), page);
    packPreview->setObjectName(QStringLiteral("appraisalPackButton"));
    auto *packSave = new QPushButton(tr("Save the pack as PDF…"), page);
    packSave->setObjectName(QStringLiteral("appraisalPackSaveButton"));
    top->addWidget(packPreview);
    top->addWidget(packSave);
    layout->addLayout(top);
    for (QWidget *w : {static_cast<QWidget *>(publishButton), static_cast<QWidget *>(m_reason), static_cast<QWidget *>(correct)})
        w->setVisible(m_seesTeam);
    connect(packPreview, &QPushButton::clicked, this, [this] { previewPack(); });
    connect(packSave, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the pack"), QStringLiteral("appraisal-%1.pdf").arg(m_appraisalMonth),
                                                          tr("PDF (*.pdf);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            savePack(path);
    });
    connect(m_appraisalMonthEdit, &QLineEdit::editingFinished, this, [this] { showAppraisalMonth(m_appraisalMonthEdit->text().trimmed()); });
    connect(publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(correct, &QPushButton::clicked, this, [this] { publishCorrection(); });
    auto *limitsBox = new QWidget(page);
    auto *limits = new QHBoxLayout(limitsBox);
    limits->setContentsMargins(0, 0, 0, 0);
    limitsBox->setVisible(m_seesTeam);
    SettingsRepository settings(m_session);
    m_minSatisfaction = new QDoubleSpinBox(page);
    m_minSatisfaction->setRange(1, 5);
    m_minSatisfaction->setDecimals(1);
    m_minSatisfaction->setSingleStep(0.1);
    m_minSatisfaction->setValue(settings.value(QStringLiteral("appraisal.min_satisfaction"), QStringLiteral("4.0")).toDouble());
    m_minCompliance = new QDoubleSpinBox(page);
    m_minCompliance->setRange(0, 100);
    m_minCompliance->setDecimals(0);
    m_minCompliance->setSuffix(QStringLiteral(" %"));
    m_minCompliance->setValue(settings.value(QStringLiteral("appraisal.min_compliance"), QStringLiteral("90")).toDouble());
    m_maxComplaintRate = new QDoubleSpinBox(page);
    m_maxComplaintRate->setRange(0, 1);
    m_maxComplaintRate->setDecimals(3);
    m_maxComplaintRate->setSingleStep(0.01);
    m_maxComplaintRate->setValue(settings.value(QStringLiteral("appraisal.max_complaint_rate"), QStringLiteral("0.05")).toDouble());
    auto *saveLimits = new QPushButton(tr("Save coaching thresholds"), page);
    limits->addWidget(new QLabel(tr("Coaching below satisfaction"), page));
    limits->addWidget(m_minSatisfaction);
    limits->addWidget(new QLabel(tr("or compliance"), page));
    limits->addWidget(m_minCompliance);
    limits->addWidget(new QLabel(tr("or above complaint rate"), page));
    limits->addWidget(m_maxComplaintRate);
    limits->addWidget(saveLimits);
    limits->addStretch(1);
    layout->addWidget(limitsBox);
    connect(saveLimits, &QPushButton::clicked, this, [this] { saveThresholds(); });
    m_appraisal = table({tr("Rank"), tr("Staff member"), tr("Clients served"), tr("Complaints", "a count"), tr("Complaint rate"), tr("Satisfaction"),
                         tr("Deadline compliance"), tr("Consultations"), tr("Viewings"), tr("Contracts"), tr("Training"), tr("Coaching")},
                        page);
    layout->addWidget(m_appraisal, 1);
    layout->addWidget(buildRewardsAndCoaching(page));
    return page;
}

// Rewards (seed 四.(三)2) and coaching (四.(三)3) of the shown month: tables for everyone (staff see
// their own), the fields and buttons for supervisors, for the person selected in the table above.
QWidget *SupervisionPage::buildRewardsAndCoaching(QWidget *page)
{
    auto *box = new QWidget(page);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    const bool records = Permissions::allows(m_session.role, Action::RewardAndCoach);
    auto button = [](const QString &text, const char *name, QWidget *parent) {
        auto *b = new QPushButton(text, parent);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };

    auto *rewards = new QGroupBox(tr("Rewards"), box);
    auto *rewardsLayout = new QVBoxLayout(rewards);
    m_rewards = table({tr("Staff member"), tr("Reward"), tr("Why"), tr("Given by"), tr("Date")}, rewards);
    rewardsLayout->addWidget(m_rewards);
    auto *coaching = new QGroupBox(tr("Coaching"), box);
    auto *coachingLayout = new QVBoxLayout(coaching);
    m_coaching = table({tr("Staff member"), tr("Date"), tr("Topic"), tr("Outcome"), tr("Coached by")}, coaching);
    coachingLayout->addWidget(m_coaching);
    row->addWidget(rewards, 1);
    row->addWidget(coaching, 1);
    if (!records)
        return box;

    auto *rewardForm = new QHBoxLayout;
    m_rewardWhat = new QLineEdit(rewards);
    m_rewardWhat->setPlaceholderText(tr("reward (what is given)"));
    m_rewardWhy = new QLineEdit(rewards);
    m_rewardWhy->setPlaceholderText(tr("why"));
    m_rewardDate = new QDateEdit(today, rewards);
    m_rewardDate->setCalendarPopup(true);
    auto *addReward = button(tr("Record the reward"), "recordRewardButton", rewards);
    auto *dropReward = button(tr("Remove"), "removeRewardButton", rewards);
    rewardForm->addWidget(m_rewardWhat, 1);
    rewardForm->addWidget(m_rewardWhy, 2);
    rewardForm->addWidget(m_rewardDate);
    rewardForm->addWidget(addReward);
    rewardForm->addWidget(dropReward);
    rewardsLayout->addLayout(rewardForm);
    connect(addReward, &QPushButton::clicked, this, [this] { recordReward(); });
    connect(dropReward, &QPushButton::clicked, this, [this] { removeReward(); });

    auto *coachingForm = new QHBoxLayout;
    m_coachingDate = new QDateEdit(today, coaching);
    m_coachingDate->setCalendarPopup(true);
    m_coachingTopic = new QLineEdit(coaching);
    m_coachingTopic->setPlaceholderText(tr("topic"));
    m_coachingOutcome = new QLineEdit(coaching);
    m_coachingOutcome->setPlaceholderText(tr("outcome (may follow later)"));
    auto *addCoaching = button(tr("Record the coaching"), "recordCoachingButton", coaching);
    auto *saveOutcome = button(tr("Save the outcome"), "saveCoachingOutcomeButton", coaching);
    coachingForm->addWidget(m_coachingDate);
    coachingForm->addWidget(m_coachingTopic, 1);
    coachingForm->addWidget(m_coachingOutcome, 1);
    coachingForm->addWidget(addCoaching);
    coachingForm->addWidget(saveOutcome);
    coachingLayout->addLayout(coachingForm);
    connect(addCoaching, &QPushButton::clicked, this, [this] { recordCoaching(); });
    connect(saveOutcome, &QPushButton::clicked, this, [this] { saveCoachingOutcome(); });
    return box;
}

void SupervisionPage::showRewardsAndCoaching()
{
    AppraisalRepository repo(m_session);
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const AppraisalReward &r : repo.rewards(m_appraisalMonth)) {
        rows << QStringList{r.staffName, r.reward, r.reason, r.givenByName, r.givenOn.toString(Qt::ISODate)};
        ids << r.id;
    }
    fill(m_rewards, rows, ids);
    rows.clear();
    ids.clear();
    QList<int> versions;
    for (const AppraisalCoaching &c : repo.coaching(m_appraisalMonth)) {
        rows << QStringList{c.staffName, c.heldOn.toString(Qt::ISODate), c.topic, c.outcome, c.coachName};
        ids << c.id;
        versions << c.rowVersion;
    }
    fill(m_coaching, rows, ids);
    for (int r = 0; r < versions.size(); ++r)
        m_coaching->item(r, 0)->setData(Qt::UserRole + 1, versions.at(r));
}

qint64 SupervisionPage::selectedStaff() const
{
    const qint64 id = m_seesTeam ? selectedId(m_appraisal) : m_session.actorId;
    if (id == 0)
        throw ValidationError(QStringLiteral("staff"), tr("Staff member: select one in the appraisal table first"));
    return id;
}

bool SupervisionPage::attempt(const std::function<QString()> &work)
{
    try {
        const QString done = work();
        showRewardsAndCoaching();
        say(done, false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::recordReward()
{
    return attempt([this] {
        AppraisalReward r;
        r.month = m_appraisalMonth;
        r.staffId = selectedStaff();
        r.reward = m_rewardWhat->text();
        r.reason = m_rewardWhy->text();
        r.givenOn = m_rewardDate->date();
        AppraisalRepository(m_session).addReward(r);
        m_rewardWhat->clear();
        m_rewardWhy->clear();
        return tr("Reward recorded; it is printed with the appraisal of %1.").arg(m_appraisalMonth);
    });
}

bool SupervisionPage::removeReward()
{
    return attempt([this] {
        const qint64 id = selectedId(m_rewards);
        if (id == 0)
            throw ValidationError(QStringLiteral("reward"), tr("Reward: select one in the list first"));
        AppraisalRepository(m_session).removeReward(id);
        return tr("Reward removed.");
    });
}

bool SupervisionPage::recordCoaching()
{
    return attempt([this] {
        AppraisalCoaching c;
        c.month = m_appraisalMonth;
        c.staffId = selectedStaff();
        c.heldOn = m_coachingDate->date();
        c.topic = m_coachingTopic->text();
        c.outcome = m_coachingOutcome->text();
        AppraisalRepository(m_session).addCoaching(c);
        m_coachingTopic->clear();
        m_coachingOutcome->clear();
        return tr("Coaching recorded; it is printed with the appraisal of %1.").arg(m_appraisalMonth);
    });
}

bool SupervisionPage::saveCoachingOutcome()
{
    return attempt([this] {
        const QList<QTableWidgetItem *> selected = m_coaching->selectedItems();
        if (selected.isEmpty())
            throw ValidationError(QStringLiteral("coaching"), tr("Coaching: select one in the list first"));
        const int r = selected.constFirst()->row();
        AppraisalCoaching c;
        c.id = m_coaching->item(r, 0)->data(Qt::UserRole).toLongLong();
        c.rowVersion = m_coaching->item(r, 0)->data(Qt::UserRole + 1).toInt();
        c.heldOn = QDate::fromString(m_coaching->item(r, 1)->text(), Qt::ISODate);
        c.topic = m_coaching->item(r, 2)->text();
        c.outcome = m_coachingOutcome->text();
        AppraisalRepository(m_session).updateCoaching(c);
        m_coachingOutcome->clear();
        return tr("Outcome saved.");
    });
}

ReportDocument SupervisionPage::packDocument() const
{
    OfficeReports::Period period;
    period.month = m_appraisalMonth;
    period.staffId = selectedStaff();
    return OfficeReports::build(m_session, QStringLiteral("appraisal"), period);
}

bool SupervisionPage::previewPack()
{
    try {
        PrintPreview::show(this, packDocument());
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::savePack(const QString &path)
{
    try {
        const ReportDocument doc = packDocument();
        ReportPrinter::writeReport(doc, path);
        say(tr("%1 written to %2.").arg(doc.title, path), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

void SupervisionPage::showAppraisalMonth(const QString &month)
{
    m_appraisalMonth = month;
    m_appraisalMonthEdit->setText(month);
    try {
        AppraisalRepository repo(m_session);
        const int revision = repo.publishedRevision(month);
        m_appraisalStatus->setText(revision == 0 && !m_seesTeam ? tr("Not published yet: your appraisal shows here once it is published")
                                   : revision == 0                ? tr("Not published: live figures")
                                   : revision == 1 ? tr("Published (frozen)")
                                                   : tr("Published, revision %1").arg(revision));
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const Appraisal &a : repo.month(month)) {
            rows << QStringList{QString::number(a.rank), a.staffName, QString::number(a.clientsServed), QString::number(a.complaints),
                                QString::number(a.complaintRate, 'f', 3), twoDecimals(a.satisfaction),
                                a.complianceAll < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(a.complianceAll, 0, 'f', 1),
                                QString::number(a.consultations), QString::number(a.viewings), QString::number(a.contracts),
                                a.trainingScore < 0 ? tr("not passed") : QString::number(a.trainingScore),
                                a.coaching.join(QStringLiteral("; "))};
            ids << a.staffId;
        }
        fill(m_appraisal, rows, ids);
        for (int r = 0; r < m_appraisal->rowCount(); ++r)
            if (!m_appraisal->item(r, 11)->text().isEmpty())
                m_appraisal->item(r, 11)->setForeground(StatePalette::foreground(DeadlineState::Overdue));
        showRewardsAndCoaching();
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool SupervisionPage::saveThresholds()
{
    try {
        SettingsRepository settings(m_session);
        settings.setValue(QStringLiteral("appraisal.min_satisfaction"), QString::number(m_minSatisfaction->value(), 'f', 1));
        settings.setValue(QStringLiteral("appraisal.min_compliance"), QString::number(m_minCompliance->value(), 'f', 0));
        settings.setValue(QStringLiteral("appraisal.max_complaint_rate"), QString::number(m_maxComplaintRate->value(), 'f', 3));
        showAppraisalMonth(m_appraisalMonth);
        say(tr("Coaching thresholds saved; published months keep the flags they were published with."), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::publish()
{
    try {
        AppraisalRepository(m_session).publish(m_appraisalMonth);
        showAppraisalMonth(m_appraisalMonth);
        say(tr("%1 published: its figures are frozen.").arg(m_appraisalMonth), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool SupervisionPage::publishCorrection()
{
    try {
        const int revision = AppraisalRepository(m_session).revise(m_appraisalMonth, m_reason->text());
        m_reason->clear();
        showAppraisalMonth(m_appraisalMonth);
        say(tr("Revision %1 of %2 published; the earlier ones stay readable.").arg(revision).arg(m_appraisalMonth), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

// ---------------------------------------------------------------- reports

QWidget *SupervisionPage::buildReports()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_report = new QComboBox(page);
    const QStringList labels = {tr("Daily reception log (day)"), tr("Overdue list"), tr("Complaint deadline compliance (month)"),
                                tr("Monthly appraisal (month)"), tr("Quarterly satisfaction survey (quarter)"),
                                tr("Training and assessment (month)"), tr("Trends over 12 months (month)"),
                                tr("Service data analysis (month)")};
    const QStringList names = OfficeReports::names();
    for (int i = 0; i < names.size(); ++i)
        m_report->addItem(labels.value(i, names.at(i)), names.at(i));
    m_period = new QLineEdit(page);
    m_period->setPlaceholderText(tr("2026-11-27, 2026-11 or 2026-Q4; empty: the current one"));
    form->addRow(tr("Report:"), m_report);
    form->addRow(tr("Day, month or quarter:"), m_period);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Print preview…"), page);
    preview->setObjectName(QStringLiteral("reportPreviewButton"));
    auto *save = new QPushButton(tr("Save as PDF, Excel, CSV or HTML…"), page);
    buttons->addWidget(preview);
    buttons->addWidget(save);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(preview, &QPushButton::clicked, this, [this] {
        try {
            PrintPreview::show(this, buildReport());
        } catch (const Error &e) {
            say(e.message(), true);
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), m_report->currentData().toString() + QStringLiteral(".pdf"),
                                                          tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    return page;
}

ReportDocument SupervisionPage::buildReport() const
{
    // The period field takes a day (2026-11-27), a month (2026-11) or a quarter (2026-Q4).
    OfficeReports::Period period;
    const QString text = m_period->text().trimmed();
    if (text.contains(QLatin1Char('Q')))
        period.quarter = text;
    else if (text.size() == 10)
        period.date = QDate::fromString(text, Qt::ISODate);
    else
        period.month = text;
    return OfficeReports::build(m_session, m_report->currentData().toString(), period);
}

bool SupervisionPage::saveReport(const QString &path)
{
    try {
        const ReportDocument doc = buildReport();
        const QStringList written = ReportPrinter::writeReport(doc, path);
        say(written.size() == 1 ? tr("%1 written to %2.").arg(doc.title, path)
                                : tr("%1 written to %2 (further tables: %3).")
                                      .arg(doc.title, path, written.mid(1).join(QStringLiteral(", "))),
            false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

} // namespace estatedesk
