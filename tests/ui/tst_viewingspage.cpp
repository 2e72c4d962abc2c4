// SPDX-License-Identifier: GPL-3.0-or-later
// The viewings page offscreen: day and week views by consultant and by sample unit, booking with
// conflicts named, moving a viewing on, exporting a consultant's week.
#include "Fixtures.h"
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "RecordTable.h"
#include "ViewingsPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"
#include "storage/BackgroundReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestViewingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsStillFillTheirWidthAfterARefresh();
    void init();
    void dayAndWeekViews();
    void bookingAndConflicts();
    void checkInAndExport();
    void noShowWaitsForTheStart();
    void bookingWithTheKeyboard();
    void typingOverTheClickedHour();
    void viewingsReadOnTheBackgroundReader();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestViewingsPage::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 600, 2);
}

void TestViewingsPage::init()
{
    m_clock.set(fridayMorning()); // a test that moves "now" moves it for itself
}

// The viewings of a client on a day, as the database has them.
static QList<Appointment> viewingsOf(const Session &session, qint64 clientId, const QDate &day)
{
    const QTimeZone zone("Asia/Shanghai");
    QList<Appointment> found;
    for (const Appointment &a : AppointmentRepository(session).between(
             QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch(),
             QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()))
        if (a.clientId == clientId)
            found << a;
    return found;
}

void TestViewingsPage::dayAndWeekViews()
{
    ViewingsPage page(m_session);
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = find<QTableView>(&page, "viewingsTable");
    QVERIFY(typeDate(find<QDateEdit>(&page, "viewingsDay"), QDate(2026, 11, 27)));
    const int day = table->model()->rowCount();
    QVERIFY(choose(find<QComboBox>(&page, "viewingsSpan"), ViewingsPage::tr("Week"), Qt::DisplayRole));
    const int week = table->model()->rowCount();
    QVERIFY2(week >= day && week > 0, qPrintable(QStringLiteral("%1 / %2").arg(day).arg(week)));
    QVERIFY2(cellData(table, 0, 1).toString().contains(QStringLiteral("2026-")), // the week view shows dates
             qPrintable(cellData(table, 0, 1).toString()));
    // Grouped: the first column never goes back to a group it left.
    QVERIFY(choose(find<QComboBox>(&page, "viewingsGrouping"), ViewingsPage::tr("By sample unit"),
                   Qt::DisplayRole));
    QStringList seen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString g = cellData(table, row, 0).toString();
        if (seen.isEmpty() || seen.constLast() != g) {
            QVERIFY2(!seen.contains(g), qPrintable(g));
            seen << g;
        }
    }
    QVERIFY(saveScreenshot(&page, QStringLiteral("viewings.png")));
}

void TestViewingsPage::bookingAndConflicts()
{
    const Client c = addClient(m_session, QStringLiteral("看房客"), QStringLiteral("13977776666"));
    ViewingsPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QDate day(2026, 12, 10);
    auto *consultant = find<QComboBox>(&page, "viewingConsultant");
    QVERIFY(choose(consultant, consultant->itemData(0)));
    QDateTimeEdit *start = find<QDateTimeEdit>(&page, "viewingStart");
    QVERIFY(typeDate(start, QDateTime(day, QTime(10, 0))));
    QCOMPARE(start->dateTime(), QDateTime(day, QTime(10, 0)));
    retype(find<QSpinBox>(&page, "viewingParty"), QStringLiteral("3"));
    QLineEdit *phone = find<QLineEdit>(&page, "viewingPhone");
    retype(phone, QStringLiteral("139 7777 6666"));
    QLabel *message = find<QLabel>(&page, "viewingsMessage");
    QVERIFY(click(&page, "bookViewingButton"));
    QList<Appointment> booked = viewingsOf(m_session, c.id, day);
    QCOMPARE(booked.size(), 1);
    QCOMPARE(booked.constFirst().partySize, 3);
    QCOMPARE(booked.constFirst().consultantId, consultant->itemData(0).toLongLong());
    QVERIFY2(message->text().contains(QStringLiteral("看房客")), qPrintable(message->text()));
    // The same consultant half an hour later: refused, naming the booking.
    QVERIFY(typeDate(start, QDateTime(day, QTime(10, 30))));
    retype(phone, QStringLiteral("13977776666"));
    QVERIFY(click(&page, "bookViewingButton"));
    QCOMPARE(viewingsOf(m_session, c.id, day).size(), 1);
    QVERIFY2(message->text().contains(consultant->currentText()), qPrintable(message->text()));
    // An unknown phone is refused, saying where to register the client.
    retype(phone, QStringLiteral("13600001234"));
    QVERIFY(click(&page, "bookViewingButton"));
    QVERIFY2(message->text().contains(QStringLiteral("13600001234")), qPrintable(message->text()));
}

