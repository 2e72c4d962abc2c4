// SPDX-License-Identifier: GPL-3.0-or-later
// The front desk with the keyboard alone, offscreen: find a caller, tell new from returning,
// register the visit, see the response deadline start.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "FrontDeskPage.h"
#include "MainWindow.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ServiceActs.h"
#include "security/Accounts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestFrontDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void newVisitorWithTheKeyboardAlone();
    void returningCallerIsRecognised();
    void findsByCharactersAndInitials();
    void badPhoneNamesTheField();
    void receptionStartsAtTheFrontDesk();
    void walkInsFollowTheRotation();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestFrontDesk::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestFrontDesk::init()
{
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 300, 3);
}

void TestFrontDesk::newVisitorWithTheKeyboardAlone()
{
    FrontDeskPage page(m_session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.searchEdit()->setFocus();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("139 0000 1111"));
    QVERIFY2(!page.banner()->text().isEmpty(), "a complete phone number says new or returning");
    QCOMPARE(page.phoneEdit()->text(), QStringLiteral("139 0000 1111"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Tab);
    QVERIFY(page.nameEdit()->hasFocus());
    typeText(page.nameEdit(), QStringLiteral("王小明"));
    QTest::keyClick(page.nameEdit(), Qt::Key_Tab); // phone, already filled
    QTest::keyClick(page.phoneEdit(), Qt::Key_Tab); // channel
    QVERIFY(page.channelBox()->hasFocus());
    QTest::keyClick(page.channelBox(), Qt::Key_Down); // phone call
    QTest::keyClick(page.channelBox(), Qt::Key_Tab);  // first interest
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // location
    QVERIFY(saveScreenshot(&page, QStringLiteral("front-desk.png")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    const Client c = ClientRepository(m_session).findByPhone(QStringLiteral("13900001111"));
    QCOMPARE(c.name, QStringLiteral("王小明"));
    QCOMPARE(c.source, QStringLiteral("phone"));
    QCOMPARE(c.interests, QStringList{QStringLiteral("location")});
    // The 15-minute response deadline started.
    const QList<DeadlineItem> items = DeadlineRepository(m_session).open(m_clock.nowMs(), {{}, true});
    bool found = false;
    for (const DeadlineItem &i : items)
        found |= i.clientId == c.id && i.policy == QLatin1String("consultation-response") && i.dueAt == fridayMorning() + 15 * 60'000;
    QVERIFY(found);
    QVERIFY(page.searchEdit()->hasFocus()); // ready for the next one
    QVERIFY(page.nameEdit()->text().isEmpty());
}

void TestFrontDesk::returningCallerIsRecognised()
{
    const Client known = ClientRepository(m_session).get(7);
    FrontDeskPage page(m_session);
    page.show();
    QTest::keyClicks(page.searchEdit(), known.phone);
    QVERIFY2(page.banner()->text().contains(known.name), qPrintable(page.banner()->text()));
    QCOMPARE(page.nameEdit()->text(), known.name);
    QCOMPARE(page.results()->rowCount(), 1);
    const qint64 before = ClientRepository(m_session).count();
    QVERIFY(page.registerVisit());
    QCOMPARE(ClientRepository(m_session).count(), before); // no duplicate
}

void TestFrontDesk::findsByCharactersAndInitials()
{
    Client c;
    c.name = QStringLiteral("单田芳");
    c.phone = QStringLiteral("13700009999");
    ClientRepository(m_session).add(c);
    FrontDeskPage page(m_session);
    page.show();
    typeText(page.searchEdit(), QStringLiteral("单"));
    QVERIFY(page.results()->rowCount() >= 1);
    page.searchEdit()->clear();
    typeText(page.searchEdit(), QStringLiteral("单田"));
    QCOMPARE(page.results()->item(0, 0)->text(), QStringLiteral("单田芳"));
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("stf"));
    QCOMPARE(page.results()->item(0, 0)->text(), QStringLiteral("单田芳"));
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("9999"));
    QCOMPARE(page.results()->item(0, 0)->text(), QStringLiteral("单田芳"));
}

void TestFrontDesk::badPhoneNamesTheField()
{
    FrontDeskPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    typeText(page.nameEdit(), QStringLiteral("李四"));
    QTest::keyClicks(page.phoneEdit(), QStringLiteral("12345"));
    const qint64 before = ClientRepository(m_session).count();
    QVERIFY(!page.registerVisit());
    QVERIFY2(!page.statusLabel()->text().isEmpty(), "the error is shown");
    QVERIFY(page.phoneEdit()->hasFocus());
    QCOMPARE(ClientRepository(m_session).count(), before);
}

void TestFrontDesk::receptionStartsAtTheFrontDesk()
{
    const Staff admin = Accounts(m_session).createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password"));
    const Staff reception = Accounts(Accounts::sessionFor(m_session, admin))
                                .addAccount(QStringLiteral("前台"), QStringLiteral("reception"), QStringLiteral("reception-pw"));
    MainWindow w(Accounts::sessionFor(m_session, reception));
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.frontDesk()));
    // Reception sees masked phones in the results.
    QTest::keyClicks(w.frontDesk()->searchEdit(), QStringLiteral("zs"));
    for (int row = 0; row < w.frontDesk()->results()->rowCount(); ++row)
        QVERIFY(w.frontDesk()->results()->item(row, 1)->text().contains(u'*'));
}

void TestFrontDesk::walkInsFollowTheRotation()
{
    FrontDeskPage page(m_session);
    page.show();
    QVERIFY(page.rotationBoard()->rowCount() >= 4);
    const QString first = page.rotationBoard()->item(0, 0)->text();
    const qint64 firstId = page.rotationBoard()->item(0, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(page.nextLabel()->text().contains(first));
    // The first consultant goes on a break: the next walk-in goes to the second, the first keeps first place.
    QVERIFY(page.setRotationStatus(firstId, QStringLiteral("on_break")));
    const QString second = page.rotationBoard()->item(1, 0)->text();
    QVERIFY(page.nextLabel()->text().contains(second));
    typeText(page.nameEdit(), QStringLiteral("散客"));
    QTest::keyClicks(page.phoneEdit(), QStringLiteral("13900002222"));
    QVERIFY(page.registerVisit());
    QVERIFY2(page.statusLabel()->text().contains(second), qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.rotationBoard()->item(0, 0)->text(), first);
    QCOMPARE(page.rotationBoard()->item(page.rotationBoard()->rowCount() - 1, 0)->text(), second);
    QCOMPARE(page.rotationBoard()->item(page.rotationBoard()->rowCount() - 1, 2)->text(), QStringLiteral("1"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13900002222")).consultantId,
             page.rotationBoard()->item(page.rotationBoard()->rowCount() - 1, 0)->data(Qt::UserRole).toLongLong());
}

QTEST_MAIN(TestFrontDesk)
#include "tst_frontdesk.moc"
