// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OfficeMove.h"

#include "core/Errors.h"
#include "storage/Backup.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace estatedesk {

namespace {
qint64 rowCount(const Database &db, const QString &table)
{
    QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

bool OfficeMove::Result::countsMatch() const
{
    return std::all_of(counts.begin(), counts.end(),
                       [](const TableCount &c) { return c.copied == c.onServer; });
}

OfficeMove::Result OfficeMove::run(const Database &source, const Database &target)
{
    if (source.backend() != Backend::Sqlite)
        throw ValidationError(QStringLiteral("db"),
                              tr("The office to move must be a SQLite file (--db FILE)."));
    if (target.backend() != Backend::Postgres)
        throw ValidationError(QStringLiteral("pg"),
                              tr("The office moves to a PostgreSQL server (--pg CONNECTION)."));
    // The server's database gets the schema first (or is upgraded); an office already in it is
    // never overwritten.
    Migrations::migrate(target);
    for (const char *table : {"staff", "clients", "units", "contracts"}) {
        const qint64 n = rowCount(target, QLatin1String(table));
        if (n > 0)
            throw ValidationError(QStringLiteral("pg"),
                                  tr("%1 already holds an office (%2 rows in %3); migrate-to copies into an "
                                     "empty database only. Nothing was changed.")
                                      .arg(target.config().describe())
                                      .arg(n)
                                      .arg(QLatin1String(table)));
    }
    // A consistent copy of the file, then the rows in one transaction (Backup::copyInto).
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StorageError(tr("No temporary folder for the copy: %1").arg(dir.errorString()));
    const QString copy = dir.filePath(QStringLiteral("office.sqlite"));
    Backup::write(source, copy);
    Backup::copyInto(target, copy);

    Result result;
    {
        // Counted on the copy as the server has it: brought to the same schema version.
        Database copied(DatabaseConfig::sqlite(copy));
        Migrations::migrate(copied);
        QSqlDatabase connection = copied.connection();
        const QStringList copiedTables = copied.dialect().tables(connection);
        for (const QString &table : Migrations::tablesInDependencyOrder())
            if (copiedTables.contains(table))
                result.counts.append({table, rowCount(copied, table), rowCount(target, table)});
    }
    result.problems = IntegrityCheck::run(target);
    return result;
}

} // namespace estatedesk
