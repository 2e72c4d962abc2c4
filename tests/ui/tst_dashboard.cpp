// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and the deadline settings pages, offscreen with real widgets on demo data.
// "Now" is a FixedClock that the test moves; nothing sleeps.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "CalendarSettingsPage.h"
#include "ClientDetailPanel.h"
#include "ComplaintsPage.h"
#include "ConsultationResponder.h"
#include "ContractsPage.h"
#include "DashboardPage.h"
#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "FrontDeskPage.h"
#include "HandoversPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PolicySettingsPage.h"
#include "StatePalette.h"
#include "contracts/ContractPaymentTab.h"
#include "core/Translations.h"
#include "deadlines/DeadlinePolicy.h"
#include "demo/DemoData.h"
#include "itemmodels/ClientListModel.h"
#include "itemmodels/DeadlineListModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/PolicyRepository.h"
#include "repositories/StaffRepository.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QEventLoop>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>
#include <optional>

using namespace estatedesk;
using namespace estatedesk::test;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void listsOverdueItemsMostOverdueFirstWithCounts();
    void coloursFollowTheState();
    void countdownMovesWithTheClock();
    void refreshKeepsSelection();
    void deadlineNamesAreShownWhole();
    void tellsWhenAnItemTurnsOverdue();
    void doubleClickOpensTheClient();
    void scopeMineAndMyTeam();
    void markingAHolidayMovesOpenDeadlines();
    void upcomingAndMissedViewings();
    void editingAPolicyRecomputes();
    void savingAPolicyAgainInTheSameWindow();
    void anomaliesAndEscalationsAreListedInRed();
    void allOpenListsANewComplaint();
    void timedRefreshReadsOnAWorkerThread();
    void windowShowsBeforeTheDashboardIsRead();
    void consultantStartsWithMine();
    void everyDeadlineExplainsItself();
    void doubleClickOnADefectOfADoneHandoverOpensIt();
    void openingAClientMovesTheListSelection();
    void controlsFitTheRole_data();
    void controlsFitTheRole();
    void answersTheSelectedConsultation();

private:
    // Checks the tooltip and the dialog (Ctrl+E on the row) of the deadline in view's cell.
    void checkExplanation(QWidget *window, QAbstractItemView *view, const QModelIndex &cell, int itemRole);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestDashboard::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestDashboard::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 1000, 1);
}

void TestDashboard::listsOverdueItemsMostOverdueFirstWithCounts()
{
    DashboardPage page(m_session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DeadlineListModel *model = page.model();
    QVERIFY(model->rowCount() > 0);
    const QList<DeadlineItem> overdue = DeadlineRepository(m_session).overdue(m_clock.nowMs());
    QVERIFY(!overdue.isEmpty());
    // Every overdue item is listed, and the list runs from the most overdue.
    int overdueRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (DeadlineState(model->index(row, 0).data(DeadlineListModel::StateRole).toInt()) ==
            DeadlineState::Overdue)
            ++overdueRows;
        if (row > 0)
            QVERIFY(model->index(row - 1, 0).data(DeadlineListModel::DueRole).toLongLong() <=
                    model->index(row, 0).data(DeadlineListModel::DueRole).toLongLong());
    }
    QCOMPARE(overdueRows, overdue.size());
    int consultationsOverdue = 0;
    for (const DeadlineItem &i : overdue)
        consultationsOverdue += i.policy == QLatin1String("consultation-response");
    QVERIFY(consultationsOverdue > 0);
    QVERIFY(saveScreenshot(&page, QStringLiteral("dashboard.png")));
    QCOMPARE(model->counts().value(QStringLiteral("consultation-response")).first, consultationsOverdue);
    const QString card = find<QLabel>(&page, "count-consultation-response")->text();
    QVERIFY2(card.contains(QString::number(consultationsOverdue)), qPrintable(card));
}

void TestDashboard::coloursFollowTheState()
{
    // One consultation due soon (received 13 minutes ago) next to the demo's overdue ones.
    Consultation c;
    c.clientId = 1;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs() - 13 * 60'000;
    ConsultationRepository(m_session).add(c);
    DashboardPage page(m_session);
    QAbstractItemModel *shown = find<QTableView>(&page, "deadlineList")->model();
    bool sawOverdue = false, sawDueSoon = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const auto state = DeadlineState(shown->index(row, 0).data(DeadlineListModel::StateRole).toInt());
        const QColor colour =
            shown->index(row, DeadlineListModel::ClientColumn).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(colour, StatePalette::background(state));
        sawOverdue |= state == DeadlineState::Overdue;
        sawDueSoon |= state == DeadlineState::DueSoon;
    }
    QVERIFY(sawOverdue && sawDueSoon);
    QVERIFY(StatePalette::background(DeadlineState::Overdue) !=
            StatePalette::background(DeadlineState::DueSoon));
}

