// SPDX-License-Identifier: GPL-3.0-or-later
// The front desk with the keyboard alone, offscreen: find a caller, tell new from returning,
// register the visit, see the response deadline start.
#include "Fixtures.h"
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "ConsultationResponder.h"
#include "FrontDeskPage.h"
#include "MainWindow.h"
#include "core/Phone.h"
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
    void aMergedDuplicatesNumberIsTheKeptClient();
    void findsByCharactersAndInitials();
    void badPhoneNamesTheField();
    void aNumberADigitShortInTheSearchIsNamed();
    void receptionStartsAtTheFrontDesk();
    void walkInsFollowTheRotation();
    void aNewNumberClearsThePreviousClient();
    void aNumberAnotherDeskRegistersIsNoLongerNew();
    void escapeAndTheClearButtonEmptyTheForm();
    void escapeClosesAnOpenListAndKeepsTheForm();
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

// The front desk's widgets, found by the names the user never sees.
struct Desk
{
    explicit Desk(FrontDeskPage *page)
        : search(find<QLineEdit>(page, "frontDeskSearch")),
          results(find<QTableWidget>(page, "searchResults")), banner(find<QLabel>(page, "newOrReturning")),
          name(find<QLineEdit>(page, "frontDeskName")), phone(find<QLineEdit>(page, "frontDeskPhone")),
          channel(find<QComboBox>(page, "frontDeskChannel")), needs(find<QLineEdit>(page, "frontDeskNeeds")),
          gender(find<QComboBox>(page, "frontDeskGender")),
          occupation(find<QLineEdit>(page, "frontDeskOccupation")),
          status(find<QLabel>(page, "frontDeskStatus")), queue(find<QTableWidget>(page, "awaitingResponse")),
          rotation(find<QTableWidget>(page, "rotationBoard")), next(find<QLabel>(page, "rotationNext"))
    {
    }
    QLineEdit *search;
    QTableWidget *results;
    QLabel *banner;
    QLineEdit *name;
    QLineEdit *phone;
    QComboBox *channel;
    QLineEdit *needs;
    QComboBox *gender;
    QLineEdit *occupation;
    QLabel *status;
    QTableWidget *queue;
    QTableWidget *rotation;
    QLabel *next;
};

// A front desk page shown offscreen, ready to be clicked.
static void showPage(QWidget *page, int width = 1200, int height = 700)
{
    page->resize(width, height);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
}

void TestFrontDesk::newVisitorWithTheKeyboardAlone()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    d.search->setFocus();
    QTest::keyClicks(d.search, QStringLiteral("139 0000 1111"));
    QVERIFY2(!d.banner->text().isEmpty(), "a complete phone number says new or returning");
    QCOMPARE(d.phone->text(), QStringLiteral("139 0000 1111"));
    QTest::keyClick(d.search, Qt::Key_Tab);
    QVERIFY(d.name->hasFocus());
    typeText(d.name, QStringLiteral("王小明"));
    QTest::keyClick(d.name, Qt::Key_Tab);  // phone, already filled
    QTest::keyClick(d.phone, Qt::Key_Tab); // channel
    QVERIFY(d.channel->hasFocus());
    QTest::keyClick(d.channel, Qt::Key_Down);                    // phone call
    QTest::keyClick(d.channel, Qt::Key_Tab);                     // first interest
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
    QVERIFY(d.search->hasFocus()); // ready for the next one
    QVERIFY(d.name->text().isEmpty());
}

void TestFrontDesk::returningCallerIsRecognised()
{
    const Client known = ClientRepository(m_session).get(7);
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    QTest::keyClicks(d.search, known.phone);
    QVERIFY2(d.banner->text().contains(known.name), qPrintable(d.banner->text()));
    QCOMPARE(d.name->text(), known.name);
    QCOMPARE(d.results->rowCount(), 1);
    const qint64 before = ClientRepository(m_session).count();
    QVERIFY(click(&page, "registerVisitButton"));
    QVERIFY2(d.status->text().contains(known.name), qPrintable(d.status->text()));
    QCOMPARE(ClientRepository(m_session).count(), before); // no duplicate
}

