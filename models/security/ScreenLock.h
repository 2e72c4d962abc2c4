// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>

namespace estatedesk {

// A shared front-desk PC: the window locks after a set time without keyboard or mouse input and
// asks for a password again. The idle time is an office setting (administrators change it).
class ScreenLock
{
    Q_DECLARE_TR_FUNCTIONS(ScreenLock)
public:
    static constexpr int kMaxIdleMinutes = 240;

    // Minutes without input before the window locks; 0: never.
    static int idleMinutes(const Session &session);
    // Administrators only (ManageAccounts); 0 to kMaxIdleMinutes; audited.
    static void setIdleMinutes(const Session &session, int minutes);
};

} // namespace estatedesk