void TestDashboard::countdownMovesWithTheClock()
{
    Consultation c;
    c.clientId = 1;
    c.channel = QStringLiteral("wechat");
    c.receivedAt = m_clock.nowMs() - 14 * 60'000; // 1 minute left
    ConsultationRepository(m_session).add(c);
    DashboardPage page(m_session);
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    const int row = page.model()->rowOfItem(item->id);
    QVERIFY(row >= 0);
    const QModelIndex remaining = page.model()->index(row, DeadlineListModel::RemainingColumn);
    QCOMPARE(remaining.data().toString(), DeadlineListModel::remainingText(item->dueAt, m_clock.nowMs()));
    QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
    m_clock.advance(30'000);
    page.tick();
    QVERIFY(changed.size() >= 1);
    QCOMPARE(remaining.data().toString(), DeadlineListModel::remainingText(item->dueAt, m_clock.nowMs()));
}

// Every deadline kind's name fits its column ("Complaint first response", not "Complaint first …").
void TestDashboard::deadlineNamesAreShownWhole()
{
    DashboardPage page(m_session);
    page.resize(1000, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *view = find<QTableView>(&page, "deadlineList");
    for (const QString &policy : DeadlinePolicy::names()) {
        const QString name = DeadlinePolicy::label(policy);
        QVERIFY2(view->columnWidth(DeadlineListModel::KindColumn) >=
                     view->fontMetrics().horizontalAdvance(name) +
                         2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2,
                 qPrintable(name));
    }
}

void TestDashboard::refreshKeepsSelection()
{
    DashboardPage page(m_session);
    page.resize(1000, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *view = find<QTableView>(&page, "deadlineList");
    const QAbstractItemModelTester tester(view->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->model()->rowCount() > 3);
    clickIndex(view, view->model()->index(3, 2));
    const qint64 selected = view->currentIndex().data(DeadlineListModel::ItemIdRole).toLongLong();
    QCOMPARE(view->currentIndex().row(), 3);
    // A new item appears above it (more overdue) between two refreshes.
    Consultation c;
    c.clientId = 2;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs() - 400 * 86400'000LL;
    ConsultationRepository(m_session).add(c);
    page.refresh(); // the timed refresh
    QCOMPARE(view->currentIndex().data(DeadlineListModel::ItemIdRole).toLongLong(), selected);
    QCOMPARE(view->currentIndex().row(), 4);
}

void TestDashboard::tellsWhenAnItemTurnsOverdue()
{
    Consultation c;
    c.clientId = 3;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs() - 13 * 60'000; // due soon: 2 minutes left
    ConsultationRepository(m_session).add(c);
    DashboardPage page(m_session);
    QSignalSpy spy(page.model(), &DeadlineListModel::turnedOverdue);
    page.tick();
    QCOMPARE(spy.size(), 0); // the demo's overdue items were overdue already
    m_clock.advance(3 * 60'000);
    page.tick();
    QCOMPARE(spy.size(), 1);
    const auto items = spy.at(0).at(0).value<QList<DeadlineItem>>();
    bool ours = false;
    for (const DeadlineItem &i : items) {
        // Each one told about was not overdue 3 minutes ago and is now.
        QVERIFY(i.dueAt >= m_clock.nowMs() - 3 * 60'000 && i.dueAt < m_clock.nowMs());
        ours |= i.entityId == c.id && i.entity == QLatin1String("consultations");
    }
    QVERIFY(ours);
    page.refresh();
    QCOMPARE(spy.size(), 1); // told once
}

void TestDashboard::doubleClickOpensTheClient()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.dashboard()->isReading()); // the window's reader reads the dashboard
    QTabWidget *tabs = find<QTabWidget>(&w, "mainTabs");
    QCOMPARE(tabs->tabText(tabs->currentIndex()), MainWindow::tr("Dashboard"));
    QTableView *view = find<QTableView>(&w, "deadlineList");
    const QModelIndex first = view->model()->index(0, DeadlineListModel::ClientColumn);
    const qint64 client = first.data(DeadlineListModel::ClientIdRole).toLongLong();
    QVERIFY(client > 0);
    doubleClickIndex(view, first);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), MainWindow::tr("Clients"));
    QCOMPARE(find<QTableView>(&w, "clientList")->currentIndex().data(ClientListModel::IdRole).toLongLong(),
             client);
    QVERIFY(find<QLabel>(&w, "clientTitle")->text().contains(ClientRepository(m_session).get(client).name));
}

void TestDashboard::scopeMineAndMyTeam()
{
    // Without a signed-in staff member only "everyone" makes sense.
    {
        DashboardPage anonymous(m_session);
        QCOMPARE(find<QComboBox>(&anonymous, "dashboardScope")->count(), 1);
    }
    // A consultant who owns some of the overdue consultations.
    const QList<DeadlineItem> all = DeadlineRepository(m_session).open(m_clock.nowMs());
    qint64 me = 0;
    for (const DeadlineItem &i : all)
        if (i.staffId > 0 && i.policy == QLatin1String("consultation-response"))
            me = i.staffId;
    QVERIFY(me > 0);
    Session mine = m_session;
    mine.actorId = me;
    DashboardPage page(mine);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *scope = find<QComboBox>(&page, "dashboardScope");
    // The list as shown (sorted by the view's proxy), checked by Qt's model tester as the scope changes.
    const QAbstractItemModelTester tester(find<QTableView>(&page, "deadlineList")->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(scope->count(), 3);
    QVERIFY(choose(scope, QStringLiteral("mine")));
    QVERIFY(page.model()->rowCount() >= 1);
    QVERIFY(page.model()->rowCount() < int(all.size()));
    for (const DeadlineItem &i : page.model()->items())
        QCOMPARE(i.staffId, me);
    // My team: every active staff member with my role (consultants here).
    QVERIFY(choose(scope, QStringLiteral("team")));
    const int team = page.model()->rowCount();
    QVERIFY(team >= 1);
    for (const DeadlineItem &i : page.model()->items())
        QCOMPARE(StaffRepository(m_session).get(i.staffId).role, QStringLiteral("consultant"));
    QVERIFY(choose(scope, QStringLiteral("everyone")));
    QCOMPARE(page.model()->rowCount(), int(all.size()));
}

void TestDashboard::markingAHolidayMovesOpenDeadlines()
{
    Complaint c;
    c.clientId = 4;
    c.description = QStringLiteral("门窗漏风");
    c.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(c);
    DeadlineRepository deadlines(m_session);
    auto due = [&] {
        return deadlines.iso(
            deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), c.id)->dueAt);
    };
    QCOMPARE(due(), QStringLiteral("2026-12-02T18:00:00+08:00"));
    CalendarSettingsPage page(m_session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableWidget *days = find<QTableWidget>(&page, "calendarDays");
    const int before = days->rowCount();
    QVERIFY(clickDate(find<QCalendarWidget>(&page, "calendarMonth"), QDate(2026, 12, 1)));
    retype(find<QLineEdit>(&page, "calendarDayName"), QStringLiteral("公司年会"));
    QSignalSpy changed(&page, &CalendarSettingsPage::calendarChanged);
    QVERIFY(click(&page, "markHolidayButton"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(days->rowCount(), before + 1);
    QVERIFY(tableText(days).contains(QStringLiteral("公司年会")));
    QCOMPARE(due(), QStringLiteral("2026-12-03T18:00:00+08:00"));
    auto *year = find<QSpinBox>(&page, "calendarYear");
    retype(year, QStringLiteral("2027"));
    const QLabel *status = find<QLabel>(&page, "calendarStatus");
    QVERIFY2(status->text().contains(QStringLiteral("2027")), qPrintable(status->text()));
    QVERIFY(!tableText(days).contains(QStringLiteral("公司年会")));
    retype(year, QStringLiteral("2026"));
    QVERIFY(tableText(days).contains(QStringLiteral("公司年会")));
    QVERIFY(saveScreenshot(&page, QStringLiteral("calendar-settings.png")));
}

void TestDashboard::editingAPolicyRecomputes()
{
    Consultation c;
    c.clientId = 5;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs();
    ConsultationRepository(m_session).add(c);
    PolicySettingsPage page(m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableWidget *policies = find<QTableWidget>(&page, "policyTable");
    const int row = rowWith(policies, 0, DeadlinePolicy::label(QStringLiteral("consultation-response")));
    QVERIFY(row >= 0);
    clickCell(policies, row, 0);
    auto *length = find<QSpinBox>(&page, "policyLength");
    QCOMPARE(length->value(), 15);
    retype(length, QStringLiteral("30"));
    QVERIFY(click(&page, "savePolicyButton"));
    DeadlineRepository deadlines(m_session);
    QCOMPARE(
        deadlines.iso(
            deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id)
                ->dueAt),
        QStringLiteral("2026-11-27T10:30:00+08:00"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("policy-settings.png")));
}

// A supervisor corrects a policy twice without leaving the row: both saves are this window's
// own, so both are saved (the editor had kept the version it read before its first save, and the
// second was refused as "changed by someone else"). A change by another PC in between is still
// refused, and what was typed stays in the editor.
void TestDashboard::savingAPolicyAgainInTheSameWindow()
{
    const QString name = QStringLiteral("consultation-response");
    PolicySettingsPage page(m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableWidget *policies = find<QTableWidget>(&page, "policyTable");
    const int row = rowWith(policies, 0, DeadlinePolicy::label(name));
    QVERIFY(row >= 0);
    clickCell(policies, row, 0);
    auto *length = find<QSpinBox>(&page, "policyLength");
    // A box that should not come is answered in advance, so that the old fault fails the test
    // instead of blocking it; the saved length says whether the save went through.
    auto save = [&](const QString &minutes) {
        retype(length, minutes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(click(&page, "savePolicyButton"));
    };
    for (const char *minutes : {"30", "15", "20"}) {
        save(QLatin1String(minutes));
        QCOMPARE(PolicyRepository(m_session).get(name).lengthMinutes, QLatin1String(minutes).toLongLong());
        MessageBox::setNextAnswer(QMessageBox::NoButton); // no box came: the answer is withdrawn
    }
    QVERIFY(saveScreenshot(&page, QStringLiteral("policy-saved-three-times.png")));
    // Another supervisor's PC (a connection of its own) changes the policy meanwhile.
    Database other(m_test.config());
    Session otherPc = m_session;
    otherPc.db = &other;
    DeadlinePolicy theirs = PolicyRepository(otherPc).get(name);
    theirs.lengthMinutes = 45;
    PolicyRepository(otherPc).update(theirs);
    other.closeThreadConnection();
    save(QStringLiteral("25"));
    QCOMPARE(PolicyRepository(m_session).get(name).lengthMinutes, 45);
    QVERIFY2(MessageBox::lastText().contains(DeadlinePolicy::label(name)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(length->value(), 25);
}

void TestDashboard::upcomingAndMissedViewings()
{
    Appointment soon;
    soon.clientId = 6;
    soon.startsAt = m_clock.nowMs() + 2 * 3600'000;
    soon.endsAt = soon.startsAt + 3600'000;
    AppointmentRepository(m_session).add(soon);
    Appointment missed;
    missed.clientId = 7;
    missed.startsAt = m_clock.nowMs() - 26 * 3600'000;
    missed.endsAt = missed.startsAt + 3600'000;
    missed.status = QStringLiteral("confirmed");
    const qint64 now = m_clock.nowMs();
    m_clock.set(missed.startsAt - 24 * 3600'000); // booked the day before (a past start is refused)
    AppointmentRepository(m_session).add(missed);
    m_clock.set(now);
    DashboardPage page(m_session);
    const QString soonName = ClientRepository(m_session).get(6).name,
                  missedName = ClientRepository(m_session).get(7).name;
    bool foundSoon = false, foundMissed = false;
    const QListView *upcoming = find<QListView>(&page, "upcomingViewings");
    QListView *missedList = find<QListView>(&page, "missedViewings");
    for (int i = 0; i < upcoming->model()->rowCount(); ++i) {
        foundSoon |= cellData(upcoming, i, 0).toString().contains(soonName);
        QVERIFY(!cellData(upcoming, i, 0, Qt::BackgroundRole).isValid());
    }
    for (int i = 0; i < missedList->model()->rowCount(); ++i) {
        foundMissed |= cellData(missedList, i, 0).toString().contains(missedName);
        QCOMPARE(cellData(missedList, i, 0, Qt::BackgroundRole).value<QColor>(),
                 StatePalette::background(Tone::Alert));
    }
    QVERIFY(foundSoon);
    QVERIFY(foundMissed);
    // Checked in: no longer missed.
    Appointment a = AppointmentRepository(m_session).get(missed.id);
    a.status = QStringLiteral("checked_in");
    AppointmentRepository(m_session).update(a);
    const int missedBefore = missedList->model()->rowCount();
    QVERIFY(AppointmentRepository(m_session).missed(m_clock.nowMs(), 7).size() < missedBefore);
    QAbstractItemModelTester tester(missedList->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.refresh();
    QCOMPARE(missedList->model()->rowCount(), missedBefore - 1);
}

void TestDashboard::anomaliesAndEscalationsAreListedInRed()
{
    // The demo flags missed installments and escalates late complaints to the supervisors.
    DashboardPage page(m_session);
    int red = 0, anomalies = 0;
    const QList<FollowUp> due = FollowUpRepository(m_session).due(QDate(2026, 11, 27));
    for (const FollowUp &f : due)
        anomalies += f.kind == QLatin1String("anomaly") || f.kind == QLatin1String("escalation");
    QVERIFY(anomalies > 0);
    QListView *tasks = find<QListView>(&page, "dashboardTasks");
    QCOMPARE(tasks->model()->rowCount(), int(due.size()));
    int firstRed = -1;
    for (int i = 0; i < tasks->model()->rowCount(); ++i) {
        const bool isRed = cellData(tasks, i, 0, Qt::BackgroundRole).value<QColor>() ==
                           StatePalette::background(DeadlineState::Overdue);
        red += isRed;
        if (isRed && firstRed < 0)
            firstRed = i;
    }
    QCOMPARE(red, anomalies);
    // A double click on a task opens its client.
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &DashboardPage::openRecord);
    doubleClickIndex(tasks, tasks->model()->index(firstRed, 0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().at(0).toLongLong(), due.at(firstRed).clientId);
}

void TestDashboard::allOpenListsANewComplaint()
{
    DashboardPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Complaint c;
    c.clientId = 9;
    c.description = QStringLiteral("电梯异响");
    c.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(c);
    page.refresh();
    auto listed = [&] {
        for (const DeadlineItem &i : page.model()->items())
            if (i.entity == QLatin1String("complaints") && i.entityId == c.id)
                return true;
        return false;
    };
    QVERIFY(!listed()); // 24 h to go: not yet due soon
    const auto counts = page.model()->counts();
    const QAbstractItemModelTester tester(find<QTableView>(&page, "deadlineList")->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(choose(find<QComboBox>(&page, "dashboardView"), QStringLiteral("all")));
    QVERIFY(listed());
    QCOMPARE(page.model()->counts(), counts); // the cards still count overdue and due soon
    QCOMPARE(page.model()->rowCount(),
             int(DeadlineRepository(m_session).open(m_clock.nowMs(), {{}, true, {}}).size()));
}

// Issue 18: nothing that grows with the office is read before the window's first paint. The
// window's dashboard asks its first read of the window's background reader: the page is there,
// empty and "Reading…", until the rows come back through the event loop.
void TestDashboard::windowShowsBeforeTheDashboardIsRead()
{
    MainWindow w(m_session);
    DashboardPage *page = w.dashboard();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QVERIFY(page->isReading());
    QVERIFY(!find<QLabel>(&w, "dashboardReading")->isHidden());
    QCOMPARE(page->model()->rowCount(), 0); // nothing was read on this thread
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!page->isReading());
    QVERIFY(find<QLabel>(&w, "dashboardReading")->isHidden());
    QCOMPARE(page->model()->rowCount(), int(DeadlineRepository(m_session).open(m_clock.nowMs()).size()));
    QVERIFY(page->model()->rowCount() > 0);
}

void TestDashboard::timedRefreshReadsOnAWorkerThread()
{
    BackgroundReader reader(m_session.db);
    DashboardPage page(m_session);
    page.setBackgroundReader(&reader);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(choose(find<QComboBox>(&page, "dashboardView"), QStringLiteral("all")));
    Complaint c;
    c.clientId = 9;
    c.description = QStringLiteral("电梯异响");
    c.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(c);
    auto listed = [&] {
        for (const DeadlineItem &i : page.model()->items())
            if (i.entity == QLatin1String("complaints") && i.entityId == c.id)
                return true;
        return false;
    };
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.refreshInBackground();
    // Nothing was read on this thread: the rows come back through the event loop.
    QVERIFY(!listed());
    QCOMPARE(refreshed.size(), 0);
    QVERIFY(refreshed.wait());
    QVERIFY(listed());

    // The reads run on the reader's own thread (its own connection). The loop runs until the
    // answer comes (or 5 s, a failure), like QSignalSpy::wait.
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    std::optional<bool> onReaderThread;
    reader.read<bool>(
        &page, [&reader] { return reader.isReaderThread(); },
        [&](const bool &yes) {
            onReaderThread = yes;
            loop.quit();
        },
        [&](const QString &) { loop.quit(); });
    loop.exec();
    QVERIFY(onReaderThread.has_value());
    QVERIFY(*onReaderThread);

    // A refresh asked while a background read is under way wins: the older result is dropped.
    refreshed.clear();
    page.refreshInBackground();
    page.refresh();
    QCOMPARE(refreshed.size(), 1);
    bool later = false; // results come back in the order asked: once this one is back, so is the older
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    reader.read<int>(
        &page, [] { return 0; },
        [&](const int &) {
            later = true;
            loop.quit();
        },
        [&](const QString &) { loop.quit(); });
    loop.exec();
    QVERIFY(later);
    QCOMPARE(refreshed.size(), 1);
}

void TestDashboard::consultantStartsWithMine()
{
    qint64 me = 0;
    for (const DeadlineItem &i : DeadlineRepository(m_session).open(m_clock.nowMs()))
        if (i.policy == QLatin1String("consultation-response") && i.staffId > 0)
            me = i.staffId;
    QVERIFY(me > 0);
    Session consultant = m_session;
    consultant.actorId = me;
    consultant.role = QStringLiteral("consultant");
    DashboardPage page(consultant);
    QCOMPARE(find<QComboBox>(&page, "dashboardScope")->currentData().toString(), QStringLiteral("mine"));
    QVERIFY(page.model()->rowCount() > 0);
    for (const DeadlineItem &i : page.model()->items())
        QCOMPARE(i.staffId, me);
    Session supervisor = consultant;
    supervisor.role = QStringLiteral("supervisor");
    const DashboardPage supervisorPage(supervisor);
    QCOMPARE(find<QComboBox>(&supervisorPage, "dashboardScope")->currentData().toString(),
             QStringLiteral("everyone"));
}

void TestDashboard::checkExplanation(QWidget *window, QAbstractItemView *view, const QModelIndex &cell,
                                     int itemRole)
{
    QVERIFY(cell.isValid());
    const DeadlineItem item = cell.data(itemRole).value<DeadlineItem>();
    QVERIFY(item.id > 0);
    const QString expected = DeadlineRepository(m_session).explainText(item, m_clock.nowMs()).join(u'\n');
    // Hovering: the tooltip.
    const QPoint at = view->visualRect(cell).center();
    QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &hover);
    QCOMPARE(QToolTip::text(), expected);
    QToolTip::hideText();
    // The row's action, by its key: the dialog, not modal.
    clickIndex(view, cell);
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = window->findChild<QDialog *>(QStringLiteral("deadlineExplanation"));
    QVERIFY2(dialog, qPrintable(view->objectName()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("explanationText"))->toPlainText(), expected);
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window->findChild<QDialog *>(QStringLiteral("deadlineExplanation")));
    // The same action is in the row's context menu.
    bool inMenu = false;
    for (QAction *a : view->actions())
        inMenu = inMenu || a->objectName() == QLatin1String("explainDeadline");
    QVERIFY(inMenu);
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
}

// The first cell of view that holds a deadline item, or an invalid index.
static QModelIndex firstDeadlineCell(QAbstractItemView *view, int itemRole)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->index(r, c).data(itemRole).isValid())
                return m->index(r, c);
    return {};
}

// Double-clicks the first row of the dashboard's list about that kind of record, which opens it;
// the record's id, or 0 when none is listed.
static qint64 openFromDashboard(MainWindow &w, const QString &entity)
{
    if (!clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Dashboard")}))
        return 0;
    QTableView *view = find<QTableView>(&w, "deadlineList");
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(DeadlineListModel::EntityRole).toString() == entity) {
            const qint64 id = view->model()->index(r, 0).data(DeadlineListModel::EntityIdRole).toLongLong();
            doubleClickIndex(view, view->model()->index(r, DeadlineListModel::ClientColumn));
            return id;
        }
    return 0;
}

void TestDashboard::everyDeadlineExplainsItself()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.dashboard()->isReading()); // the window's reader reads the dashboard
    QApplication::setActiveWindow(&w);
    // The dashboard: the button under the list explains the selected row (a defect's).
    QTableView *view = find<QTableView>(&w, "deadlineList");
    QModelIndex first;
    for (int r = 0; r < view->model()->rowCount() && !first.isValid(); ++r)
        if (view->model()->index(r, 0).data(DeadlineListModel::EntityRole).toString() ==
            QLatin1String("defects"))
            first = view->model()->index(r, DeadlineListModel::KindColumn);
    QVERIFY(first.isValid());
    clickIndex(view, first);
    QVERIFY(click(&w, "explainDeadlineButton"));
    auto *dialog = w.findChild<QDialog *>(QStringLiteral("deadlineExplanation"));
    QVERIFY(dialog);
    const DeadlineItem item = first.data(DeadlineListModel::DeadlineItemRole).value<DeadlineItem>();
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("explanationText"))->toPlainText(),
             DeadlineRepository(m_session).explainText(item, m_clock.nowMs()).join(u'\n'));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("deadline-explanation.png")));
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    checkExplanation(&w, view, view->model()->index(0, DeadlineListModel::DueColumn),
                     DeadlineListModel::DeadlineItemRole);

    // The complaints board, the handovers and their defects, the installments, the front desk's queue.
    const qint64 complaint = openFromDashboard(w, QStringLiteral("complaints"));
    QVERIFY(complaint > 0);
    auto *board = find<QTableView>(&w, "complaintsBoard");
    QVERIFY(board->isVisible());
    // The board is read on the window's background reader: the complaint is selected once its rows come.
    auto selectedComplaint = [board] {
        const int row = selectedRow(board);
        return row < 0 ? 0 : cellData(board, row, 0).toLongLong();
    };
    QTRY_COMPARE(selectedComplaint(), complaint);
    // Ctrl+E below needs the window active, as at the start: waiting for the rows ran the event loop
    // after the explanation dialog had closed.
    QApplication::setActiveWindow(&w);
    checkExplanation(&w, board, firstDeadlineCell(board, DeadlineCell::ItemRole), DeadlineCell::ItemRole);
    qint64 installment = 0;
    for (const DeadlineItem &i : w.dashboard()->model()->items())
        if (i.entity == QLatin1String("installments") && !installment)
            installment = i.entityId;
    const qint64 defect = openFromDashboard(w, QStringLiteral("defects"));
    QVERIFY(defect > 0 && installment > 0);
    QTableWidget *defects = find<QTableWidget>(&w, "defectList");
    QVERIFY(defects->isVisible());
    QCOMPARE(defects->item(selectedRow(defects), 0)->data(Qt::UserRole).toLongLong(), defect);
    checkExplanation(&w, defects,
                     defects->model()->index(defects->currentRow(), HandoversPage::DeadlineColumn),
                     DeadlineCell::ItemRole);
    auto *handoverList = find<QTableWidget>(&w, "handoverList");
    checkExplanation(&w, handoverList, firstDeadlineCell(handoverList, DeadlineCell::ItemRole),
                     DeadlineCell::ItemRole);
    const qint64 contract =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT p.contract_id FROM installments i JOIN payment_plans p ON "
                                   "p.id = i.plan_id WHERE i.id = ?"),
                    {installment})
            .toLongLong();
    QTabWidget *tabs = find<QTabWidget>(&w, "mainTabs");
    QWidget *contracts =
        clickTabsTo(tabs, {MainWindow::tr("Sales"), MainWindow::tr("Contracts and payments")});
    QVERIFY(contracts);
    QTableWidget *contractList = find<QTableWidget>(contracts, "contractList");
    const int contractRow = rowWith(contractList, 0, contract, Qt::UserRole);
    QVERIFY(contractRow >= 0);
    clickCell(contractList, contractRow, 0);
    clickTab(find<QTabWidget>(contracts, "contractTabs"), 2); // payment
    auto *installments = find<QTableWidget>(contracts, "installmentTable");
    checkExplanation(&w, installments, firstDeadlineCell(installments, DeadlineCell::ItemRole),
                     DeadlineCell::ItemRole);
    QWidget *desk = clickTabsTo(tabs, {MainWindow::tr("Front desk")});
    QVERIFY(desk);
    auto *queue = find<QTableWidget>(desk, "awaitingResponse");
    QVERIFY2(queue->rowCount() > 0, "the demo leaves consultations from last night awaiting a response");
    checkExplanation(&w, queue, firstDeadlineCell(queue, DeadlineCell::ItemRole), DeadlineCell::ItemRole);
}

