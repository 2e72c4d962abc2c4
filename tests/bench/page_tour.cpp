// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-pagetour: opens every page of an office's main window (every tab, and every tab
// within a tab) with the GUI-thread watchdog on, and prints for each page how long opening it kept
// the GUI thread and what the watchdog logged meanwhile (statements over 16 ms on the GUI thread).
// Not a test: run by hand on a copy of a large office (README, "The GUI-thread watchdog").
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

// Lets the window finish what opening a page started (background reads, deferred layouts).
void settle()
{
    for (int i = 0; i < 20; ++i)
        QTest::qWait(100);
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
        settle();
        std::printf("%-60s %6lld ms to show\n", qPrintable(name), ms);
        for (const QString &line : std::as_const(g_logged))
            std::printf("    %s\n", qPrintable(line));
        std::fflush(stdout);
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
    std::printf("%-60s %6lld ms to show\n", "(the window, on the dashboard)", t.elapsed());
    for (const QString &line : std::as_const(g_logged))
        std::printf("    %s\n", qPrintable(line));
    settle();
    openEachTab(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QString());
    return 0;
}
