// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Accounts.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

void Accounts::validatePassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        throw ValidationError(QStringLiteral("password"),
                              tr("Password: at least %n characters", nullptr, kMinPasswordLength));
    if (password.trimmed() != password)
        throw ValidationError(QStringLiteral("password"), tr("Password: no spaces at the start or the end"));
}

bool Accounts::anyAccount() const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM staff WHERE password_hash IS NOT NULL AND active = 1"))
               .toLongLong()
           > 0;
}

QSet<qint64> Accounts::staffWithPassword() const
{
    QSet<qint64> ids;
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT id FROM staff WHERE password_hash IS NOT NULL"));
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

void Accounts::writePassword(qint64 staffId, const QString &password, const QString &action)
{
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password);
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ?, "
                            "row_version = row_version + 1 WHERE id = ?"),
             {hash, m_session.clock->nowMs(), staffId});
    // The audit says that the password changed, never what it is.
    AuditLog::write(m_session, action, QStringLiteral("staff"), staffId, {}, {{QStringLiteral("password"), QStringLiteral("(changed)")}});
}

Staff Accounts::createFirstAdministrator(const QString &name, const QString &password)
{
    Transaction tx(*m_session.db);
    if (anyAccount())
        throw PermissionError(tr("This database already has accounts; an administrator adds new ones."));
    validatePassword(password);
    StaffRepository staff(m_session);
    Staff admin = staff.findByName(name);
    if (admin.id == 0) {
        admin.name = name;
        admin.role = QStringLiteral("admin");
        staff.add(admin);
    } else {
        admin.role = QStringLiteral("admin");
        admin.active = true;
        staff.update(admin);
    }
    writePassword(admin.id, password, QStringLiteral("create_account"));
    tx.commit();
    return admin;
}

Staff Accounts::addAccount(const QString &name, const QString &role, const QString &password)
{
    Permissions::require(m_session, Action::ManageAccounts);
    validatePassword(password);
    Transaction tx(*m_session.db);
    StaffRepository staff(m_session);
    Staff s = staff.findByName(name);
    if (s.id != 0 && !Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {s.id})
                          .isNull())
        throw ValidationError(QStringLiteral("name"), tr("Name: %1 already has an account").arg(name));
    if (s.id == 0) {
        s.name = name;
        s.role = role;
        staff.add(s);
    } else {
        s.role = role;
        s.active = true;
        staff.update(s);
    }
    writePassword(s.id, password, QStringLiteral("create_account"));
    tx.commit();
    return s;
}

void Accounts::resetPassword(qint64 staffId, const QString &newPassword)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    StaffRepository(m_session).get(staffId); // exists
    writePassword(staffId, newPassword, QStringLiteral("reset_password"));
    tx.commit();
}

void Accounts::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    Transaction tx(*m_session.db);
    const QVariant hash = Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"),
                                      {m_session.actorId});
    if (!PasswordHasher::verify(hash.toString(), oldPassword))
        throw AuthenticationError(tr("The current password is not right."));
    writePassword(m_session.actorId, newPassword, QStringLiteral("change_password"));
    tx.commit();
}

void Accounts::changeRole(qint64 staffId, const QString &role)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    Staff s = StaffRepository(m_session).get(staffId);
    if (s.id == m_session.actorId && role != QLatin1String("admin"))
        throw ValidationError(QStringLiteral("role"), tr("Role: you cannot take the administrator role from yourself"));
    s.role = role;
    StaffRepository(m_session).update(s);
    tx.commit();
}

void Accounts::setActive(qint64 staffId, bool active)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    Staff s = StaffRepository(m_session).get(staffId);
    if (s.id == m_session.actorId && !active)
        throw ValidationError(QStringLiteral("active"), tr("You cannot deactivate your own account"));
    s.active = active;
    StaffRepository(m_session).update(s);
    tx.commit();
}

Staff Accounts::signIn(const QString &name, const QString &password)
{
    const qint64 now = m_session.clock->nowMs();
    const QString wrong = tr("Wrong name or password.");
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT id, password_hash FROM staff WHERE name = ?"),
                           {name.trimmed()});
    if (!q.next() || q.value(1).isNull()) {
        // The same work as a real check, so that timing does not tell which names exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("no such account"));
        PasswordHasher::verify(dummy, password);
        throw AuthenticationError(wrong);
    }
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    q.finish();
    // The slow hash is checked before the account's row is locked; the counter and the lock are
    // read under it, so wrong attempts from several PCs at once each count.
    const bool passwordMatches = PasswordHasher::verify(hash, password);
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("staff"), {id});
    q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT failed_logins, locked_until, active FROM staff WHERE id = ?"), {id});
    q.next();
    const int failures = q.value(0).toInt();
    const qint64 lockedUntil = q.value(1).toLongLong();
    const bool active = q.value(2).toInt() != 0;
    q.finish();
    Session audited = m_session;
    audited.actorId = id;
    if (!active)
        throw AuthenticationError(tr("This account is deactivated; ask the administrator."));
    if (lockedUntil > now)
        throw AuthenticationError(tr("Too many wrong passwords: the account is locked until %1.")
                                      .arg(OfficeTime::toOffice(lockedUntil).toString(QStringLiteral("HH:mm"))));
    if (!passwordMatches) {
        const int count = failures + 1;
        if (count >= kMaxFailures) {
            Sql::run(m_session.db->connection(),
                     QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = ? WHERE id = ?"),
                     {now + kLockMinutes * 60'000LL, id});
            AuditLog::write(audited, QStringLiteral("lock_account"), QStringLiteral("staff"), id, {},
                            {{QStringLiteral("failures"), count}, {QStringLiteral("minutes"), kLockMinutes}});
        } else {
            Sql::run(m_session.db->connection(), QStringLiteral("UPDATE staff SET failed_logins = ? WHERE id = ?"), {count, id});
            AuditLog::write(audited, QStringLiteral("sign_in_failed"), QStringLiteral("staff"), id, {},
                            {{QStringLiteral("failures"), count}});
        }
        tx.commit(); // the failure is recorded even though the sign-in is refused
        if (count >= kMaxFailures)
            throw AuthenticationError(tr("Too many wrong passwords: the account is locked for %n minute(s).", nullptr, kLockMinutes));
        throw AuthenticationError(wrong);
    }
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"), {now, id});
    if (PasswordHasher::needsRehash(hash))
        Sql::run(m_session.db->connection(), QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
                 {PasswordHasher::hash(password), id});
    AuditLog::write(audited, QStringLiteral("sign_in"), QStringLiteral("staff"), id, {}, {});
    tx.commit();
    return StaffRepository(m_session).get(id);
}

Session Accounts::sessionFor(const Session &base, const Staff &staff)
{
    Session s = base;
    s.actorId = staff.id;
    s.role = staff.role;
    return s;
}

} // namespace estatedesk
