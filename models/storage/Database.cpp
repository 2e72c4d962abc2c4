// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "core/Errors.h"
#include "core/Platform.h"
#include "core/PrivateFiles.h"
#include "storage/FileSystemCheck.h"
#include "storage/Sql.h"
#include "storage/SqlRows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace estatedesk {

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(QFileInfo(sqlitePath).absoluteFilePath());
    QString host = QStringLiteral("localhost"), port = QStringLiteral("5432"), db, service;
    for (const QString &part : pgConnection.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0), value = part.section(u'=', 1);
        if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("port"))
            port = value;
        else if (key == QLatin1String("dbname"))
            db = value;
        else if (key == QLatin1String("service"))
            service = value;
    }
    if (!service.isEmpty() && db.isEmpty())
        return QStringLiteral("PostgreSQL service %1").arg(service);
    return QStringLiteral("PostgreSQL %1@%2:%3").arg(db, host, port);
}

DatabaseConfig DatabaseConfig::withConnectTimeout(int seconds) const
{
    DatabaseConfig out = *this;
    if (backend == Backend::Postgres && !pgConnection.contains(QLatin1String("connect_timeout=")))
        out.pgConnection += QStringLiteral(" connect_timeout=%1").arg(seconds);
    return out;
}

QString DatabaseConfig::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/estatedesk.sqlite");
}

static QAtomicInteger<int> s_instanceCounter;

// Every live Database by its connections' name prefix, so that a statement that finds its
// connection broken can tell the Database that made it.
static QMutex s_registryMutex;
static QHash<QString, Database *> s_registry;

Database::Database(DatabaseConfig config)
    : m_config(std::move(config)), m_dialect(Dialect::create(m_config.backend)),
      m_prefix(QStringLiteral("estatedesk-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
    QMutexLocker registry(&s_registryMutex);
    s_registry.insert(m_prefix, this);
}

Database::~Database()
{
    {
        QMutexLocker registry(&s_registryMutex);
        s_registry.remove(m_prefix);
    }
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_opened)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

void Database::open()
{
    (void)connection();
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!m_reachable.load())
        throw ConnectionLostError(unreachableMessage());
    return openConnection(name);
}

QString Database::unreachableMessage() const
{
    return tr("The office server (%1) cannot be reached; nothing was saved. What you typed is still on the screen: "
              "EstateDesk reconnects by itself, then try again.")
        .arg(m_config.describe());
}

QString Database::damage() const
{
    QMutexLocker lock(&m_mutex);
    return m_damage;
}

void Database::setDamage(const QString &problem)
{
    QMutexLocker lock(&m_mutex);
    m_damage = problem;
}

QString Database::unwritable() const
{
    QMutexLocker lock(&m_mutex);
    return m_unwritable;
}

void Database::setUnwritable(const QString &why)
{
    QMutexLocker lock(&m_mutex);
    m_unwritable = why;
}

bool Database::logDeleted() const
{
    if (m_config.backend != Backend::Sqlite)
        return false;
    const QFileInfo file(m_config.sqlitePath);
    const QString canonical = file.canonicalFilePath();
    if (!platform::openAfterDeletion((canonical.isEmpty() ? file.absoluteFilePath() : canonical) +
                                     QStringLiteral("-wal")))
        return false;
    // Closing must not copy the deleted log's pages into the file, nor delete the log now there.
    if (sqlite3 *sqlite = sqliteHandle(connection()))
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return true;
}

QString Database::logDeletedMessage() const
{
    return tr("Another program deleted the write-ahead log of the database file %1 (the file %1-wal) while this "
              "window had it open; nothing was saved, because what this window saves now would be lost. Close "
              "EstateDesk and start it again: what was saved before is in the file.")
        .arg(m_config.describe());
}

QString Database::damagedMessage() const
{
    return tr("The database file %1 is damaged (%2); nothing was saved. Until an administrator restores a good backup "
              "(Settings → Backups) or repairs the file, EstateDesk only reads it.")
        .arg(m_config.describe(), damage());
}

void Database::setServerReachable(bool reachable)
{
    m_reachable.store(reachable);
}

void Database::setOnConnectionLost(std::function<void(const QString &)> callback)
{
    QMutexLocker lock(&m_mutex);
    m_onLost = std::move(callback);
}

