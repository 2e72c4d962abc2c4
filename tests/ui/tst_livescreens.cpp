// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 2: two programs signed in to one database. The console program (a second
// process, as another PC) registers a walk-in, renames a client and takes a receipt; the main
// window of this program shows each within 2 seconds, on SQLite (the file's change counter) and
// on PostgreSQL (LISTEN/NOTIFY), keeping the selected record, the scroll position and text typed
// and not saved.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "CalendarSettingsPage.h"
#include "ClientDetailPanel.h"
#include "ContractsPage.h"
#include "FrontDeskPage.h"
#include "MainWindow.h"
#include "SupervisionPage.h"
#include "ViewingsPage.h"
#include "contracts/ContractPaymentTab.h"
#include "contracts/ContractTab.h"
#include "demo/DemoData.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ChangeFeed.h"
#include "repositories/ClientRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/TrainingRepository.h"
#include "supervision/TrainingTab.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestLiveScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkInFromAnotherProgramReachesTheFrontDesk();
    void aNumberTypedAtOneDeskAndRegisteredAtAnother();
    void renamedClientKeepsSelectionAndScroll();
    void receiptKeepsTheContractAndWhatWasTyped();
    void hiddenPageCatchesUpWhenShown();
    void clientCountFollowsAnotherPcOnEveryPage();
    void settingsAndSupervisionFollowAnotherPc();

private:
    // Runs the console program on the same database (another process: another PC).
    void otherProgram(const QStringList &args);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestLiveScreens::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    qInfo("backend: %s", qPrintable(m_test.backendName()));
}

void TestLiveScreens::init()
{
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 300, 3);
    m_session.role = QStringLiteral("supervisor"); // sees every page
    m_window = std::make_unique<MainWindow>(m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->changeWatcher());
}

void TestLiveScreens::cleanup()
{
    m_window.reset();
}

void TestLiveScreens::otherProgram(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ESTATEDESK_CLI_PATH),
            m_test.cliOptions() +
                QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:00:00+08:00")} + args);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
}

void TestLiveScreens::walkInFromAnotherProgramReachesTheFrontDesk()
{
    QWidget *desk = clickTabsTo(find<QTabWidget>(m_window.get(), "mainTabs"), {MainWindow::tr("Front desk")});
    QVERIFY(desk);
    QTableWidget *queue = find<QTableWidget>(desk, "awaitingResponse");
    QVERIFY(queue);
    QVERIFY(!tableText(queue).contains(QStringLiteral("孙八")));
    QTableWidget *board = find<QTableWidget>(desk, "rotationBoard");
    QVERIFY(board && board->rowCount() > 1);
    const QString boardBefore = tableText(board);
    otherProgram({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                  QStringLiteral("13987654321"), QStringLiteral("--name"), QStringLiteral("孙八"),
                  QStringLiteral("--channel"), QStringLiteral("walk-in")});
    QTRY_VERIFY_WITH_TIMEOUT(tableText(queue).contains(QStringLiteral("孙八")), 2000);
    // The consultant who took the walk-in has moved to the back of the rotation.
    QTRY_VERIFY_WITH_TIMEOUT(tableText(board) != boardBefore, 2000);
}

// The tester's F12 with two programs: the desk has typed a visitor's number and says "new client";
// another PC registers that number; the desk says "returning" with the name, without a keystroke.
void TestLiveScreens::aNumberTypedAtOneDeskAndRegisteredAtAnother()
{
    QWidget *desk = clickTabsTo(find<QTabWidget>(m_window.get(), "mainTabs"), {MainWindow::tr("Front desk")});
    QVERIFY(desk);
    QLineEdit *search = find<QLineEdit>(desk, "frontDeskSearch");
    QLabel *banner = find<QLabel>(desk, "newOrReturning");
    QVERIFY(search && banner);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("139 8765 1234"));
    QCOMPARE(banner->property("verdict").toString(), QStringLiteral("new"));
    otherProgram({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                  QStringLiteral("13987651234"), QStringLiteral("--name"), QStringLiteral("钱同时"),
                  QStringLiteral("--channel"), QStringLiteral("phone")});
    QTRY_COMPARE_WITH_TIMEOUT(banner->property("verdict").toString(), QStringLiteral("returning"), 2000);
    QVERIFY2(banner->text().contains(QStringLiteral("钱同时")), qPrintable(banner->text()));
    QCOMPARE(find<QLineEdit>(desk, "frontDeskName")->text(), QStringLiteral("钱同时"));
}

