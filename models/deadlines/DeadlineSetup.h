// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace estatedesk {

class Database;

// What schema step 3 puts in: the default policies (DESIGN §4, from the seed rules), the office
// settings, the shipped holiday calendar, and the deadline items of the consultations and
// complaints already recorded.
class DeadlineSetup
{
public:
    static void seed(const Database &db);
};

} // namespace estatedesk
