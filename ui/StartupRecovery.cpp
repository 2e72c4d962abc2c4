// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupRecovery.h"

#include "MessageBox.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/SchemaUpgrade.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace estatedesk {

static QString title()
{
    return QCoreApplication::translate("estatedesk::MainWindow", "EstateDesk");
}

std::unique_ptr<Database> openWithRecovery(const DatabaseConfig &config, const Clock &clock)
{
    auto db = std::make_unique<Database>(config);
    QStringList damage;
    try {
        db->open();
        damage = Backup::quickCheck(*db);
    } catch (const Error &e) {
        if (config.backend != Backend::Sqlite || !QFileInfo::exists(config.sqlitePath)) {
            MessageBox::critical(nullptr, title(), e.message());
            return nullptr;
        }
        damage << e.message();
    }
    if (!damage.isEmpty()) {
        const QString folder = SchemaUpgrade::backupFolder(*db);
        const QString good = BackupRotation::latestGood(folder);
        if (good.isEmpty()) {
            MessageBox::critical(nullptr, title(),
                                 QCoreApplication::translate("main", "The database file %1 is damaged (%2) and no good backup was "
                                                                     "found in %3. Nothing was changed.")
                                     .arg(config.describe(), damage.constFirst(), QDir::toNativeSeparators(folder)));
            return nullptr;
        }
        if (MessageBox::question(nullptr, title(),
                                 QCoreApplication::translate("main", "The database file %1 is damaged (%2).\n\nRestore the latest "
                                                                     "good backup, %3? The damaged file is kept beside it.")
                                     .arg(config.describe(), damage.constFirst(), QDir::toNativeSeparators(good)))
            != QMessageBox::Yes)
            return nullptr;
        try {
            db.reset(); // no connection may stay open on the file being replaced
            Backup::replaceDamagedFile(config.sqlitePath, good, clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            db = std::make_unique<Database>(config);
            db->open();
        } catch (const Error &e) {
            MessageBox::critical(nullptr, title(), e.message());
            return nullptr;
        }
    }
    try {
        SchemaUpgrade::run(*db, clock);
    } catch (const Error &e) {
        MessageBox::critical(nullptr, title(), e.message());
        return nullptr;
    }
    return db;
}

} // namespace estatedesk
