// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlRow.h"

#include "core/Errors.h"

#include <QSqlRecord>

#include <cstring>

namespace estatedesk {

namespace {

QStringList namesOf(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

} // namespace

SqlRow::SqlRow(const QSqlQuery &query) : m_query(&query), m_columns(namesOf(query)) {}

int ResultColumns::index(const char *name, const QString &statement) const
{
    const int found = lookup(name);
    if (found == Doubled)
        throw StorageError(tr("The column %1 appears twice in the result of: %2")
                               .arg(QLatin1String(name), statement.simplified()));
    if (found == Missing)
        throw StorageError(
            tr("The column %1 is not in the result of: %2 (its columns: %3)")
                .arg(QLatin1String(name), statement.simplified(), m_columns.join(QStringLiteral(", "))));
    return found;
}

int ResultColumns::lookup(const char *name) const
{
    if (m_next < m_seen.size() && std::strcmp(m_seen[m_next].name.constData(), name) == 0)
        return m_seen[m_next++].index;
    if (m_next > 0 && std::strcmp(m_seen[m_next - 1].name.constData(), name) == 0)
        return m_seen[m_next - 1].index; // the same column read again
    for (std::size_t i = 0; i < m_seen.size(); ++i) {
        if (std::strcmp(m_seen[i].name.constData(), name) == 0) {
            m_next = i + 1;
            return m_seen[i].index;
        }
    }
    const int found = resolve(name);
    m_seen.push_back({QByteArray(name), found});
    m_next = m_seen.size();
    return found;
}

int ResultColumns::resolve(const char *name) const
{
    const QLatin1String wanted(name);
    int found = Missing;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (found >= 0)
            return Doubled;
        found = i;
    }
    return found;
}

bool SqlRow::flag(const char *name) const
{
    const QVariant v = value(name);
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool();
    return v.toInt() != 0;
}

QDate SqlRow::date(const char *name) const
{
    return QDate::fromString(value(name).toString(), Qt::ISODate);
}

QStringList SqlRow::list(const char *name) const
{
    return text(name).split(u',', Qt::SkipEmptyParts);
}

} // namespace estatedesk
