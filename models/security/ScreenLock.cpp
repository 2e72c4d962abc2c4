// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ScreenLock.h"

#include "core/Errors.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"

namespace estatedesk {

int ScreenLock::idleMinutes(const Session &session)
{
    return SettingsRepository(session).get(Settings::IdleLockMinutes);
}

void ScreenLock::setIdleMinutes(const Session &session, int minutes)
{
    Permissions::require(session, Action::ManageAccounts);
    if (minutes < 0 || minutes > kMaxIdleMinutes)
        throw ValidationError(
            QStringLiteral("idle_lock_minutes"),
            tr("Lock after: %1 minutes is not between 0 (never) and %2").arg(minutes).arg(kMaxIdleMinutes));
    SettingsRepository(session).set(Settings::IdleLockMinutes, minutes);
}

} // namespace estatedesk
