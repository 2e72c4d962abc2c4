// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/StaffRepository.h"

#include "security/Permissions.h"
#include "core/Errors.h"
#include "repositories/EntityStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

static QVariantMap staffRow(const Staff &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("role"), s.role},
            {QStringLiteral("active"), s.active ? 1 : 0},
            {QStringLiteral("phone"), s.phone}};
}

static Staff staffFrom(const QSqlRecord &r)
{
    Staff s;
    readCommonColumns(r, s);
    s.name = r.value(QStringLiteral("name")).toString();
    s.role = r.value(QStringLiteral("role")).toString();
    s.active = r.value(QStringLiteral("active")).toInt() != 0;
    s.phone = r.value(QStringLiteral("phone")).toString();
    return s;
}

static EntityStore<Staff> store(const Session &session)
{
    return {session, QStringLiteral("staff"), StaffRepository::tr("staff member"), staffRow, staffFrom};
}

void StaffRepository::add(Staff &staff)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    staff.validate();
    if (findByName(staff.name).id != 0)
        throw ValidationError(QStringLiteral("name"),
                              tr("Name: a staff member called %1 already exists").arg(staff.name));
    store(m_session).insert(staff);
    tx.commit();
}

void StaffRepository::update(Staff &staff)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    staff.validate();
    const Staff other = findByName(staff.name);
    if (other.id != 0 && other.id != staff.id)
        throw ValidationError(QStringLiteral("name"),
                              tr("Name: a staff member called %1 already exists").arg(staff.name));
    store(m_session).update(staff);
    tx.commit();
}

Staff StaffRepository::get(qint64 id) const
{
    return store(m_session).get(id);
}

Staff StaffRepository::findByName(const QString &name) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT * FROM staff WHERE name = ?"),
                           {name.trimmed()});
    return q.next() ? staffFrom(q.record()) : Staff{};
}

QList<Staff> StaffRepository::list(bool activeOnly, const QString &role) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT * FROM staff WHERE (? = 0 OR active = 1) AND (? = '' OR role = ?) "
                                          "ORDER BY id"),
                           {activeOnly ? 1 : 0, role, role});
    QList<Staff> out;
    while (q.next())
        out << staffFrom(q.record());
    return out;
}

qint64 StaffRepository::count() const
{
    return Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM staff")).toLongLong();
}

} // namespace estatedesk