void TestLiveScreens::renamedClientKeepsSelectionAndScroll()
{
    QVERIFY(clickTabsTo(find<QTabWidget>(m_window.get(), "mainTabs"), {MainWindow::tr("Clients")}));
    QTableView *list = find<QTableView>(m_window.get(), "clientList");
    clickIndex(list, list->model()->index(40, 0)); // scrolled down to it
    const int scroll = list->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const qint64 id = list->model()->index(40, 0).data(ClientListModel::IdRole).toLongLong();
    const QLabel *title = find<QLabel>(m_window.get(), "clientTitle");
    QVERIFY2(title->text().contains(ClientRepository(m_session).get(id).name), qPrintable(title->text()));
    QLineEdit *filter = find<QLineEdit>(m_window.get(), "clientFilter");
    QTest::mouseClick(filter, Qt::LeftButton);
    QVERIFY(filter->hasFocus());

    otherProgram({QStringLiteral("clients"), QStringLiteral("edit"), QString::number(id),
                  QStringLiteral("--name"), QStringLiteral("周改名")});
    QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(QStringLiteral("周改名")), 2000);
    QCOMPARE(list->currentIndex().data(ClientListModel::IdRole).toLongLong(), id);
    QCOMPARE(list->verticalScrollBar()->value(), scroll);
    QVERIFY(filter->hasFocus());
}

void TestLiveScreens::receiptKeepsTheContractAndWhatWasTyped()
{
    QWidget *page = clickTabsTo(find<QTabWidget>(m_window.get(), "mainTabs"),
                                {MainWindow::tr("Sales"), MainWindow::tr("Contracts and payments")});
    QVERIFY(qobject_cast<ContractsPage *>(page));
    QVERIFY(page->isVisible());
    // A contract with an installment still owed.
    const QList<Installment> open = PaymentPlanRepository(m_session).list(0, true);
    QVERIFY(!open.isEmpty());
    const Installment owed = open.constFirst();
    QTableWidget *contracts = find<QTableWidget>(page, "contractList");
    const int row = rowWith(contracts, 0, owed.contractId, Qt::UserRole);
    QVERIFY(row >= 0);
    clickCell(contracts, row, 0);
    QTableWidget *installments = find<QTableWidget>(page, "installmentTable");
    QLineEdit *coBuyers = find<QLineEdit>(page, "coBuyers");
    clickTab(find<QTabWidget>(page, "contractTabs"), 2); // payment
    const QString before = tableText(installments);
    // Typed and not saved yet.
    coBuyers->setFocus();
    typeText(coBuyers, QStringLiteral("李四（配偶）"));

    otherProgram({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--installment"),
                  QString::number(owed.id), QStringLiteral("--amount"), QStringLiteral("1000")});
    QTRY_VERIFY_WITH_TIMEOUT(tableText(installments) != before, 2000);
    QCOMPARE(contracts->item(selectedRow(contracts), 0)->data(Qt::UserRole).toLongLong(), owed.contractId);
    QVERIFY2(coBuyers->text().endsWith(QStringLiteral("李四（配偶）")), qPrintable(coBuyers->text()));
}

void TestLiveScreens::hiddenPageCatchesUpWhenShown()
{
    // The viewings of the day (today, as the page opens) seen once, then the front desk in front.
    QTabWidget *tabs = find<QTabWidget>(m_window.get(), "mainTabs");
    QWidget *viewings = clickTabsTo(tabs, {MainWindow::tr("Viewings")});
    QVERIFY(viewings);
    QCOMPARE(find<QDateEdit>(viewings, "viewingsDay")->date(), QDate(2026, 11, 27));
    QVERIFY(clickTabsTo(tabs, {MainWindow::tr("Front desk")}));
    QVERIFY(!viewings->isVisible());
    QTableView *table = find<QTableView>(viewings, "viewingsTable");
    // The day's viewings are read on the window's background reader.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 5000);
    const QString before = tableText(table);
    // A client renamed elsewhere whose viewing is on the day shown.
    const Appointment viewing =
        AppointmentRepository(m_session).get(cellData(table, 0, 0, Qt::UserRole).toLongLong());
    QSignalSpy noticed(m_window->changeWatcher(), &ChangeWatcher::changed);
    otherProgram({QStringLiteral("clients"), QStringLiteral("edit"), QString::number(viewing.clientId),
                  QStringLiteral("--name"), QStringLiteral("吴看房")});
    // Noticed while hidden, but not read until the page is shown.
    QTRY_VERIFY_WITH_TIMEOUT(!noticed.isEmpty(), 2000);
    QCOMPARE(tableText(table), before);
    QCOMPARE(clickTabsTo(tabs, {MainWindow::tr("Viewings")}), viewings);
    QTRY_VERIFY_WITH_TIMEOUT(tableText(table).contains(QStringLiteral("吴看房")), 2000);
    QVERIFY(tableText(table) != before);
}

