// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"
#include "repositories/Settings.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

#include <type_traits>

namespace estatedesk {

// Office-wide settings kept in the database, so every PC of an office counts alike.
struct OfficeSettings
{
    QTimeZone zone = Settings::TimeZone.fallback();
    QTime closeOfBusiness = Settings::CloseOfBusiness.fallback();
    QTime opens = Settings::Opens.fallback();
};

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(const Session &session) : m_session(session) {}

    // The setting's stored value, or its default when nothing usable is stored.
    template <typename T> T get(const Setting<T> &setting) const
    {
        T out{};
        const QVariant text = stored(QString::fromLatin1(setting.key));
        if (text.isValid() && SettingText::parse(text.toString(), out) &&
            (!setting.accept || setting.accept(out)))
            return out;
        return setting.fallback();
    }
    // Writes and audits one setting.
    template <typename T> void set(const Setting<T> &setting, const std::type_identity_t<T> &value)
    {
        setValue(QString::fromLatin1(setting.key), SettingText::format(value));
    }
    // The text as stored (empty when none is), and a write of raw text: for what get() and set()
    // do not cover, such as a test that stores a value the program would not.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);

    OfficeSettings office() const;
    // Validates (a known IANA time zone, a time HH:mm), saves, and recomputes the open deadlines
    // in the same transaction.
    void setOffice(const QString &timeZoneId, const QString &closeOfBusiness);
    // OfficeTime reads times in the zone these settings hold (at start-up, and after a change).
    void applyOfficeZone() const;

    // A practice database (made by demo or `init --practice`, for training and tests) takes the
    // console program's --at for writing too; an office's real database is written to with the real
    // time only, and --at only sets "as of" for what is read.
    bool isPractice() const;
    // Marks an empty database (no clients yet) as a practice database; administrators; audited.
    void markPractice();

private:
    QVariant stored(const QString &key) const; // invalid when the table has no row for key
    Session m_session;
};

} // namespace estatedesk
