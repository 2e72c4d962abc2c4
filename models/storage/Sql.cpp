// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "core/Errors.h"
#include "storage/Database.h"
#include "storage/GuiWatchdog.h"

#include <QSqlDriver>
#include <QSqlError>

namespace estatedesk {

static QString describeError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("database or disk is full")) || lower.contains(QLatin1String("no space left")))
        return Sql::tr("The disk is full; nothing was saved. Free some space and try again. (%1)").arg(text);
    if (lower.contains(QLatin1String("database is locked")) || lower.contains(QLatin1String("database is busy")))
        return Sql::tr("The database is busy with another user's change; nothing was saved. Try again. (%1)")
            .arg(text);
    if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")))
        return Sql::tr("The database file is damaged; restore the latest backup. (%1)").arg(text);
    if (lower.contains(QLatin1String("server closed")) || lower.contains(QLatin1String("connection")))
        return Sql::tr("The database server cannot be reached; nothing was saved. (%1)").arg(text);
    return Sql::tr("Database error: %1").arg(text);
}

// Throws the error of a failed statement. On PostgreSQL a statement that failed because the
// connection broke (the server restarted, the network went away) leaves the driver closed: that
// is reported as ConnectionLostError, and the Database that made the connection is told, so that
// the window shows it and reconnects, whatever the language of the server's message.
[[noreturn]] static void fail(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && !driver->isOpen()) {
        throw ConnectionLostError(Database::noteConnectionLost(driver, describeError(query.lastError())));
    }
    throw StorageError(describeError(query.lastError()));
}

QSqlQuery Sql::prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        fail(q);
    return q;
}

void Sql::exec(QSqlQuery &query)
{
    // Qt binds a null QString as SQL NULL. Text columns are NOT NULL DEFAULT '' unless a typed
    // null (Sql::nullableText) says otherwise, so an empty-but-null QString becomes ''.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QString(QLatin1String("")));
    }
    const GuiWatchdog::Timer timer;
    if (!query.exec())
        fail(query);
    timer.check(query);
}

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        const GuiWatchdog::Timer timer;
        if (!q.exec(sql))
            fail(q);
        timer.check(q);
        return q;
    }
    if (!q.prepare(sql))
        fail(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(db, sql, values);
    if (!q.next())
        return {};
    return q.value(0);
}

QString Sql::likeEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace estatedesk
