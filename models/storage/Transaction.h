// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace estatedesk {

class Database;

// RAII unit of work on the calling thread's connection. Nested Transactions join the outermost
// one; a nested one that is not committed makes the whole unit roll back. Destruction without
// commit() rolls back, so an exception never leaves half a change behind.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    QSqlDatabase db() const { return m_db; }

private:
    void rollback();
    QSqlDatabase m_db;
    bool m_sqlite = false;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace estatedesk
