// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/SurveyRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/AuditLog.h"
#include "repositories/FollowUpRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace estatedesk {

namespace {

// A client's stage, and the staff member who served them, in SQL over clients k.
const char *kStage =
    "CASE WHEN EXISTS (SELECT 1 FROM handovers h WHERE h.client_id = k.id AND h.status = 'done') THEN "
    "'handed_over' WHEN EXISTS (SELECT 1 FROM contracts c WHERE c.client_id = k.id AND c.status IN "
    "('signed','filed')) THEN 'contracted' ELSE 'prospect' END";
const char *kServedBy =
    "COALESCE(k.consultant_id, (SELECT r.staff_id FROM service_records r WHERE r.client_id = k.id AND "
    "r.staff_id IS NOT NULL ORDER BY r.at DESC, r.id DESC LIMIT 1))";

void checkScore(const char *field, int score)
{
    if (score < 1 || score > 5)
        throw ValidationError(
            QString::fromLatin1(field),
            SurveyRepository::tr("%1: a score from 1 to 5").arg(QString::fromLatin1(field)));
}

} // namespace

QStringList SurveyRepository::stages()
{
    return {QStringLiteral("prospect"), QStringLiteral("contracted"), QStringLiteral("handed_over")};
}

QString SurveyRepository::stageLabel(const QString &stage)
{
    if (stage == QLatin1String("prospect"))
        return tr("Prospect");
    if (stage == QLatin1String("contracted"))
        return tr("Contracted");
    if (stage == QLatin1String("handed_over"))
        return tr("Handed over");
    return stage;
}

QPair<QDate, QDate> SurveyRepository::quarterDays(const QString &quarter)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto m = form.match(quarter);
    if (!m.hasMatch())
        throw ValidationError(QStringLiteral("--quarter"),
                              tr("--quarter: \"%1\" is not a quarter like 2026-Q4").arg(quarter));
    const QDate first(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
    return {first, first.addMonths(3)};
}

qint64 SurveyRepository::campaign(const QString &quarter)
{
    Permissions::require(m_session, Action::PrintReports);
    quarterDays(quarter); // validates
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    const QVariant existing =
        Sql::scalar(db, QStringLiteral("SELECT id FROM survey_campaigns WHERE quarter = ?"), {quarter});
    if (existing.isValid() && !existing.isNull()) {
        tx.commit();
        return existing.toLongLong();
    }
    const qint64 now = m_session.clock->nowMs();
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO survey_campaigns (quarter, title, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "RETURNING id"),
        {quarter, tr("Satisfaction survey %1").arg(quarter), now, now});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("survey_campaigns"), id, {},
                    {{QStringLiteral("quarter"), quarter}});
    tx.commit();
    return id;
}

QList<SurveyRepository::Target> SurveyRepository::targets(qint64 campaignId, const QStringList &stageFilter,
                                                          qint64 staffId, int limit) const
{
    Permissions::require(m_session, Action::PrintReports);
    QStringList marks;
    QVariantList values{campaignId, staffId, staffId};
    for (const QString &s : stageFilter) {
        if (!stages().contains(s))
            throw ValidationError(
                QStringLiteral("stage"),
                tr("Stage: \"%1\" is not one of %2").arg(s, stages().join(QStringLiteral(", "))));
        marks << QStringLiteral("?");
        values << s;
    }
    values << limit;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT x.id, x.name, x.stage, x.served, s.name AS staff_name FROM (SELECT k.id, k.name, %1 AS stage, %2 "
            "AS served FROM clients k WHERE k.anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
            "survey_responses r WHERE r.campaign_id = ? AND r.client_id = k.id)) x LEFT JOIN staff s "
            "ON s.id = x.served WHERE (? = 0 OR x.served = ?)%3 ORDER BY x.id LIMIT ?")
            .arg(QString::fromLatin1(kStage), QString::fromLatin1(kServedBy),
                 marks.isEmpty() ? QString() : QStringLiteral(" AND x.stage IN (%1)").arg(marks.join(u','))),
        values);
    QList<Target> out;
    const SqlRow row(q);
    while (q.next())
        out.append(
            {row.id("id"), row.text("name"), row.text("stage"), row.int64("served"), row.text("staff_name")});
    return out;
}

