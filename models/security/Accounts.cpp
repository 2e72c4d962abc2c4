// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Accounts.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <pwquality.h>

#include <memory>

namespace estatedesk {

void Accounts::validatePassword(const QString &password, const QString &accountName)
{
    if (password.size() < kMinPasswordLength)
        throw ValidationError(QStringLiteral("password"),
                              tr("Password: at least %n characters", nullptr, kMinPasswordLength));
    if (password.trimmed() != password)
        throw ValidationError(QStringLiteral("password"), tr("Password: no spaces at the start or the end"));
    // libpwquality with the system's settings (/etc/security/pwquality.conf, where an office's IT
    // person may make it stricter) and cracklib's dictionary (Debian's cracklib-runtime). Without
    // a dictionary the other checks still run. (libpwquality is Linux-only; a Windows build would
    // need another checker here.)
    std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)> settings(
        pwquality_default_settings(), &pwquality_free_settings);
    if (!settings)
        return;
    pwquality_read_config(settings.get(), nullptr, nullptr);
    // Every auxiliary error goes back through pwquality_strerror(), which frees what it must.
    auto check = [&settings](const QByteArray &candidate, const QByteArray &user) {
        void *aux = nullptr;
        const int score = pwquality_check(settings.get(), candidate.constData(), nullptr,
                                          user.isEmpty() ? nullptr : user.constData(), &aux);
        char text[PWQ_MAX_ERROR_MESSAGE_LEN];
        if (score < 0)
            pwquality_strerror(text, sizeof text, score, aux);
        return score;
    };
    // A password no dictionary holds tells whether the dictionary can be read at all.
    static const bool dictionaryWorks =
        check(QByteArrayLiteral("Qz7#vKp2-Lm9x"), {}) != PWQ_ERROR_CRACKLIB_CHECK;
    if (!dictionaryWorks)
        pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 0);
    const int score = check(password.toUtf8(), accountName.trimmed().toUtf8());
    if (score >= 0)
        return;
    if (score == PWQ_ERROR_USER_CHECK || score == PWQ_ERROR_GECOS_CHECK)
        throw ValidationError(QStringLiteral("password"),
                              tr("Password: it contains the account's name; choose another"));
    // A dictionary word, a palindrome, a run, too few kinds of character, ...
    throw ValidationError(
        QStringLiteral("password"),
        tr("Password: too easy to guess (a word, a name, repeated characters or a run such as 12345678); "
           "use a longer one that mixes words, digits and signs, e.g. two words and a number"));
}

bool Accounts::anyAccount() const
{
    return Sql::scalar(
               m_session.db->connection(),
               QStringLiteral("SELECT COUNT(*) FROM staff WHERE password_hash IS NOT NULL AND active = 1"))
               .toLongLong() > 0;
}

QSet<qint64> Accounts::staffWithPassword() const
{
    QSet<qint64> ids;
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT id FROM staff WHERE password_hash IS NOT NULL"));
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QHash<qint64, qint64> Accounts::lockedAccounts() const
{
    QHash<qint64, qint64> locked;
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT id, locked_until FROM staff WHERE locked_until > ?"),
                           {m_session.clock->nowMs()});
    const SqlRow row(q);
    while (q.next())
        locked.insert(row.id("id"), row.int64("locked_until"));
    return locked;
}

void Accounts::writePassword(qint64 staffId, const QString &password, const QString &action,
                             const QString &name)
{
    validatePassword(password, name);
    const QString hash = PasswordHasher::hash(password);
    Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ?"),
        {hash, m_session.clock->nowMs(), staffId});
    // The audit says that the password changed, never what it is.
    AuditLog::write(m_session, action, QStringLiteral("staff"), staffId, {},
                    {{QStringLiteral("password"), QStringLiteral("(changed)")}});
}

Staff Accounts::createFirstAdministrator(const QString &name, const QString &password)
{
    Transaction tx(*m_session.db);
    if (anyAccount())
        throw PermissionError(tr("This database already has accounts; an administrator adds new ones."));
    validatePassword(password, name);
    StaffRepository staff(m_session);
    Staff admin = staff.findByName(name);
    if (admin.id == 0) {
        admin.name = name;
        admin.role = Vocabulary::Role::Admin;
        staff.add(admin);
    } else {
        admin.role = Vocabulary::Role::Admin;
        admin.active = true;
        staff.update(admin);
    }
    writePassword(admin.id, password, QStringLiteral("create_account"), admin.name);
    tx.commit();
    return admin;
}

Staff Accounts::addAccount(const QString &name, const QString &role, const QString &password)
{
    Permissions::require(m_session, Action::ManageAccounts);
    validatePassword(password, name);
    Transaction tx(*m_session.db);
    StaffRepository staff(m_session);
    Staff s = staff.findByName(name);
    if (s.id != 0 && !Sql::scalar(m_session.db->connection(),
                                  QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {s.id})
                          .isNull())
        throw ValidationError(QStringLiteral("name"), tr("Name: %1 already has an account").arg(s.name));
    if (s.id == 0) {
        s.name = name;
        s.role = role;
        staff.add(s);
    } else {
        s.role = role;
        s.active = true;
        staff.update(s);
    }
    writePassword(s.id, password, QStringLiteral("create_account"), s.name);
    tx.commit();
    return s;
}