void TestDashboard::doubleClickOnADefectOfADoneHandoverOpensIt()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.dashboard()->isReading()); // the window's reader reads the dashboard
    QTableView *view = find<QTableView>(&w, "deadlineList");
    int row = -1;
    qint64 handover = 0;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(DeadlineListModel::EntityRole).toString() != QLatin1String("defects"))
            continue;
        const qint64 h = HandoverRepository(m_session)
                             .defect(i.data(DeadlineListModel::EntityIdRole).toLongLong())
                             .handoverId;
        if (HandoverRepository(m_session).get(h).status == QLatin1String("done")) {
            row = r;
            handover = h;
        }
    }
    QVERIFY2(row >= 0, "the demo has a done handover with an overdue defect");
    const QModelIndex cell = view->model()->index(row, DeadlineListModel::ClientColumn);
    const qint64 defect = cell.data(DeadlineListModel::EntityIdRole).toLongLong();
    doubleClickIndex(view, cell);
    auto *handovers = w.findChild<HandoversPage *>();
    QVERIFY(handovers && handovers->isVisible());
    QTableWidget *handoverList = find<QTableWidget>(handovers, "handoverList");
    QCOMPARE(handoverList->item(selectedRow(handoverList), 0)->data(Qt::UserRole).toLongLong(), handover);
    QTableWidget *defects = find<QTableWidget>(handovers, "defectList");
    QVERIFY(defects->rowCount() > 0);
    QCOMPARE(defects->item(selectedRow(defects), 0)->data(Qt::UserRole).toLongLong(), defect);
}