qint64 SurveyRepository::addResponse(qint64 campaignId, Response r)
{
    Permissions::require(m_session, Action::PrintReports);
    checkScore("attitude", r.attitude);
    checkScore("efficiency", r.efficiency);
    checkScore("resolution", r.resolution);
    const qint64 now = m_session.clock->nowMs();
    if (r.respondedAt <= 0)
        r.respondedAt = now;
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("survey_responses:%1:%2")
                   .arg(campaignId)
                   .arg(r.clientId)); // one answer per client, from any PC
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery who = Sql::run(db,
                             QStringLiteral("SELECT %1 AS stage, %2 AS served FROM clients k WHERE k.id = ?")
                                 .arg(QString::fromLatin1(kStage), QString::fromLatin1(kServedBy)),
                             {r.clientId});
    const SqlRow row(who);
    if (!who.next())
        throw NotFoundError(tr("The client No. %1 does not exist.").arg(r.clientId));
    const QString stage = row.text("stage");
    const qint64 staff = row.int64("served");
    who.finish();
    Erasure::refuseIfErased(m_session, r.clientId, Erasure::Refused::Survey); // no longer surveyed
    if (Sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = ? AND client_id = ?"),
            {campaignId, r.clientId})
            .toInt() > 0)
        throw ValidationError(QStringLiteral("client"),
                              tr("Client: No. %1 has answered this survey already").arg(r.clientId));
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO survey_responses (campaign_id, client_id, staff_id, stage, attitude, efficiency, "
            "resolution, comment, responded_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {campaignId, r.clientId, Sql::nullableId(staff), stage, r.attitude, r.efficiency, r.resolution,
         r.comment.trimmed(), r.respondedAt, now});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("survey_responses"), id, {},
                    {{QStringLiteral("client_id"), r.clientId},
                     {QStringLiteral("staff_id"), staff},
                     {QStringLiteral("scores"),
                      QStringLiteral("%1/%2/%3").arg(r.attitude).arg(r.efficiency).arg(r.resolution)}});
    if (unsatisfied(r)) {
        const QString scores = tr("attitude %1, efficiency %2, problem resolution %3")
                                   .arg(r.attitude)
                                   .arg(r.efficiency)
                                   .arg(r.resolution);
        const QString quarter =
            Sql::scalar(db, QStringLiteral("SELECT quarter FROM survey_campaigns WHERE id = ?"), {campaignId})
                .toString();
        FollowUpRepository(m_session).flagAnomaly(
            r.clientId, staff, OfficeTime::toOffice(now).date(),
            r.comment.trimmed().isEmpty() ? tr("Not satisfied in the %1 survey: %2").arg(quarter, scores)
                                          : tr("Not satisfied in the %1 survey: %2; said: %3")
                                                .arg(quarter, scores, r.comment.trimmed()),
            QStringLiteral("survey_responses"), id);
    }
    tx.commit();
    return id;
}

QList<SurveyRepository::Score> SurveyRepository::results(qint64 campaignId) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT r.staff_id, s.name, COUNT(*) AS n, AVG(r.attitude * 1.0) AS attitude, "
            "AVG(r.efficiency * 1.0) AS efficiency, AVG(r.resolution * 1.0) AS resolution FROM survey_responses r LEFT JOIN staff s ON s.id = r.staff_id "
            "WHERE r.campaign_id = ? GROUP BY r.staff_id, s.name ORDER BY s.name"),
        {campaignId});
    QList<Score> out;
    Score office;
    office.staffName = tr("The whole office");
    const SqlRow row(q);
    while (q.next()) {
        Score s{row.id("staff_id"),
                row.text("name"),
                row.integer("n"),
                row.number("attitude"),
                row.number("efficiency"),
                row.number("resolution"),
                0};
        s.overall = (s.attitude + s.efficiency + s.resolution) / 3.0;
        office.attitude += s.attitude * s.responses;
        office.efficiency += s.efficiency * s.responses;
        office.resolution += s.resolution * s.responses;
        office.responses += s.responses;
        out << s;
    }
    if (office.responses > 0) {
        office.attitude /= office.responses;
        office.efficiency /= office.responses;
        office.resolution /= office.responses;
        office.overall = (office.attitude + office.efficiency + office.resolution) / 3.0;
    }
    out.prepend(office);
    return out;
}

SurveyRepository::Score SurveyRepository::scoreOf(qint64 staffId, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT COUNT(*) AS n, AVG(attitude * 1.0) AS attitude, AVG(efficiency * 1.0) AS efficiency, "
            "AVG(resolution * 1.0) AS resolution FROM "
            "survey_responses WHERE staff_id = ? AND responded_at >= ? AND responded_at < ?"),
        {staffId, fromMs, toMs});
    Score s;
    s.staffId = staffId;
    const SqlRow row(q);
    if (q.next() && row.integer("n") > 0) {
        s.responses = row.integer("n");
        s.attitude = row.number("attitude");
        s.efficiency = row.number("efficiency");
        s.resolution = row.number("resolution");
        s.overall = (s.attitude + s.efficiency + s.resolution) / 3.0;
    }
    return s;
}

qint64 SurveyRepository::addAction(qint64 campaignId, const QString &action, qint64 ownerId,
                                   const QDate &dueOn)
{
    Permissions::require(m_session, Action::PrintReports);
    if (action.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("action"), tr("Improvement action: say what will be done"));
    if (!dueOn.isValid())
        throw ValidationError(QStringLiteral("due_on"), tr("Due date: required"));
    Transaction tx(*m_session.db);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO improvement_actions (campaign_id, action, owner_id, due_on, created_at) VALUES "
            "(?, ?, ?, ?, ?) RETURNING id"),
        {campaignId, action.trimmed(), Sql::nullableId(ownerId), dueOn.toString(Qt::ISODate),
         m_session.clock->nowMs()});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("improvement_actions"), id, {},
                    {{QStringLiteral("action"), action.trimmed()},
                     {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)}});
    tx.commit();
    return id;
}

void SurveyRepository::completeAction(qint64 actionId, const QString &result)
{
    Permissions::require(m_session, Action::PrintReports);
    if (result.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("result"), tr("Result: say what the action achieved"));
    Transaction tx(*m_session.db);
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE improvement_actions SET done_at = ?, result = ? WHERE id = ?"),
             {m_session.clock->nowMs(), result.trimmed(), actionId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("improvement_actions"), actionId, {},
                    {{QStringLiteral("result"), result.trimmed()}});
    tx.commit();
}

QList<SurveyRepository::ImprovementAction> SurveyRepository::actions(qint64 campaignId) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT id, action, owner_id, due_on, done_at, result FROM improvement_actions WHERE "
                       "campaign_id = ? ORDER BY due_on, id"),
        {campaignId});
    QList<ImprovementAction> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("action"), row.id("owner_id"), row.date("due_on"),
                    row.int64("done_at"), row.text("result")});
    return out;
}

} // namespace estatedesk