void Accounts::resetPassword(qint64 staffId, const QString &newPassword)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    const Staff s = StaffRepository(m_session).get(staffId); // exists
    writePassword(staffId, newPassword, QStringLiteral("reset_password"), s.name);
    tx.commit();
}

void Accounts::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    Transaction tx(*m_session.db);
    const QVariant hash =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {m_session.actorId});
    if (!PasswordHasher::verify(hash.toString(), oldPassword))
        throw AuthenticationError(tr("The current password is not right."));
    writePassword(m_session.actorId, newPassword, QStringLiteral("change_password"),
                  StaffRepository(m_session).get(m_session.actorId).name);
    tx.commit();
}

void Accounts::changeRole(qint64 staffId, const QString &role)
{
    Permissions::require(m_session, Action::ManageAccounts);
    Transaction tx(*m_session.db);
    Staff s = StaffRepository(m_session).get(staffId);
    if (s.id == m_session.actorId && role != Vocabulary::Role::Admin)
        throw ValidationError(QStringLiteral("role"),
                              tr("Role: you cannot take the administrator role from yourself"));
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
    // One answer for every refusal, so that it never tells which names exist, or which are locked
    // or deactivated: the administrator's Staff page says that.
    const QString wrong =
        tr("Wrong name or password, or the account is locked (for %1 minutes after %2 wrong passwords) or "
           "deactivated; the administrator can help.")
            .arg(kLockMinutes)
            .arg(kMaxFailures);
    const qint64 staffId = StaffRepository(m_session).findByName(name).id; // "BOSS" or "ｂｏｓｓ" finds boss
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT id, password_hash FROM staff WHERE id = ?"), {staffId});
    const SqlRow row(q);
    if (!q.next() || row.isNull("password_hash")) {
        // The same work as a real check, so that timing does not tell which names exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("no such account"));
        PasswordHasher::verify(dummy, password);
        throw AuthenticationError(wrong);
    }
    const qint64 id = row.id("id");
    const QString hash = row.text("password_hash");
    q.finish();
    // The slow hash is checked before the account's row is locked; the counter and the lock are
    // read under it, so wrong attempts from several PCs at once each count.
    const bool passwordMatches = PasswordHasher::verify(hash, password);
    if (!m_session.db->damage().isEmpty()) {
        // A damaged file is only read: nothing is written (no counter, no audit entry); Startup
        // tells the user the sign-in went unrecorded.
        return signInUnrecorded(id, passwordMatches, wrong);
    }
    try {
        const Staff staff = signInRecorded(id, hash, password, passwordMatches, wrong);
        m_session.db->setUnwritable({});
        return staff;
    } catch (const UnwritableError &e) {
        // Nothing can be written (a full disk, a read-only file or server): reading still works,
        // so the account's state decides as usual and the sign-in goes unrecorded, which Startup
        // and the window say.
        m_session.db->setUnwritable(e.message());
        return signInUnrecorded(id, passwordMatches, wrong);
    }
}

Staff Accounts::signInUnrecorded(qint64 id, bool passwordMatches, const QString &wrong)
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT locked_until, active FROM staff WHERE id = ?"), {id});
    const SqlRow row(q);
    q.next();
    if (!passwordMatches || !row.flag("active") || row.int64("locked_until") > m_session.clock->nowMs())
        throw AuthenticationError(wrong);
    q.finish();
    return StaffRepository(m_session).get(id);
}

// The counter, the lock and the audit entry of a sign-in, in one transaction.
Staff Accounts::signInRecorded(qint64 id, const QString &hash, const QString &password, bool passwordMatches,
                               const QString &wrong)
{
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("staff"), {id});
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT failed_logins, locked_until, active FROM staff WHERE id = ?"), {id});
    const SqlRow row(q);
    q.next();
    const int failures = row.integer("failed_logins");
    const qint64 lockedUntil = row.int64("locked_until");
    const bool active = row.flag("active");
    q.finish();
    Session audited = m_session;
    audited.actorId = id;
    if (!active || lockedUntil > now)
        throw AuthenticationError(wrong);
    if (!passwordMatches) {
        const int count = failures + 1;
        if (count >= kMaxFailures) {
            Sql::run(m_session.db->connection(),
                     QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = ? WHERE id = ?"),
                     {now + kLockMinutes * 60'000LL, id});
            AuditLog::write(audited, QStringLiteral("lock_account"), QStringLiteral("staff"), id, {},
                            {{QStringLiteral("failures"), count}, {QStringLiteral("minutes"), kLockMinutes}});
        } else {
            Sql::run(m_session.db->connection(),
                     QStringLiteral("UPDATE staff SET failed_logins = ? WHERE id = ?"), {count, id});
            AuditLog::write(audited, QStringLiteral("sign_in_failed"), QStringLiteral("staff"), id, {},
                            {{QStringLiteral("failures"), count}});
        }
        tx.commit(); // the failure is recorded even though the sign-in is refused
        throw AuthenticationError(wrong);
    }
    Sql::run(m_session.db->connection(),
             QStringLiteral(
                 "UPDATE staff SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"),
             {now, id});
    if (PasswordHasher::needsRehash(hash))
        Sql::run(m_session.db->connection(),
                 QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
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
