// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "core/Errors.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>

namespace estatedesk {

namespace {
struct UnitState
{
    int depth = 0;
    bool rollbackOnly = false;
};
thread_local QHash<QString, UnitState> t_units;
} // namespace

Transaction::Transaction(const Database &database) : m_db(database.connection())
{
    UnitState &state = t_units[m_db.connectionName()];
    if (state.depth == 0) {
        if (!m_db.transaction())
            throw StorageError(Database::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
        state.rollbackOnly = false;
        m_outer = true;
    }
    ++state.depth;
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
            m_db.rollback();
        t_units.erase(it);
    }
}

void Transaction::commit()
{
    UnitState &state = t_units[m_db.connectionName()];
    if (m_outer) {
        if (state.rollbackOnly) {
            m_db.rollback();
            m_done = true;
            throw StorageError(Database::tr("A part of the change failed; nothing was saved."));
        }
        if (!m_db.commit()) {
            const QString why = m_db.lastError().text();
            m_db.rollback();
            m_done = true;
            throw StorageError(Database::tr("Saving failed; nothing was saved: %1").arg(why));
        }
    }
    m_done = true;
}

} // namespace estatedesk
