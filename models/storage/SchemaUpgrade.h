// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace estatedesk {

class Clock;
class Database;

// Opening a database for work: refuse a newer schema, take a backup copy before upgrading an
// older one, then migrate. An empty database is simply created.
class SchemaUpgrade
{
public:
    // The folder where automatic backups go: "backups" beside a SQLite file, or in the user's
    // data folder for a PostgreSQL server.
    static QString backupFolder(const Database &db);
    // Returns the schema version reached; backupTaken is told the path of the copy it made.
    static int run(const Database &db, const Clock &clock,
                   const std::function<void(const QString &)> &backupTaken = {});
};

} // namespace estatedesk
