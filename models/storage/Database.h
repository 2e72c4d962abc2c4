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

struct DatabaseConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;   // Backend::Sqlite
    QString pgConnection; // Backend::Postgres: "host=H port=P dbname=D user=U [password=X]"

    static DatabaseConfig sqlite(const QString &path) { return {Backend::Sqlite, path, {}}; }
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
