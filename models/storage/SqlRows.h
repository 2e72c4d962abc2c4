// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlRow.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace estatedesk {

// The connection's own SQLite handle (Qt's driver and this code link the same libsqlite3), or null
// for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The rows of one SELECT, read by column name as SqlRow reads them, for the reads that bring
// thousands of rows (the dashboard's deadlines, the viewings):
//
//     SqlRows row(db.connection(), QStringLiteral("SELECT id, name FROM ..."), {value});
//     while (row.next())
//         out << Item{row.id("id"), row.text("name")};
//
// On SQLite each value is read from SQLite's own statement on the connection Qt opened, when it
// is asked for: Qt's driver copies every column of every row into a QVariant (UTF-8 made UTF-16
// twice) before the first is read, which doubled the time of the dashboard's read of 4 000
// deadlines against the same SELECT stepped through SQLite's C API. On PostgreSQL the rows come
// through Qt's driver, as Sql::run gives them. Values are bound as Sql::run binds them; failures
// throw the same errors; the GUI-thread watchdog times the statement up to its first row.
class SqlRows
{
public:
    SqlRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    ~SqlRows();
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;

    // The next row; false after the last.
    bool next();

    bool isNull(const char *name) const;
    QString text(const char *name) const;
    qint64 id(const char *name) const { return int64(name); }
    qint64 int64(const char *name) const;
    int integer(const char *name) const { return int(int64(name)); }
    double number(const char *name) const;
    bool flag(const char *name) const;
    // An ISO date ("2026-11-27"); an invalid QDate for NULL or ''.
    QDate date(const char *name) const { return QDate::fromString(text(name), Qt::ISODate); }
    bool has(const char *name) const;

private:
    int column(const char *name) const;
    [[noreturn]] void fail(int code) const;

    QSqlDatabase m_db;
    QString m_sql;
    // SQLite: the statement, its columns, and whether the first row was already stepped to.
    sqlite3 *m_sqlite = nullptr;
    struct Finalize
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
    std::optional<ResultColumns> m_columns;
    int m_pending = 0;
    bool m_done = false;
    // PostgreSQL: Qt's query and its reader.
    std::optional<QSqlQuery> m_query;
    std::optional<SqlRow> m_row;
};

} // namespace estatedesk
