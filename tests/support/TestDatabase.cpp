// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "core/Errors.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace estatedesk::test {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

qint64 fridayMorning()
{
    return QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

TestDatabase::TestDatabase()
{
    const QString backend = qEnvironmentVariable("ESTATEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    if (backend == QLatin1String("postgres")) {
        m_backend = Backend::Postgres;
        m_pgServer = qEnvironmentVariable("ESTATEDESK_TEST_PG");
        if (m_pgServer.isEmpty())
            m_error = QStringLiteral(
                "ESTATEDESK_TEST_BACKEND=postgres but ESTATEDESK_TEST_PG is not set; run the tests "
                "with scripts/test.sh, which starts a PostgreSQL server");
    } else if (backend != QLatin1String("sqlite")) {
        m_error = QStringLiteral("unknown ESTATEDESK_TEST_BACKEND %1").arg(backend);
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_backend == Backend::Postgres)
        dropPostgresDatabase();
}

void TestDatabase::dropPostgresDatabase()
{
    if (m_pgName.isEmpty())
        return;
    try {
        Database admin(DatabaseConfig::postgres(m_pgServer + QStringLiteral(" dbname=postgres")));
        Sql::run(admin.connection(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    } catch (const Error &e) {
        qWarning("could not drop %s: %s", qPrintable(m_pgName), e.what());
    }
    m_pgName.clear();
}

DatabaseConfig TestDatabase::config() const
{
    if (m_backend == Backend::Sqlite)
        return DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(m_counter)));
    return DatabaseConfig::postgres(m_pgServer + QStringLiteral(" dbname=") + m_pgName);
}

QStringList TestDatabase::cliOptions() const
{
    const DatabaseConfig c = config();
    if (m_backend == Backend::Sqlite)
        return {QStringLiteral("--db"), c.sqlitePath};
    return {QStringLiteral("--pg"), c.pgConnection};
}

Database &TestDatabase::fresh()
{
    if (!m_error.isEmpty())
        throw StorageError(m_error);
    m_db.reset();
    ++m_counter;
    if (m_backend == Backend::Postgres) {
        dropPostgresDatabase();
        m_pgName =
            QStringLiteral("estatedesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
        Database admin(DatabaseConfig::postgres(m_pgServer + QStringLiteral(" dbname=postgres")));
        // In a collation of the language, as an office server's CREATE DATABASE takes from its
        // system (zh_CN.UTF-8, en_US.UTF-8), never the C order the test cluster was made with:
        // text compares and sorts there as it does on the office's server.
        Sql::run(admin.connection(), QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 "
                                                    "LOCALE_PROVIDER icu ICU_LOCALE 'zh-Hans-CN'")
                                         .arg(m_pgName));
    }
    m_db = std::make_unique<Database>(config());
    m_db->open();
    return *m_db;
}

Session TestDatabase::freshSession(FixedClock &clock)
{
    Database &db = fresh();
    Migrations::migrate(db);
    return Session{&db, &clock, 0};
}

} // namespace estatedesk::test
