// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace estatedesk {

class Database;

// RAII unit of work on the calling thread's connection. Nested Transactions join the outermost
// one; a nested one that is not committed makes the whole unit roll back. Destruction without
// commit() rolls back, so an exception never leaves half a change behind.
class Transaction
{
public:
    // Refused (StorageError) while a quick check has found the file damaged (Database::damage()),
    // unless the unit is the restore that mends it.
    enum class OnDamagedFile
    {
        Refuse,
        Allow
    };
    explicit Transaction(const Database &database, OnDamagedFile onDamaged = OnDamagedFile::Refuse);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    QSqlDatabase db() const { return m_db; }

    // Locks what this unit decides on, until the whole unit ends, so that "read, decide, write"
    // stays one step while other PCs work on the same database (PostgreSQL runs READ COMMITTED):
    // another unit asking for the same lock waits, then reads what this one wrote. Take the lock
    // before reading what decides. On SQLite the unit holds the database's write lock from its
    // start (BEGIN IMMEDIATE), so these take nothing more there.
    // The rows of table with these ids (SELECT … FOR UPDATE, in id order).
    void lockRows(const QString &table, QList<qint64> ids);
    // A key, for decisions about rows that may not exist yet (today's rotation board, a phone not
    // registered yet): a transaction-level advisory lock on PostgreSQL.
    void lockKey(const QString &key);
    // Whether a unit is open on the calling thread's connection of database (work that cannot run
    // inside a transaction, such as a WAL checkpoint, waits for the outermost unit to end).
    static bool isOpen(const Database &database);
    // True the first time key is asked for in the unit open on the calling thread's connection
    // (and always when none is open): for what a unit does once however many rows it writes.
    static bool firstInUnit(const Database &database, const QString &key);
    // Work done inside the outermost unit open on the calling thread's connection, just before it
    // commits (after everything else it wrote); dropped when the unit rolls back. Without an open
    // unit it runs at once. A failure rolls the whole unit back. The audit log seals its new
    // entries onto the hash chain this way, so the chain's one lock is held only while committing.
    static void beforeCommit(const Database &database, std::function<void()> work);
    // For the unit open on the calling thread's connection that writes a great many rows (a client
    // import): on SQLite the connection's page cache may grow to 256 MiB until the outermost unit
    // ends, so that the B-tree pages the unit changes stay in memory and its commit writes each
    // once, instead of the cache (2 MiB) spilling them into the WAL halfway and reading them back.
    // Nothing on PostgreSQL (the server keeps its own buffers), nor without an open unit.
    static void holdChangedPagesInMemory(const Database &database);

private:
    void rollback();
    bool onPostgres() const;
    const Database &m_database;
    QSqlDatabase m_db;
    bool m_sqlite = false;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace estatedesk
