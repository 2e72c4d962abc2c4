// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/StaffRepository.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/EntityStore.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

static QVariantMap staffRow(const Staff &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("role"), s.role},
            {QStringLiteral("active"), s.active ? 1 : 0},
            {QStringLiteral("phone"), s.phone}};
}

static Staff staffFrom(const SqlRow &r)
{
    Staff s;
    readCommonColumns(r, s);
    s.name = r.text("name");
    s.role = r.text("role");
    s.active = r.flag("active");
    s.phone = r.text("phone");
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
    tx.lockKey(
        QStringLiteral("staff.names")); // "BOSS" and "boss" added on two PCs at once: the second is told
    if (const Staff other = findByName(staff.name); other.id != 0)
        throw ValidationError(QStringLiteral("name"),
                              tr("Name: a staff member called %1 already exists").arg(other.name));
    store(m_session).insert(staff);
    tx.commit();
}

void StaffRepository::update(Staff &staff)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    staff.validate();
    tx.lockKey(QStringLiteral("staff.names"));
    const Staff other = findByName(staff.name);
    if (other.id != 0 && other.id != staff.id)
        throw ValidationError(QStringLiteral("name"),
                              tr("Name: a staff member called %1 already exists").arg(other.name));
    store(m_session).update(staff);
    tx.commit();
}

Staff StaffRepository::get(qint64 id) const
{
    return store(m_session).get(id);
}

QString StaffRepository::nameKey(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const QString trimmed = name.trimmed();
    if (U_FAILURE(status))
        return trimmed.toCaseFolded();
    const icu::UnicodeString in(reinterpret_cast<const UChar *>(trimmed.utf16()), int32_t(trimmed.size()));
    const icu::UnicodeString out = fold->normalize(in, status);
    if (U_FAILURE(status))
        return trimmed.toCaseFolded();
    return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
}

Staff StaffRepository::findByName(const QString &name) const
{
    QSqlDatabase db = m_session.db->connection();
    {
        QSqlQuery exact =
            Sql::run(db, QStringLiteral("SELECT * FROM staff WHERE name = ?"), {name.trimmed()});
        if (exact.next())
            return staffFrom(SqlRow(exact));
    }
    // An office has tens of staff: compare every name's folded form. (A query of its own: reusing
    // one QSqlQuery object cut PostgreSQL's row-by-row results short after the first row.)
    const QString key = nameKey(name);
    qint64 id = 0;
    QSqlQuery all = Sql::run(db, QStringLiteral("SELECT id, name FROM staff ORDER BY id"));
    const SqlRow row(all);
    while (id == 0 && all.next())
        if (nameKey(row.text("name")) == key)
            id = row.id("id");
    all.finish();
    return id == 0 ? Staff{} : get(id);
}

QList<Staff> StaffRepository::list(bool activeOnly, const QString &role) const
{
    // Only the conditions asked for are in the statement (no "(? = 0 OR …)").
    QStringList where;
    QVariantList values;
    if (activeOnly)
        where << QStringLiteral("active = 1");
    if (!role.isEmpty()) {
        where << QStringLiteral("role = ?");
        values << role;
    }
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT * FROM staff%1 ORDER BY id")
                     .arg(where.isEmpty() ? QString()
                                          : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                 values);
    QList<Staff> out;
    const SqlRow row(q);
    while (q.next())
        out << staffFrom(row);
    return out;
}

qint64 StaffRepository::count() const
{
    return Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM staff")).toLongLong();
}

QString StaffRepository::teamCondition()
{
    return QStringLiteral("s.active = 1 AND s.created_at < CAST(? AS BIGINT) AND s.role IN (?, ?, ?)");
}

QVariantList StaffRepository::teamValues(qint64 periodEndMs)
{
    return {periodEndMs, Vocabulary::Role::Consultant, Vocabulary::Role::Service,
            Vocabulary::Role::Reception};
}

} // namespace estatedesk