void TestFrontDesk::aMergedDuplicatesNumberIsTheKeptClient()
{
    // The tester's F9: No. 8 was the same person calling from a second phone, merged into No. 7.
    // The next call from that phone is No. 7 returning, not a new client.
    const Client kept = ClientRepository(m_session).get(7);
    const QString secondPhone = ClientRepository(m_session).get(8).phone;
    ClientRepository(m_session).merge(7, 8);
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    QTest::keyClicks(d.search, Phone::display(secondPhone));
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("returning"));
    QVERIFY2(d.banner->text().contains(kept.name), qPrintable(d.banner->text()));
    QCOMPARE(d.results->rowCount(), 1);
    const qint64 before = ClientRepository(m_session).count();
    QVERIFY(click(&page, "registerVisitButton"));
    QVERIFY2(d.status->text().contains(kept.name), qPrintable(d.status->text()));
    QCOMPARE(ClientRepository(m_session).count(), before); // no duplicate made again
}

void TestFrontDesk::findsByCharactersAndInitials()
{
    addClient(m_session, QStringLiteral("单田芳"), QStringLiteral("13700009999"));
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    typeText(d.search, QStringLiteral("单"));
    QVERIFY(d.results->rowCount() >= 1);
    retype(d.search, QStringLiteral("单田"));
    QCOMPARE(d.results->item(0, 0)->text(), QStringLiteral("单田芳"));
    retype(d.search, QStringLiteral("stf"));
    QCOMPARE(d.results->item(0, 0)->text(), QStringLiteral("单田芳"));
    retype(d.search, QStringLiteral("9999"));
    QCOMPARE(d.results->item(0, 0)->text(), QStringLiteral("单田芳"));
}

void TestFrontDesk::badPhoneNamesTheField()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    typeText(d.name, QStringLiteral("李四"));
    QTest::keyClicks(d.phone, QStringLiteral("12345"));
    const qint64 before = ClientRepository(m_session).count();
    QVERIFY(click(&page, "registerVisitButton"));
    QVERIFY2(d.status->text().contains(FieldNames::label(QStringLiteral("phone"))),
             qPrintable(d.status->text()));
    QVERIFY(d.phone->hasFocus());
    QCOMPARE(ClientRepository(m_session).count(), before);
}

// A tester typed a number one digit short into the search box and registered: the message said
// the phone was empty. The digits typed are what was meant: the message names them, the phone
// field shows them with the cursor in it, and nothing is saved.
void TestFrontDesk::aNumberADigitShortInTheSearchIsNamed()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    d.search->setFocus();
    QTest::keyClicks(d.search, QStringLiteral("1380000111"));
    QVERIFY(d.phone->text().isEmpty()); // not a whole number: nothing carried while searching
    QTest::keyClick(d.search, Qt::Key_Tab);
    typeText(d.name, QStringLiteral("测试乙"));
    const qint64 before = ClientRepository(m_session).count();
    QTest::keyClick(d.name, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(d.status->text().contains(QStringLiteral("1380000111")) &&
                 d.status->text().contains(FieldNames::label(QStringLiteral("phone"))),
             qPrintable(d.status->text()));
    QCOMPARE(d.phone->text(), QStringLiteral("1380000111"));
    QVERIFY(d.phone->hasFocus());
    QCOMPARE(ClientRepository(m_session).count(), before);
    // A name typed into the search box is no number: the phone stays empty and is said to be.
    QVERIFY(click(&page, "frontDeskClear"));
    typeText(d.search, QStringLiteral("测试丙"));
    typeText(d.name, QStringLiteral("测试丙"));
    QVERIFY(click(&page, "registerVisitButton"));
    QVERIFY(d.phone->text().isEmpty());
    QVERIFY(d.phone->hasFocus());
}

