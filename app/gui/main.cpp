// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AppIcon.h"
#include "DatabaseChoiceDialog.h"
#include "SessionWindows.h"
#include "SignInDialogs.h"
#include "StartupRecovery.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Translations.h"
#include "services/Startup.h"
#include "storage/ConnectionSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace estatedesk;

namespace {

// ESTATEDESK_STARTUP_PROBE=1 (the benchmark's cold-start measure, issue 18): sign in as --user with
// ESTATEDESK_PASSWORD instead of the dialog, print the milliseconds from the start of main() to
// the main window's first paint (the password hashing left out), and quit.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, qint64 hashingMs) : m_sinceStart(sinceStart), m_hashingMs(hashingMs) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("startup_ms %lld\n", static_cast<long long>(m_sinceStart.elapsed() - m_hashingMs));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    qint64 m_hashingMs;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const bool probe = qEnvironmentVariableIntValue("ESTATEDESK_STARTUP_PROBE") == 1;
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
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("main", "With ESTATEDESK_STARTUP_PROBE=1: the account to sign in as"),
                                        QStringLiteral("NAME"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.addOption(userOption);
    parser.process(app);

    // Which database: --pg or --db for this start; else the choice this PC made on its first start;
    // else a file already at the usual place (a PC that used EstateDesk before it asked); else ask.
    QSettings settings;
    std::optional<DatabaseConfig> config;
    bool chosenHere = false; // from the saved choice or the dialog: a failure asks again
    if (parser.isSet(pgOption))
        config = DatabaseConfig::postgres(parser.value(pgOption));
    else if (parser.isSet(dbOption))
        config = DatabaseConfig::sqlite(parser.value(dbOption), SqliteCreation::IfMissing); // the first start creates it
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
    qint64 hashingMs = 0;
    if (probe) {
        QElapsedTimer hashing;
        hashing.start();
        try {
            me = startup.signIn(parser.value(userOption), qEnvironmentVariable("ESTATEDESK_PASSWORD"));
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        hashingMs = hashing.elapsed();
    } else if (!startup.needsSignIn()) {
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
    FirstPaintProbe firstPaint(sinceStart, hashingMs);
    QObject::connect(&windows, &SessionWindows::opened, &windows, [probe, &firstPaint](MainWindow *window) {
        if (probe)
            window->installEventFilter(&firstPaint);
        // After show(): a status-bar message shown before would sit on top of the signed-in label.
        window->runScheduledJobs();
        if (!probe)
            QTimer::singleShot(0, window, [window] { window->offerDemoDataIfEmpty(); });
    });
    windows.open(me);
    return app.exec();
}
