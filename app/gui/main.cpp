// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AppIcon.h"
#include "SessionWindows.h"
#include "SignInDialogs.h"
#include "StartupRecovery.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "services/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace estatedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    // The sign-in dialog and every window show the icon of the menu entry, which desktops
    // match to the window by the entry's name.
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.estatedesk.EstateDesk"));
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
                                                                                      : DatabaseConfig::defaultSqlitePath(),
                                                               SqliteCreation::IfMissing); // the first start creates it
    SystemClock clock;
    Startup startup(config, clock);
    if (!openWithRecovery(startup))
        return 1;
    // Everyone signs in; the first start on a new database creates its administrator.
    Staff me;
    if (!startup.needsSignIn()) {
        FirstAdministratorDialog dialog(startup.session());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        me = dialog.staff();
    } else {
        SignInDialog dialog(startup.session());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        me = dialog.staff();
    }
    startup.signedIn(me);
    // One window at a time: switching user at the lock screen opens the new account's own window.
    SessionWindows windows(startup.session());
    QObject::connect(&windows, &SessionWindows::opened, &windows, [](MainWindow *window) {
        // After show(): a status-bar message shown before would sit on top of the signed-in label.
        window->runScheduledJobs();
        QTimer::singleShot(0, window, [window] { window->offerDemoDataIfEmpty(); });
    });
    windows.open(me);
    return app.exec();
}
