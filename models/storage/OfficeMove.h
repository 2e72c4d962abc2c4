// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace estatedesk {

// Moving an office from its SQLite file onto the office server (DESIGN §7 `migrate-to`): a
// consistent copy of the file (taken as a backup is, while others may still read it) goes into an
// empty PostgreSQL database in one transaction; then every table's rows are counted on both sides
// and the server's copy is checked as `check` does. A database that already holds an office is
// refused, and a failed move leaves the server as it was.
class OfficeMove
{
    Q_DECLARE_TR_FUNCTIONS(OfficeMove)
public:
    struct TableCount
    {
        QString table;
        qint64 copied = 0; // rows in the copy of the file
        qint64 onServer = 0;
    };
    struct Result
    {
        QList<TableCount> counts;
        QStringList problems; // IntegrityCheck on the server, empty when sound
        bool countsMatch() const;
    };
    // Throws ValidationError when target is not an empty PostgreSQL database, StorageError when
    // the copy or the server fails (nothing is left half copied).
    static Result run(const Database &source, const Database &target);
};

} // namespace estatedesk
