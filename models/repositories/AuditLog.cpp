// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AuditLog.h"

#include "core/Clock.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace estatedesk {

QString AuditLog::toJson(const QVariantMap &values)
{
    if (values.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

void AuditLog::write(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                     const QVariantMap &before, const QVariantMap &after)
{
    Sql::run(session.db->connection(),
             QStringLiteral("INSERT INTO audit_log (at, actor_id, action, entity, entity_id, before_json, "
                            "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {session.clock->nowMs(), Sql::nullableId(session.actorId), action, entity, Sql::nullableId(entityId),
              Sql::nullableText(toJson(before)), Sql::nullableText(toJson(after))});
}

QList<AuditEntry> AuditLog::forEntity(const Session &session, const QString &entity, qint64 entityId)
{
    QSqlQuery q = Sql::run(session.db->connection(),
                           QStringLiteral("SELECT id, at, actor_id, action, entity, entity_id, before_json, after_json "
                                          "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                           {entity, entityId});
    QList<AuditEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

QList<AuditEntry> AuditLog::search(const Session &session, const AuditFilter &f)
{
    Permissions::require(session, Action::ViewAuditLog);
    QSqlQuery q = Sql::run(session.db->connection(),
                           QStringLiteral("SELECT id, at, actor_id, action, entity, entity_id, before_json, after_json FROM "
                                          "audit_log WHERE (? = 0 OR actor_id = ?) AND (? = '' OR entity = ?) AND (? = 0 OR "
                                          "entity_id = ?) AND (? = 0 OR at >= ?) AND (? = 0 OR at < ?) ORDER BY id DESC LIMIT ?"),
                           {f.actorId, f.actorId, f.entity, f.entity, f.entityId, f.entityId, f.fromMs, f.fromMs, f.toMs, f.toMs,
                            f.limit});
    QList<AuditEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

qint64 AuditLog::count(const Session &session)
{
    return Sql::scalar(session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

} // namespace estatedesk
