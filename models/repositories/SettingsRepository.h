// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>

namespace estatedesk {

// Office-wide settings kept in the database, so every PC of an office counts alike.
struct OfficeSettings
{
    QTimeZone zone = QTimeZone("Asia/Shanghai");
    QTime closeOfBusiness = QTime(18, 0);
    QTime opens = QTime(9, 0);
};

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(const Session &session) : m_session(session) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    // Writes and audits one setting.
    void setValue(const QString &key, const QString &value);

    OfficeSettings office() const;
    // Validates (a known IANA time zone, a time HH:mm), saves, and recomputes the open deadlines
    // in the same transaction.
    void setOffice(const QString &timeZoneId, const QString &closeOfBusiness);

    // A practice database (made by demo or `init --practice`, for training and tests) takes the
    // console program's --at for writing too; an office's real database is written to with the real
    // time only, and --at only sets "as of" for what is read.
    bool isPractice() const;
    // Marks an empty database (no clients yet) as a practice database; administrators; audited.
    void markPractice();

    static constexpr const char *kTimeZone = "office.time_zone";
    static constexpr const char *kPractice = "office.practice";
    static constexpr const char *kCloseOfBusiness = "office.close_of_business";
    static constexpr const char *kOpens = "office.opens";

private:
    Session m_session;
};

} // namespace estatedesk
