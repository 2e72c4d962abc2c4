// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AppIcon.h"
#include "DatabaseChoiceDialog.h"
#include "SessionWindows.h"
#include "SignInDialogs.h"
#include "StartupRecovery.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "services/Startup.h"
#include "storage/ConnectionSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
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

    // Which database: --pg or --db for this start; else the choice this PC made on its first start;
    // else a file already at the usual place (a PC that used EstateDesk before it asked); else ask.
    QSettings settings;
    std::optional<DatabaseConfig> config;
    bool chosenHere = false; // from the saved choice or the dialog: a failure asks again
    if (parser.isSet(pgOption))
        config = DatabaseConfig::postgres(parser.value(pgOption));
    else if (parser.isSet(dbOption))
        config = DatabaseConfig::sqlite(parser.value(dbOption));
    else if ((config = ConnectionSettings::load(settings)))
        chosenHere = true;
    else if (QFileInfo::exists(DatabaseConfig::defaultSqlitePath()))
        config = DatabaseConfig::sqlite(DatabaseConfig::defaultSqlitePath());
    else if ((config = askForDatabase(settings, DatabaseConfig::sqlite(DatabaseConfig::defaultSqlitePath()))))
        chosenHere = true;
    else
        return 0;
    SystemClock clock;
    std::unique_ptr<Startup> opened;
    for (;;) {
        opened = std::make_unique<Startup>(*config, clock);
        if (openWithRecovery(*opened))
            break;
        if (!chosenHere)
            return 1;
        // The saved choice may be what is wrong (a server renamed, a file moved): offer to change it.
        config = askForDatabase(settings, *config,
                                QCoreApplication::translate("main", "EstateDesk could not open %1 (the message before says why). "
                                                                    "Change where it looks, or press OK to try again.")
                                    .arg(config->describe()));
        if (!config)
            return 1;
    }
    Startup &startup = *opened;
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
