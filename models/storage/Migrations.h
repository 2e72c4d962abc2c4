// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace estatedesk {

class Database;

// Versioned schema steps. Each step and its version bump run in one transaction; a failure rolls
// the step back and reports it. A database newer than this program is refused.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements; // with {{PK}} / {{BLOB}} placeholders, see Dialect::expand
        // Data the step brings (seed rows, derived rows for existing records), run after the
        // statements inside the same transaction.
        std::function<void(const Database &)> fill = {};
    };

    static const QList<Step> &steps();
    // Every data table of the latest schema, parents before children (copy order for backups).
    static QStringList tablesInDependencyOrder();
    static int latestVersion();

    // 0 for an empty database (no schema_version table).
    static int currentVersion(const Database &db);
    // Throws SchemaTooNewError when the database is newer than this program.
    static void ensureNotNewer(const Database &db);
    // The same for a database whose schema_version table is known to exist (one statement: the
    // check of every unit of work on PostgreSQL, see Database::schemaInPlace).
    static void ensureStillNotNewer(const Database &db);

    // Called once before the first step runs on a database that already holds a schema
    // (version > 0): the chance to take a backup. It may throw to stop the upgrade.
    using BeforeUpgrade = std::function<void(int fromVersion, int toVersion)>;

    // Brings the database to targetVersion (default: latest). Returns the version reached.
    static int migrate(const Database &db, int targetVersion = -1, const BeforeUpgrade &beforeUpgrade = {});
};

} // namespace estatedesk
