// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/SettingsRepository.h"

#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

QVariant SettingsRepository::stored(const QString &key) const
{
    const QVariant v = Sql::scalar(m_session.db->connection(),
                                   QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? QVariant(v.toString()) : QVariant();
}

QString SettingsRepository::value(const QString &key) const
{
    return stored(key).toString();
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("settings:") +
               key); // a first value set on two PCs at once: one insert, then an update
    QSqlDatabase db = m_session.db->connection();
    const QVariant before =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (before.isValid())
        Sql::run(db,
                 QStringLiteral("UPDATE settings SET value = ?, row_version = row_version + 1 WHERE key = ?"),
                 {value, key});
    else
        Sql::run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("settings"), 0,
                    before.isValid() ? QVariantMap{{key, before}} : QVariantMap{}, {{key, value}});
    tx.commit();
}

bool SettingsRepository::isPractice() const
{
    return get(Settings::Practice);
}

void SettingsRepository::markPractice()
{
    Permissions::require(m_session, Action::LoadDemoData);
    Transaction tx(*m_session.db);
    const qint64 clients =
        Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong();
    if (clients > 0)
        throw ValidationError(
            QStringLiteral("practice"),
            tr("--practice: this database already holds %n client(s); only an empty database becomes a "
               "practice database.",
               nullptr, int(clients)));
    if (!isPractice())
        set(Settings::Practice, true);
    tx.commit();
}

OfficeSettings SettingsRepository::office() const
{
    OfficeSettings s;
    s.zone = get(Settings::TimeZone);
    s.closeOfBusiness = get(Settings::CloseOfBusiness);
    const QTime opens = get(Settings::Opens);
    if (opens < s.closeOfBusiness)
        s.opens = opens;
    return s;
}

void SettingsRepository::applyOfficeZone() const
{
    OfficeTime::setZone(office().zone);
}

void SettingsRepository::setOffice(const QString &timeZoneId, const QString &closeOfBusiness)
{
    Permissions::require(m_session, Action::EditPolicies);
    if (!QTimeZone(timeZoneId.toUtf8()).isValid())
        throw ValidationError(QStringLiteral("time_zone"),
                              tr("Time zone: \"%1\" is not a known time zone such as %2")
                                  .arg(timeZoneId, QString::fromLatin1(OfficeTime::kDefaultZone)));
    if (!QTime::fromString(closeOfBusiness, QStringLiteral("HH:mm")).isValid())
        throw ValidationError(
            QStringLiteral("close_of_business"),
            tr("Close of business: \"%1\" is not a time such as 18:00").arg(closeOfBusiness));
    Transaction tx(*m_session.db);
    set(Settings::TimeZone, QTimeZone(timeZoneId.toUtf8()));
    set(Settings::CloseOfBusiness, QTime::fromString(closeOfBusiness, QStringLiteral("HH:mm")));
    DeadlineRepository(m_session).recomputeOpen();
    tx.commit();
}

} // namespace estatedesk