void TestViewingsPage::checkInAndExport()
{
    m_clock.set(at("2026-12-10T08:30:00+08:00")); // the viewing's day: it can be checked in
    ViewingsPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(typeDate(find<QDateEdit>(&page, "viewingsDay"), QDate(2026, 12, 10)));
    QTableView *table = find<QTableView>(&page, "viewingsTable");
    QVERIFY(table->model()->rowCount() >= 1);
    clickCell(table, 0, 0);
    const qint64 id = cellData(table, 0, 0, Qt::UserRole).toLongLong();
    using S = Vocabulary::AppointmentStatus;
    QVERIFY(click(&page, "checkInViewingButton"));
    QCOMPARE(AppointmentRepository(m_session).get(id).status, S::CheckedIn);
    QVERIFY(click(&page, "viewingDoneButton"));
    QCOMPARE(AppointmentRepository(m_session).get(id).status, S::Done);
    // Done is done: no way back to confirmed, and the message says why.
    QLabel *message = find<QLabel>(&page, "viewingsMessage");
    message->clear();
    QVERIFY(click(&page, "confirmViewingButton"));
    QCOMPARE(AppointmentRepository(m_session).get(id).status, S::Done);
    QVERIFY(!message->text().isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.ics"));
    auto *consultant = find<QComboBox>(&page, "viewingConsultant");
    QVERIFY(choose(consultant, consultant->itemData(0)));
    typeIntoNextFileDialog(path);
    QVERIFY(click(&page, "exportWeekIcsButton"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics.contains("BEGIN:VEVENT"));
    // One viewing alone, to send to the client.
    const QString one = dir.filePath(QStringLiteral("one.ics"));
    clickCell(table, 0, 0);
    typeIntoNextFileDialog(one);
    QVERIFY(click(&page, "exportViewingIcsButton"));
    QFile g(one);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll().count("BEGIN:VEVENT"), 1);
}

// A viewing this afternoon cannot be marked a no-show in the morning: the button is disabled and
// says why (a no-show is final: one click lost the booking); check-in stays possible, the client
// may come early. Once the start has passed, the same click marks it.
void TestViewingsPage::noShowWaitsForTheStart()
{
    using S = Vocabulary::AppointmentStatus;
    Appointment a; // fridayMorning() is 27 Nov 2026 10:00
    a.clientId = 5;
    a.startsAt = at("2026-11-27T16:00:00+08:00");
    a.endsAt = a.startsAt + 3600'000;
    AppointmentRepository(m_session).add(a);
    ViewingsPage page(m_session);
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(typeDate(find<QDateEdit>(&page, "viewingsDay"), QDate(2026, 11, 27)));
    QTableView *table = find<QTableView>(&page, "viewingsTable");
    const int row = rowWith(table, 0, a.id, Qt::UserRole);
    QVERIFY(row >= 0);
    clickCell(table, row, 0);
    auto *noShow = find<QPushButton>(&page, "noShowViewingButton");
    QVERIFY(!noShow->isEnabled());
    QVERIFY2(noShow->toolTip().contains(QStringLiteral("2026-11-27 16:00")), qPrintable(noShow->toolTip()));
    QVERIFY(find<QPushButton>(&page, "checkInViewingButton")->isEnabled());
    QVERIFY(find<QPushButton>(&page, "confirmViewingButton")->isEnabled());
    QVERIFY(saveScreenshot(&page, QStringLiteral("viewings-no-show-waits.png")));
    m_clock.set(at("2026-11-27T16:05:00+08:00"));
    page.reload();
    QCOMPARE(table->currentIndex().row(), row);
    QVERIFY(click(&page, "noShowViewingButton"));
    QCOMPARE(AppointmentRepository(m_session).get(a.id).status, QString(S::NoShow));
}

void TestViewingsPage::bookingWithTheKeyboard()
{
    const Client c = addClient(m_session, QStringLiteral("键盘客"), QStringLiteral("13955554444"));
    ViewingsPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(
        typeDate(find<QDateTimeEdit>(&page, "viewingStart"), QDateTime(QDate(2026, 12, 12), QTime(15, 0))));
    // Type the phone into its field, then Tab along the form.
    QLineEdit *phoneEdit = find<QLineEdit>(&page, "viewingPhone");
    phoneEdit->setFocus();
    QTest::keyClicks(phoneEdit, QStringLiteral("139 5555 4444"));
    QTest::keyClick(phoneEdit, Qt::Key_Tab); // consultant
    auto *consultantBox = find<QComboBox>(&page, "viewingConsultant");
    QVERIFY(consultantBox->hasFocus());
    QTest::keyClick(consultantBox, Qt::Key_Down); // the second consultant
    const QString consultant = consultantBox->currentText();
    // Tab on to the Book button and press it with the space bar.
    auto *bookButton = find<QPushButton>(&page, "bookViewingButton");
    for (int i = 0; i < 20 && !bookButton->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(bookButton->hasFocus());
    QTest::keyClick(bookButton, Qt::Key_Space);
    const QLabel *message = find<QLabel>(&page, "viewingsMessage");
    QVERIFY2(message->text().contains(QStringLiteral("键盘客")), qPrintable(message->text()));
    bool found = false;
    for (const Appointment &a : viewingsOf(m_session, c.id, QDate(2026, 12, 12)))
        found |= StaffRepository(m_session).get(a.consultantId).name == consultant;
    QVERIFY(found);
}

// The tester saw lists lose their stretched last column after a refresh (a grey band on the
// right, squeezed columns): resizeColumnsToContents() had sized it to its contents.
void TestViewingsPage::listsStillFillTheirWidthAfterARefresh()
{
    QWidget holder;
    QTableWidget *table =
        RecordTable::create({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, &holder);
    table->resize(800, 300);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    auto filled = [table] {
        int width = 0;
        for (int c = 0; c < table->columnCount(); ++c)
            width += table->horizontalHeader()->sectionSize(c);
        return width;
    };
    for (const QString &text :
         {QStringLiteral("短"), QStringLiteral("一段相当长的文字，占去不少宽度"), QStringLiteral("短")}) {
        RecordTable::fill(table, {{text, text, text}, {text, text, text}});
        QCOMPARE(filled(), table->viewport()->width());
    }
}

QTEST_MAIN(TestViewingsPage)
// With the window's background reader the viewings are read on its thread: nothing shows until
// the rows come back through the event loop; a week asked for keeps the day's rows (and says it is
// reading) until the week's come; a viewing booked shows once read again.
void TestViewingsPage::viewingsReadOnTheBackgroundReader()
{
    const QTimeZone zone("Asia/Shanghai");
    auto count = [&](const QDate &from, int days) {
        return int(AppointmentRepository(m_session)
                       .between(QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
                                QDateTime(from.addDays(days), QTime(0, 0), zone).toMSecsSinceEpoch())
                       .size());
    };
    const QDate today(2026, 11, 27); // a Friday
    const int day = count(today, 1), week = count(today.addDays(-4), 7);
    QVERIFY2(day > 0 && week > day, qPrintable(QStringLiteral("%1 / %2").arg(day).arg(week)));
    BackgroundReader reader(m_session.db);
    ViewingsPage page(m_session, nullptr, &reader);
    QSignalSpy reloaded(&page, &ViewingsPage::reloaded);
    QTableView *table = find<QTableView>(&page, "viewingsTable");
    QLabel *reading = find<QLabel>(&page, "viewingsReading");
    QCOMPARE(table->model()->rowCount(), 0); // nothing was read on this thread
    QVERIFY(!reading->isHidden());
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(table->model()->rowCount(), day);
    QVERIFY(reading->isHidden());

    QVERIFY(choose(find<QComboBox>(&page, "viewingsSpan"), ViewingsPage::tr("Week"), Qt::DisplayRole));
    QCOMPARE(table->model()->rowCount(), day); // the day's rows until the week's come
    QVERIFY(!reading->isHidden());
    QTRY_COMPARE(reloaded.size(), 2);
    QCOMPARE(table->model()->rowCount(), week);
    QVERIFY(reading->isHidden());

    const Client c = addClient(m_session, QStringLiteral("后台看房"), QStringLiteral("13977775555"));
    QVERIFY(typeDate(find<QDateTimeEdit>(&page, "viewingStart"), QDateTime(today, QTime(20, 0))));
    retype(find<QLineEdit>(&page, "viewingPhone"), QStringLiteral("13977775555"));
    QVERIFY(click(&page, "bookViewingButton"));
    QCOMPARE(viewingsOf(m_session, c.id, today).size(), 1);
    QTRY_COMPARE(reloaded.size(), 3);
    QCOMPARE(table->model()->rowCount(), week + 1);
    QVERIFY(tableText(table).contains(QStringLiteral("后台看房")));
}

// Click on the start's hour and type 10: the hour becomes 10 (Qt left the cursor inside the full
// hour "11" and refused the digits; only the arrow keys changed it).
void TestViewingsPage::typingOverTheClickedHour()
{
    ViewingsPage page(m_session);
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QDateTimeEdit *start = find<QDateTimeEdit>(&page, "viewingStart");
    start->setDateTime(QDateTime(QDate(2026, 12, 10), QTime(11, 0)));
    auto *line = start->findChild<QLineEdit *>();
    QVERIFY(line);
    // Between the two digits of the hour ("2026-12-10 1|1:00").
    const int hour = int(start->displayFormat().indexOf(QStringLiteral("HH")));
    line->setCursorPosition(hour + 1);
    const QPoint between = line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    line->setCursorPosition(0);
    QTest::mouseClick(line, Qt::LeftButton, {}, between);
    QCoreApplication::processEvents(); // the section is selected once the click is handled
    QCOMPARE(start->currentSection(), QDateTimeEdit::HourSection);
    QTest::keyClicks(start, QStringLiteral("10"));
    QCOMPARE(start->time(), QTime(10, 0));
    QCOMPARE(start->date(), QDate(2026, 12, 10));
    // The minutes likewise.
    line->setCursorPosition(hour + 4);
    const QPoint minutes = line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    line->setCursorPosition(0);
    QTest::mouseClick(line, Qt::LeftButton, {}, minutes);
    QCoreApplication::processEvents();
    QTest::keyClicks(start, QStringLiteral("45"));
    QCOMPARE(start->time(), QTime(10, 45));
}

#include "tst_viewingspage.moc"
