// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupRecovery.h"

#include "MessageBox.h"
#include "core/Errors.h"
#include "services/Startup.h"

#include <QCoreApplication>
#include <QDir>

namespace estatedesk {

static QString title()
{
    return QCoreApplication::translate("estatedesk::MainWindow", "EstateDesk");
}

bool openWithRecovery(Startup &startup)
{
    try {
        const QStringList damage = startup.openAndCheck();
        if (!damage.isEmpty()) {
            const QString what = startup.database().config().describe();
            const QString good = startup.latestGoodBackup();
            if (good.isEmpty()) {
                MessageBox::critical(nullptr, title(),
                                     QCoreApplication::translate("main", "The database file %1 is damaged (%2) and no good backup was "
                                                                         "found in %3. Nothing was changed.")
                                         .arg(what, damage.constFirst(), QDir::toNativeSeparators(startup.backupFolder())));
                return false;
            }
            if (MessageBox::question(nullptr, title(),
                                     QCoreApplication::translate("main", "The database file %1 is damaged (%2).\n\nRestore the latest "
                                                                         "good backup, %3? The damaged file is kept beside it.")
                                         .arg(what, damage.constFirst(), QDir::toNativeSeparators(good)))
                != QMessageBox::Yes)
                return false;
            startup.restoreInPlace(good);
        }
        // The first start of a newer program upgrades the database after a backup, and says so once.
        const int before = startup.schemaVersion();
        QString backup;
        const int after = startup.prepare([&backup](const QString &path) { backup = path; });
        if (!backup.isEmpty())
            MessageBox::information(nullptr, title(),
                                    QCoreApplication::translate("main", "EstateDesk %1 upgraded the database from version %2 to %3; "
                                                                        "the copy taken before is %4.")
                                        .arg(QCoreApplication::applicationVersion())
                                        .arg(before)
                                        .arg(after)
                                        .arg(QDir::toNativeSeparators(backup)));
        return true;
    } catch (const Error &e) {
        MessageBox::critical(nullptr, title(), e.message());
        return false;
    }
}

} // namespace estatedesk
