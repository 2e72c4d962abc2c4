// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace estatedesk {

class Clock;
class Database;

// Who does what, where and when: every repository call gets one. actorId is the staff member
// written to the audit log (0 = the system itself, e.g. `init` or `demo`).
struct Session
{
    Database *db = nullptr;
    const Clock *clock = nullptr;
    qint64 actorId = 0;
};

} // namespace estatedesk
