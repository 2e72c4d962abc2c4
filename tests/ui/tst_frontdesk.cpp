// SPDX-License-Identifier: GPL-3.0-or-later
// The front desk with the keyboard alone, offscreen: find a caller, tell new from returning,
// register the visit, see the response deadline start.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "ConsultationResponder.h"
#include "FrontDeskPage.h"
#include "MainWindow.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "itemmodels/DeadlineListModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "security/Accounts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    void aNewNumberClearsThePreviousClient();
    void escapeAndTheClearButtonEmptyTheForm();
    void recordsGenderAndOccupation();
    void answersFromTheListAwaitingAResponse();

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
    QTest::keyClick(page.nameEdit(), Qt::Key_Tab);  // phone, already filled
    QTest::keyClick(page.phoneEdit(), Qt::Key_Tab); // channel
    QVERIFY(page.channelBox()->hasFocus());
    QTest::keyClick(page.channelBox(), Qt::Key_Down);            // phone call
    QTest::keyClick(page.channelBox(), Qt::Key_Tab);             // first interest
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // location
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    const Client c = ClientRepository(m_session).findByPhone(QStringLiteral("13900001111"));
    QCOMPARE(c.name, QStringLiteral("王小明"));
    QCOMPARE(c.source, QStringLiteral("phone"));
    QCOMPARE(c.interests, QStringList{QStringLiteral("location")});
    // The 15-minute response deadline started.
    const QList<DeadlineItem> items = DeadlineRepository(m_session).open(m_clock.nowMs(), {{}, true, {}});
    bool found = false;
    for (const DeadlineItem &i : items)
        found |= i.clientId == c.id && i.policy == QLatin1String("consultation-response") &&
                 i.dueAt == fridayMorning() + 15 * 60'000;
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
    const Staff admin = Accounts(m_session).createFirstAdministrator(QStringLiteral("管理员"),
                                                                     QStringLiteral("admin-password"));
    const Staff reception = Accounts(Accounts::sessionFor(m_session, admin))
                                .addAccount(QStringLiteral("前台"), QStringLiteral("reception"),
                                            QStringLiteral("reception-pass-7"));
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
    QCOMPARE(page.rotationBoard()->item(page.rotationBoard()->rowCount() - 1, 2)->text(),
             QStringLiteral("1"));
    QCOMPARE(
        ClientRepository(m_session).findByPhone(QStringLiteral("13900002222")).consultantId,
        page.rotationBoard()->item(page.rotationBoard()->rowCount() - 1, 0)->data(Qt::UserRole).toLongLong());
}

void TestFrontDesk::aNewNumberClearsThePreviousClient()
{
    Client known = ClientRepository(m_session).get(7);
    known.occupation = QStringLiteral("会计");
    known.gender = QStringLiteral("female");
    ClientRepository(m_session).update(known);
    FrontDeskPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // In the search box: the returning client fills the form, a new number takes it all away again.
    page.searchEdit()->setFocus();
    QTest::keyClicks(page.searchEdit(), known.phone);
    QCOMPARE(page.nameEdit()->text(), known.name);
    QCOMPARE(page.occupationEdit()->text(), QStringLiteral("会计"));
    QCOMPARE(page.genderBox()->currentData().toString(), QStringLiteral("female"));
    page.searchEdit()->selectAll();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("13900004444"));
    QCOMPARE(page.banner()->property("verdict").toString(), QStringLiteral("new"));
    QVERIFY(page.nameEdit()->text().isEmpty());
    QVERIFY(page.occupationEdit()->text().isEmpty());
    QCOMPARE(page.genderBox()->currentIndex(), 0);
    QCOMPARE(page.phoneEdit()->text(), QStringLiteral("13900004444"));
    // Ctrl+Enter now cannot register the new number under the old name: the name is asked for.
    const qint64 before = ClientRepository(m_session).count();
    QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(ClientRepository(m_session).count(), before);
    QVERIFY2(page.statusLabel()->text().contains(FieldNames::label(QStringLiteral("name"))),
             qPrintable(page.statusLabel()->text()));
    QVERIFY(ClientRepository(m_session).findByPhone(QStringLiteral("13900004444")).id == 0);
    // In the phone field itself: the same.
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), known.phone);
    QCOMPARE(page.nameEdit()->text(), known.name);
    page.phoneEdit()->setFocus();
    page.phoneEdit()->selectAll();
    QTest::keyClicks(page.phoneEdit(), QStringLiteral("13900005555"));
    QVERIFY(page.nameEdit()->text().isEmpty());
    QVERIFY(page.occupationEdit()->text().isEmpty());
    QCOMPARE(page.banner()->property("verdict").toString(), QStringLiteral("new"));
}

