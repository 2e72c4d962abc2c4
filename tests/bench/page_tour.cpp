// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-pagetour: opens every page of an office's main window (every tab, and every tab
// within a tab) with the GUI-thread watchdog on, and prints for each page how long opening it kept
// the GUI thread and what the watchdog logged meanwhile (statements over 16 ms on the GUI thread).
// Exits 1 when the watchdog logged a statement that a second tour, in a new window, logs again: a
// statement over budget is over it every time, while a line that does not recur was the GUI
// thread waiting for a core of a busy machine (the watchdog times the wall clock). CTest's
// tst_pagetour runs it on a new 100 000-client demo office (README, "The GUI-thread watchdog");
// by hand, run it on a copy of an office.
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
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

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
QSet<QString> g_statements;           // what the watchdog logged in the whole tour, without its time

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
    for (const QString &line : std::as_const(g_logged)) {
        std::printf("    %s\n", qPrintable(line));
        // "73 ms on the GUI thread: SELECT …": the statement, whatever it took this time.
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        g_statements.insert(colon < 0 ? line : line.mid(colon + 2));
    }
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

// Opens a new main window and every page in it; what the watchdog logged meanwhile.
QSet<QString> tour(const Session &session)
{
    g_statements.clear();
    QElapsedTimer t;
    t.start();
    MainWindow window(session);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window did not show\n");
        std::exit(2);
    }
    const qint64 ms = t.elapsed();
    g_reader = window.findChild<BackgroundReader *>();
    if (!g_reader) {
        std::fprintf(stderr, "the window has no background reader\n");
        std::exit(2);
    }
    g_logged.clear();
    if (!settle())
        g_logged << QStringLiteral("its background reads did not come back within 5 minutes");
    report("(the window, on the dashboard)", ms);
    openEachTab(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QString());
    g_reader = nullptr;
    return g_statements;
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
    const QSet<QString> first = tour(session);
    if (first.isEmpty()) {
        std::printf("the watchdog logged nothing\n");
        return 0;
    }
    std::printf("the watchdog logged %lld statement(s) over %lld ms on the GUI thread; a second tour "
                "in a new window:\n",
                static_cast<long long>(first.size()), static_cast<long long>(GuiWatchdog::kBudgetMs));
    const QSet<QString> again = first & tour(session);
    if (!again.isEmpty()) {
        std::printf("logged again in the second tour:\n");
        for (const QString &statement : again)
            std::printf("    %s\n", qPrintable(statement));
        return 1;
    }
    std::printf("none of them was logged again: the GUI thread waited for a busy machine\n");
    return 0;
}
