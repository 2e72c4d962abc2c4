// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "core/Errors.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace estatedesk {

namespace {
struct UnitState
{
    int depth = 0;
    bool rollbackOnly = false;
    bool ended = false; // the outermost unit committed or rolled back; its object lives on
    QSet<QString> onceKeys;
    QList<std::function<void()>> beforeCommit;
    QVariant cacheSizeBefore; // PRAGMA cache_size to set again when the unit ends, when it was raised
    qint64 dataVersion = -1;  // SQLite: PRAGMA data_version when the schema was last found not too new
};

// SQLite: refuses the unit when another program upgraded the file to a schema newer than this
// program's since this connection last looked (a window left open while the package was updated
// and the console program upgraded the file): this program would write rows the newer schema does
// not expect. Read inside the unit's write lock; only after another connection committed
// something (data_version changed) is the schema's version read.
void refuseANewerSchema(const Database &database, const QSqlDatabase &db, UnitState &state)
{
    const qint64 version = Sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == state.dataVersion)
        return;
    Migrations::ensureNotNewer(database); // a file without a schema yet is version 0
    state.dataVersion = version;
}
thread_local QHash<QString, UnitState> t_units;
} // namespace

Transaction::Transaction(const Database &database, OnDamagedFile onDamaged)
    : m_database(database), m_db(database.connection())
{
    UnitState &state = t_units[m_db.connectionName()];
    if (state.depth == 0) {
        if (onDamaged == OnDamagedFile::Refuse && !database.damage().isEmpty())
            throw StorageError(database.damagedMessage());
        m_sqlite = database.backend() == Backend::Sqlite;
        if (m_sqlite && database.logDeleted())
            throw StorageError(database.logDeletedMessage());
        if (m_sqlite) {
            // BEGIN IMMEDIATE takes the write lock at once: a second writer waits (busy timeout)
            // instead of failing when its read lock cannot be upgraded.
            QSqlQuery begin(m_db);
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                Sql::raise(begin.lastError(), m_db.driver(), Database::tr("Cannot start a transaction"));
            try {
                refuseANewerSchema(database, m_db, state);
            } catch (...) {
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        } else {
            if (!m_db.transaction())
                Sql::raise(m_db.lastError(), m_db.driver(), Database::tr("Cannot start a transaction"));
            // PostgreSQL: another PC's newer program may have upgraded the database since this one
            // opened it; one statement a unit (no change counter to tell).
            if (database.schemaInPlace()) {
                try {
                    Migrations::ensureStillNotNewer(database);
                } catch (...) {
                    m_db.rollback();
                    throw;
                }
            }
        }
        state.rollbackOnly = false;
        state.ended = false;
        state.onceKeys.clear();
        state.beforeCommit.clear();
        m_outer = true;
    }
    ++state.depth;
}

bool Transaction::isOpen(const Database &database)
{
    const UnitState state = t_units.value(database.connection().connectionName());
    return state.depth > 0 && !state.ended;
}

bool Transaction::firstInUnit(const Database &database, const QString &key)
{
    auto it = t_units.find(database.connection().connectionName());
    if (it == t_units.end() || it->depth == 0 || it->ended)
        return true;
    if (it->onceKeys.contains(key))
        return false;
    it->onceKeys.insert(key);
    return true;
}

void Transaction::holdChangedPagesInMemory(const Database &database)
{
    if (database.backend() != Backend::Sqlite)
        return;
    auto it = t_units.find(database.connection().connectionName());
    if (it == t_units.end() || it->depth == 0 || it->ended || it->cacheSizeBefore.isValid())
        return;
    QSqlDatabase conn = database.connection();
    QSqlQuery before = Sql::run(conn, QStringLiteral("PRAGMA cache_size"));
    if (!before.next())
        return;
    it->cacheSizeBefore = before.value(0);
    constexpr int kKibibytes = 256 * 1024;
    Sql::run(conn, QStringLiteral("PRAGMA cache_size = -%1").arg(kKibibytes));
}

void Transaction::beforeCommit(const Database &database, std::function<void()> work)
{
    auto it = t_units.find(database.connection().connectionName());
    if (it == t_units.end() || it->depth == 0 || it->ended) {
        work();
        return;
    }
    it->beforeCommit.append(std::move(work));
}

Transaction::~Transaction()
{
    auto it = t_units.find(m_db.connectionName());
    if (it == t_units.end())
        return;
    if (!m_done)
        it->rollbackOnly = true;
    if (--it->depth == 0) {
        if (!m_done)
            rollback();
        if (it->cacheSizeBefore.isValid()) {
            // The cache gives back its pages as it shrinks; a failure only leaves it larger.
            QSqlQuery shrink(m_db);
            shrink.exec(QStringLiteral("PRAGMA cache_size = %1").arg(it->cacheSizeBefore.toLongLong()));
        }
        t_units.erase(it);
    }
}

void Transaction::rollback()
{
    if (auto it = t_units.find(m_db.connectionName()); it != t_units.end())
        it->ended = true;
    if (m_sqlite) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
}

bool Transaction::onPostgres() const
{
    return m_database.backend() == Backend::Postgres;
}

void Transaction::lockRows(const QString &table, QList<qint64> ids)
{
    if (!onPostgres() || ids.isEmpty())
        return;
    std::sort(ids.begin(),
              ids.end()); // always the same order: two units never wait on each other in a circle
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QVariantList values;
    for (qint64 id : std::as_const(ids))
        values << id;
    const QStringList marks(values.size(), QStringLiteral("?"));
    Sql::run(m_db,
             QStringLiteral("SELECT id FROM %1 WHERE id IN (%2) ORDER BY id FOR UPDATE")
                 .arg(table, marks.join(u',')),
             values);
}

void Transaction::lockKey(const QString &key)
{
    if (!onPostgres())
        return;
    // The same number for the same key in every program: 64-bit FNV-1a of its UTF-8.
    quint64 hash = 14695981039346656037ULL;
    for (const char c : key.toUtf8()) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    Sql::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT))"), {qint64(hash)});
}

void Transaction::commit()
{
    if (m_outer) {
        // The work registered to run before the commit may register more (and may open units on
        // other connections, which rehashes t_units): take it out, one batch at a time.
        for (;;) {
            auto it = t_units.find(m_db.connectionName());
            if (it == t_units.end() || it->rollbackOnly || it->beforeCommit.isEmpty())
                break;
            const QList<std::function<void()>> work = std::exchange(it->beforeCommit, {});
            try {
                for (const auto &w : work)
                    w();
            } catch (...) {
                rollback();
                m_done = true;
                throw;
            }
        }
    }
    UnitState &state = t_units[m_db.connectionName()];
    if (m_outer) {
        if (state.rollbackOnly) {
            rollback();
            m_done = true;
            throw StorageError(Database::tr("A part of the change failed; nothing was saved."));
        }
        QSqlError why;
        bool committed;
        if (m_sqlite) {
            QSqlQuery commitQuery(m_db);
            committed = commitQuery.exec(QStringLiteral("COMMIT"));
            why = commitQuery.lastError();
        } else {
            committed = m_db.commit();
            why = m_db.lastError();
        }
        if (!committed) {
            rollback();
            m_done = true;
            Sql::raise(why, m_db.driver(), Database::tr("Saving failed"));
        }
        state.ended = true;
    }
    m_done = true;
}

} // namespace estatedesk
