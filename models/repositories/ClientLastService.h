// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace estatedesk {

class Database;

// clients.last_service_at: the time of a client's latest service record (NULL without one), which
// the client list shows and sorts by through the index (last_service_at, id) instead of finding
// the latest record of every client (issue 18: 0.6 s at 100 000 clients).
//
// The database keeps the column itself: triggers on service_records set it whenever a record is
// added, its time or its client changes (a merge moves records to the kept client) or it is
// removed (retention, erasure, a restore), however that is written. Backups and office moves copy
// the column with the clients, and the records copied after them leave it as it is, or set it
// where the copy had none (a backup older than the column).
class ClientLastService
{
public:
    // The column, its index and the triggers (schema step 25), filled for the clients there.
    static void create(const Database &db);
    // Schema step 26 (PostgreSQL): the trigger locks the client's row before it reads the
    // client's records. Two PCs writing records of one client at once each read the records as
    // their statement began, so a record removed or moved on one PC could set the column from
    // records without the one the other PC was adding; now the second waits for the first to
    // finish and then reads every record. Nothing on SQLite, whose writers take turns.
    static void lockTheClient(const Database &db);
};

} // namespace estatedesk