void TestFrontDesk::receptionStartsAtTheFrontDesk()
{
    const Staff admin = Accounts(m_session).createFirstAdministrator(QStringLiteral("管理员"),
                                                                     QStringLiteral("admin-password"));
    const Staff reception = Accounts(Accounts::sessionFor(m_session, admin))
                                .addAccount(QStringLiteral("前台"), QStringLiteral("reception"),
                                            QStringLiteral("reception-pass-7"));
    MainWindow w(Accounts::sessionFor(m_session, reception));
    QCOMPARE(find<QTabWidget>(&w, "mainTabs")->currentWidget(), static_cast<QWidget *>(w.frontDesk()));
    // Reception sees masked phones in the results.
    const Desk d(w.frontDesk());
    QTest::keyClicks(d.search, QStringLiteral("zs"));
    QVERIFY(d.results->rowCount() > 0);
    for (int row = 0; row < d.results->rowCount(); ++row)
        QVERIFY(d.results->item(row, 1)->text().contains(u'*'));
}

void TestFrontDesk::walkInsFollowTheRotation()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    QTableWidget *board = d.rotation;
    QVERIFY(board->rowCount() >= 4);
    const QString first = board->item(0, 0)->text();
    QVERIFY(d.next->text().contains(first));
    // The first consultant goes on a break (the status box in the board): the next walk-in goes to
    // the second, the first keeps first place.
    QVERIFY(choose(qobject_cast<QComboBox *>(board->cellWidget(0, 1)), QStringLiteral("on_break")));
    QCOMPARE(qobject_cast<QComboBox *>(board->cellWidget(0, 1))->currentData().toString(),
             QStringLiteral("on_break"));
    const QString second = board->item(1, 0)->text();
    QVERIFY(d.next->text().contains(second));
    typeText(d.name, QStringLiteral("散客"));
    QTest::keyClicks(d.phone, QStringLiteral("13900002222"));
    QVERIFY(click(&page, "registerVisitButton"));
    QVERIFY2(d.status->text().contains(second), qPrintable(d.status->text()));
    QCOMPARE(board->item(0, 0)->text(), first);
    QCOMPARE(board->item(board->rowCount() - 1, 0)->text(), second);
    QCOMPARE(board->item(board->rowCount() - 1, 2)->text(), QStringLiteral("1"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13900002222")).consultantId,
             board->item(board->rowCount() - 1, 0)->data(Qt::UserRole).toLongLong());
}

void TestFrontDesk::aNewNumberClearsThePreviousClient()
{
    Client known = ClientRepository(m_session).get(7);
    known.occupation = QStringLiteral("会计");
    known.gender = QStringLiteral("female");
    ClientRepository(m_session).update(known);
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    // In the search box: the returning client fills the form, a new number takes it all away again.
    d.search->setFocus();
    QTest::keyClicks(d.search, known.phone);
    QCOMPARE(d.name->text(), known.name);
    QCOMPARE(d.occupation->text(), QStringLiteral("会计"));
    QCOMPARE(d.gender->currentData().toString(), QStringLiteral("female"));
    d.search->selectAll();
    QTest::keyClicks(d.search, QStringLiteral("13900004444"));
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("new"));
    QVERIFY(d.name->text().isEmpty());
    QVERIFY(d.occupation->text().isEmpty());
    QCOMPARE(d.gender->currentIndex(), 0);
    QCOMPARE(d.phone->text(), QStringLiteral("13900004444"));
    // Ctrl+Enter now cannot register the new number under the old name: the name is asked for.
    const qint64 before = ClientRepository(m_session).count();
    QTest::keyClick(d.search, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(ClientRepository(m_session).count(), before);
    QVERIFY2(d.status->text().contains(FieldNames::label(QStringLiteral("name"))),
             qPrintable(d.status->text()));
    QVERIFY(ClientRepository(m_session).findByPhone(QStringLiteral("13900004444")).id == 0);
    // In the phone field itself: the same.
    retype(d.search, known.phone);
    QCOMPARE(d.name->text(), known.name);
    d.phone->setFocus();
    d.phone->selectAll();
    QTest::keyClicks(d.phone, QStringLiteral("13900005555"));
    QVERIFY(d.name->text().isEmpty());
    QVERIFY(d.occupation->text().isEmpty());
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("new"));
}

