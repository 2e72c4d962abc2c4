// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace estatedesk {

enum class Backend { Sqlite, Postgres };

// Whether opening a SQLite file may create it. Only `init` and the desktop program's first start
// create an office database; every other command names a missing file (issue 14 item 7).
enum class SqliteCreation {
    Always,    // the program's own files: backups being written, temporary copies, tests
    IfMissing, // init, the desktop program: a missing file (and its folder) is created
    Never,     // every other command: a missing file is refused by name
};

struct DatabaseConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;   // Backend::Sqlite
    QString pgConnection; // Backend::Postgres: "host=H port=P dbname=D user=U [password=X]"
    // IfMissing and Never also refuse an empty (0-byte) file: it holds no office, and opening it
    // would quietly start a new one where a damaged or truncated one was.
    SqliteCreation creation = SqliteCreation::Always;

    static DatabaseConfig sqlite(const QString &path, SqliteCreation creation = SqliteCreation::Always)
    {
        return {Backend::Sqlite, path, {}, creation};
    }
    static DatabaseConfig postgres(const QString &conn) { return {Backend::Postgres, {}, conn}; }
    // For the status bar and messages: the file path, or "PostgreSQL dbname@host:port".
    QString describe() const;
    // The default SQLite file in the user's data folder.
    static QString defaultSqlitePath();
};

// Opens and hands out connections, one named connection per thread (a Qt SQL connection may only
// be used from the thread that created it). Classes keep a Database pointer and ask for the
// calling thread's connection each time; they never keep a QSqlDatabase member.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the calling thread's connection; throws StorageError (or NetworkFilesystemError for a
    // SQLite file on a network share) with a message that says what to do.
    void open();
    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes and removes the calling thread's connection (a worker thread calls this before it ends).
    void closeThreadConnection();

    const DatabaseConfig &config() const { return m_config; }
    Backend backend() const { return m_config.backend; }
    const Dialect &dialect() const { return *m_dialect; }

private:
    QString connectionName() const;
    QSqlDatabase openConnection(const QString &name) const;

    DatabaseConfig m_config;
    std::unique_ptr<Dialect> m_dialect;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QStringList m_opened;
};

} // namespace estatedesk
