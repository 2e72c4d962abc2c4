// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AuditLog.h"

#include "repositories/ChangeFeed.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "security/Permissions.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace estatedesk {

QString AuditLog::toJson(const QVariantMap &values)
{
    if (values.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

namespace {
// The entries written in the unit open on each connection of this thread, sealed onto the
// chain when that unit commits.
thread_local QHash<QString, QList<qint64>> t_unsealed;
} // namespace

void AuditLog::write(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                     const QVariantMap &before, const QVariantMap &after)
{
    const Database &db = *session.db;
    Transaction tx(db);
    const QString connection = db.connection().connectionName();
    const QString beforeJson = toJson(before), afterJson = toJson(after);
    const AuditChain::Images images = AuditChain::digestImages(beforeJson, afterJson);
    QSqlQuery q = Sql::run(
        db.connection(),
        QStringLiteral(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, before_json, "
            "after_json, images_salt, images_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {session.clock->nowMs(), Sql::nullableId(session.actorId), action, entity, Sql::nullableId(entityId),
         Sql::nullableText(beforeJson), Sql::nullableText(afterJson), images.salt, images.digest});
    if (!q.next())
        throw StorageError(tr("The audit entry was not saved."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The first entry of a unit clears what a unit that rolled back left, and has the unit seal
    // its entries when it commits (at once when the unit has already ended).
    const bool first = Transaction::firstInUnit(db, QStringLiteral("audit-chain"));
    if (first)
        t_unsealed[connection].clear();
    t_unsealed[connection].append(id);
    if (first)
        Transaction::beforeCommit(db,
                                  [&db, connection] { AuditChain::seal(db, t_unsealed.take(connection)); });
    tx.commit();
    ChangeFeed::announce(session, entity);
}

int AuditLog::redact(const Session &session, const QString &entity, const QString &idsSql,
                     const QVariantList &params, const QString &reason)
{
    const QString marker = toJson({{QStringLiteral("redacted"), reason}});
    QVariantList all{marker, entity};
    all += params;
    return Sql::
        run(session.db->connection(),
            QStringLiteral(
                "UPDATE audit_log SET before_json = NULL, after_json = ?, images_salt = NULL WHERE entity = ? AND entity_id IN (%1) AND "
                "(before_json IS NOT NULL OR (after_json IS NOT NULL AND after_json NOT LIKE '{\"redacted\":%'))")
                .arg(idsSql),
            all)
            .numRowsAffected();
}

QList<AuditEntry> AuditLog::forEntity(const Session &session, const QString &entity, qint64 entityId)
{
    QSqlQuery q =
        Sql::run(session.db->connection(),
                 QStringLiteral("SELECT id, at, actor_id, action, entity, entity_id, before_json, after_json "
                                "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                 {entity, entityId});
    QList<AuditEntry> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.int64("at"), row.id("actor_id"), row.text("action"), row.text("entity"),
                    row.id("entity_id"), row.text("before_json"), row.text("after_json")});
    return out;
}

QList<AuditEntry> AuditLog::search(const Session &session, const AuditFilter &f)
{
    Permissions::require(session, Action::ViewAuditLog);
    // Only the filters that apply become conditions: the planner can use the indexes, and no
    // "? = 0" placeholder is typed int4 by PostgreSQL and then overflows on a millisecond time.
    QStringList where;
    QVariantList values;
    auto add = [&where, &values](const char *condition, const QVariant &value) {
        where << QLatin1String(condition);
        values << value;
    };
    if (f.actorId != 0)
        add("actor_id = ?", f.actorId);
    if (!f.entity.isEmpty())
        add("entity = ?", f.entity);
    if (f.entityId != 0)
        add("entity_id = ?", f.entityId);
    if (f.fromMs != 0)
        add("at >= ?", f.fromMs);
    if (f.toMs != 0)
        add("at < ?", f.toMs);
    values << f.limit;
    QSqlQuery q = Sql::run(
        session.db->connection(),
        QStringLiteral(
            "SELECT id, at, actor_id, action, entity, entity_id, before_json, after_json FROM audit_log%1 "
            "ORDER BY id DESC LIMIT ?")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
        values);
    const bool mask = !Permissions::seesFullClient(session, -1);
    auto masked = [mask](const QString &json) {
        if (!mask || json.isEmpty())
            return json;
        QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const QString &key : {QStringLiteral("phone")})
            if (o.contains(key) && !o.value(key).toString().isEmpty())
                o.insert(key, Phone::mask(o.value(key).toString()));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QList<AuditEntry> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.int64("at"), row.id("actor_id"), row.text("action"), row.text("entity"),
                    row.id("entity_id"), masked(row.text("before_json")), masked(row.text("after_json"))});
    return out;
}

QString AuditLog::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("insert"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("import"), QT_TR_NOOP("imported")},
        {QStringLiteral("demo"), QT_TR_NOOP("demo data loaded")},
        {QStringLiteral("reveal"), QT_TR_NOOP("full phone shown")},
        {QStringLiteral("export_personal_data"), QT_TR_NOOP("personal data exported")},
        {QStringLiteral("create_account"), QT_TR_NOOP("account created")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("password changed")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("sign-in failed")},
        {QStringLiteral("lock_account"), QT_TR_NOOP("account locked")},
        {QStringLiteral("merge"), QT_TR_NOOP("duplicate merged in")},
        {QStringLiteral("merged_into"), QT_TR_NOOP("merged into another client")},
        {QStringLiteral("retention"), QT_TR_NOOP("retention run")},
        {QStringLiteral("erase_personal_data"), QT_TR_NOOP("personal data erased on request")},
        {QStringLiteral("backup"), QT_TR_NOOP("backup taken")},
        {QStringLiteral("restore"), QT_TR_NOOP("backup restored")},
        {QStringLiteral("export_clients"), QT_TR_NOOP("clients exported")},
        {QStringLiteral("export_viewings"), QT_TR_NOOP("viewings exported")},
        {QStringLiteral("reverse"), QT_TR_NOOP("reversed")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(*it);
}

QString AuditLog::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("clients"), QT_TR_NOOP("client")},
        {QStringLiteral("staff"), QT_TR_NOOP("staff member")},
        {QStringLiteral("consultations"), QT_TR_NOOP("consultation")},
        {QStringLiteral("appointments"), QT_TR_NOOP("viewing")},
        {QStringLiteral("contracts"), QT_TR_NOOP("contract")},
        {QStringLiteral("complaints"), QT_TR_NOOP("complaint")},
        {QStringLiteral("units"), QT_TR_NOOP("unit")},
        {QStringLiteral("service_records"), QT_TR_NOOP("service record")},
        {QStringLiteral("deadline_policies"), QT_TR_NOOP("deadline policy")},
        {QStringLiteral("calendar_days"), QT_TR_NOOP("holiday calendar")},
        {QStringLiteral("settings"), QT_TR_NOOP("settings")},
        {QStringLiteral("appraisal_rewards"), QT_TR_NOOP("appraisal reward")},
        {QStringLiteral("appraisal_coaching"), QT_TR_NOOP("coaching")},
        {QStringLiteral("backups"), QT_TR_NOOP("database copy")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(*it);
}

qint64 AuditLog::count(const Session &session)
{
    return Sql::scalar(session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))
        .toLongLong();
}

} // namespace estatedesk
