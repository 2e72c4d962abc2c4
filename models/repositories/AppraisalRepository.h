// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace estatedesk {

// One staff member's figures for a month (seed 四.(三)): satisfaction, complaint rate,
// deadline compliance per policy, the work handled, the training result, the team rank and the
// coaching flags.
struct Appraisal
{
    qint64 staffId = 0;
    QString staffName;
    QString role;
    int clientsServed = 0;    // distinct clients with a service record by them in the month
    int complaints = 0;       // complaints received in the month from clients they serve
    double complaintRate = 0; // complaints ÷ clients served
    int surveyResponses = 0;
    double satisfaction = -1;                  // average of the three dimensions, 1–5; -1 without responses
    QMap<QString, QPair<int, int>> compliance; // policy → (met on time, counted)
    double complianceAll = -1;                 // % met on time over every counted item; -1 with none
    int consultations = 0, viewings = 0, contracts = 0;
    int trainingScore = -1; // best passed score of the month, -1 when not passed
    int rank = 0;           // 1 = best of the team
    QStringList coaching;   // why they are flagged for coaching (translated)
    int revision = 0;       // 0: live figures; 1, 2, …: a published revision
    qint64 publishedAt = 0;
    QString reason; // why a revision was published

    QJsonObject toJson() const;
    static Appraisal fromJson(const QJsonObject &o);
};

// A reward given to an outstanding staff member for a published month (seed 四.(三)2): who,
// what, why, by whom and when.
struct AppraisalReward
{
    qint64 id = 0;
    QString month; // "YYYY-MM"
    qint64 staffId = 0;
    QString staffName;
    QString reward; // what was given, e.g. 月度服务之星、奖金 500 元
    QString reason; // why
    QDate givenOn;
    qint64 givenBy = 0; // the supervisor who recorded it
    QString givenByName;
    int rowVersion = 0;
};

// Coaching given to a staff member the published month flagged (seed 四.(三)3): when, on what,
// with what outcome, and who coached.
struct AppraisalCoaching
{
    qint64 id = 0;
    QString month;
    qint64 staffId = 0;
    QString staffName;
    QDate heldOn;
    QString topic;
    QString outcome;    // may be filled in later
    qint64 coachId = 0; // the supervisor who recorded it
    QString coachName;
    int rowVersion = 0;
};

// Monthly appraisal: months run from local midnight in the office time zone. Deadline items
// count in the month their deadline falls in: met on time, met late, or still open past it.
// The team is ranked by deadline compliance, then satisfaction, then fewer complaints per
// client. Coaching flags: satisfaction below `appraisal.min_satisfaction` (default 4.0),
// compliance below `appraisal.min_compliance` (default 90 %), complaint rate above
// `appraisal.max_complaint_rate` (default 0.05), or no training passed in the month.
// Publishing freezes the month's figures; a correction is published as a new revision with its
// reason, and every revision stays readable.
//
// Who sees what: supervisors and administrators (Action::PrintReports) see the team, live or
// published. Every other staff member sees only their own row of a published month, its
// revisions, rewards and coaching; the live figures and other people's rows are refused here,
// not only hidden on screen. Rewards and coaching are recorded by supervisors
// (Action::RewardAndCoach) on a published month, for a staff member it appraised.
class AppraisalRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalRepository)
public:
    explicit AppraisalRepository(const Session &session) : m_session(session) {}

    // Live figures of every active consultant, customer-service and reception staff member.
    QList<Appraisal> compute(const QString &month) const;
    // The latest published revision of the month, or the live figures when not published.
    QList<Appraisal> month(const QString &month) const;
    int publishedRevision(const QString &month) const; // 0: not published
    // Freezes the month (revision 1); refused when published already.
    void publish(const QString &month);
    // A correction: the live figures as the next revision, with the reason. Returns its number.
    int revise(const QString &month, const QString &reason);
    // Every published revision of one staff member's month, oldest first.
    QList<Appraisal> history(const QString &month, qint64 staffId) const;
    // Whether the session sees the whole team (otherwise only its own published row).
    bool seesTeam() const;
    // Why a month's appraisal has no row for someone, in the user's words (no option names, no
    // internal numbers): for the staff member asking about themselves, and for a named person.
    static QString youAreNotAppraised(const QString &month);
    static QString isNotAppraised(const QString &name, const QString &month);

    // Rewards and coaching of a month; staffId 0: everyone the session may see. Each change is
    // one transaction with its audit entry; updates check the row version (ConflictError).
    QList<AppraisalReward> rewards(const QString &month, qint64 staffId = 0) const;
    void addReward(AppraisalReward &reward);
    void updateReward(AppraisalReward &reward);
    void removeReward(qint64 id);
    QList<AppraisalCoaching> coaching(const QString &month, qint64 staffId = 0) const;
    void addCoaching(AppraisalCoaching &coaching);
    void updateCoaching(AppraisalCoaching &coaching);
    void removeCoaching(qint64 id);

private:
    void store(const QString &month, int revision, const QString &reason);
    // Published rows of kpi_snapshots (where: fixed SQL with placeholders, never user text).
    QList<Appraisal> snapshots(const QString &where, const QVariantList &values) const;
    // The staff member whose rows a read may return: staffId, or the session's own for staff.
    qint64 visibleStaff(qint64 staffId) const;
    // Refuses a reward or coaching for a month not published or a person it did not appraise.
    void checkAppraised(const QString &month, qint64 staffId) const;
    Session m_session;
};

} // namespace estatedesk
