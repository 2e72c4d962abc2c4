// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/PolicyRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

static DeadlinePolicy policyFrom(const SqlRow &r)
{
    DeadlinePolicy p;
    p.name = r.text("name");
    p.clock = DeadlinePolicy::clockFromKey(r.text("clock"));
    p.lengthMinutes = r.int64("length_minutes");
    p.lengthDays = r.integer("length_days");
    p.dueSoonPercent = r.integer("due_soon_percent");
    p.pausable = r.flag("pausable");
    p.rowVersion = r.integer("row_version");
    return p;
}

static const QString kColumns = QStringLiteral(
    "name, clock, length_minutes, length_days, due_soon_percent, pausable, row_version FROM deadline_policies");

QList<DeadlinePolicy> PolicyRepository::list() const
{
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT ") + kColumns);
    QHash<QString, DeadlinePolicy> byName;
    const SqlRow row(q);
    while (q.next()) {
        const DeadlinePolicy p = policyFrom(row);
        byName.insert(p.name, p);
    }
    QList<DeadlinePolicy> out; // in the order of DESIGN §4
    for (const QString &name : DeadlinePolicy::names())
        if (byName.contains(name))
            out << byName.value(name);
    return out;
}

DeadlinePolicy PolicyRepository::get(const QString &name) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE name = ?"), {name});
    if (!q.next())
        throw ValidationError(QStringLiteral("policy"),
                              tr("Policy: \"%1\" is not one of %2")
                                  .arg(name, DeadlinePolicy::names().join(QStringLiteral(", "))));
    return policyFrom(SqlRow(q));
}

static bool dateBased(DeadlineClock c)
{
    return c == DeadlineClock::DaysBeforeDate || c == DeadlineClock::EndOfDate;
}

void PolicyRepository::update(DeadlinePolicy &policy)
{
    Permissions::require(m_session, Action::EditPolicies);
    policy.validate();
    Transaction tx(*m_session.db);
    const DeadlinePolicy before = get(policy.name);
    if (dateBased(before.clock) != dateBased(policy.clock))
        throw ValidationError(
            QStringLiteral("clock"),
            tr("Clock: %1 counts from a %2; choose %3")
                .arg(DeadlinePolicy::label(policy.name), dateBased(before.clock) ? tr("date") : tr("moment"),
                     dateBased(before.clock) ? tr("calendar days before a date or end of a date")
                                             : tr("wall clock or working days")));
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("UPDATE deadline_policies SET clock = ?, length_minutes = ?, length_days = ?, "
                       "due_soon_percent = ?, pausable = ?, updated_at = ?, row_version = row_version + 1 "
                       "WHERE name = ? AND row_version = ?"),
        {DeadlinePolicy::clockKey(policy.clock), policy.lengthMinutes, policy.lengthDays,
         policy.dueSoonPercent, policy.pausable ? 1 : 0, m_session.clock->nowMs(), policy.name,
         policy.rowVersion});
    if (q.numRowsAffected() != 1)
        throw ConflictError(
            tr("The policy %1 was changed by someone else meanwhile. Nothing was saved; reload it and "
               "make your change again.")
                .arg(DeadlinePolicy::label(policy.name)));
    auto toMap = [](const DeadlinePolicy &p) {
        return QVariantMap{{QStringLiteral("name"), p.name},
                           {QStringLiteral("clock"), DeadlinePolicy::clockKey(p.clock)},
                           {QStringLiteral("length_minutes"), p.lengthMinutes},
                           {QStringLiteral("length_days"), p.lengthDays},
                           {QStringLiteral("due_soon_percent"), p.dueSoonPercent},
                           {QStringLiteral("pausable"), p.pausable},
                           {QStringLiteral("row_version"), p.rowVersion}};
    };
    DeadlinePolicy after = policy;
    after.rowVersion = policy.rowVersion + 1;
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("deadline_policies"), 0,
                    toMap(before), toMap(after));
    DeadlineRepository(m_session).recomputeOpen(policy.name);
    tx.commit();
    policy.rowVersion = after.rowVersion;
}

} // namespace estatedesk
