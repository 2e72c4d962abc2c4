// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "storage/FileSystemCheck.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

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

QString DatabaseConfig::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/estatedesk.sqlite");
}

static QAtomicInteger<int> s_instanceCounter;

Database::Database(DatabaseConfig config)
    : m_config(std::move(config)),
      m_dialect(Dialect::create(m_config.backend)),
      m_prefix(QStringLiteral("estatedesk-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
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
    return openConnection(name);
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
                throw StorageError(tr("The database file %1 is empty (0 bytes): it holds no office. If it should, restore its "
                                      "latest backup; to start a new office there, delete the empty file and run "
                                      "\"estatedesk-cli init\".")
                                       .arg(shown));
            if (!info.exists() && m_config.creation == SqliteCreation::Never)
                throw StorageError(tr("There is no database file %1; nothing was created. Check the path (--db). A new office "
                                      "database is made only by \"estatedesk-cli init\" or the first start of EstateDesk.")
                                       .arg(shown));
        }
        const QString dir = info.absolutePath();
        if (!PrivateFiles::makeFolder(dir))
            throw StorageError(tr("Cannot create the folder %1 for the database file.")
                                   .arg(QDir::toNativeSeparators(dir)));
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
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            throw StorageError(
                tr("The Qt PostgreSQL driver is not installed (package libqt6sql6-psql)."));
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        static const QStringList kPassedToLibpq = {
            QStringLiteral("service"),     QStringLiteral("passfile"),        QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
            QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
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
            else // named alone: the connection may hold a password, which is never printed
                throw StorageError(tr("Unknown key \"%1\" in the PostgreSQL connection; use host, port, dbname, user, "
                                      "password, %2. The password is best kept out of it: in PGPASSWORD, ~/.pgpass or a "
                                      "service of pg_service.conf (service=NAME).")
                                       .arg(key, kPassedToLibpq.join(QStringLiteral(", "))));
        }
        if (!options.contains(QStringLiteral("connect_timeout"), Qt::CaseInsensitive))
            options << QStringLiteral("connect_timeout=10");
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
