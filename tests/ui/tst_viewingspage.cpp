// SPDX-License-Identifier: GPL-3.0-or-later
// The viewings page offscreen: day and week views by consultant and by sample unit, booking with
// conflicts named, moving a viewing on, exporting a consultant's week.
#include "Fixtures.h"
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "ViewingsPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestViewingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dayAndWeekViews();
    void bookingAndConflicts();
    void checkInAndExport();
    void bookingWithTheKeyboard();

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

void TestViewingsPage::dayAndWeekViews()
{
    ViewingsPage page(m_session);
    page.resize(1300, 700);
    page.showDay(QDate(2026, 11, 27), false);
    const int day = page.table()->rowCount();
    page.showDay(QDate(2026, 11, 27), true);
    const int week = page.table()->rowCount();
    QVERIFY2(week >= day && week > 0, qPrintable(QStringLiteral("%1 / %2").arg(day).arg(week)));
    // Grouped: the first column never goes back to a group it left.
    page.setGroupBySampleUnit(true);
    QStringList seen;
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        const QString g = page.table()->item(row, 0)->text();
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
    page.consultantBox()->setCurrentIndex(0);
    page.startEdit()->setDate(QDate(2026, 12, 10));
    page.startEdit()->setTime(QTime(10, 0));
    page.partyBox()->setValue(3);
    page.locationBox()->setCurrentIndex(0);
    QVERIFY2(page.book(QStringLiteral("139 7777 6666")), qPrintable(page.statusLabel()->text()));
    // The same consultant half an hour later: refused, naming the booking.
    page.startEdit()->setTime(QTime(10, 30));
    QVERIFY(!page.book(QStringLiteral("13977776666")));
    QVERIFY2(page.statusLabel()->text().contains(page.consultantBox()->currentText()),
             qPrintable(page.statusLabel()->text()));
    // An unknown phone is refused, saying where to register the client.
    QVERIFY(!page.book(QStringLiteral("13600001234")));
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("13600001234")),
             qPrintable(page.statusLabel()->text()));
}

void TestViewingsPage::checkInAndExport()
{
    ViewingsPage page(m_session);
    page.showDay(QDate(2026, 12, 10), false);
    QVERIFY(page.table()->rowCount() >= 1);
    page.table()->selectRow(0);
    QVERIFY(page.setSelectedStatus(QStringLiteral("checked_in")));
    QVERIFY(page.setSelectedStatus(QStringLiteral("done")));
    QVERIFY(!page.setSelectedStatus(QStringLiteral("booked")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.ics"));
    QVERIFY(page.exportConsultantWeek(page.consultantBox()->itemData(0).toLongLong(), path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics.contains("BEGIN:VEVENT"));
    // One viewing alone, to send to the client.
    const QString one = dir.filePath(QStringLiteral("one.ics"));
    page.table()->selectRow(0);
    QVERIFY(page.exportSelectedViewing(one));
    QFile g(one);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll().count("BEGIN:VEVENT"), 1);
}

void TestViewingsPage::bookingWithTheKeyboard()
{
    const Client c = addClient(m_session, QStringLiteral("键盘客"), QStringLiteral("13955554444"));
    ViewingsPage page(m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.startEdit()->setDate(QDate(2026, 12, 12));
    page.startEdit()->setTime(QTime(15, 0));
    // Type the phone into its field, then Tab along the form.
    QLineEdit *phoneEdit = nullptr;
    for (QLineEdit *edit : page.findChildren<QLineEdit *>())
        if (edit->placeholderText() == ViewingsPage::tr("the client's phone"))
            phoneEdit = edit;
    QVERIFY(phoneEdit);
    phoneEdit->setFocus();
    QTest::keyClicks(phoneEdit, QStringLiteral("139 5555 4444"));
    QTest::keyClick(phoneEdit, Qt::Key_Tab); // consultant
    QVERIFY(page.consultantBox()->hasFocus());
    QTest::keyClick(page.consultantBox(), Qt::Key_Down); // the second consultant
    const QString consultant = page.consultantBox()->currentText();
    // Tab on to the Book button and press it with the space bar.
    QPushButton *bookButton = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == ViewingsPage::tr("Book"))
            bookButton = b;
    QVERIFY(bookButton);
    for (int i = 0; i < 20 && !bookButton->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(bookButton->hasFocus());
    QTest::keyClick(bookButton, Qt::Key_Space);
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("键盘客")),
             qPrintable(page.statusLabel()->text()));
    const QList<Appointment> booked = AppointmentRepository(m_session).between(
        QDateTime(QDate(2026, 12, 12), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch(),
        QDateTime(QDate(2026, 12, 13), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    bool found = false;
    for (const Appointment &a : booked)
        found |= a.clientId == c.id && StaffRepository(m_session).get(a.consultantId).name == consultant;
    QVERIFY(found);
}

QTEST_MAIN(TestViewingsPage)
#include "tst_viewingspage.moc"
