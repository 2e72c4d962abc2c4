// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBox.h"
#include "SessionWindows.h"
#include "SignInDialogs.h"
#include "StartupRecovery.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Translations.h"
#include "repositories/CalendarRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Accounts.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const std::unique_ptr<Database> db = openWithRecovery(config, clock);
    if (!db)
        return 1;

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
    // One window at a time: switching user at the lock screen opens the new account's own window.
    SessionWindows windows(session);
    QObject::connect(&windows, &SessionWindows::opened, &windows, [](MainWindow *window) {
        // After show(): a status-bar message shown before would sit on top of the signed-in label.
        window->runAutomaticBackup();
        QTimer::singleShot(0, window, [window] { window->offerDemoDataIfEmpty(); });
    });
    windows.open(me);
    return app.exec();
}
