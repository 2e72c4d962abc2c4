// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageTab.h"
#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <functional>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QVBoxLayout;

namespace estatedesk {

class BackgroundReader;
struct AppraisalCoaching;
struct AppraisalReward;

// The monthly appraisal (seed 四.(三)): the figures of every staff member, publishing and
// corrections, the coaching thresholds (settings appraisal.*), the month's rewards and coaching,
// and each person's pack to print. Staff who do not see the team (seesTeam false) see their own
// published row, rewards and coaching, and print their own pack.
class AppraisalTab : public PageTab
{
    Q_OBJECT
public:
    // With a background reader the month's figures are read on its thread ("Reading…" in the
    // status line meanwhile; reloaded() when shown); without one, at once.
    AppraisalTab(const Session &session, bool seesTeam, QWidget *parent = nullptr,
                 BackgroundReader *reader = nullptr);

    QString month() const { return m_month; }
    // The month shown once computed (setMonth: named only, computed on the first showMonth).
    void setMonth(const QString &month);
    void showMonth(const QString &month);
    void reload(); // the shown month again
    bool publish();
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

    QTableWidget *appraisalTable() const { return m_appraisal; }
    bool isReading() const { return m_reading; }

signals:
    // The month asked for is shown (its figures, rewards and coaching, or why they are refused).
    void reloaded();

private:
    struct MonthRead;
    static MonthRead readMonth(const Session &session, const QString &month);
    void showRead(const MonthRead &read);
    void fillRewardsAndCoaching(const QList<AppraisalReward> &rewards,
                                const QList<AppraisalCoaching> &coaching);
    QLayout *buildMonthBar();
    QWidget *buildThresholds();
    QWidget *buildRewardsAndCoaching();
    void buildRewardForm(QWidget *box, QVBoxLayout *layout);
    void buildCoachingForm(QWidget *box, QVBoxLayout *layout);
    void showRewardsAndCoaching();
    ReportDocument packDocument() const;
    QString emptyReason(int revision) const;
    bool nothingToPrint();        // says why when a staff member has no row of the month to print
    qint64 selectedStaff() const; // the appraisal table's selected row (staff: themselves); throws when none
    // Runs a change: shows the month (or only its rewards and coaching) again and says what work()
    // returns, or the error.
    bool attempt(const std::function<QString()> &work, bool wholeMonth);

    Session m_session;
    bool m_seesTeam;
    BackgroundReader *m_reader;
    int m_readGeneration = 0; // the latest month asked for; an older read's result is dropped
    bool m_reading = false;
    QString m_month;
    QLineEdit *m_monthEdit;
    QTableWidget *m_appraisal;
    QLabel *m_status;
    QLabel *m_emptyReason;
    QLineEdit *m_reason;
    QDoubleSpinBox *m_minSatisfaction;
    QDoubleSpinBox *m_minCompliance;
    QDoubleSpinBox *m_maxComplaintRate;
    QLineEdit *m_rewardWhat = nullptr;
    QLineEdit *m_rewardWhy = nullptr;
    QDateEdit *m_rewardDate = nullptr;
    QTableWidget *m_rewards = nullptr;
    QDateEdit *m_coachingDate = nullptr;
    QLineEdit *m_coachingTopic = nullptr;
    QLineEdit *m_coachingOutcome = nullptr;
    QTableWidget *m_coaching = nullptr;
};

} // namespace estatedesk
