// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace estatedesk {

// Staff accounts: a staff member with a password can sign in. The first account of a database is
// its administrator; after that only an administrator manages accounts. Repeated wrong passwords
// lock the account for a while. Every sign-in, failure, lock and account change is audited.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    explicit Accounts(const Session &session) : m_session(session) {}

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    // True once any active staff member has a password: from then on everyone signs in.
    bool anyAccount() const;
    // The staff members who have a password (who can sign in when active).
    QSet<qint64> staffWithPassword() const;
    // Accounts locked by wrong passwords at "now": staff id → locked until (UTC ms). For the
    // administrator's page: sign-in itself never says so (one message for every refusal).
    QHash<qint64, qint64> lockedAccounts() const;
    // The database's first account, an administrator. Refused when accounts exist.
    Staff createFirstAdministrator(const QString &name, const QString &password);
    // A new staff member with a password (administrators only). An existing staff member without
    // a password (e.g. from demo data) gets one instead.
    Staff addAccount(const QString &name, const QString &role, const QString &password);
    void resetPassword(qint64 staffId, const QString &newPassword);
    void changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    void changeRole(qint64 staffId, const QString &role);
    void setActive(qint64 staffId, bool active);

    // Checks name and password; on success returns the staff member, on failure throws
    // AuthenticationError with a message that does not tell which of the two was wrong. When
    // nothing can be written (Database::unwritable() then says why), the sign-in goes unrecorded.
    Staff signIn(const QString &name, const QString &password);
    // A session for the signed-in staff member.
    static Session sessionFor(const Session &base, const Staff &staff);

    // At least kMinPasswordLength characters, and not easy to guess (libpwquality: dictionary
    // words, runs such as 12345678, repeats, the account's own name). Throws ValidationError.
    static void validatePassword(const QString &password, const QString &accountName = {});

private:
    // A sign-in that writes nothing (a damaged file, a full disk, a read-only database): the
    // account's state and the password decide; throws AuthenticationError(wrong) when refused.
    Staff signInUnrecorded(qint64 id, bool passwordMatches, const QString &wrong);
    // The counter, the lock and the audit entry of a sign-in, in one transaction.
    Staff signInRecorded(qint64 id, const QString &hash, const QString &password, bool passwordMatches,
                         const QString &wrong);
    void writePassword(qint64 staffId, const QString &password, const QString &action, const QString &name);
    Session m_session;
};

} // namespace estatedesk
