// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AppraisalRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/AuditLog.h"
#include "repositories/SettingsRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace estatedesk {

QJsonObject Appraisal::toJson() const
{
    QJsonObject comp;
    for (auto it = compliance.cbegin(); it != compliance.cend(); ++it)
        comp.insert(it.key(), QJsonArray{it.value().first, it.value().second});
    return {{QStringLiteral("staff_id"), staffId},
            {QStringLiteral("staff_name"), staffName},
            {QStringLiteral("role"), role},
            {QStringLiteral("clients_served"), clientsServed},
            {QStringLiteral("complaints"), complaints},
            {QStringLiteral("complaint_rate"), complaintRate},
            {QStringLiteral("survey_responses"), surveyResponses},
            {QStringLiteral("satisfaction"), satisfaction},
            {QStringLiteral("compliance"), comp},
            {QStringLiteral("compliance_all"), complianceAll},
            {QStringLiteral("consultations"), consultations},
            {QStringLiteral("viewings"), viewings},
            {QStringLiteral("contracts"), contracts},
            {QStringLiteral("training_score"), trainingScore},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("coaching"), QJsonArray::fromStringList(coaching)}};
}

Appraisal Appraisal::fromJson(const QJsonObject &o)
{
    Appraisal a;
    a.staffId = o.value(QStringLiteral("staff_id")).toInteger();
    a.staffName = o.value(QStringLiteral("staff_name")).toString();
    a.role = o.value(QStringLiteral("role")).toString();
    a.clientsServed = o.value(QStringLiteral("clients_served")).toInt();
    a.complaints = o.value(QStringLiteral("complaints")).toInt();
    a.complaintRate = o.value(QStringLiteral("complaint_rate")).toDouble();
    a.surveyResponses = o.value(QStringLiteral("survey_responses")).toInt();
    a.satisfaction = o.value(QStringLiteral("satisfaction")).toDouble(-1);
    const QJsonObject comp = o.value(QStringLiteral("compliance")).toObject();
    for (auto it = comp.begin(); it != comp.end(); ++it)
        a.compliance.insert(it.key(), {it.value().toArray().at(0).toInt(), it.value().toArray().at(1).toInt()});
    a.complianceAll = o.value(QStringLiteral("compliance_all")).toDouble(-1);
    a.consultations = o.value(QStringLiteral("consultations")).toInt();
    a.viewings = o.value(QStringLiteral("viewings")).toInt();
    a.contracts = o.value(QStringLiteral("contracts")).toInt();
    a.trainingScore = o.value(QStringLiteral("training_score")).toInt(-1);
    a.rank = o.value(QStringLiteral("rank")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("coaching")).toArray())
        a.coaching << v.toString();
    return a;
}