void TestDashboard::openingAClientMovesTheListSelection()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.dashboard()->isReading()); // the window's reader reads the dashboard
    // Someone was looking at the newest client.
    QTabWidget *tabs = find<QTabWidget>(&w, "mainTabs");
    QVERIFY(clickTabsTo(tabs, {MainWindow::tr("Clients")}));
    QTableView *clients = find<QTableView>(&w, "clientList");
    const QLabel *title = find<QLabel>(&w, "clientTitle");
    clickIndex(clients, clients->model()->index(0, 0));
    const qint64 before = clients->currentIndex().data(ClientListModel::IdRole).toLongLong();
    QVERIFY(title->text().contains(ClientRepository(m_session).get(before).name));
    // From the dashboard, a consultation of another client.
    QVERIFY(clickTabsTo(tabs, {MainWindow::tr("Dashboard")}));
    QTableView *view = find<QTableView>(&w, "deadlineList");
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(DeadlineListModel::EntityRole).toString() == QLatin1String("consultations") &&
            i.data(DeadlineListModel::ClientIdRole).toLongLong() != before)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = view->model()->index(row, DeadlineListModel::ClientColumn);
    const qint64 client = cell.data(DeadlineListModel::ClientIdRole).toLongLong();
    doubleClickIndex(view, cell);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), MainWindow::tr("Clients"));
    QVERIFY(title->text().contains(ClientRepository(m_session).get(client).name));
    QCOMPARE(clients->currentIndex().data(ClientListModel::IdRole).toLongLong(), client);
    const QModelIndexList selected = clients->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(ClientListModel::IdRole).toLongLong(), client);
}