void TestFrontDesk::aNumberAnotherDeskRegistersIsNoLongerNew()
{
    // The tester's F12: two desks, one visitor's number; the first desk registers it, the second
    // kept saying "new client" until its user typed again.
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    d.search->setFocus();
    QTest::keyClicks(d.search, QStringLiteral("135 5555 6666"));
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("new"));
    Client other; // the other desk (another connection in the office: the same rows)
    other.name = QStringLiteral("王同时");
    other.phone = QStringLiteral("13555556666");
    ClientRepository(m_session).add(other);
    page.recheckNewNumber(); // what a change of "clients" from another PC runs (MainWindow)
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("returning"));
    QVERIFY2(d.banner->text().contains(QStringLiteral("王同时")), qPrintable(d.banner->text()));
    QCOMPARE(d.name->text(), QStringLiteral("王同时"));
    QCOMPARE(d.phone->text(), QStringLiteral("135 5555 6666"));
    // A returning client's form is left as it is by the next change.
    d.occupation->setText(QStringLiteral("教师"));
    page.recheckNewNumber();
    QCOMPARE(d.occupation->text(), QStringLiteral("教师"));
}

void TestFrontDesk::escapeAndTheClearButtonEmptyTheForm()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    auto fill = [&] {
        QTest::keyClicks(d.search, ClientRepository(m_session).get(9).phone);
        QVERIFY(!d.name->text().isEmpty());
        QTest::keyClicks(d.needs, QStringLiteral("gaishan"));
        QTest::keyClicks(d.occupation, QStringLiteral("x"));
    };
    auto empty = [&] {
        for (QLineEdit *edit : {d.search, d.name, d.phone, d.needs, d.occupation})
            QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
        QVERIFY(d.banner->text().isEmpty());
        QCOMPARE(d.results->rowCount(), 0);
    };
    fill();
    d.needs->setFocus();
    QTest::keyClick(d.needs, Qt::Key_Escape);
    empty();
    QVERIFY(d.search->hasFocus());
    fill();
    QVERIFY(click(&page, "frontDeskClear"));
    empty();
}

// Esc pressed to close the channel's open list closes the list and nothing else: what was typed
// stays (the form's Esc = Clear had fired through the list and emptied everything). The list
// opened with Space (the keyboard flow) and by the program alike; with no list open, Esc clears.
void TestFrontDesk::escapeClosesAnOpenListAndKeepsTheForm()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    d.search->setFocus();
    QTest::keyClicks(d.search, QStringLiteral("139 0000 2222"));
    QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("new"));
    d.name->setFocus();
    typeText(d.name, QStringLiteral("陈测试"));
    const std::function<void()> openWithSpace = [&] { QTest::keyClick(d.channel, Qt::Key_Space); };
    const std::function<void()> openByProgram = [&] { d.channel->showPopup(); };
    for (const auto &open : {openWithSpace, openByProgram}) {
        d.channel->setFocus();
        open();
        QWidget *list = QApplication::activePopupWidget();
        QVERIFY2(list && d.channel->view()->isVisible(), "the channel's list is open");
        QVERIFY(saveScreenshot(&page, QStringLiteral("front-desk-list-open.png")));
        QTest::keyClick(list->focusWidget() ? list->focusWidget() : list, Qt::Key_Escape);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(!d.channel->view()->isVisible());
        QCOMPARE(d.search->text(), QStringLiteral("139 0000 2222"));
        QCOMPARE(d.name->text(), QStringLiteral("陈测试"));
        QCOMPARE(d.phone->text(), QStringLiteral("139 0000 2222"));
        QCOMPARE(d.banner->property("verdict").toString(), QStringLiteral("new"));
    }
    QVERIFY(saveScreenshot(&page, QStringLiteral("front-desk-after-escape.png")));
    // A rotation status's list (opened with the mouse, it takes no focus otherwise) alike.
    auto *status = qobject_cast<QComboBox *>(d.rotation->cellWidget(0, 1));
    QVERIFY(status);
    status->showPopup();
    QWidget *list = QApplication::activePopupWidget();
    QVERIFY(list && status->view()->isVisible());
    QTest::keyClick(list->focusWidget() ? list->focusWidget() : list, Qt::Key_Escape);
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(d.name->text(), QStringLiteral("陈测试"));
    // No list open: Esc means Clear, as before.
    d.channel->setFocus();
    QTest::keyClick(d.channel, Qt::Key_Escape);
    for (QLineEdit *edit : {d.search, d.name, d.phone})
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
    QVERIFY(d.search->hasFocus());
}

