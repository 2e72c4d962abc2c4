// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"
#include "DatabaseChoiceDialog.h"
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "SessionWindows.h"
#include "SignInDialogs.h"
#include "StartupRecovery.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Translations.h"
#include "services/Startup.h"
#include "storage/ConnectionSettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace estatedesk;

namespace {

// The process's peak resident memory in KiB (Linux; 0 elsewhere).
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// What the window holds while someone browses it: every tab opened in turn (each page is built
// and reads its rows), and every list on it scrolled to its end a few times (the client list
// reads a page at each), the events of each step handled before the next.
void browseEveryPage(QWidget *window)
{
    auto *tabs = window->findChild<QTabWidget *>();
    if (!tabs)
        return;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (QAbstractItemView *view : tabs->widget(i)->findChildren<QAbstractItemView *>())
            for (int scroll = 0; scroll < 5; ++scroll) {
                view->scrollToBottom();
                QCoreApplication::processEvents();
            }
    }
}

// ESTATEDESK_STARTUP_PROBE=1 (the benchmark's cold-start measure, issue 18): sign in as --user with
// ESTATEDESK_PASSWORD instead of the dialog, print the milliseconds from the start of main() to
// the main window's first paint (the password hashing left out), and quit. With =2, then also
// browse every page and print the peak resident memory ("peak_rss_kib N") before quitting.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, qint64 hashingMs, bool browse)
        : m_sinceStart(sinceStart), m_hashingMs(hashingMs), m_browse(browse)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("startup_ms %lld\n", static_cast<long long>(m_sinceStart.elapsed() - m_hashingMs));
            std::fflush(stdout);
            auto *window = qobject_cast<QWidget *>(watched);
            QTimer::singleShot(0, qApp, [window, browse = m_browse] {
                if (browse && window) {
                    browseEveryPage(window);
                    std::printf("peak_rss_kib %lld\n", static_cast<long long>(peakResidentKiB()));
                    std::fflush(stdout);
                }
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    qint64 m_hashingMs;
    bool m_browse;
    bool m_done = false;
};

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "SQLite database FILE"),
                          QStringLiteral("FILE")};
    QCommandLineOption pg{
        QStringLiteral("pg"),
        QCoreApplication::translate("main", "PostgreSQL server, e.g. \"host=H port=P dbname=D user=U\""),
        QStringLiteral("CONNECTION")};
    QCommandLineOption user{
        QStringLiteral("user"),
        QCoreApplication::translate("main", "With ESTATEDESK_STARTUP_PROBE=1: the account to sign in as"),
        QStringLiteral("NAME")};
};

// Which database: --pg or --db for this start; else the choice this PC made on its first start;
// else a file already at the usual place (a PC that used EstateDesk before it asked); else ask.
// chosenHere: from the saved choice or the dialog (a failure to open asks again).
std::optional<DatabaseConfig> chooseDatabase(const QCommandLineParser &parser, const Options &options,
                                             QSettings &settings, bool &chosenHere)
{
    std::optional<DatabaseConfig> config;
    chosenHere = false;
    if (parser.isSet(options.pg))
        config = DatabaseConfig::postgres(parser.value(options.pg));
    else if (parser.isSet(options.db))
        config = DatabaseConfig::sqlite(parser.value(options.db),
                                        SqliteCreation::IfMissing); // the first start creates it
    else if ((config = ConnectionSettings::load(settings)))
        chosenHere = true;
    else if (QFileInfo::exists(DatabaseConfig::defaultSqlitePath()))
        config = DatabaseConfig::sqlite(DatabaseConfig::defaultSqlitePath());
    else if ((config = askForDatabase(settings, DatabaseConfig::sqlite(DatabaseConfig::defaultSqlitePath()))))
        chosenHere = true;
    return config;
}

// Opens the database (recovering a damaged file); null when it cannot be opened and nothing else
// is chosen.
std::unique_ptr<Startup> openDatabase(DatabaseConfig config, bool chosenHere, QSettings &settings,
                                      const Clock &clock)
{
    for (;;) {
        auto opened = std::make_unique<Startup>(config, clock);
        if (openWithRecovery(*opened))
            return opened;
        if (!chosenHere)
            return nullptr;
        // The saved choice may be what is wrong (a server renamed, a file moved): offer to change it.
        const std::optional<DatabaseConfig> other = askForDatabase(
            settings, config,
            QCoreApplication::translate("main", "EstateDesk could not open %1 (the message before says why). "
                                                "Change where it looks, or press OK to try again.")
                .arg(config.describe()));
        if (!other)
            return nullptr;
        config = *other;
    }
}

// Everyone signs in; the first start on a new database creates its administrator. The probe signs
// in as --user with ESTATEDESK_PASSWORD and says how long the password hashing took.
std::optional<Staff> signIn(Startup &startup, bool probe, const QString &probeUser, qint64 &hashingMs)
{
    if (probe) {
        QElapsedTimer hashing;
        hashing.start();
        try {
            const Staff me = startup.signIn(probeUser, qEnvironmentVariable("ESTATEDESK_PASSWORD"));
            hashingMs = hashing.elapsed();
            return me;
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return std::nullopt;
        }
    }
    if (!startup.needsSignIn()) {
        FirstAdministratorDialog dialog(startup.session());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.staff();
    }
    SignInDialog dialog(startup.session());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.staff();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const int probeLevel = qEnvironmentVariableIntValue("ESTATEDESK_STARTUP_PROBE");
    const bool probe = probeLevel == 1 || probeLevel == 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    // The sign-in dialog and every window show the icon of the menu entry, which desktops
    // match to the window by the entry's name.
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.estatedesk.EstateDesk"));
    Translations::install(app);
    InterfaceFont::apply();
    QApplication::setApplicationDisplayName(MainWindow::tr("EstateDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "EstateDesk, the sales centre's service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOption(options.db);
    parser.addOption(options.pg);
    parser.addOption(options.user);
    parser.process(app);

    QSettings settings;
    bool chosenHere = false;
    const std::optional<DatabaseConfig> config = chooseDatabase(parser, options, settings, chosenHere);
    if (!config)
        return 0;
    SystemClock clock;
    const std::unique_ptr<Startup> opened = openDatabase(*config, chosenHere, settings, clock);
    if (!opened)
        return 1;
    Startup &startup = *opened;
    qint64 hashingMs = 0;
    const std::optional<Staff> signedIn = signIn(startup, probe, parser.value(options.user), hashingMs);
    if (!signedIn)
        return probe ? 1 : 0;
    const Staff me = *signedIn;
    startup.signedIn(me);
    // One window at a time: switching user at the lock screen opens the new account's own window.
    SessionWindows windows(startup.session());
    FirstPaintProbe firstPaint(sinceStart, hashingMs, probeLevel == 2);
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