void TestFrontDesk::escapeAndTheClearButtonEmptyTheForm()
{
    FrontDeskPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto fill = [&] {
        QTest::keyClicks(page.searchEdit(), ClientRepository(m_session).get(9).phone);
        QVERIFY(!page.nameEdit()->text().isEmpty());
        QTest::keyClicks(page.needsEdit(), QStringLiteral("gaishan"));
        QTest::keyClicks(page.occupationEdit(), QStringLiteral("x"));
    };
    auto empty = [&] {
        for (QLineEdit *edit :
             {page.searchEdit(), page.nameEdit(), page.phoneEdit(), page.needsEdit(), page.occupationEdit()})
            QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
        QVERIFY(page.banner()->text().isEmpty());
        QCOMPARE(page.results()->rowCount(), 0);
    };
    fill();
    page.needsEdit()->setFocus();
    QTest::keyClick(page.needsEdit(), Qt::Key_Escape);
    empty();
    QVERIFY(page.searchEdit()->hasFocus());
    fill();
    QTest::mouseClick(page.clearButton(), Qt::LeftButton);
    empty();
}

void TestFrontDesk::recordsGenderAndOccupation()
{
    FrontDeskPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.searchEdit(), QStringLiteral("13900006666"));
    typeText(page.nameEdit(), QStringLiteral("周八"));
    page.genderBox()->setCurrentIndex(page.genderBox()->findData(QStringLiteral("male")));
    typeText(page.occupationEdit(), QStringLiteral("程序员"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("registerVisitButton")), Qt::LeftButton);
    const Client c = ClientRepository(m_session).findByPhone(QStringLiteral("13900006666"));
    QCOMPARE(c.name, QStringLiteral("周八"));
    QCOMPARE(c.gender, QStringLiteral("male"));
    QCOMPARE(c.occupation, QStringLiteral("程序员"));
}

void TestFrontDesk::answersFromTheListAwaitingAResponse()
{
    FrontDeskPage page(m_session);
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    typeText(page.nameEdit(), QStringLiteral("来电客户"));
    QTest::keyClicks(page.phoneEdit(), QStringLiteral("13900007777"));
    page.channelBox()->setCurrentIndex(page.channelBox()->findData(QStringLiteral("phone")));
    QVERIFY(page.registerVisit());
    const qint64 clientId = ClientRepository(m_session).findByPhone(QStringLiteral("13900007777")).id;
    QTableWidget *list = page.awaitingResponse();
    auto rowOfClient = [&](qint64 id) {
        for (int row = 0; row < list->rowCount(); ++row)
            if (list->item(row, 1)->data(Qt::UserRole).toLongLong() == id)
                return row;
        return -1;
    };
    const int row = rowOfClient(clientId);
    QVERIFY(row >= 0);
    QCOMPARE(list->item(row, 4)->text(),
             DeadlineListModel::remainingText(m_clock.nowMs() + 15 * 60'000, m_clock.nowMs()));
    // Nothing selected: nothing to answer.
    QPushButton *respond = page.responder()->button();
    QVERIFY(!respond->isEnabled());
    // The consultant calls back: select the row, say what was answered, click (ten minutes later).
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row, 1)).center());
    QVERIFY(respond->isEnabled());
    typeText(page.responder()->noteEdit(), QStringLiteral("已发送价格表"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("front-desk.png")));
    m_clock.advance(10 * 60'000);
    QTest::mouseClick(respond, Qt::LeftButton);
    QVERIFY2(page.statusLabel()->text().contains(DeadlineEngine::stateLabel(DeadlineState::Met)) &&
                 !page.statusLabel()->text().contains(DeadlineEngine::stateLabel(DeadlineState::MetLate)),
             qPrintable(page.statusLabel()->text()));
    QCOMPARE(rowOfClient(clientId), -1); // no longer awaiting
    const QList<ConsultationRepository::Row> rows = ConsultationRepository(m_session).list(false, clientId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().respondedAt, m_clock.nowMs());
    QCOMPARE(rows.constFirst().deadline.stateAt(m_clock.nowMs()), DeadlineState::Met);
    // With the keyboard: select the oldest one waiting and press Ctrl+R.
    QVERIFY(list->rowCount() > 0);
    const qint64 oldest = list->item(0, 0)->data(Qt::UserRole).toLongLong();
    list->setFocus();
    list->setCurrentCell(0, 1);
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(ConsultationRepository(m_session).get(oldest).respondedAt == m_clock.nowMs());
}

QTEST_MAIN(TestFrontDesk)
#include "tst_frontdesk.moc"
