// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Dialect.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

#include <QSqlQuery>

namespace estatedesk {

QString Dialect::expand(QString ddl) const
{
    ddl.replace(QLatin1String("{{PK}}"), autoPrimaryKey());
    ddl.replace(QLatin1String("{{BLOB}}"), blobType());
    return ddl;
}

namespace {

class SqliteDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("SQLite"); }
    QString autoPrimaryKey() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString ilike() const override { return QStringLiteral("LIKE"); }
    QString position(const QString &haystack, const QString &needle) const override
    {
        return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
    }
    QString inIds(const QString &column, const QString &subquery) const override
    {
        return QStringLiteral("%1 IN (%2)").arg(column, subquery);
    }

    void configureConnection(QSqlDatabase &db) const override
    {
        // Write-ahead logging is a change to the file: not on a file opened read-only.
        if (!db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
            Sql::run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        Sql::run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        Sql::run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        Sql::run(db, QStringLiteral("PRAGMA busy_timeout=10000"));
        // Removed and overwritten values are zeroed in the file, not left in free space where
        // retention and erasure could not reach them.
        Sql::run(db, QStringLiteral("PRAGMA secure_delete=ON"));
        // Statement journals, sorts and temporary tables in memory: a 20 000-client import wrote
        // its statement journals to a file in /var/tmp (536 000 small writes) and took three
        // times as long. (The page cache keeps SQLite's default of 2 MiB a connection; a unit that
        // writes a great many rows raises it for itself: Transaction::holdChangedPagesInMemory.)
        Sql::run(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
    }

    QStringList tables(QSqlDatabase &db) const override
    {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND "
                                                  "name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QStringList integrityProblems(QSqlDatabase &db) const override
    {
        QStringList out;
        QSqlQuery q = Sql::run(db, QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                out << line;
        }
        QSqlQuery fk = Sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
        const SqlRow row(fk);
        while (fk.next())
            out << QStringLiteral("foreign key: %1 row %2 -> %3")
                       .arg(row.text("table"), row.text("rowid"), row.text("parent"));
        return out;
    }

    void resetIdSequence(QSqlDatabase &, const QString &) const override
    {
        // AUTOINCREMENT keeps its high-water mark in sqlite_sequence, which inserts update.
    }
};

class PostgresDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString autoPrimaryKey() const override { return QStringLiteral("BIGSERIAL PRIMARY KEY"); }
    QString blobType() const override { return QStringLiteral("BYTEA"); }
    QString ilike() const override { return QStringLiteral("ILIKE"); }
    QString position(const QString &haystack, const QString &needle) const override
    {
        return QStringLiteral("strpos(%1, %2)").arg(haystack, needle);
    }
    QString inIds(const QString &column, const QString &subquery) const override
    {
        return QStringLiteral("%1 = ANY (ARRAY(%2))").arg(column, subquery);
    }

    void configureConnection(QSqlDatabase &db) const override
    {
        Sql::run(db, QStringLiteral("SET client_encoding TO 'UTF8'"));
        Sql::run(db, QStringLiteral("SET client_min_messages TO WARNING"));
        // The program's reads are short and many PCs share the server: parallel workers cost more
        // to start than they save on them, and took the CPU the other sessions needed (the
        // dashboard's deadlines on a 100 000-client office, two cores: 580 ms in parallel, 7 ms
        // without).
        Sql::run(db, QStringLiteral("SET max_parallel_workers_per_gather TO 0"));
        // An office's data fits in the server's memory, so a row read by its key costs about what
        // the next row of a scan does; with the default (4, for spinning disks) the planner read
        // every client to join a day's few hundred viewings with their names, and scanned instead
        // of reading the search index (a keystroke: 33 ms, 7 ms with this).
        Sql::run(db, QStringLiteral("SET random_page_cost TO 1.1"));
    }

    QStringList tables(QSqlDatabase &db) const override
    {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                                  "current_schema() ORDER BY tablename"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QStringList integrityProblems(QSqlDatabase &) const override
    {
        // PostgreSQL checks its pages and constraints itself; invariants are checked by Integrity.
        return {};
    }

    void resetIdSequence(QSqlDatabase &db, const QString &table) const override
    {
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
        q.addBindValue(table);
        Sql::exec(q);
        if (!q.next() || q.value(0).isNull())
            return;
        const QString seq = q.value(0).toString();
        Sql::run(db, QStringLiteral("SELECT setval('%1', COALESCE((SELECT MAX(id) FROM %2), 0) + 1, false)")
                         .arg(seq, table));
    }
};

} // namespace

std::unique_ptr<Dialect> Dialect::create(Backend backend)
{
    if (backend == Backend::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace estatedesk