QString Database::noteConnectionLost(const QSqlDriver *driver, const QString &why)
{
    std::function<void(const QString &)> callback;
    QString message = why;
    {
        QMutexLocker registry(&s_registryMutex);
        for (auto it = s_registry.cbegin(); it != s_registry.cend(); ++it) {
            Database *database = it.value();
            const QString name = database->connectionName(); // the calling thread's
            if (!QSqlDatabase::contains(name) || QSqlDatabase::database(name, false).driver() != driver)
                continue;
            database->m_reachable.store(false);
            message = database->unreachableMessage();
            QMutexLocker lock(&database->m_mutex);
            callback = database->m_onLost;
            break;
        }
    }
    if (callback)
        callback(why);
    return message;
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_opened.removeOne(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

static QString pgHint()
{
    return Database::tr("See \"Sharing one database between several PCs\" in the README to set up "
                        "a PostgreSQL server instead.");
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db;
    if (m_config.backend == Backend::Sqlite) {
        const QString path = m_config.sqlitePath;
        if (path.isEmpty())
            throw StorageError(tr("No database file given."));
        const QFileInfo info(path);
        if (m_config.creation != SqliteCreation::Always) {
            const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
            if (info.exists() && info.isFile() && info.size() == 0)
                throw StorageError(
                    tr("The database file %1 is empty (0 bytes): it holds no office. If it should, restore its "
                       "latest backup; to start a new office there, delete the empty file and run "
                       "\"estatedesk-cli init\".")
                        .arg(shown));
            if (!info.exists() && m_config.creation == SqliteCreation::Never)
                throw StorageError(
                    tr("There is no database file %1; nothing was created. Check the path (--db). A new office "
                       "database is made only by \"estatedesk-cli init\" or the first start of EstateDesk.")
                        .arg(shown));
        }
        const QString dir = info.absolutePath();
        if (!PrivateFiles::makeFolder(dir))
            throw StorageError(
                tr("Cannot create the folder %1 for the database file.").arg(QDir::toNativeSeparators(dir)));
        const QString fsType = networkFilesystemType(dir);
        if (!fsType.isEmpty())
            throw NetworkFilesystemError(
                tr("The database file %1 is on a network drive (%2). SQLite files on network drives "
                   "get corrupted when several PCs use them. %3")
                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()), fsType, pgHint()));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            throw StorageError(tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Owner-only before SQLite opens it: SQLite creates a new file 0644 under the usual umask,
        // and gives its -wal and -shm files the database file's own mode. Best effort on a file
        // someone else owns (a read-only copy): opening it still works.
        PrivateFiles::prepareDatabase(path);
        // A file this user may not change (someone else's copy, a read-only folder or disk) is
        // opened read-only as it stands: SQLite could not make its -wal and -shm files beside it
        // and would refuse even to read it. Every write then fails as read-only (issue 14 item 6).
        if (info.exists() && (!info.isWritable() || !QFileInfo(dir).isWritable())) {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            throw StorageError(tr("The Qt PostgreSQL driver is not installed (package libqt6sql6-psql)."));
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        static const QStringList kPassedToLibpq = {QStringLiteral("service"),
                                                   QStringLiteral("passfile"),
                                                   QStringLiteral("sslmode"),
                                                   QStringLiteral("sslrootcert"),
                                                   QStringLiteral("sslcert"),
                                                   QStringLiteral("sslkey"),
                                                   QStringLiteral("connect_timeout"),
                                                   QStringLiteral("application_name"),
                                                   QStringLiteral("target_session_attrs"),
                                                   QStringLiteral("keepalives"),
                                                   QStringLiteral("keepalives_idle"),
                                                   QStringLiteral("keepalives_interval"),
                                                   QStringLiteral("keepalives_count"),
                                                   QStringLiteral("tcp_user_timeout")};
        QStringList options;
        for (const QString &part : m_config.pgConnection.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = part.section(u'=', 0, 0), value = part.section(u'=', 1);
            if (key == QLatin1String("host"))
                db.setHostName(value);
            else if (key == QLatin1String("port"))
                db.setPort(value.toInt());
            else if (key == QLatin1String("dbname"))
                db.setDatabaseName(value);
            else if (key == QLatin1String("user"))
                db.setUserName(value);
            else if (key == QLatin1String("password"))
                db.setPassword(value);
            else if (kPassedToLibpq.contains(key))
                options << part; // a service from pg_service.conf, the ~/.pgpass file, TLS, ...
            else                 // named alone: the connection may hold a password, which is never printed
                throw StorageError(
                    tr("Unknown key \"%1\" in the PostgreSQL connection; use host, port, dbname, user, "
                       "password, %2. The password is best kept out of it: in PGPASSWORD, ~/.pgpass or a "
                       "service of pg_service.conf (service=NAME).")
                        .arg(key, kPassedToLibpq.join(QStringLiteral(", "))));
        }
        // Unless the connection says otherwise: give up connecting after 10 s, and notice a server
        // that vanished without closing the connection (a PC switched off, a cable pulled) within
        // about 20 s instead of the system's two hours, so the window can say so and reconnect.
        const auto byDefault = [&options](const char *key, const char *value) {
            const QString prefix = QLatin1String(key) + u'=';
            for (const QString &option : std::as_const(options))
                if (option.startsWith(prefix))
                    return;
            options << prefix + QLatin1String(value);
        };
        byDefault("connect_timeout", "10");
        byDefault("keepalives_idle", "10");
        byDefault("keepalives_interval", "3");
        byDefault("keepalives_count", "3");
        byDefault("tcp_user_timeout", "20000");
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(tr("Cannot open the database %1: %2").arg(m_config.describe(), why));
    }
    {
        QMutexLocker lock(&m_mutex);
        if (!m_opened.contains(name))
            m_opened << name;
    }
    m_dialect->configureConnection(db);
    return db;
}

} // namespace estatedesk
