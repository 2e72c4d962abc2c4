// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SchemaUpgrade.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace estatedesk {

QString SchemaUpgrade::backupFolder(const Database &db)
{
    if (db.backend() == Backend::Sqlite)
        return QFileInfo(db.config().sqlitePath).absolutePath() + QStringLiteral("/backups");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

int SchemaUpgrade::run(const Database &db, const Clock &clock,
                       const std::function<void(const QString &)> &backupTaken)
{
    return Migrations::migrate(db, -1, [&](int from, int to) {
        const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString path = backupFolder(db) + u'/' + BackupRotation::upgradeFileName(db, from, to, stamp);
        Backup::write(db, path);
        if (backupTaken)
            backupTaken(path);
    });
}

} // namespace estatedesk