void TestDashboard::controlsFitTheRole_data()
{
    // What each role is offered; the models library refuses the rest anyway (README, roles).
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("shown");  // visible (and enabled) for this role
    QTest::addColumn<QStringList>("hidden"); // not offered: hidden or disabled
    const QStringList all = {QStringLiteral("importClientsAction"),
                             QStringLiteral("exportClientsAction"),
                             QStringLiteral("exportPersonalDataAction"),
                             QStringLiteral("mergeClientsAction"),
                             QStringLiteral("policyEditor"),
                             QStringLiteral("savePolicyButton"),
                             QStringLiteral("officeSettings"),
                             QStringLiteral("calendarImportButton"),
                             QStringLiteral("markHolidayButton"),
                             QStringLiteral("registerVisitButton"),
                             QStringLiteral("recordComplaintButton"),
                             QStringLiteral("bookViewingButton"),
                             QStringLiteral("addFollowUpButton"),
                             QStringLiteral("explainDeadlineButton"),
                             QStringLiteral("openRecordButton")};
    auto row = [&](const char *role, const QStringList &shown) {
        QStringList hidden;
        for (const QString &name : all)
            if (!shown.contains(name))
                hidden << name;
        QTest::newRow(role) << QString::fromLatin1(role) << shown << hidden;
    };
    const QStringList everyone = {QStringLiteral("explainDeadlineButton"),
                                  QStringLiteral("openRecordButton")};
    row("reception",
        everyone + QStringList{QStringLiteral("importClientsAction"), QStringLiteral("mergeClientsAction"),
                               QStringLiteral("registerVisitButton"), QStringLiteral("recordComplaintButton"),
                               QStringLiteral("bookViewingButton"), QStringLiteral("addFollowUpButton")});
    row("consultant",
        everyone + QStringList{QStringLiteral("exportClientsAction"), QStringLiteral("registerVisitButton"),
                               QStringLiteral("recordComplaintButton"), QStringLiteral("bookViewingButton"),
                               QStringLiteral("addFollowUpButton")});
    row("service",
        everyone + QStringList{QStringLiteral("exportClientsAction"), QStringLiteral("recordComplaintButton"),
                               QStringLiteral("addFollowUpButton")});
    row("supervisor",
        everyone + QStringList{QStringLiteral("importClientsAction"), QStringLiteral("exportClientsAction"),
                               QStringLiteral("exportPersonalDataAction"),
                               QStringLiteral("mergeClientsAction"), QStringLiteral("policyEditor"),
                               QStringLiteral("savePolicyButton"), QStringLiteral("officeSettings"),
                               QStringLiteral("registerVisitButton"), QStringLiteral("recordComplaintButton"),
                               QStringLiteral("bookViewingButton"), QStringLiteral("addFollowUpButton")});
    row("admin",
        everyone + QStringList{QStringLiteral("importClientsAction"), QStringLiteral("exportClientsAction"),
                               QStringLiteral("policyEditor"), QStringLiteral("savePolicyButton"),
                               QStringLiteral("officeSettings"), QStringLiteral("calendarImportButton"),
                               QStringLiteral("markHolidayButton")});
}

