// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBox.h"
#include "SignInDialogs.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Translations.h"
#include "repositories/CalendarRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Accounts.h"
#include "storage/Database.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/SchemaUpgrade.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <memory>

using namespace estatedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    Translations::install(app);
    QApplication::setApplicationDisplayName(MainWindow::tr("EstateDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "EstateDesk, the sales centre's service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "SQLite database FILE"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
                                      QCoreApplication::translate("main", "PostgreSQL server, e.g. \"host=H port=P dbname=D user=U\""),
                                      QStringLiteral("CONNECTION"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.process(app);

    const DatabaseConfig config = parser.isSet(pgOption)
                                      ? DatabaseConfig::postgres(parser.value(pgOption))
                                      : DatabaseConfig::sqlite(parser.isSet(dbOption) ? parser.value(dbOption)
                                                                                      : DatabaseConfig::defaultSqlitePath());
    SystemClock clock;
    auto db = std::make_unique<Database>(config);
    // A damaged SQLite file: offer the latest copy that verifies, keeping the damaged file aside.
    QStringList damage;
    try {
        db->open();
        damage = Backup::quickCheck(*db);
    } catch (const Error &e) {
        if (config.backend != Backend::Sqlite || !QFileInfo::exists(config.sqlitePath)) {
            MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
            return 1;
        }
        damage << e.message();
    }
    if (!damage.isEmpty()) {
        const QString folder = SchemaUpgrade::backupFolder(*db);
        const QString good = BackupRotation::latestGood(folder);
        if (good.isEmpty()) {
            MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"),
                                 QCoreApplication::translate("main", "The database file %1 is damaged (%2) and no good backup was "
                                                                     "found in %3. Nothing was changed.")
                                     .arg(config.describe(), damage.constFirst(), QDir::toNativeSeparators(folder)));
            return 1;
        }
        if (MessageBox::question(nullptr, MainWindow::tr("EstateDesk"),
                                 QCoreApplication::translate("main", "The database file %1 is damaged (%2).\n\nRestore the latest "
                                                                     "good backup, %3? The damaged file is kept beside it.")
                                     .arg(config.describe(), damage.constFirst(), QDir::toNativeSeparators(good)))
            != QMessageBox::Yes)
            return 1;
        try {
            db.reset(); // no connection may stay open on the file being replaced
            Backup::replaceDamagedFile(config.sqlitePath, good, clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            db = std::make_unique<Database>(config);
            db->open();
        } catch (const Error &e) {
            MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
            return 1;
        }
    }
    try {
        SchemaUpgrade::run(*db, clock);
    } catch (const Error &e) {
        MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
        return 1;
    }

    Session session{db.get(), &clock, 0};
    try {
        OfficeTime::setZone(SettingsRepository(session).office().zone);
        CalendarRepository(session).mergeShippedYears();
    } catch (const Error &e) {
        MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
        return 1;
    }
    // Everyone signs in; the first start on a new database creates its administrator.
    Staff me;
    if (!Accounts(session).anyAccount()) {
        FirstAdministratorDialog dialog(session);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        me = dialog.staff();
    } else {
        SignInDialog dialog(session);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        me = dialog.staff();
    }
    session = Accounts::sessionFor(session, me);
    MainWindow window(session);
    window.runAutomaticBackup();
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.offerDemoDataIfEmpty(); });
    return app.exec();
}
