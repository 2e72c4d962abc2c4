// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace estatedesk {

class Database;

// What schema step 3 puts in: the default policies (DESIGN §4, from the seed rules), the office
// settings and the shipped holiday calendar. The deadline items of consultations and complaints
// recorded before deadlines existed are created by the last step that changes what they read
// (trackExistingRecords), so that it sees the columns it needs.
class DeadlineSetup
{
public:
    static void seed(const Database &db);
    // Inserts the default policies (DeadlinePolicy::defaults) that the database does not have yet:
    // a later step that brings a new policy calls it.
    static void addMissingPolicies(const Database &db);
    static void trackExistingRecords(const Database &db);
};

} // namespace estatedesk
