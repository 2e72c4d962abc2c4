// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/TrainingRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

QStringList TrainingRepository::topics()
{
    return {QStringLiteral("service_rules"), QStringLiteral("communication"), QStringLiteral("emergency"),
            QStringLiteral("other")};
}

QString TrainingRepository::topicLabel(const QString &topic)
{
    if (topic == QLatin1String("service_rules"))
        return tr("Service rules");
    if (topic == QLatin1String("communication"))
        return tr("Communication");
    if (topic == QLatin1String("emergency"))
        return tr("Emergency handling");
    if (topic == QLatin1String("other"))
        return tr("Other");
    return topic;
}

qint64 TrainingRepository::addSession(const QDate &heldOn, const QString &topic, const QString &title,
                                      int passMark)
{
    Permissions::require(m_session, Action::PrintReports);
    if (!heldOn.isValid())
        throw ValidationError(QStringLiteral("held_on"), tr("Date: required"));
    if (!topics().contains(topic))
        throw ValidationError(
            QStringLiteral("topic"),
            tr("Topic: \"%1\" is not one of %2").arg(topic, topics().join(QStringLiteral(", "))));
    if (title.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("Title: required"));
    if (passMark < 0 || passMark > 100)
        throw ValidationError(QStringLiteral("pass_mark"), tr("Pass mark: from 0 to 100"));
    Transaction tx(*m_session.db);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO training_sessions (held_on, topic, title, pass_mark, created_at) VALUES (?, ?, ?, "
            "?, ?) RETURNING id"),
        {heldOn.toString(Qt::ISODate), topic, title.trimmed(), passMark, m_session.clock->nowMs()});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(
        m_session, QStringLiteral("insert"), QStringLiteral("training_sessions"), id, {},
        {{QStringLiteral("held_on"), heldOn.toString(Qt::ISODate)}, {QStringLiteral("topic"), topic}});
    tx.commit();
    return id;
}

QList<TrainingRepository::TrainingSession> TrainingRepository::sessionsIn(const QDate &from,
                                                                          const QDate &to) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT id, held_on, topic, title, pass_mark FROM training_sessions WHERE held_on >= ? AND "
            "held_on < ? ORDER BY held_on, id"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<TrainingSession> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.date("held_on"), row.text("topic"), row.text("title"),
                    row.integer("pass_mark")});
    return out;
}

TrainingRepository::Result TrainingRepository::assess(qint64 sessionId, qint64 staffId, int score)
{
    Permissions::require(m_session, Action::PrintReports);
    if (score < 0 || score > 100)
        throw ValidationError(QStringLiteral("score"), tr("Score: from 0 to 100"));
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("training_results:%1:%2")
                   .arg(sessionId)
                   .arg(staffId)); // the next attempt number, from any PC
    QSqlDatabase db = m_session.db->connection();
    const QVariant mark =
        Sql::scalar(db, QStringLiteral("SELECT pass_mark FROM training_sessions WHERE id = ?"), {sessionId});
    if (!mark.isValid() || mark.isNull())
        throw NotFoundError(tr("The training session No. %1 does not exist.").arg(sessionId));
    QSqlQuery last = Sql::run(
        db,
        QStringLiteral(
            "SELECT attempt, passed FROM training_results WHERE session_id = ? AND staff_id = ? ORDER BY "
            "attempt DESC LIMIT 1"),
        {sessionId, staffId});
    int attempt = 1;
    const SqlRow row(last);
    if (last.next()) {
        if (row.flag("passed"))
            throw ValidationError(QStringLiteral("score"), tr("Score: this assessment was passed already"));
        attempt = row.integer("attempt") + 1;
    }
    last.finish();
    Result r;
    r.sessionId = sessionId;
    r.staffId = staffId;
    r.attempt = attempt;
    r.score = score;
    r.passed = score >= mark.toInt();
    Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO training_results (session_id, staff_id, attempt, score, passed, assessed_at) VALUES (?, ?, "
            "?, ?, ?, ?)"),
        {sessionId, staffId, attempt, score, r.passed ? 1 : 0, m_session.clock->nowMs()});
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("training_results"), sessionId, {},
                    {{QStringLiteral("staff_id"), staffId},
                     {QStringLiteral("attempt"), attempt},
                     {QStringLiteral("score"), score}});
    tx.commit();
    return r;
}

QList<TrainingRepository::Result> TrainingRepository::results(qint64 sessionId) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT t.staff_id, s.name, t.attempt, t.score, t.passed FROM training_results t JOIN staff s ON "
            "s.id = t.staff_id WHERE t.session_id = ? AND t.attempt = (SELECT MAX(u.attempt) FROM "
            "training_results u WHERE u.session_id = t.session_id AND u.staff_id = t.staff_id) ORDER BY "
            "s.name"),
        {sessionId});
    QList<Result> out;
    const SqlRow row(q);
    while (q.next())
        out.append({sessionId, row.id("staff_id"), row.text("name"), row.integer("attempt"),
                    row.integer("score"), row.flag("passed")});
    return out;
}

QList<QPair<qint64, QString>> TrainingRepository::untrained(const QDate &from, const QDate &to) const
{
    // The team of the period (the appraisal's): staff whose account was made later were not there.
    const qint64 periodEnd = QDateTime(to, QTime(0, 0), OfficeTime::zone()).toMSecsSinceEpoch();
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT s.id, s.name FROM staff s WHERE ") + StaffRepository::teamCondition() +
            QStringLiteral(
                " AND NOT EXISTS (SELECT 1 FROM training_results t JOIN training_sessions x ON "
                "x.id = t.session_id WHERE t.staff_id = s.id AND x.held_on >= ? AND x.held_on < ?) "
                "ORDER BY s.name"),
        StaffRepository::teamValues(periodEnd) +
            QVariantList{from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<QPair<qint64, QString>> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("name")});
    return out;
}

int TrainingRepository::bestPassedScore(qint64 staffId, const QDate &from, const QDate &to) const
{
    const QVariant v = Sql::scalar(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT MAX(t.score) FROM training_results t JOIN training_sessions x ON x.id = "
            "t.session_id WHERE t.staff_id = ? AND t.passed = 1 AND x.held_on >= ? AND x.held_on < ?"),
        {staffId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    return v.isNull() || !v.isValid() ? -1 : v.toInt();
}

} // namespace estatedesk
