// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"
#include "storage/Database.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace estatedesk {

class Clock;

// Starting either program on a database, in this order: open it (for a damaged SQLite file, find
// the latest good backup and put it in its place), prepare it (refuse a newer schema, take a backup
// before migrating an older one, migrate; the office's time zone; the shipped holiday calendars),
// then sign in. The GUI asks its questions in dialogs and the console program takes its options;
// what happens in between is this class.
class Startup
{
public:
    // The schema version that brought accounts: before it nobody signs in.
    static constexpr int kAccountsVersion = 4;

    Startup(DatabaseConfig config, const Clock &clock);
    ~Startup();
    Startup(const Startup &) = delete;
    Startup &operator=(const Startup &) = delete;

    // Opens the database; throws StorageError saying what to do.
    void open();
    // Opens the database and, for a SQLite file, reads its header and schema; a file whose last
    // check in a window found it damaged (IntegrityWatch) is read through (PRAGMA quick_check).
    // Returns what is wrong with a damaged file (empty when it is sound); throws when the database
    // cannot be opened and is not an existing SQLite file (a server, a missing folder).
    QStringList openAndCheck();
    // Reads a SQLite file through now (PRAGMA quick_check), noting damage as a window's check
    // does; empty when sound (and always on PostgreSQL).
    QStringList checkFile();
    // The folder of the automatic backups of this database.
    QString backupFolder() const;
    // The newest automatic backup that verifies, or an empty string.
    QString latestGoodBackup() const;
    // Puts backup in place of the damaged SQLite file (which is kept beside it) and opens it.
    void restoreInPlace(const QString &backup);
    // Refuses a newer schema, takes a backup before migrating an older one (backupTaken hears its
    // path), migrates, then sets the office's time zone and merges the shipped holiday calendars.
    // Returns the schema version.
    int prepare(const std::function<void(const QString &)> &backupTaken = {});
    // The schema version of the open database (before prepare(): the version it was left at).
    int schemaVersion() const;

    // Whether everyone must sign in: the database has accounts (never on a schema before them).
    bool needsSignIn() const;
    // Signs in by name and password and returns who; throws AuthenticationError when refused.
    Staff signIn(const QString &name, const QString &password);
    // After signIn: why the sign-in was not recorded (a damaged file is only read; a full disk or
    // a read-only database takes no writes), or empty.
    QString signInNotice() const { return m_signInNotice; }
    // Takes the staff member a sign-in dialog signed in (with Accounts).
    void signedIn(const Staff &staff);

    Database &database() { return *m_db; }
    // The program's session: the signed-in account, or the program itself before anyone signs in
    // on a database without accounts.
    const Session &session() const { return m_session; }

private:
    DatabaseConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    Session m_session;
    QString m_signInNotice;
};

} // namespace estatedesk
