// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
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
    int clientsServed = 0;       // distinct clients with a service record by them in the month
    int complaints = 0;          // complaints received in the month from clients they serve
    double complaintRate = 0;    // complaints ÷ clients served
    int surveyResponses = 0;
    double satisfaction = -1;    // average of the three dimensions, 1–5; -1 without responses
    QMap<QString, QPair<int, int>> compliance; // policy → (met on time, counted)
    double complianceAll = -1;   // % met on time over every counted item; -1 with none
    int consultations = 0, viewings = 0, contracts = 0;
    int trainingScore = -1;      // best passed score of the month, -1 when not passed
    int rank = 0;                // 1 = best of the team
    QStringList coaching;        // why they are flagged for coaching (translated)
    int revision = 0;            // 0: live figures; 1, 2, …: a published revision
    qint64 publishedAt = 0;
    QString reason;              // why a revision was published

    QJsonObject toJson() const;
    static Appraisal fromJson(const QJsonObject &o);
};

// Monthly appraisal: months run from local midnight in the office time zone. Deadline items
// count in the month their deadline falls in: met on time, met late, or still open past it.
// The team is ranked by deadline compliance, then satisfaction, then fewer complaints per
// client. Coaching flags: satisfaction below `appraisal.min_satisfaction` (default 4.0),
// compliance below `appraisal.min_compliance` (default 90 %), complaint rate above
// `appraisal.max_complaint_rate` (default 0.05), or no training passed in the month.
// Publishing freezes the month's figures; a correction is published as a new revision with its
// reason, and every revision stays readable.
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

private:
    void store(const QString &month, int revision, const QString &reason);
    // Published rows of kpi_snapshots (where: fixed SQL with placeholders, never user text).
    QList<Appraisal> snapshots(const QString &where, const QVariantList &values) const;
    Session m_session;
};

} // namespace estatedesk
