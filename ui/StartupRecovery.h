// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace estatedesk {

class Startup;

// Opening the database at start: a damaged SQLite file is detected (PRAGMA quick_check, or a file
// that does not open at all) and the newest automatic backup that verifies is offered in its place;
// the damaged file is kept beside it. Then the database is prepared (schema, time zone, calendar).
// Returns false after telling the user why not (every question goes through MessageBox, so tests
// answer in advance).
bool openWithRecovery(Startup &startup);

} // namespace estatedesk
