// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

class Database;

// Backups are always SQLite files, whatever the source: a consistent copy taken while others
// keep working (SQLite: VACUUM INTO inside one read transaction; PostgreSQL: every table read in
// one REPEATABLE READ transaction). Restore verifies the copy first and replaces the target's
// rows in one transaction, so a failed restore changes nothing.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes the copy to file (replaced atomically if it exists), owner-only (0600).
    static void write(const Database &source, const QString &file);
    // The temporary file write() fills before renaming it to file.
    static QString partFile(const QString &file);
    // Removes the temporary files that killed backups to files matching pattern (a file name
    // pattern such as "estatedesk-auto-*.sqlite") left in folder; returns how many. Only for
    // names no other backup is writing at the same time.
    static int removeStaleParts(const QString &folder, const QString &pattern);
    // Throws StorageError naming the file when it is not a sound EstateDesk backup; returns its
    // schema version.
    static int verify(const QString &file);
    // Verifies file, brings a copy of it to the latest schema, then replaces every row of target.
    static void restore(const Database &target, const QString &file);
    // Copies every row of every table from source to target (same schema version) inside the
    // caller's transaction on target, deleting target's rows first.
    static void copyAllRows(const Database &source, const Database &target);
    // For a SQLite file too damaged to open or read: verifies the backup, moves the damaged file
    // (and its -wal/-shm) aside as FILE.damaged-STAMP, and puts a copy of the backup in its place.
    // No connection to the file may be open. Returns the path the damaged file was moved to.
    static QString replaceDamagedFile(const QString &databaseFile, const QString &backupFile, const QString &stamp);
    // A quick engine-level check of a SQLite file (PRAGMA quick_check); empty when sound.
    static QStringList quickCheck(const Database &db);
};

} // namespace estatedesk
