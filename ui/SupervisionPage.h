// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace estatedesk {

class SurveyChart;
class TrendsView;

// Supervision (seed 四): the quarter's satisfaction survey (who to ask, responses, results by
// staff with a chart, improvement actions), the month's training and assessments, the monthly
// appraisal with publishing and corrections, rewards and coaching, the 12-month trends, and every
// office report to preview, print or save. Staff who do not print the office reports see only the
// appraisal tab: their own row of published months, their rewards and coaching, and their own pack
// to print.
class SupervisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisionPage(const Session &session, QWidget *parent = nullptr);
    // Reads the shown quarter, training month and appraisal month again, keeping each list's
    // selected row (what another PC recorded).
    void reload();

    // Surveys
    void showQuarter(const QString &quarter);
    bool recordResponse(); // for the selected target, with the three scores and the comment
    bool addAction();
    // Marks the selected improvement action done, the action field's text as its result.
    bool completeAction();
    // Training
    void showTrainingMonth(const QString &month);
    bool addTrainingSession();
    bool assess(); // the selected session, the chosen staff member, the score
    // Appraisal
    void showAppraisalMonth(const QString &month);
    bool publish();
    // The coaching thresholds of the appraisal (settings appraisal.*).
    bool saveThresholds();
    bool publishCorrection();
    // Rewards and coaching of the shown (published) month, for the selected staff member
    // (supervisors only; other staff see their own).
    bool recordReward();
    bool removeReward(); // the selected reward
    bool recordCoaching();
    bool saveCoachingOutcome(); // the outcome field into the selected coaching
    // The selected staff member's appraisal pack (staff: their own), previewed or saved.
    bool previewPack();
    bool savePack(const QString &path);
    // Reports: the chosen report and period to a file (.pdf, .xlsx, .csv or .html; a CSV writes
    // its further tables beside it).
    bool saveReport(const QString &path);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *targetTable() const { return m_targets; }
    QSpinBox *attitudeBox() const { return m_attitude; }
    QSpinBox *efficiencyBox() const { return m_efficiency; }
    QSpinBox *resolutionBox() const { return m_resolution; }
    QTableWidget *resultTable() const { return m_results; }
    SurveyChart *chart() const { return m_chart; }
    QLineEdit *actionEdit() const { return m_action; }
    QListWidget *actionList() const { return m_actions; }
    QTableWidget *sessionTable() const { return m_sessions; }
    QLineEdit *sessionTitleEdit() const { return m_sessionTitle; }
    QComboBox *assessStaffBox() const { return m_assessStaff; }
    QSpinBox *scoreBox() const { return m_score; }
    QListWidget *untrainedList() const { return m_untrained; }
    QTableWidget *appraisalTable() const { return m_appraisal; }
    QLabel *appraisalStatus() const { return m_appraisalStatus; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDoubleSpinBox *minComplianceBox() const { return m_minCompliance; }
    QLineEdit *rewardEdit() const { return m_rewardWhat; }
    QLineEdit *rewardReasonEdit() const { return m_rewardWhy; }
    QTableWidget *rewardTable() const { return m_rewards; }
    QLineEdit *coachingTopicEdit() const { return m_coachingTopic; }
    QLineEdit *coachingOutcomeEdit() const { return m_coachingOutcome; }
    QTableWidget *coachingTable() const { return m_coaching; }
    QComboBox *reportBox() const { return m_report; }
    QLineEdit *periodEdit() const { return m_period; }
    QLabel *statusLabel() const { return m_status; }
    TrendsView *trendsView() const { return m_trends; }

private:
    QWidget *buildSurveys();
    QWidget *buildTraining();
    QWidget *buildAppraisal();
    QWidget *buildReports();
    ReportDocument buildReport() const;
    QWidget *buildRewardsAndCoaching(QWidget *page);
    void showRewardsAndCoaching();
    ReportDocument packDocument() const;
    qint64 selectedStaff() const; // the appraisal table's selected row (staff: themselves); throws when none
    // Runs a change of rewards or coaching: shows the lists again and says what work() returns,
    // or the error.
    bool attempt(const std::function<QString()> &work);
    void say(const QString &text, bool error);

    Session m_session;
    QString m_quarter;
    QString m_trainingMonth;
    QString m_appraisalMonth;
    qint64 m_campaign = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_quarterEdit;
    QComboBox *m_stage;
    QTableWidget *m_targets;
    QSpinBox *m_attitude;
    QSpinBox *m_efficiency;
    QSpinBox *m_resolution;
    QLineEdit *m_comment;
    QTableWidget *m_results;
    SurveyChart *m_chart;
    QLineEdit *m_action;
    QDateEdit *m_actionDue;
    QListWidget *m_actions;
    QLineEdit *m_trainingMonthEdit;
    QTableWidget *m_sessions;
    QDateEdit *m_sessionDate;
    QComboBox *m_topic;
    QLineEdit *m_sessionTitle;
    QSpinBox *m_passMark;
    QComboBox *m_assessStaff;
    QSpinBox *m_score;
    QTableWidget *m_sessionResults;
    QListWidget *m_untrained;
    QLineEdit *m_appraisalMonthEdit;
    QTableWidget *m_appraisal;
    QLabel *m_appraisalStatus;
    QLineEdit *m_reason;
    QDoubleSpinBox *m_minSatisfaction;
    QDoubleSpinBox *m_minCompliance;
    QDoubleSpinBox *m_maxComplaintRate;
    bool m_seesTeam = true; // supervisors; other staff see only their own published appraisal
    QLineEdit *m_rewardWhat = nullptr;
    QLineEdit *m_rewardWhy = nullptr;
    QDateEdit *m_rewardDate = nullptr;
    QTableWidget *m_rewards = nullptr;
    QDateEdit *m_coachingDate = nullptr;
    QLineEdit *m_coachingTopic = nullptr;
    QLineEdit *m_coachingOutcome = nullptr;
    QTableWidget *m_coaching = nullptr;
    QComboBox *m_report;
    QLineEdit *m_period;
    QLabel *m_status;
    TrendsView *m_trends;
};

} // namespace estatedesk