QList<Appraisal> AppraisalRepository::compute(const QString &monthText) const
{
    Permissions::require(m_session, Action::PrintReports);
    QDate first;
    const auto [from, to] = OfficeTime::monthSpan(monthText, &first);
    if (!first.isValid())
        throw ValidationError(QStringLiteral("--month"), tr("--month: \"%1\" is not a month like 2026-11").arg(monthText));
    const qint64 now = m_session.clock->nowMs();
    const qint64 countUntil = std::min(now, to); // an open item counts as missed once its deadline has passed
    QSqlDatabase db = m_session.db->connection();
    SettingsRepository settings(m_session);
    const double minSatisfaction = settings.value(QStringLiteral("appraisal.min_satisfaction"), QStringLiteral("4.0")).toDouble();
    const double minCompliance = settings.value(QStringLiteral("appraisal.min_compliance"), QStringLiteral("90")).toDouble();
    const double maxComplaintRate = settings.value(QStringLiteral("appraisal.max_complaint_rate"), QStringLiteral("0.05")).toDouble();

    QList<Appraisal> out;
    {
        // Staff who joined after the month are not part of it.
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT id, name, role FROM staff WHERE active = 1 AND created_at < CAST(? AS BIGINT) AND "
                                              "role IN ('consultant','service','reception') ORDER BY id"),
                               {to});
        while (q.next()) {
            Appraisal a;
            a.staffId = q.value(0).toLongLong();
            a.staffName = q.value(1).toString();
            a.role = q.value(2).toString();
            out << a;
        }
    }
    SurveyRepository surveys(m_session);
    TrainingRepository training(m_session);
    for (Appraisal &a : out) {
        const QVariantList span{a.staffId, from, to};
        a.clientsServed = Sql::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT client_id) FROM service_records WHERE staff_id = ? AND "
                                                         "at >= ? AND at < ?"),
                                      span)
                              .toInt();
        a.complaints = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints c JOIN clients k ON k.id = c.client_id WHERE "
                                                      "k.consultant_id = ? AND c.received_at >= ? AND c.received_at < ?"),
                                   span)
                           .toInt();
        a.complaintRate = a.clientsServed > 0 ? double(a.complaints) / a.clientsServed : 0;
        const SurveyRepository::Score score = surveys.scoreOf(a.staffId, from, to);
        a.surveyResponses = score.responses;
        a.satisfaction = score.responses > 0 ? score.overall : -1;
        QSqlQuery c = Sql::run(db,
                               QStringLiteral("SELECT policy, SUM(CASE WHEN outcome = 'met' THEN 1 ELSE 0 END), SUM(CASE WHEN outcome IS "
                                              "NOT NULL OR (stopped_at IS NULL AND due_at < ?) THEN 1 ELSE 0 END) FROM deadline_items "
                                              "WHERE staff_id = ? AND due_at >= ? AND due_at < ? GROUP BY policy ORDER BY policy"),
                               {countUntil, a.staffId, from, to});
        int met = 0, counted = 0;
        while (c.next()) {
            const int m = c.value(1).toInt(), n = c.value(2).toInt();
            if (n == 0)
                continue;
            a.compliance.insert(c.value(0).toString(), {m, n});
            met += m;
            counted += n;
        }
        c.finish();
        a.complianceAll = counted > 0 ? 100.0 * met / counted : -1;
        a.consultations = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM consultations WHERE staff_id = ? AND received_at >= ? AND "
                                                         "received_at < ?"),
                                      span)
                              .toInt();
        a.viewings = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE consultant_id = ? AND starts_at >= ? AND "
                                                    "starts_at < ? AND status IN ('checked_in','done')"),
                                 span)
                         .toInt();
        a.contracts = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE consultant_id = ? AND signed_on >= ? AND "
                                                     "signed_on < ? AND status IN ('signed','filed')"),
                                  {a.staffId, first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate)})
                          .toInt();
        a.trainingScore = training.bestPassedScore(a.staffId, first, first.addMonths(1));
        if (a.satisfaction >= 0 && a.satisfaction < minSatisfaction)
            a.coaching << tr("satisfaction %1 below %2").arg(a.satisfaction, 0, 'f', 2).arg(minSatisfaction, 0, 'f', 1);
        if (a.complianceAll >= 0 && a.complianceAll < minCompliance)
            a.coaching << tr("deadline compliance %1% below %2%").arg(a.complianceAll, 0, 'f', 1).arg(minCompliance, 0, 'f', 0);
        if (a.complaintRate > maxComplaintRate)
            a.coaching << tr("complaint rate %1 above %2").arg(a.complaintRate, 0, 'f', 3).arg(maxComplaintRate, 0, 'f', 3);
        if (a.trainingScore < 0)
            a.coaching << tr("no training passed this month");
    }
    // Rank: compliance, then satisfaction, then fewer complaints per client (unknowns last).
    QList<Appraisal *> order;
    for (Appraisal &a : out)
        order << &a;
    std::stable_sort(order.begin(), order.end(), [](const Appraisal *x, const Appraisal *y) {
        if (x->complianceAll != y->complianceAll)
            return x->complianceAll > y->complianceAll;
        if (x->satisfaction != y->satisfaction)
            return x->satisfaction > y->satisfaction;
        return x->complaintRate < y->complaintRate;
    });
    for (int i = 0; i < order.size(); ++i)
        order.at(i)->rank = i + 1;
    std::sort(out.begin(), out.end(), [](const Appraisal &x, const Appraisal &y) { return x.rank < y.rank; });
    return out;
}

