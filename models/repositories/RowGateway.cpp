// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/RowGateway.h"

#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlField>

namespace estatedesk {

RowGateway::RowGateway(const Session &session, QString table, QString entityLabel)
    : m_session(session), m_table(std::move(table)), m_entityLabel(std::move(entityLabel))
{
}

qint64 RowGateway::insert(const QVariantMap &row, const QString &auditAction)
{
    QStringList columns, marks;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
        values << it.value();
    }
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                               .arg(m_table, columns.join(u','), marks.join(u',')),
                           values);
    if (!q.next())
        throw StorageError(tr("Saving the %1 returned no id.").arg(m_entityLabel));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, auditAction, m_table, id, {}, row);
    return id;
}

int RowGateway::update(qint64 id, int expectedVersion, const QVariantMap &row, const QString &auditAction)
{
    const QVariantMap before = toMap(fetch(id));
    const int current = before.value(QStringLiteral("row_version")).toInt();
    if (current != expectedVersion)
        throw ConflictError(
            tr("This %1 was changed by someone else meanwhile (version %2, you edited version %3). "
               "Nothing was saved; reload it and make your change again.")
                .arg(m_entityLabel)
                .arg(current)
                .arg(expectedVersion));
    QStringList sets;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    sets << QStringLiteral("row_version = row_version + 1");
    values << id << expectedVersion;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?").arg(m_table, sets.join(u',')),
        values);
    if (q.numRowsAffected() != 1)
        throw ConflictError(
            tr("This %1 was changed by someone else meanwhile. Nothing was saved; reload it and "
               "make your change again.")
                .arg(m_entityLabel));
    QVariantMap after = row;
    after.insert(QStringLiteral("row_version"), expectedVersion + 1);
    QVariantMap changedBefore;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        changedBefore.insert(it.key(), before.value(it.key()));
    changedBefore.insert(QStringLiteral("row_version"), expectedVersion);
    AuditLog::write(m_session, auditAction, m_table, id, changedBefore, after);
    return expectedVersion + 1;
}

QSqlRecord RowGateway::fetch(qint64 id) const
{
    return select(id).record();
}

QSqlQuery RowGateway::select(qint64 id) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(m_table), {id});
    if (!q.next())
        throw NotFoundError(tr("The %1 with number %2 does not exist (it may have been removed).")
                                .arg(m_entityLabel)
                                .arg(id));
    return q;
}

QVariantMap RowGateway::toMap(const QSqlRecord &record)
{
    QVariantMap out;
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i), record.value(i));
    return out;
}

} // namespace estatedesk
