// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace estatedesk {

// Thin helpers that turn Qt SQL failures into StorageError with a readable message.
// SQL text is always a constant of the storage layer; values are always bound.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    static QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
    static void exec(QSqlQuery &query);
    // Prepare, bind positional values, execute.
    static QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // The statement with each '?' outside quotes and comments replaced by its value as the
    // driver writes it (PostgreSQL: what Sql::run sends instead of PREPARE/EXECUTE).
    static QString withValuesWritten(const QSqlDriver *driver, const QString &sql,
                                     const QVariantList &values);
    // Single value of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // A NULL of the right type for optional ids and times (0 / -1 mean "none" in value types).
    static QVariant nullableId(qint64 id)
    {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    }
    static QVariant nullableTime(qint64 ms)
    {
        return ms > 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
    }
    static QVariant nullableText(const QString &s)
    {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    }
    // Throws the error a failed statement, BEGIN or COMMIT gave, in the user's words and of the
    // class that says what to do: UnwritableError (disk full, read-only), UniqueClashError,
    // ConnectionLostError (PostgreSQL), or StorageError. what: the failed step, before the
    // message ("Cannot start a transaction"), or empty.
    [[noreturn]] static void raise(const QSqlError &error, const QSqlDriver *driver,
                                   const QString &what = {});
    // Qt binds a null QString as SQL NULL; the storage layer binds it as '' (isNullText), since
    // text columns are NOT NULL DEFAULT '' unless a typed null (nullableText) says otherwise.
    static bool isNullText(const QVariant &value);
    // A NULL as Qt's drivers see one: a null variant, or a null text, bytes, date or time in it.
    static bool isNullValue(const QVariant &value);
    // Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
    static QString likeEscape(const QString &text);
    // Calls `read` for every chunk of at most 400 of `ids` (well under every driver's limit of
    // bound values) with "?,?,…" for an IN list and the chunk's ids as values to bind.
    static void
    forEachIdChunk(const QList<qint64> &ids,
                   const std::function<void(const QString &marks, const QVariantList &values)> &read);
};

} // namespace estatedesk
