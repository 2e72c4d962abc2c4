// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace estatedesk {

enum class Backend
{
    Sqlite,
    Postgres
};

// Whether opening a SQLite file may create it. Only `init` and the desktop program's first start
// create an office database; every other command names a missing file (issue 14 item 7).
enum class SqliteCreation
{
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
    // The same PostgreSQL connection giving up connecting after seconds, unless it says otherwise
    // (a probe asks once and soon; the window's own connection waits longer).
    DatabaseConfig withConnectTimeout(int seconds) const;
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

    // The office server's reachability as last seen (always true on SQLite). While the server is
    // unreachable, asking for a connection that has to be made anew throws ConnectionLostError at
    // once instead of waiting for a connect timeout on every click; ServerLink sets it back.
    bool serverReachable() const { return m_reachable.load(); }
    void setServerReachable(bool reachable);
    // Called (on any thread) with the reason when a statement finds the connection broken.
    void setOnConnectionLost(std::function<void(const QString &why)> callback);
    // Sql calls this when a statement failed on a connection that is no longer open: the
    // Database that made the calling thread's connection with that driver is marked unreachable
    // and told (why: the technical reason). Returns the message for the user.
    static QString noteConnectionLost(const QSqlDriver *driver, const QString &why);
    // The message every action gets while the office server cannot be reached.
    QString unreachableMessage() const;

    // What a quick check found wrong with the SQLite file (empty while it is sound, or not known
    // to be damaged). While set, every write but a restore is refused (Transaction).
    QString damage() const;
    void setDamage(const QString &problem);
    // The message a refused write gets while the file is damaged.
    QString damagedMessage() const;
    // Whether another program deleted the SQLite file's write-ahead log (FILE-wal) while this
    // process had it open. It can only do so when something in this process opened and closed the
    // database file itself, which drops every SQLite lock of the process on it (a file dialog
    // reading the files of its folder did); whatever this process wrote afterwards would go into
    // the deleted file and be lost, and a checkpoint from it would write old pages over the other
    // program's. Once found, the calling thread's connection no longer checkpoints when it closes,
    // and every write is refused (Transaction) with logDeletedMessage(). False on PostgreSQL.
    bool logDeleted() const;
    QString logDeletedMessage() const;
    // Why nothing could be written when the sign-in was to be recorded (a full disk, a read-only
    // file or server: UnwritableError's message), or empty. The window shows it in a banner.
    QString unwritable() const;
    void setUnwritable(const QString &why);
    // Whether this program brought the schema to a version it knows (Migrations::migrate): from
    // then on a unit of work on PostgreSQL reads the version again before it writes (another PC's
    // newer program may have upgraded the database meanwhile).
    bool schemaInPlace() const { return m_schemaInPlace.load(); }
    void markSchemaInPlace() const { m_schemaInPlace.store(true); }

private:
    QString connectionName() const;
    QSqlDatabase openConnection(const QString &name) const;

    DatabaseConfig m_config;
    std::unique_ptr<Dialect> m_dialect;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QStringList m_opened;
    std::atomic<bool> m_reachable{true};
    mutable std::atomic<bool> m_schemaInPlace{false};
    std::function<void(const QString &)> m_onLost; // guarded by m_mutex
    QString m_damage;                              // guarded by m_mutex
    QString m_unwritable;                          // guarded by m_mutex
};

} // namespace estatedesk
