// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "core/Errors.h"
#include "storage/Database.h"
#include "storage/GuiWatchdog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace estatedesk {

namespace {

// What went wrong, in the README's words (see "When nothing can be written"): SQLite's primary
// result codes, PostgreSQL's SQLSTATE, then the message's words.
enum class Failure
{
    DiskFull,
    ReadOnly,
    Busy,
    UniqueClash,
    Damaged,
    Unreachable,
    Other
};

Failure classify(const QSqlError &error, const QString &lower)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("13") || code == QLatin1String("53100") ||
        lower.contains(QLatin1String("database or disk is full")) ||
        lower.contains(QLatin1String("no space left")))
        return Failure::DiskFull;
    if (code == QLatin1String("8") || code == QLatin1String("25006") ||
        lower.contains(QLatin1String("readonly database")) ||
        lower.contains(QLatin1String("read-only transaction")))
        return Failure::ReadOnly;
    if (code == QLatin1String("23505") || lower.contains(QLatin1String("unique constraint failed")))
        return Failure::UniqueClash;
    if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03") ||
        code == QLatin1String("40P01") || code == QLatin1String("40001") ||
        lower.contains(QLatin1String("database is locked")) ||
        lower.contains(QLatin1String("database is busy")))
        return Failure::Busy;
    if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")))
        return Failure::Damaged;
    if (lower.contains(QLatin1String("server closed")) || lower.contains(QLatin1String("connection")))
        return Failure::Unreachable;
    return Failure::Other;
}

} // namespace

bool Sql::isNullText(const QVariant &value)
{
    return !value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull();
}

bool Sql::isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

void Sql::raise(const QSqlError &error, const QSqlDriver *driver, const QString &what)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    const Failure failure = classify(error, text.toLower());
    auto message = [&what](const QString &words) {
        return what.isEmpty() ? words : what + QStringLiteral(": ") + words;
    };
    // A PostgreSQL statement that failed because the connection broke (the server restarted, the
    // network went away) leaves the driver closed: the Database that made the connection is told,
    // so that the window shows it and reconnects, whatever the language of the server's message.
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && !driver->isOpen())
        throw ConnectionLostError(
            Database::noteConnectionLost(driver, message(Sql::tr("The database server cannot be reached; "
                                                                 "nothing was saved. (%1)")
                                                             .arg(text))));
    switch (failure) {
    case Failure::DiskFull:
        throw UnwritableError(
            message(Sql::tr("The disk is full; nothing was saved. Free some space and try again.")));
    case Failure::ReadOnly:
        throw UnwritableError(message(
            Sql::tr("The database is read-only here (the file or the server takes no changes); nothing "
                    "was saved. Looking things up still works; ask the administrator to make it "
                    "writable again.")));
    case Failure::UniqueClash:
        throw UniqueClashError(
            message(Sql::tr("Another user saved the same value at the same moment; nothing was saved. "
                            "Look again and try again.")),
            text);
    case Failure::Busy:
        throw StorageError(message(
            Sql::tr("The database is busy with another user's change; nothing was saved. Try again.")));
    case Failure::Damaged:
        throw DamagedFileError(
            message(Sql::tr("The database file is damaged; restore the latest backup. (%1)").arg(text)),
            text);
    case Failure::Unreachable:
        throw StorageError(
            message(Sql::tr("The database server cannot be reached; nothing was saved. (%1)").arg(text)));
    case Failure::Other:
        break;
    }
    throw StorageError(message(Sql::tr("Database error: %1").arg(text)));
}

// Throws the error of a failed statement.
[[noreturn]] static void fail(const QSqlQuery &query)
{
    Sql::raise(query.lastError(), query.driver());
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
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        if (isNullText(values.at(i)))
            query.bindValue(int(i), QString(QLatin1String("")));
    const GuiWatchdog::Timer timer;
    if (!query.exec())
        fail(query);
    timer.check(query);
}

QString Sql::withValuesWritten(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype places = 0;
    QSqlField field;
    const qsizetype size = sql.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = sql.at(i);
        // Quoted text, quoted names, comments and $tag$ bodies are copied as they are: a '?'
        // there is not a value's place.
        qsizetype end = -1;
        if (c == u'\'' || c == u'"')
            end = sql.indexOf(c, i + 1);
        else if (c == u'-' && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype newline = sql.indexOf(u'\n', i);
            end = newline < 0 ? size - 1 : newline; // to the end of the line, or of the statement
        } else if (c == u'/' && sql.mid(i, 2) == QLatin1String("/*"))
            end = sql.indexOf(QLatin1String("*/"), i) + 1;
        else if (c == u'$') {
            const qsizetype close = sql.indexOf(u'$', i + 1);
            const QString tag = close > i ? sql.mid(i, close - i + 1) : QString();
            static const QRegularExpression kTag(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
            if (!tag.isEmpty() && kTag.match(tag).hasMatch())
                end = sql.indexOf(tag, close + 1) + tag.size() - 1;
        }
        if (end > i) {
            out += QStringView(sql).mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        if (places++ >= values.size())
            continue; // more places than values: refused below
        // As Qt's PostgreSQL driver writes a prepared statement's values after EXECUTE.
        const QVariant &bound = values.at(places - 1);
        const QVariant value = isNullText(bound) ? QVariant(QString(QLatin1String(""))) : bound;
        field.setMetaType(value.metaType());
        if (isNullValue(value))
            field.clear();
        else
            field.setValue(value);
        out += driver->formatValue(field);
    }
    if (places != values.size())
        throw StorageError(tr("Database error: %1")
                               .arg(QStringLiteral("%1 places for %2 values in: %3")
                                        .arg(places)
                                        .arg(values.size())
                                        .arg(sql)));
    return out;
}

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PostgreSQL: the values written into the statement, which goes to the server once. Qt's
    // driver would send PREPARE, then EXECUTE with the same values written out, then DEALLOCATE
    // when the query is gone: three round trips for a statement that runs once.
    const bool written = !values.isEmpty() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (values.isEmpty() || written) {
        const GuiWatchdog::Timer timer;
        if (!q.exec(written ? withValuesWritten(db.driver(), sql, values) : sql))
            fail(q);
        timer.check(sql);
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

void Sql::forEachIdChunk(const QList<qint64> &ids,
                         const std::function<void(const QString &marks, const QVariantList &values)> &read)
{
    constexpr qsizetype kChunk = 400;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        QStringList marks;
        QVariantList values;
        for (const qint64 id : ids.mid(from, kChunk)) {
            marks << QStringLiteral("?");
            values << id;
        }
        read(marks.join(u','), values);
    }
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
