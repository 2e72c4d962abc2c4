// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-pagetour: opens every page of an office's main window (every tab, and every tab
// within a tab) with the GUI-thread watchdog on, and prints for each page how long opening it kept
// the GUI thread and what the watchdog logged meanwhile (statements over 16 ms on the GUI thread).
// Exits 1 when the watchdog logged anything. CTest's tst_pagetour runs it on a new 100 000-client
// demo office (README, "The GUI-thread watchdog"); by hand, run it on a copy of an office.
//
// Usage: QT_QPA_PLATFORM=offscreen estatedesk-pagetour --db FILE [--user NAME]
//   --db FILE    an SQLite office (upgraded like the program does; use a copy)
//   --user NAME  the account whose window opens (default: the first administrator); no password
//                is asked: the tool reads the office directly
// "Now" is 27 Nov 2026 10:00 in the office, the day the demo office is built around.
#include "MainWindow.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "repositories/StaffRepository.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/GuiWatchdog.h"
#include "storage/Migrations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace estatedesk;

namespace {

QStringList g_logged; // what the watchdog logged while the page being opened opened

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && QLatin1String(context.category) == QLatin1String("estatedesk.guithread")) {
        g_logged << message.left(400);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

BackgroundReader *g_reader = nullptr; // the window's
int g_total = 0;                      // lines the watchdog logged in the whole tour

// Lets the window finish what opening a page started: its background reads handed back (waited
// for, up to 5 minutes each page) and what they posted in turn (deferred layouts, a second read).
bool settle()
{
    for (int round = 0; round < 3; ++round) {
        if (!QTest::qWaitFor([] { return g_reader->isIdle(); }, 300'000))
            return false;
        QCoreApplication::processEvents();
    }
    return g_reader->isIdle();
}

void report(const char *name, qint64 ms)
{
    std::printf("%-60s %6lld ms to show\n", name, static_cast<long long>(ms));
    for (const QString &line : std::as_const(g_logged))
        std::printf("    %s\n", qPrintable(line));
    g_total += int(g_logged.size());
    std::fflush(stdout);
}

void openEachTab(QTabWidget *tabs, const QString &path)
{
    for (int i = 0; i < tabs->count(); ++i) {
        const QString name =
            path.isEmpty() ? tabs->tabText(i) : path + QStringLiteral(" / ") + tabs->tabText(i);
        g_logged.clear();
        QElapsedTimer t;
        t.start();
        tabs->setCurrentIndex(i); // builds a lazy page and reads it
        QWidget *page = tabs->currentWidget();
        page->repaint();
        const qint64 ms = t.elapsed();
        if (!settle())
            g_logged << QStringLiteral("its background reads did not come back within 5 minutes");
        report(qPrintable(name), ms);
        for (QTabWidget *inner : page->findChildren<QTabWidget *>(Qt::FindDirectChildrenOnly))
            openEachTab(inner, name);
        if (auto *inner = qobject_cast<QTabWidget *>(page))
            openEachTab(inner, name);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(app);
    QString path, user;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--user"))
            user = args.at(i + 1);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: estatedesk-pagetour --db FILE [--user NAME]\n");
        return 2;
    }
    FixedClock clock(
        QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    Database db(DatabaseConfig::sqlite(path));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    Staff me;
    if (!user.isEmpty())
        me = StaffRepository(session).findByName(user);
    else
        for (const Staff &s : StaffRepository(session).list(true, Vocabulary::Role::Admin))
            if (me.id == 0)
                me = s;
    if (me.id == 0) {
        std::fprintf(stderr, "no such account\n");
        return 2;
    }
    session.actorId = me.id;
    session.role = me.role;
    GuiWatchdog::setEnabled(true);
    qInstallMessageHandler(collect);
    QElapsedTimer t;
    t.start();
    MainWindow window(session);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 ms = t.elapsed();
    g_reader = window.findChild<BackgroundReader *>();
    if (!g_reader) {
        std::fprintf(stderr, "the window has no background reader\n");
        return 2;
    }
    if (!settle())
        g_logged << QStringLiteral("its background reads did not come back within 5 minutes");
    report("(the window, on the dashboard)", ms);
    openEachTab(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QString());
    if (g_total > 0) {
        std::printf("the watchdog logged %d statement(s) over %lld ms on the GUI thread\n", g_total,
                    static_cast<long long>(GuiWatchdog::kBudgetMs));
        return 1;
    }
    std::printf("the watchdog logged nothing\n");
    return 0;
}
