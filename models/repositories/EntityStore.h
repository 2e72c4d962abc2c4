// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "repositories/RowGateway.h"

#include <QSqlRecord>
#include <QVariantMap>

namespace estatedesk {

// Insert / update / get for a value type with id, createdAt, updatedAt and rowVersion, given the
// two functions that map it to and from a row. It validates before writing and never opens a
// transaction itself: the repository wraps it, with whatever else belongs to the same change.
template <typename T> class EntityStore
{
public:
    using ToRow = QVariantMap (*)(const T &);
    using FromRecord = T (*)(const QSqlRecord &);

    EntityStore(const Session &session, const QString &table, const QString &label, ToRow toRow,
                FromRecord fromRecord)
        : m_session(session), m_gateway(session, table, label), m_toRow(toRow), m_fromRecord(fromRecord)
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

    T get(qint64 id) const { return m_fromRecord(m_gateway.fetch(id)); }

private:
    Session m_session;
    RowGateway m_gateway;
    ToRow m_toRow;
    FromRecord m_fromRecord;
};

// Reading the common columns of a record into a value type.
template <typename T> void readCommonColumns(const QSqlRecord &r, T &value)
{
    value.id = r.value(QStringLiteral("id")).toLongLong();
    value.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    value.updatedAt = r.value(QStringLiteral("updated_at")).toLongLong();
    value.rowVersion = r.value(QStringLiteral("row_version")).toInt();
}

} // namespace estatedesk
