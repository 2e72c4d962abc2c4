// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <memory>

namespace estatedesk {

class Clock;

// Opening the database at start: a damaged SQLite file is detected (PRAGMA quick_check, or a file
// that does not open at all) and the newest automatic backup that verifies is offered in its place;
// the damaged file is kept beside it. Returns the opened database, or nullptr after telling the user
// why not (every question goes through MessageBox, so tests answer in advance).
std::unique_ptr<Database> openWithRecovery(const DatabaseConfig &config, const Clock &clock);

} // namespace estatedesk
