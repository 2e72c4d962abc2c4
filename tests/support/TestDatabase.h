// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "repositories/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace estatedesk::test {

// The database a storage test runs on: ESTATEDESK_TEST_BACKEND=sqlite (a temporary file) or
// postgres (a throwaway database on the server in ESTATEDESK_TEST_PG, created for this test
// program and dropped at its end). On PostgreSQL the test fails, never skips, when the server
// is not given.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    // Empty string when ready, otherwise why the backend cannot be used.
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    QString backendName() const
    {
        return m_backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
    }

    // A fresh, empty database (the previous one is dropped). Not migrated.
    Database &fresh();
    Database &db() { return *m_db; }
    DatabaseConfig config() const;
    // Global options for estatedesk-cli that point at the current database.
    QStringList cliOptions() const;
    // A fresh database migrated to the latest schema with a fixed clock.
    Session freshSession(FixedClock &clock);

private:
    void dropPostgresDatabase();
    Backend m_backend = Backend::Sqlite;
    QString m_error;
    QTemporaryDir m_dir;
    QString m_pgServer;
    QString m_pgName;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

// 2026-11-27T10:00:00+08:00, a Friday: the fixed "now" of most tests.
qint64 fridayMorning();
// An ISO 8601 time with offset ("2026-12-02T18:00:00+08:00") as UTC milliseconds.
qint64 at(const char *iso);

} // namespace estatedesk::test