// The status bar's client count is seen on every page: a walk-in registered at another PC counts
// at once, without the client list being opened (a tester saw it stay stale until then).
void TestLiveScreens::clientCountFollowsAnotherPcOnEveryPage()
{
    QTabWidget *tabs = find<QTabWidget>(m_window.get(), "mainTabs");
    QVERIFY(clickTabsTo(tabs, {MainWindow::tr("Front desk")}));
    const QLabel *count = find<QLabel>(m_window.get(), "clientCount");
    QVERIFY(count);
    const qint64 before = ClientRepository(m_session).count();
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), MainWindow::tr("%n client(s)", nullptr, int(before)), 2000);
    otherProgram({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                  QStringLiteral("13987650001"), QStringLiteral("--name"), QStringLiteral("郑新来"),
                  QStringLiteral("--channel"), QStringLiteral("walk-in")});
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), MainWindow::tr("%n client(s)", nullptr, int(before + 1)), 2000);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), MainWindow::tr("Front desk")); // never left it
}

void TestLiveScreens::settingsAndSupervisionFollowAnotherPc()
{
    // The holiday calendar: another program imports a holiday of the year shown.
    QTabWidget *tabs = find<QTabWidget>(m_window.get(), "mainTabs");
    QWidget *calendar = clickTabsTo(tabs, {MainWindow::tr("Settings"), MainWindow::tr("Holiday calendar")});
    QVERIFY(qobject_cast<CalendarSettingsPage *>(calendar));
    QVERIFY(calendar->isVisible());
    QTableWidget *days = find<QTableWidget>(calendar, "calendarDays");
    QVERIFY(!tableText(days).contains(QStringLiteral("公司周年庆")));
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("days.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("date,kind,name\n2026-12-28,holiday,公司周年庆\n");
    csv.close();
    otherProgram({QStringLiteral("calendar"), QStringLiteral("import"), csv.fileName()});
    QTRY_VERIFY_WITH_TIMEOUT(tableText(days).contains(QStringLiteral("公司周年庆")), 2000);

    // Supervision: another supervisor's PC (a connection of its own) adds training sessions to
    // the month shown; each appears, and the session selected here stays selected.
    QWidget *supervision = clickTabsTo(tabs, {MainWindow::tr("Supervision")});
    QVERIFY(qobject_cast<SupervisionPage *>(supervision));
    clickTab(find<QTabWidget>(supervision, "supervisionTabs"), 1); // training
    QTableWidget *sessions = find<QTableWidget>(supervision, "trainingSessions");
    QVERIFY(sessions->isVisible());
    Database other(m_test.config());
    Session otherPc = m_session;
    otherPc.db = &other;
    const qint64 first = TrainingRepository(otherPc).addSession(
        QDate(2026, 11, 20), QStringLiteral("communication"), QStringLiteral("新盘讲解"), 80);
    QTRY_VERIFY_WITH_TIMEOUT(tableText(sessions).contains(QStringLiteral("新盘讲解")), 2000);
    const int firstRow = rowWith(sessions, 0, first, Qt::UserRole);
    QVERIFY(firstRow >= 0);
    clickCell(sessions, firstRow, 0);
    QVERIFY(sessions->currentRow() >= 0);
    TrainingRepository(otherPc).addSession(QDate(2026, 11, 3), QStringLiteral("emergency"),
                                           QStringLiteral("消防演练"), 80);
    other.closeThreadConnection();
    QTRY_VERIFY_WITH_TIMEOUT(tableText(sessions).contains(QStringLiteral("消防演练")), 2000);
    QVERIFY(sessions->currentRow() >= 0);
    QCOMPARE(sessions->item(sessions->currentRow(), 0)->data(Qt::UserRole).toLongLong(), first);
}

QTEST_MAIN(TestLiveScreens)
#include "tst_livescreens.moc"
