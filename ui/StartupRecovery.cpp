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

// Offers the latest good backup in place of the damaged file; false when there is none or the
// user declines (told why).
static bool offerGoodBackup(Startup &startup, const QStringList &damage)
{
    const QString what = startup.database().config().describe();
    const QString good = startup.latestGoodBackup();
    if (good.isEmpty()) {
        MessageBox::critical(
            nullptr, title(),
            QCoreApplication::translate("main", "The database file %1 is damaged (%2) and no good backup was "
                                                "found in %3. Nothing was changed.")
                .arg(what, damage.constFirst(), QDir::toNativeSeparators(startup.backupFolder())));
        return false;
    }
    if (MessageBox::question(
            nullptr, title(),
            QCoreApplication::translate("main", "The database file %1 is damaged (%2).\n\nRestore the latest "
                                                "good backup, %3? The damaged file is kept beside it.")
                .arg(what, damage.constFirst(), QDir::toNativeSeparators(good))) != QMessageBox::Yes)
        return false;
    startup.restoreInPlace(good);
    return true;
}

bool openWithRecovery(Startup &startup)
{
    try {
        const QStringList damage = startup.openAndCheck();
        if (!damage.isEmpty() && !offerGoodBackup(startup, damage))
            return false;
        // The first start of a newer program upgrades the database after a backup, and says so once.
        int before = 0, after = 0;
        QString backup;
        const auto prepare = [&] {
            before = startup.schemaVersion();
            after = startup.prepare([&backup](const QString &path) { backup = path; });
        };
        try {
            prepare();
        } catch (const StorageError &) {
            // The start reads only the file's header; damage deeper in it shows here first.
            const QStringList found = startup.checkFile();
            if (found.isEmpty())
                throw;
            if (!offerGoodBackup(startup, found))
                return false;
            prepare();
        }
        if (!backup.isEmpty())
            MessageBox::information(nullptr, title(),
                                    QCoreApplication::translate(
                                        "main", "EstateDesk %1 upgraded the database from version %2 to %3; "
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