void TestDashboard::controlsFitTheRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    Session session = m_session;
    session.role = role;
    for (const Staff &s : StaffRepository(m_session).list(true, role))
        session.actorId = s.id;
    QVERIFY(session.actorId > 0);
    MainWindow w(session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Every tab opened once (pages are built when first shown), and the tabs within tabs too.
    QTabWidget *tabs = find<QTabWidget>(&w, "mainTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        clickTab(tabs, i);
        if (auto *inner = qobject_cast<QTabWidget *>(tabs->currentWidget()))
            for (int j = 0; j < inner->count(); ++j)
                clickTab(inner, j);
    }
    // Offered: a visible, enabled action or widget; not offered: hidden or disabled.
    auto offered = [&](const QString &name) -> std::optional<bool> {
        if (auto *a = w.findChild<QAction *>(name))
            return a->isVisible() && a->isEnabled();
        if (auto *widget = w.findChild<QWidget *>(name))
            return !widget->isHidden() && widget->isEnabled();
        return std::nullopt; // the page is not there at all
    };
    for (const QString &name : shown) {
        QVERIFY2(offered(name).has_value(), qPrintable(role + u' ' + name));
        QVERIFY2(*offered(name), qPrintable(role + QStringLiteral(" should be offered ") + name));
    }
    for (const QString &name : hidden)
        QVERIFY2(!offered(name).value_or(false),
                 qPrintable(role + QStringLiteral(" should not be offered ") + name));
    // Clicking what is offered works: the dashboard's row action opens the explanation.
    // The dashboard fills from the window's reader, which the pages opened above have kept busy:
    // its list is looked at once its read has come back, as after a change of scope.
    QVERIFY(clickTabsTo(tabs, {MainWindow::tr("Dashboard")}));
    QTRY_VERIFY(!w.dashboard()->isReading());
    QTableView *view = find<QTableView>(&w, "deadlineList");
    if (view->model()->rowCount() == 0) { // a role whose own list is empty: everyone's
        QVERIFY(choose(find<QComboBox>(&w, "dashboardScope"), QStringLiteral("everyone")));
        QTRY_VERIFY(!w.dashboard()->isReading());
    }
    QVERIFY(view->model()->rowCount() > 0);
    clickIndex(view, view->model()->index(0, 1));
    QVERIFY(click(&w, "explainDeadlineButton"));
    QVERIFY(w.findChild<QDialog *>(QStringLiteral("deadlineExplanation")));
    // Reception reads the follow-up tasks without contract numbers or amounts.
    if (role == QLatin1String("reception")) {
        const QListView *tasks = find<QListView>(&w, "dashboardTasks");
        QVERIFY(tasks->model()->rowCount() > 0);
        for (int i = 0; i < tasks->model()->rowCount(); ++i)
            QVERIFY2(!cellData(tasks, i, 0).toString().contains(QStringLiteral("HT")),
                     qPrintable(cellData(tasks, i, 0).toString()));
    }
}

