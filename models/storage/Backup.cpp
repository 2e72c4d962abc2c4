// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backup.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/Session.h"
#include "security/Permissions.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlField>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace estatedesk {

static void removeSqliteFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

void Backup::copyAllRows(const Database &source, const Database &target)
{
    QSqlDatabase src = source.connection();
    QSqlDatabase dst = target.connection();
    // Only the tables both sides have: an older schema has fewer.
    const QStringList sourceTables = source.dialect().tables(src);
    const QStringList targetTables = target.dialect().tables(dst);
    QStringList tables;
    for (const QString &t : Migrations::tablesInDependencyOrder())
        if (sourceTables.contains(t) && targetTables.contains(t))
            tables << t;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        Sql::run(dst, QStringLiteral("DELETE FROM %1").arg(*it));
    for (const QString &table : tables) {
        const QSqlRecord dstColumns = dst.record(table);
        QSqlQuery read = Sql::run(src, QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList columns;
        QList<int> sourceIndex;
        const QSqlRecord srcColumns = read.record();
        for (int i = 0; i < srcColumns.count(); ++i) {
            if (dstColumns.contains(srcColumns.fieldName(i))) {
                columns << srcColumns.fieldName(i);
                sourceIndex << i;
            }
        }
        QStringList marks(columns.size(), QStringLiteral("?"));
        QSqlQuery write = Sql::prepare(dst, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(table, columns.join(u','), marks.join(u',')));
        while (read.next()) {
            for (int i = 0; i < sourceIndex.size(); ++i) {
                QVariant v = read.value(sourceIndex.at(i));
                // SQLite has no column types to speak of: give PostgreSQL the type its column expects.
                const QMetaType wanted = dstColumns.field(columns.at(i)).metaType();
                if (!v.isNull() && wanted.isValid() && v.metaType() != wanted)
                    v.convert(wanted);
                else if (v.isNull())
                    v = QVariant(wanted);
                write.bindValue(i, v);
            }
            Sql::exec(write);
        }
        if (dstColumns.contains(QStringLiteral("id")))
            target.dialect().resetIdSequence(dst, table);
    }
}

void Backup::write(const Database &source, const QString &file)
{
    Migrations::ensureNotNewer(source);
    const QFileInfo info(file);
    if (!PrivateFiles::makeFolder(info.absolutePath()))
        throw StorageError(tr("Cannot create the folder %1 for the backup.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())));
    // The copy is written to FILE.part, owner-only from the start, and renamed over FILE only
    // when complete: a backup killed midway leaves no partial FILE, and the next backup to FILE
    // (or the next automatic backup, removeStaleParts) removes the FILE.part it left.
    const QString part = partFile(info.absoluteFilePath());
    removeSqliteFiles(part);
    QString why;
    if (!PrivateFiles::prepare(part, nullptr, &why))
        throw StorageError(
            tr("The backup %1 could not be written: %2").arg(QDir::toNativeSeparators(file), why));
    try {
        if (source.backend() == Backend::Sqlite) {
            // A copy of a damaged file would push the last good backups out of the rotation.
            if (const QStringList damage = quickCheck(source); !damage.isEmpty())
                throw StorageError(
                    tr("The database file %1 is damaged (%2): no backup was taken, so the good backups taken "
                       "before are kept. An administrator restores the latest of them (Settings → Backups).")
                        .arg(source.config().describe(), damage.constFirst()));
            // VACUUM INTO accepts the empty file prepare() made and keeps its mode.
            Sql::run(source.connection(), QStringLiteral("VACUUM INTO ?"), {part});
        } else {
            Database copy(DatabaseConfig::sqlite(part));
            QSqlDatabase src = source.connection();
            Sql::run(src, QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            try {
                Migrations::migrate(copy, Migrations::currentVersion(source));
                Transaction tx(copy);
                copyAllRows(source, copy);
                tx.commit();
                Sql::run(src, QStringLiteral("COMMIT"));
            } catch (...) {
                Sql::run(src, QStringLiteral("ROLLBACK"));
                throw;
            }
            Sql::run(copy.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            Sql::run(copy.connection(), QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
    } catch (const Error &e) {
        removeSqliteFiles(part);
        throw StorageError(
            tr("The backup %1 could not be written: %2").arg(QDir::toNativeSeparators(file), e.message()));
    }
    if (!PrivateFiles::syncToDisk(part) || !PrivateFiles::replace(part, info.absoluteFilePath())) {
        removeSqliteFiles(part);
        throw StorageError(tr("The backup %1 could not be written.").arg(QDir::toNativeSeparators(file)));
    }
}

QString Backup::partFile(const QString &file)
{
    return file + QStringLiteral(".part");
}

int Backup::removeStaleParts(const QString &folder, const QString &pattern)
{
    int removed = 0;
    const QString partPattern = partFile(pattern);
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        for (const QFileInfo &f :
             QDir(folder).entryInfoList({partPattern + suffix}, QDir::Files | QDir::Hidden))
            removed += QFile::remove(f.absoluteFilePath()) ? 1 : 0;
    return removed;
}

int Backup::verify(const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    auto damaged = [&shown](const QString &why) {
        return tr("The backup %1 is damaged (%2) and cannot be restored; choose another backup.")
            .arg(shown, why);
    };
    if (!QFileInfo::exists(file))
        throw StorageError(tr("The backup %1 does not exist.").arg(shown));
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            throw StorageError(tr("%1 is not an EstateDesk backup (not a SQLite file).").arg(shown));
    }
    // Check a private copy so that opening it (WAL, journal) never touches the original.
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("verify.sqlite"));
    if (!QFile::copy(file, copyPath))
        throw StorageError(tr("The backup %1 cannot be read.").arg(shown));
    try {
        Database copy(DatabaseConfig::sqlite(copyPath));
        QSqlDatabase conn = copy.connection();
        const QStringList problems = copy.dialect().integrityProblems(conn);
        if (!problems.isEmpty())
            throw StorageError(damaged(problems.mid(0, 5).join(QStringLiteral("; "))));
        const int version = Migrations::currentVersion(copy);
        if (version == 0)
            throw StorageError(tr("%1 is not an EstateDesk backup (no schema version).").arg(shown));
        Migrations::ensureNotNewer(copy);
        return version;
    } catch (const SchemaTooNewError &) {
        throw;
    } catch (const DamagedFileError &e) {
        // Not the database's "restore the latest backup": this file is the backup.
        throw StorageError(damaged(e.databaseText()));
    } catch (const Error &e) {
        if (e.message().contains(shown))
            throw;
        throw StorageError(tr("The backup %1 is damaged: %2").arg(shown, e.message()));
    }
}

QString Backup::take(const Session &session, const QString &file)
{
    write(*session.db, file);
    try {
        AuditLog::write(
            session, QStringLiteral("backup"), QStringLiteral("backups"), 0, {},
            {{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())}});
    } catch (const UnwritableError &e) {
        // A copy is what a full disk calls for: it is kept, and the user told it went unrecorded.
        return tr("The backup was written, but it could not be recorded in the audit log: %1")
            .arg(e.message());
    }
    return {};
}

namespace {

// Verifies file, brings a copy to the latest schema, checks its audit chain, then replaces every
// row of target in one transaction, in which audit(broken chain) runs last.
void restoreInto(const Database &target, const QString &file, bool force,
                 const std::function<void(const AuditChain::Break &, int)> &audit)
{
    const QString shown = QDir::toNativeSeparators(file);
    Backup::verify(file);
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(file, copyPath))
        throw StorageError(Backup::tr("The backup %1 cannot be read.").arg(shown));
    QFile(copyPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Database source(DatabaseConfig::sqlite(copyPath));
    const int fromVersion = Migrations::currentVersion(source);
    Migrations::migrate(source);
    // A copy older than the chain gets one at this upgrade; one that has it must verify.
    const AuditChain::Break broken = AuditChain::verify(source);
    if (!broken.problem.isEmpty() && !force)
        throw Backup::brokenChainError(file, broken.problem);
    Migrations::migrate(target);
    Transaction tx(target, Transaction::OnDamagedFile::Allow); // the restore is what mends a damaged file
    Backup::copyAllRows(source, target);
    if (!broken.problem.isEmpty())
        AuditChain::rebuild(target); // the administrator's decision: the chain starts afresh here
    if (audit)
        audit(broken, fromVersion);
    tx.commit();
}

} // namespace

void Backup::restore(const Session &session, const QString &file, const RestoreOptions &options)
{
    Permissions::require(session, Action::ManageBackups);
    const bool administrator =
        session.role == Vocabulary::Role::Admin || session.role == Vocabulary::Role::System;
    restoreInto(*session.db, file, options.force, [&](const AuditChain::Break &broken, int fromVersion) {
        if (!broken.problem.isEmpty() && !administrator)
            throw PermissionError(
                tr("Only an administrator may restore a backup whose audit log was changed (%1).")
                    .arg(broken.problem));
        QVariantMap after{
            {QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())},
            {QStringLiteral("schema_version"), fromVersion}};
        if (!broken.problem.isEmpty()) {
            after.insert(QStringLiteral("forced"), true);
            after.insert(QStringLiteral("broken_chain"), broken.problem);
            after.insert(QStringLiteral("broken_entry"), broken.id);
        }
        AuditLog::write(session, QStringLiteral("restore"), QStringLiteral("backups"), 0, {}, after);
    });
}

AuditChainError Backup::brokenChainError(const QString &file, const QString &problem)
{
    return AuditChainError(
        tr("The audit log in the backup %1 was changed behind EstateDesk's back (%2). Nothing was "
           "restored. An administrator who knows why can restore it anyway (estatedesk-cli restore "
           "--force FILE); that is recorded in the audit log.")
            .arg(QDir::toNativeSeparators(file), problem));
}

QString Backup::auditChainProblem(const QString &file)
{
    verify(file);
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("chain.sqlite"));
    if (!QFile::copy(file, copyPath))
        throw StorageError(tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(file)));
    QFile(copyPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Database copy(DatabaseConfig::sqlite(copyPath));
    Migrations::migrate(copy);
    return AuditChain::verify(copy).problem;
}

void Backup::copyInto(const Database &target, const QString &file)
{
    restoreInto(target, file, false, {});
}

} // namespace estatedesk

namespace estatedesk {

QString Backup::replaceDamagedFile(const QString &databaseFile, const QString &backupFile,
                                   const QString &stamp)
{
    verify(backupFile);
    const QString aside = databaseFile + QStringLiteral(".damaged-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databaseFile + suffix) && !QFile::rename(databaseFile + suffix, aside + suffix))
            throw StorageError(tr("The damaged file %1 cannot be moved aside.")
                                   .arg(QDir::toNativeSeparators(databaseFile + suffix)));
    }
    if (!QFile::copy(backupFile, databaseFile))
        throw StorageError(
            tr("The backup %1 cannot be copied to %2.")
                .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(databaseFile)));
    QFile(databaseFile).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return aside;
}

QStringList Backup::quickCheck(const Database &db)
{
    if (db.backend() != Backend::Sqlite)
        return {};
    QStringList problems;
    try {
        QSqlQuery q = Sql::run(db.connection(), QStringLiteral("PRAGMA quick_check"));
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
    } catch (const Error &e) {
        problems << e.message();
    }
    return problems;
}

} // namespace estatedesk
