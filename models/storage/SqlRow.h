// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace estatedesk {

// Reads the columns of a SELECT's rows by name instead of by position, so that a column added to
// the middle of a SELECT cannot shift the later reads:
//
//     QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id, name, count(*) AS n FROM ..."));
//     const SqlRow row(q);
//     while (q.next())
//         out << Item{row.id("id"), row.text("name"), row.integer("n")};
//
// The names of the result's columns are taken from q.record() once, when the SqlRow is made
// (after the query ran, before or after the first next()); each read then follows the current row
// of q, which must outlive the SqlRow. Names compare without regard to case (PostgreSQL folds
// unquoted aliases to lower case); give every computed column an alias (count(*) AS n). A name
// missing from the result or present twice throws StorageError naming the column and the query:
// a programming error found at the first run, never a silently wrong column.
//
// The conversions are the ones the storage layer writes: ids and times as 64-bit integers (0 for
// NULL), dates as ISO text, flags as 0/1 (SQLite) or a boolean (PostgreSQL expressions).
// The column names of a result and the positions read by name, shared by SqlRow and SqlRows.
// Names compare without regard to case; a name missing from the result or present twice throws
// StorageError naming the column and the statement.
class ResultColumns
{
    Q_DECLARE_TR_FUNCTIONS(SqlRow)
public:
    explicit ResultColumns(QStringList names) : m_columns(std::move(names)) {}

    // The column's position; statement: the SQL named by the error.
    int index(const char *name, const QString &statement) const;
    bool has(const char *name) const { return lookup(name) != Missing; }

private:
    static constexpr int Missing = -1;
    static constexpr int Doubled = -2;
    // The position, Missing or Doubled; remembered for the next rows.
    int lookup(const char *name) const;
    int resolve(const char *name) const;

    struct Seen
    {
        QByteArray name;
        int index;
    };

    QStringList m_columns;
    // Names already resolved, in the order of the first row's reads: the next read of a row is
    // usually the entry after the previous one (or the previous one again), so a row costs one
    // or two comparisons per read.
    mutable std::vector<Seen> m_seen;
    mutable std::size_t m_next = 0;
};

class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery &query);

    QVariant value(const char *name) const { return m_query->value(index(name)); }
    bool isNull(const char *name) const { return m_query->isNull(index(name)); }
    QString text(const char *name) const { return value(name).toString(); }
    qint64 id(const char *name) const { return value(name).toLongLong(); }
    qint64 int64(const char *name) const { return value(name).toLongLong(); }
    int integer(const char *name) const { return value(name).toInt(); }
    double number(const char *name) const { return value(name).toDouble(); }
    bool flag(const char *name) const;
    // An ISO date ("2026-11-27"); an invalid QDate for NULL or ''.
    QDate date(const char *name) const;
    // A comma-separated list ("a,b,c"), without empty parts.
    QStringList list(const char *name) const;

    // Whether the result has the column (for a reader shared by queries with and without it).
    bool has(const char *name) const { return m_columns.has(name); }
    // The column's position in the result (what the reads above use).
    int index(const char *name) const { return m_columns.index(name, m_query->lastQuery()); }

private:
    const QSqlQuery *m_query;
    ResultColumns m_columns;
};

} // namespace estatedesk