void TestDashboard::answersTheSelectedConsultation()
{
    // A call at 09:50 (due 10:05) and one at 10:00 (due 10:15).
    Consultation late, soon;
    for (Consultation *c : {&late, &soon}) {
        c->clientId = c == &late ? 4 : 5;
        c->channel = QStringLiteral("phone");
        c->receivedAt = m_clock.nowMs() - (c == &late ? 10 : 0) * 60'000;
        ConsultationRepository(m_session).add(*c);
    }
    m_clock.advance(14 * 60'000); // 10:14: the first overdue by 9 minutes, the second due soon
    // With a reader, as in the window: after an answer the list is read again on its thread.
    BackgroundReader reader(m_session.db);
    DashboardPage page(m_session, nullptr, &reader);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isReading());
    QTableView *view = find<QTableView>(&page, "deadlineList");
    auto rowOf = [&](qint64 consultation) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex i = view->model()->index(row, DeadlineListModel::ClientColumn);
            if (i.data(DeadlineListModel::EntityRole).toString() == QLatin1String("consultations") &&
                i.data(DeadlineListModel::EntityIdRole).toLongLong() == consultation)
                return row;
        }
        return -1;
    };
    auto *responder = find<ConsultationResponder>(&page, "dashboardResponder");
    QPushButton *respond = find<QPushButton>(responder, "respondButton");
    // A complaint selected: nothing to answer here.
    bool complaintSelected = false;
    for (int row = 0; row < view->model()->rowCount() && !complaintSelected; ++row)
        if (view->model()->index(row, 0).data(DeadlineListModel::EntityRole).toString() ==
            QLatin1String("complaints")) {
            clickIndex(view, view->model()->index(row, DeadlineListModel::ClientColumn));
            complaintSelected = true;
        }
    QVERIFY(complaintSelected);
    QVERIFY(!respond->isEnabled());
    const int row = rowOf(late.id);
    QVERIFY(row >= 0);
    clickIndex(view, view->model()->index(row, DeadlineListModel::ClientColumn));
    QVERIFY(respond->isEnabled());
    QTest::keyClicks(find<QLineEdit>(responder, "respondNote"), QStringLiteral("called back"));
    QVERIFY(click(responder, "respondButton"));
    QVERIFY(page.isReading());
    QTRY_COMPARE(rowOf(late.id), -1);
    auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                   QStringLiteral("consultations"), late.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::MetLate);
    QCOMPARE(ConsultationRepository(m_session).get(late.id).respondedAt, m_clock.nowMs());
    // The second with one keystroke from the list.
    const int second = rowOf(soon.id);
    QVERIFY(second >= 0);
    clickIndex(view, view->model()->index(second, DeadlineListModel::ClientColumn));
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(rowOf(soon.id), -1);
    item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                              QStringLiteral("consultations"), soon.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::Met);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