// What publishing a month locks (Transaction::lockKey): the number of its next revision.
static QString revisionKey(const QString &month)
{
    return QStringLiteral("kpi_snapshots:") + month;
}

int AppraisalRepository::publishedRevision(const QString &month) const
{
    return Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM kpi_snapshots WHERE month = ?"),
                       {month})
        .toInt();
}

QList<Appraisal> AppraisalRepository::month(const QString &monthText) const
{
    const int revision = publishedRevision(monthText);
    if (revision == 0)
        return compute(monthText);
    QList<Appraisal> out = snapshots(QStringLiteral("month = ? AND revision = ? ORDER BY staff_id"), {monthText, revision});
    std::sort(out.begin(), out.end(), [](const Appraisal &x, const Appraisal &y) { return x.rank < y.rank; });
    return out;
}

QList<Appraisal> AppraisalRepository::snapshots(const QString &where, const QVariantList &values) const
{
    Permissions::require(m_session, Action::PrintReports);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT figures, revision, published_at, reason FROM kpi_snapshots WHERE ") + where, values);
    QList<Appraisal> out;
    while (q.next()) {
        Appraisal a = Appraisal::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        a.revision = q.value(1).toInt();
        a.publishedAt = q.value(2).toLongLong();
        a.reason = q.value(3).toString();
        out << a;
    }
    return out;
}

void AppraisalRepository::store(const QString &month, int revision, const QString &reason)
{
    const QList<Appraisal> figures = compute(month);
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*m_session.db);
    for (const Appraisal &a : figures)
        Sql::run(m_session.db->connection(),
                 QStringLiteral("INSERT INTO kpi_snapshots (month, staff_id, revision, figures, published_at, published_by, reason) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {month, a.staffId, revision, QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)), now,
                  Sql::nullableId(m_session.actorId), reason.trimmed()});
    AuditLog::write(m_session, QStringLiteral("publish"), QStringLiteral("kpi_snapshots"), revision, {},
                    {{QStringLiteral("month"), month}, {QStringLiteral("revision"), revision}, {QStringLiteral("reason"), reason.trimmed()}});
    tx.commit();
}

void AppraisalRepository::publish(const QString &month)
{
    Permissions::require(m_session, Action::PrintReports);
    Transaction tx(*m_session.db);
    tx.lockKey(revisionKey(month));
    if (publishedRevision(month) > 0)
        throw ValidationError(QStringLiteral("month"),
                              tr("Month: %1 is published already; publish a correction as a new revision with its reason").arg(month));
    store(month, 1, QString());
    tx.commit();
}

int AppraisalRepository::revise(const QString &month, const QString &reason)
{
    Permissions::require(m_session, Action::PrintReports);
    Transaction tx(*m_session.db);
    tx.lockKey(revisionKey(month)); // two corrections at once: revisions 2 and 3, not two 2s
    const int current = publishedRevision(month);
    if (current == 0)
        throw ValidationError(QStringLiteral("month"), tr("Month: %1 is not published yet").arg(month));
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("reason"), tr("Reason: say what the correction changes"));
    store(month, current + 1, reason);
    tx.commit();
    return current + 1;
}

QList<Appraisal> AppraisalRepository::history(const QString &month, qint64 staffId) const
{
    return snapshots(QStringLiteral("month = ? AND staff_id = ? ORDER BY revision"), {month, staffId});
}

} // namespace estatedesk
