// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateTimeEdit;

namespace estatedesk::DateTimeTyping {

// Typing into a date or time field replaces the part clicked on. Qt leaves a click's cursor inside
// a full section ("02" of the hour) and refuses every digit typed there, so typing 10 over the hour
// changed nothing and only the arrow keys worked: a click that selects nothing now selects the
// whole section under it, as Tab does.
void selectSectionOnClick(QDateTimeEdit *edit);

} // namespace estatedesk::DateTimeTyping
