// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "repositories/RowGateway.h"
#include "storage/SqlRow.h"

#include <QVariantMap>

namespace estatedesk {

// Insert / update / get for a value type with id, createdAt, updatedAt and rowVersion, given the
// two functions that map it to and from a row. It validates before writing and never opens a
// transaction itself: the repository wraps it, with whatever else belongs to the same change.
template <typename T> class EntityStore
{
public:
    using ToRow = QVariantMap (*)(const T &);
    using FromRow = T (*)(const SqlRow &);

    EntityStore(const Session &session, const QString &table, const QString &label, ToRow toRow,
                FromRow fromRow)
        : m_session(session), m_gateway(session, table, label), m_toRow(toRow), m_fromRow(fromRow)
    {
    }

    void insert(T &value)
    {
        value.validate();
        value.createdAt = value.updatedAt = m_session.clock->nowMs();
        QVariantMap row = m_toRow(value);
        row.insert(QStringLiteral("created_at"), value.createdAt);
        row.insert(QStringLiteral("updated_at"), value.updatedAt);
        value.id = m_gateway.insert(row);
        value.rowVersion = 1;
    }

    void update(T &value)
    {
        value.validate();
        const qint64 now = m_session.clock->nowMs();
        QVariantMap row = m_toRow(value);
        row.insert(QStringLiteral("updated_at"), now);
        value.rowVersion = m_gateway.update(value.id, value.rowVersion, row);
        value.updatedAt = now;
    }

    T get(qint64 id) const
    {
        const QSqlQuery q = m_gateway.select(id);
        return m_fromRow(SqlRow(q));
    }

private:
    Session m_session;
    RowGateway m_gateway;
    ToRow m_toRow;
    FromRow m_fromRow;
};

// Reading the common columns of a row into a value type.
template <typename Row, typename T> void readCommonColumns(const Row &r, T &value)
{
    value.id = r.id("id");
    value.createdAt = r.int64("created_at");
    value.updatedAt = r.int64("updated_at");
    value.rowVersion = r.integer("row_version");
}

} // namespace estatedesk
