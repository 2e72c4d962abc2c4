// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/FollowUpRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Entities.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

int FollowUpRepository::flagAnomaly(qint64 clientId, qint64 consultantId, const QDate &day, const QString &task,
                                    const QString &refEntity, qint64 refId)
{
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("follow_ups.anomaly:%1:%2").arg(refEntity).arg(refId)); // flagged once, whoever flags it
    QSqlDatabase db = m_session.db->connection();
    if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE kind = 'anomaly' AND ref_entity = ? AND ref_id = ?"),
                    {refEntity, refId})
            .toInt()
        > 0) {
        tx.commit(); // nothing to add; a caller's transaction goes on
        return 0;
    }
    QList<qint64> staff;
    if (consultantId > 0)
        staff << consultantId;
    for (const Staff &s : StaffRepository(m_session).list(true, QStringLiteral("supervisor")))
        if (!staff.contains(s.id))
            staff << s.id;
    if (staff.isEmpty())
        staff << 0; // nobody to name: still on the client's list
    for (qint64 s : std::as_const(staff)) {
        const qint64 id = add(clientId, s, day, task, QStringLiteral("anomaly"));
        Sql::run(db, QStringLiteral("UPDATE follow_ups SET ref_entity = ?, ref_id = ? WHERE id = ?"), {refEntity, refId, id});
    }
    tx.commit();
    return int(staff.size());
}

qint64 FollowUpRepository::add(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task, const QString &kind)
{
    Permissions::require(m_session, Action::AddClient);
    if (clientId <= 0)
        throw ValidationError(QStringLiteral("client"), tr("Client: required"));
    if (!dueOn.isValid())
        throw ValidationError(QStringLiteral("due_on"), tr("Due date: required"));
    if (task.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("task"), tr("Task: required"));
    Transaction tx(*m_session.db);
    const qint64 now = m_session.clock->nowMs();
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("INSERT INTO follow_ups (client_id, staff_id, due_on, task, created_at, updated_at, kind) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           {clientId, Sql::nullableId(staffId), dueOn.toString(Qt::ISODate), task.trimmed(), now, now, kind});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("follow_ups"), id, {},
                    {{QStringLiteral("client_id"), clientId}, {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                     {QStringLiteral("task"), task.trimmed()}});
    tx.commit();
    return id;
}

void FollowUpRepository::complete(qint64 id, const QString &result)
{
    Permissions::require(m_session, Action::AddClient);
    Transaction tx(*m_session.db);
    const QList<FollowUp> found = query(QStringLiteral("f.id = ?"), {id});
    if (found.isEmpty())
        throw NotFoundError(tr("The follow-up task No. %1 does not exist.").arg(id));
    const FollowUp f = found.constFirst();
    if (f.doneAt > 0)
        throw ValidationError(QStringLiteral("done_at"), tr("Task: already done"));
    const qint64 now = m_session.clock->nowMs();
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE follow_ups SET done_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
             {now, now, id});
    ServiceRecord r;
    r.clientId = f.clientId;
    r.staffId = m_session.actorId ? m_session.actorId : f.staffId;
    r.at = now;
    r.kind = QStringLiteral("call");
    r.content = f.task;
    r.result = result.trimmed().isEmpty() ? tr("Done") : result.trimmed();
    r.refEntity = QStringLiteral("follow_ups");
    r.refId = id;
    ServiceRecordRepository(m_session).add(r);
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("follow_ups"), id, {}, {{QStringLiteral("done_at"), now}});
    tx.commit();
}

QList<FollowUp> FollowUpRepository::query(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT f.id, f.client_id, c.name, f.staff_id, f.due_on, f.task, f.done_at, f.kind FROM follow_ups f "
                                          "JOIN clients c ON c.id = f.client_id WHERE ")
                               + where + QStringLiteral(" ORDER BY f.due_on, f.id"),
                           values);
    QList<FollowUp> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(), q.value(6).toLongLong(),
                    q.value(7).toString()});
    return out;
}

QList<FollowUp> FollowUpRepository::forClient(qint64 clientId, bool openOnly) const
{
    return query(openOnly ? QStringLiteral("f.client_id = ? AND f.done_at IS NULL") : QStringLiteral("f.client_id = ?"), {clientId});
}

QList<FollowUp> FollowUpRepository::due(const QDate &day, qint64 staffId) const
{
    return query(QStringLiteral("f.done_at IS NULL AND f.due_on <= ? AND (? = 0 OR f.staff_id = ?)"),
                 {day.toString(Qt::ISODate), staffId, staffId});
}

} // namespace estatedesk
