// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and the deadline settings pages, offscreen with real widgets on demo data.
// "Now" is a FixedClock that the test moves; nothing sleeps.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "CalendarSettingsPage.h"
#include "ClientDetailPanel.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PolicySettingsPage.h"
#include "StatePalette.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "itemmodels/DeadlineListModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceActs.h"
#include "repositories/StaffRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

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
    void tellsWhenAnItemTurnsOverdue();
    void doubleClickOpensTheClient();
    void scopeMineAndMyTeam();
    void markingAHolidayMovesOpenDeadlines();
    void upcomingAndMissedViewings();
    void editingAPolicyRecomputes();
    void anomaliesAndEscalationsAreListedInRed();

private:
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
        if (DeadlineState(model->index(row, 0).data(DeadlineListModel::StateRole).toInt()) == DeadlineState::Overdue)
            ++overdueRows;
        if (row > 0)
            QVERIFY(model->index(row - 1, 0).data(DeadlineListModel::DueRole).toLongLong()
                    <= model->index(row, 0).data(DeadlineListModel::DueRole).toLongLong());
    }
    QCOMPARE(overdueRows, overdue.size());
    int consultationsOverdue = 0;
    for (const DeadlineItem &i : overdue)
        consultationsOverdue += i.policy == QLatin1String("consultation-response");
    QVERIFY(consultationsOverdue > 0);
    QVERIFY(saveScreenshot(&page, QStringLiteral("dashboard.png")));
    QCOMPARE(model->counts().value(QStringLiteral("consultation-response")).first, consultationsOverdue);
    const QString card = page.countLabel(QStringLiteral("consultation-response"))->text();
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
    QAbstractItemModel *shown = page.view()->model();
    bool sawOverdue = false, sawDueSoon = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const auto state = DeadlineState(shown->index(row, 0).data(DeadlineListModel::StateRole).toInt());
        const QColor colour = shown->index(row, DeadlineListModel::ClientColumn).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(colour, StatePalette::background(state));
        sawOverdue |= state == DeadlineState::Overdue;
        sawDueSoon |= state == DeadlineState::DueSoon;
    }
    QVERIFY(sawOverdue && sawDueSoon);
    QVERIFY(StatePalette::background(DeadlineState::Overdue) != StatePalette::background(DeadlineState::DueSoon));
}

void TestDashboard::countdownMovesWithTheClock()
{
    Consultation c;
    c.clientId = 1;
    c.channel = QStringLiteral("wechat");
    c.receivedAt = m_clock.nowMs() - 14 * 60'000; // 1 minute left
    ConsultationRepository(m_session).add(c);
    DashboardPage page(m_session);
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id);
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

void TestDashboard::refreshKeepsSelection()
{
    DashboardPage page(m_session);
    page.resize(1000, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.model()->rowCount() > 3);
    page.view()->setCurrentIndex(page.view()->model()->index(3, 2));
    const qint64 selected = page.view()->currentIndex().data(DeadlineListModel::ItemIdRole).toLongLong();
    // A new item appears above it (more overdue) between two refreshes.
    Consultation c;
    c.clientId = 2;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs() - 400 * 86400'000LL;
    ConsultationRepository(m_session).add(c);
    page.refresh();
    QCOMPARE(page.view()->currentIndex().data(DeadlineListModel::ItemIdRole).toLongLong(), selected);
    QCOMPARE(page.view()->currentIndex().row(), 4);
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
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.dashboard()));
    QTableView *view = w.dashboard()->view();
    const QModelIndex first = view->model()->index(0, DeadlineListModel::ClientColumn);
    const qint64 client = first.data(DeadlineListModel::ClientIdRole).toLongLong();
    QVERIFY(client > 0);
    const QRect cell = view->visualRect(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(w.tabs()->currentWidget(), w.clientsPage());
    QCOMPARE(w.detailPanel()->clientId(), client);
}

void TestDashboard::scopeMineAndMyTeam()
{
    // Without a signed-in staff member only "everyone" makes sense.
    {
        DashboardPage anonymous(m_session);
        QCOMPARE(anonymous.scopeBox()->count(), 1);
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
    QCOMPARE(page.scopeBox()->count(), 3);
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("mine")));
    QVERIFY(page.model()->rowCount() >= 1);
    QVERIFY(page.model()->rowCount() < int(all.size()));
    for (const DeadlineItem &i : page.model()->items())
        QCOMPARE(i.staffId, me);
    // My team: every active staff member with my role (consultants here).
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("team")));
    const int team = page.model()->rowCount();
    QVERIFY(team >= 1);
    for (const DeadlineItem &i : page.model()->items())
        QCOMPARE(StaffRepository(m_session).get(i.staffId).role, QStringLiteral("consultant"));
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("everyone")));
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
    auto due = [&] { return deadlines.iso(deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), c.id)->dueAt); };
    QCOMPARE(due(), QStringLiteral("2026-12-02T18:00:00+08:00"));
    CalendarSettingsPage page(m_session);
    const int before = page.table()->rowCount();
    page.calendar()->setSelectedDate(QDate(2026, 12, 1));
    page.nameEdit()->setText(QStringLiteral("公司年会"));
    QSignalSpy changed(&page, &CalendarSettingsPage::calendarChanged);
    page.markSelectedDay(QStringLiteral("holiday"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(page.table()->rowCount(), before + 1);
    QCOMPARE(due(), QStringLiteral("2026-12-03T18:00:00+08:00"));
    page.showYear(2027);
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("2027")), qPrintable(page.statusLabel()->text()));
    page.showYear(2026);
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
    page.selectPolicy(QStringLiteral("consultation-response"));
    QCOMPARE(page.lengthBox()->value(), 15);
    page.lengthBox()->setValue(30);
    QVERIFY(page.saveSelected());
    DeadlineRepository deadlines(m_session);
    QCOMPARE(deadlines.iso(deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id)->dueAt),
             QStringLiteral("2026-11-27T10:30:00+08:00"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("policy-settings.png")));
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
    AppointmentRepository(m_session).add(missed);
    DashboardPage page(m_session);
    const QString soonName = ClientRepository(m_session).get(6).name, missedName = ClientRepository(m_session).get(7).name;
    bool foundSoon = false, foundMissed = false;
    for (int i = 0; i < page.upcomingViewings()->count(); ++i)
        foundSoon |= page.upcomingViewings()->item(i)->text().contains(soonName);
    for (int i = 0; i < page.missedViewings()->count(); ++i)
        foundMissed |= page.missedViewings()->item(i)->text().contains(missedName);
    QVERIFY(foundSoon);
    QVERIFY(foundMissed);
    // Checked in: no longer missed.
    Appointment a = AppointmentRepository(m_session).get(missed.id);
    a.status = QStringLiteral("checked_in");
    AppointmentRepository(m_session).update(a);
    QVERIFY(AppointmentRepository(m_session).missed(m_clock.nowMs(), 7).size() < page.missedViewings()->count());
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
    QCOMPARE(page.tasks()->count(), int(due.size()));
    for (int i = 0; i < page.tasks()->count(); ++i)
        red += page.tasks()->item(i)->background().color() == StatePalette::background(DeadlineState::Overdue);
    QCOMPARE(red, anomalies);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
