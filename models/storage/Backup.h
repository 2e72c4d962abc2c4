// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Errors.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace estatedesk {

class Database;
struct Session;

// How Backup::restore goes about it.
struct RestoreOptions
{
    // Restore even when the copy's audit log does not verify (an administrator's decision;
    // the chain is then sealed afresh and the audit entry of the restore says what was broken).
    bool force = false;
};

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
    // pattern such as "office-auto-*.sqlite") left in folder; returns how many. Only for
    // names no other backup is writing at the same time.
    static int removeStaleParts(const QString &folder, const QString &pattern);
    // write(), recorded in the audit log of session's database (who took a copy, where): the
    // backups people and the scheduled job take. The caller checks the permission. When the
    // database takes no writes (a full disk, read-only) the copy is still written, and the
    // returned sentence says it went unrecorded; empty when it was recorded.
    static QString take(const Session &session, const QString &file);
    // Throws StorageError naming the file when it is not a sound EstateDesk backup; returns its
    // schema version.
    static int verify(const QString &file);
    // Verifies file, brings a copy of it to the latest schema, checks its audit log's hash chain
    // (AuditChainError naming the first broken entry unless forced), then replaces every row of
    // session's database and records the restore in the restored audit log, in one transaction.
    static void restore(const Session &session, const QString &file, const RestoreOptions &options = {});
    // Verifies file and returns what is wrong with its audit log's hash chain (the first broken
    // entry), or an empty string when the chain holds: what restore() would refuse.
    static QString auditChainProblem(const QString &file);
    // The refusal of a backup whose chain is broken (problem: what auditChainProblem() said).
    static AuditChainError brokenChainError(const QString &file, const QString &problem);
    // restore() without the audit entry (the chain must verify): migrate-to, whose row counts on
    // the server must equal the file's.
    static void copyInto(const Database &target, const QString &file);
    // Copies every row of every table from source to target (same schema version) inside the
    // caller's transaction on target, deleting target's rows first.
    static void copyAllRows(const Database &source, const Database &target);
    // For a SQLite file too damaged to open or read: verifies the backup, moves the damaged file
    // (and its -wal/-shm) aside as FILE.damaged-STAMP, and puts a copy of the backup in its place.
    // No connection to the file may be open. Returns the path the damaged file was moved to.
    static QString replaceDamagedFile(const QString &databaseFile, const QString &backupFile,
                                      const QString &stamp);
    // A quick engine-level check of a SQLite file (PRAGMA quick_check); empty when sound.
    static QStringList quickCheck(const Database &db);
};

} // namespace estatedesk