void TestFrontDesk::recordsGenderAndOccupation()
{
    FrontDeskPage page(m_session);
    showPage(&page);
    const Desk d(&page);
    QTest::keyClicks(d.search, QStringLiteral("13900006666"));
    typeText(d.name, QStringLiteral("周八"));
    QVERIFY(choose(d.gender, QStringLiteral("male")));
    typeText(d.occupation, QStringLiteral("程序员"));
    QVERIFY(click(&page, "registerVisitButton"));
    const Client c = ClientRepository(m_session).findByPhone(QStringLiteral("13900006666"));
    QCOMPARE(c.name, QStringLiteral("周八"));
    QCOMPARE(c.gender, QStringLiteral("male"));
    QCOMPARE(c.occupation, QStringLiteral("程序员"));
}

void TestFrontDesk::answersFromTheListAwaitingAResponse()
{
    FrontDeskPage page(m_session);
    showPage(&page, 1400, 800);
    const Desk d(&page);
    typeText(d.name, QStringLiteral("来电客户"));
    QTest::keyClicks(d.phone, QStringLiteral("13900007777"));
    QVERIFY(choose(d.channel, QStringLiteral("phone")));
    QVERIFY(click(&page, "registerVisitButton"));
    const qint64 clientId = ClientRepository(m_session).findByPhone(QStringLiteral("13900007777")).id;
    QVERIFY(clientId > 0);
    QTableWidget *list = d.queue;
    const int row = rowWith(list, 1, clientId, Qt::UserRole);
    QVERIFY(row >= 0);
    QCOMPARE(list->item(row, 4)->text(),
             DeadlineListModel::remainingText(m_clock.nowMs() + 15 * 60'000, m_clock.nowMs()));
    // Nothing selected: nothing to answer.
    QPushButton *respond = find<QPushButton>(&page, "respondButton");
    QVERIFY(!respond->isEnabled());
    // The consultant calls back: select the row, say what was answered, click (ten minutes later).
    clickCell(list, row, 1);
    QVERIFY(respond->isEnabled());
    typeText(find<QLineEdit>(&page, "respondNote"), QStringLiteral("已发送价格表"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("front-desk.png")));
    m_clock.advance(10 * 60'000);
    QVERIFY(click(&page, "respondButton"));
    QVERIFY2(d.status->text().contains(DeadlineEngine::stateLabel(DeadlineState::Met)) &&
                 !d.status->text().contains(DeadlineEngine::stateLabel(DeadlineState::MetLate)),
             qPrintable(d.status->text()));
    QCOMPARE(rowWith(list, 1, clientId, Qt::UserRole), -1); // no longer awaiting
    const QList<ConsultationRepository::Row> rows = ConsultationRepository(m_session).list(false, clientId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().respondedAt, m_clock.nowMs());
    QCOMPARE(rows.constFirst().deadline.stateAt(m_clock.nowMs()), DeadlineState::Met);
    // With the keyboard: select the oldest one waiting and press Ctrl+R.
    QVERIFY(list->rowCount() > 0);
    const qint64 oldest = list->item(0, 0)->data(Qt::UserRole).toLongLong();
    clickCell(list, 0, 1);
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(ConsultationRepository(m_session).get(oldest).respondedAt == m_clock.nowMs());
}

QTEST_MAIN(TestFrontDesk)
#include "tst_frontdesk.moc"
