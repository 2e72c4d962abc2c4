// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

namespace estatedesk {

class Clock;
class Database;

// Who does what, where and when: every repository call gets one. actorId is the staff member
// written to the audit log; role decides what the models library allows (security/Permissions).
// "system" is the program itself on a database that has no accounts yet (`init`, `demo`, tests):
// once a database has accounts, the GUI and the console program only build sessions from a
// signed-in account.
struct Session
{
    Database *db = nullptr;
    const Clock *clock = nullptr;
    qint64 actorId = 0;
    QString role = Vocabulary::Role::System;
};

} // namespace estatedesk
