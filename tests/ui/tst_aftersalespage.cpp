// SPDX-License-Identifier: GPL-3.0-or-later
// The after-sales screens offscreen on demo data: the complaints board with live deadlines and
// its steps, the handovers with their defect lists, an overdue defect raised as a complaint, and
// the sign-off sheet printed to a PDF whose text (Chinese included) is checked.
#include "Fixtures.h"
#include "GuiTestHelpers.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "ComplaintsPage.h"
#include "DeadlineCell.h"
#include "HandoversPage.h"
#include "StatePalette.h"
#include "core/OfficeTime.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "reports/HandoverSheetReport.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/HandoverRepository.h"
#include "services/ComplaintsBoard.h"
#include "storage/BackgroundReader.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestAfterSalesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void boardShowsLiveDeadlines();
    void intakeAndStepsOnTheBoard();
    void intakePhoneIsReadAsAPhone();
    void handoverScheduledAndNoticed();
    void defectListRaisesAnOverdueDefect();
    void signOffSheetPdf();
    void signOffSheetBeforeTheInspection();
    void receptionRecordsButDoesNotHandle();
    void aFailedReadLeavesNoStepOpenAndClearsOnceReadAgain();
    void boardReadsOnTheBackgroundReader();
    void unitsAwaitingAHandoverReadOnTheBackgroundReader();
    void escalationWritesOnTheBackgroundReader();
    void boardFitsTextsPastItsFirstHundredLines();
    void handoverFormsStartEmptyForTheNextRecord();
    void complaintFormsStartAtTheirDefaultsForTheNextRecord();

private:
    static DeadlineState stateOf(const QTableWidgetItem *item)
    {
        return DeadlineState(item->data(DeadlineCell::StateRole).toInt());
    }
    // The state of the deadline in a cell of a table (of items, or a view over the lines read).
    static DeadlineState stateOf(const QAbstractItemView *table, int row, int column)
    {
        return DeadlineState(cellData(table, row, column, DeadlineCell::StateRole).toInt());
    }
    // The row of a complaint, handover or defect by the number the table shows; -1 if not listed.
    static int rowOf(const QAbstractItemView *table, qint64 id)
    {
        return rowWith(table, 0, QString::number(id));
    }
    // The number in the selected row; 0 when nothing is selected.
    static qint64 selectedNumber(const QAbstractItemView *table)
    {
        const int row = selectedRow(table);
        return row < 0 ? 0 : cellData(table, row, 0).toLongLong();
    }
    // Shows a page offscreen, ready to be clicked.
    static void showPage(QWidget *page)
    {
        page->resize(1500, 860);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }
    qint64 showcaseHandover();
    QString signOffSheetText(qint64 handover);

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestAfterSalesPage::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 1000, 5);
}

void TestAfterSalesPage::boardShowsLiveDeadlines()
{
    ComplaintsPage page(m_session);
    showPage(&page);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    const int rows = t->model()->rowCount();
    QVERIFY(rows > 3);
    int overdue = 0, paused = 0, met = 0;
    qint64 emergency = 0;
    for (int r = 0; r < rows; ++r) {
        const qint64 id = cellData(t, r, ComplaintsPage::NumberColumn).toLongLong();
        QCOMPARE(cellData(t, r, ComplaintsPage::ClientColumn, Qt::UserRole).toLongLong(), id);
        const Complaint c = ComplaintRepository(m_session).get(id);
        QVERIFY(c.closedAt == 0); // open ones only
        // Colours: an urgent or emergency severity in red, an escalated complaint's time on red.
        QCOMPARE(cellData(t, r, ComplaintsPage::SeverityColumn, Qt::ForegroundRole).isValid(),
                 c.severity != Vocabulary::ComplaintSeverity::Normal);
        QCOMPARE(cellData(t, r, ComplaintsPage::EscalatedColumn, Qt::BackgroundRole).isValid(),
                 c.escalatedAt > 0);
        QVERIFY(!cellData(t, r, ComplaintsPage::ClientColumn, Qt::BackgroundRole).isValid());
        for (int column : {ComplaintsPage::FirstResponseColumn, ComplaintsPage::SolutionColumn,
                           ComplaintsPage::OnSiteColumn, ComplaintsPage::ReturnVisitColumn}) {
            const QVariant stored = cellData(t, r, column, DeadlineCell::ItemRole);
            if (!stored.isValid()) {
                QCOMPARE(cellData(t, r, column).toString(), QStringLiteral("—"));
                continue;
            }
            const DeadlineItem item = stored.value<DeadlineItem>();
            QCOMPARE(item.entityId, id);
            QCOMPARE(cellData(t, r, column).toString(), DeadlineCell::text(item, m_clock.nowMs()));
            const DeadlineState state = item.stateAt(m_clock.nowMs());
            QCOMPARE(stateOf(t, r, column), state);
            QCOMPARE(cellData(t, r, column, Qt::BackgroundRole).value<QColor>(),
                     StatePalette::background(state));
            overdue += state == DeadlineState::Overdue;
            paused += state == DeadlineState::Paused;
            met += state == DeadlineState::Met || state == DeadlineState::MetLate;
            if (column == ComplaintsPage::OnSiteColumn && state == DeadlineState::Overdue)
                emergency = id;
        }
    }
    QVERIFY(overdue > 0);
    QVERIFY(paused > 0); // the one waiting for the client
    QVERIFY(met > 0);
    QVERIFY(emergency > 0); // the emergency nobody reached
    // The countdown moves on without reading the database (the page's one-second timer).
    clickCell(t, rowOf(t, emergency), ComplaintsPage::ClientColumn);
    QCOMPARE(selectedNumber(t), emergency);
    auto onSite = [&] { return cellData(t, rowOf(t, emergency), ComplaintsPage::OnSiteColumn).toString(); };
    const QString before = onSite();
    QSignalSpy changed(t->model(), &QAbstractItemModel::dataChanged);
    m_clock.set(fridayMorning() + 60'000);
    page.tick();
    QVERIFY(onSite() != before);
    QCOMPARE(changed.size(), 1); // one change for the whole board, not one per cell
    m_clock.set(fridayMorning());
    page.tick();
    QCOMPARE(onSite(), before);
    QCOMPARE(selectedNumber(t), emergency); // the selection stays
    // Its history and the steps it allows.
    QVERIFY(find<QListWidget>(&page, "complaintHistory")->count() >= 1);
    QVERIFY(find<QPushButton>(&page, "step-onsite")->isEnabled());
    QVERIFY(!find<QPushButton>(&page, "step-closed")->isEnabled());
    // Every status fits its column, "已初步响应 · 等待客户回复" too, with room for how Chinese is
    // drawn (a character wider than the views measure it).
    const QFontMetrics fm = t->fontMetrics();
    for (int r = 0; r < rows; ++r) {
        const QString status = cellData(t, r, ComplaintsPage::StatusColumn).toString();
        QVERIFY2(t->columnWidth(ComplaintsPage::StatusColumn) >=
                     fm.horizontalAdvance(status) + fm.horizontalAdvance(QStringLiteral("中")),
                 qPrintable(status));
    }
    QVERIFY(saveScreenshot(&page, QStringLiteral("complaints-board.png")));
}

void TestAfterSalesPage::intakeAndStepsOnTheBoard()
{
    const Client client = addClient(m_session, QStringLiteral("投诉业主"), QStringLiteral("13700001111"));
    ComplaintsPage page(m_session);
    showPage(&page);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    QLabel *message = find<QLabel>(&page, "complaintsMessage");
    QListWidget *history = find<QListWidget>(&page, "complaintHistory");
    QTest::keyClicks(find<QLineEdit>(&page, "complaintPhone"), QStringLiteral("137 0000 1111"));
    QVERIFY(choose(find<QComboBox>(&page, "complaintSeverity"), QStringLiteral("urgent")));
    QLineEdit *description = find<QLineEdit>(&page, "complaintDescription");
    typeText(description, QStringLiteral("楼上漏水到我家厨房"));
    QTest::keyClick(description, Qt::Key_Return);
    const qint64 id = selectedNumber(t); // the new complaint is selected
    QVERIFY2(id > 0, qPrintable(message->text()));
    const Complaint c = ComplaintRepository(m_session).get(id);
    QCOMPARE(c.clientId, client.id);
    QCOMPARE(c.severity, QStringLiteral("urgent"));
    QCOMPARE(c.description, QStringLiteral("楼上漏水到我家厨房"));
    QCOMPARE(stateOf(t, rowOf(t, id), ComplaintsPage::FirstResponseColumn), DeadlineState::OnTrack);
    QVERIFY(!find<QPushButton>(&page, "step-resolved")->isEnabled());
    QVERIFY(!find<QPushButton>(&page, "step-closed")->isEnabled());
    // An illegal step (its button is disabled, so only a call reaches it) is refused with the
    // field named, nothing changes.
    QVERIFY(!page.act(QStringLiteral("closed")));
    QVERIFY(message->text().startsWith(FieldNames::label(QStringLiteral("status"))));
    QCOMPARE(ComplaintRepository(m_session).get(id).status, c.status);
    // First response with a note.
    m_clock.set(fridayMorning() + 20 * 60'000);
    typeText(find<QLineEdit>(&page, "complaintNote"), QStringLiteral("已联系楼上业主关闭阀门"));
    QVERIFY(click(&page, "step-first_response"));
    QCOMPARE(ComplaintRepository(m_session).get(id).status, QStringLiteral("first_response"));
    QCOMPARE(selectedNumber(t), id);
    QCOMPARE(stateOf(t, rowOf(t, id), ComplaintsPage::FirstResponseColumn), DeadlineState::Met);
    QVERIFY(history->item(history->count() - 1)->text().contains(QStringLiteral("已联系楼上业主关闭阀门")));
    QVERIFY(!find<QPushButton>(&page, "step-first_response")->isEnabled());
    QVERIFY(find<QPushButton>(&page, "step-solution_proposed")->isEnabled());
    // Waiting for the client pauses the solution clock on the board.
    QVERIFY(click(&page, "step-waiting"));
    QCOMPARE(stateOf(t, rowOf(t, id), ComplaintsPage::SolutionColumn), DeadlineState::Paused);
    QVERIFY(find<QPushButton>(&page, "step-resumed")->isEnabled());
    m_clock.set(fridayMorning());
}

// Trial 2026-12-04b #13: "139" is too short for a phone — said naming the phone, as the front desk
// says it, not "no client has the phone 139"; Enter in the phone box records, as the button does.
void TestAfterSalesPage::intakePhoneIsReadAsAPhone()
{
    const Client client = addClient(m_session, QStringLiteral("回车业主"), QStringLiteral("13700007771"));
    ComplaintsPage page(m_session);
    showPage(&page);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    QLabel *message = find<QLabel>(&page, "complaintsMessage");
    QLineEdit *phone = find<QLineEdit>(&page, "complaintPhone");
    typeText(find<QLineEdit>(&page, "complaintDescription"), QStringLiteral("电梯噪音大"));
    const int before = ComplaintRepository(m_session).list(false, 1'000'000).size();
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("139"));
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(message->text(), QStringLiteral("Phone: \"139\" is too short for a phone number"));
    QCOMPARE(ComplaintRepository(m_session).list(false, 1'000'000).size(), before);
    QCOMPARE(page.focusWidget(), phone);
    retype(phone, QStringLiteral("137 0000 7771"));
    QTest::keyClick(phone, Qt::Key_Return);
    const qint64 id = selectedNumber(t);
    QVERIFY2(id > 0, qPrintable(message->text()));
    QCOMPARE(ComplaintRepository(m_session).get(id).clientId, client.id);
}

qint64 TestAfterSalesPage::showcaseHandover()
{
    // The demo's handover done 35 days ago with two defects left open past their deadline.
    for (const Handover &h : HandoverRepository(m_session).list(false, 5000)) {
        const QList<Defect> defects = HandoverRepository(m_session).defects(h.id);
        if (h.status == QLatin1String("done") && h.handoverOn == QDate(2026, 11, 27).addDays(-35) &&
            defects.size() >= 2)
            return h.id;
    }
    return 0;
}

void TestAfterSalesPage::handoverScheduledAndNoticed()
{
    HandoversPage page(m_session);
    showPage(&page);
    QComboBox *units = find<QComboBox>(&page, "handoverUnit");
    QLabel *message = find<QLabel>(&page, "handoversMessage");
    QTableWidget *t = find<QTableWidget>(&page, "handoverList");
    QVERIFY(units->count() > 0);
    const int unitsBefore = units->count();
    const qint64 unitId = units->currentData().toList().constFirst().toLongLong();
    QVERIFY(typeDate(find<QDateEdit>(&page, "handoverDate"), QDate(2026, 12, 20)));
    QVERIFY(click(&page, "scheduleHandoverButton"));
    QCOMPARE(units->count(), unitsBefore - 1); // the unit is no longer waiting
    const qint64 id = selectedNumber(t);
    QVERIFY2(id > 0, qPrintable(message->text()));
    const Handover scheduled = HandoverRepository(m_session).get(id);
    QCOMPARE(scheduled.unitId, unitId);
    QCOMPARE(scheduled.handoverOn, QDate(2026, 12, 20));
    const int row = rowOf(t, id);
    QVERIFY(row >= 0);
    QCOMPARE(stateOf(t->item(row, HandoversPage::NoticeColumn)), DeadlineState::OnTrack);
    // The notice is due within 2026-12-13, seven days before the handover (not "2026-12-14 00:00").
    QVERIFY2(t->item(row, HandoversPage::NoticeColumn)->toolTip().contains(QStringLiteral("2026-12-13")),
             qPrintable(t->item(row, HandoversPage::NoticeColumn)->toolTip()));
    QVERIFY(!t->item(row, HandoversPage::NoticeColumn)->toolTip().contains(QStringLiteral("00:00")));
    // Done needs the inspection first: refused, said by name.
    QVERIFY(click(&page, "handoverDoneButton"));
    QCOMPARE(message->text(), HandoverRepository::tr("Inspection: inspect the home with the client first"));
    QVERIFY(HandoverRepository(m_session).get(id).status != QLatin1String("done"));
    retype(find<QComboBox>(&page, "noticeChannel")->lineEdit(), QStringLiteral("短信"));
    QVERIFY(click(&page, "noticeSentButton"));
    QCOMPARE(HandoverRepository(m_session).get(id).noticeChannel, QStringLiteral("短信"));
}

void TestAfterSalesPage::defectListRaisesAnOverdueDefect()
{
    const qint64 handover = showcaseHandover();
    QVERIFY(handover > 0);
    HandoversPage page(m_session);
    showPage(&page);
    QTableWidget *t = find<QTableWidget>(&page, "handoverList");
    QLabel *message = find<QLabel>(&page, "handoversMessage");
    QCOMPARE(rowOf(t, handover), -1); // done ones are under "All handovers"
    QVERIFY(choose(find<QComboBox>(&page, "handoversScope"), QStringLiteral("all")));
    QVERIFY(rowOf(t, handover) >= 0);
    clickCell(t, rowOf(t, handover), HandoversPage::UnitColumn);
    QTableWidget *defects = find<QTableWidget>(&page, "defectList");
    QCOMPARE(defects->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(stateOf(defects->item(r, HandoversPage::DeadlineColumn)), DeadlineState::Overdue);
    // A new defect with its own deadline: 5 working days from Friday, due Fri 4 Dec.
    retype(find<QLineEdit>(&page, "defectLocation"), QStringLiteral("阳台"));
    retype(find<QLineEdit>(&page, "defectDescription"), QStringLiteral("栏杆松动"));
    retype(find<QLineEdit>(&page, "defectResponsible"), QStringLiteral("门窗分包商"));
    QSpinBox *days = find<QSpinBox>(&page, "defectDays");
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("5"));
    QCOMPARE(days->value(), 5);
    QVERIFY(click(&page, "addDefectButton"));
    QVERIFY2(defects->rowCount() == 3, qPrintable(message->text()));
    QCOMPARE(defects->item(2, HandoversPage::DescriptionColumn)->text(), QStringLiteral("栏杆松动"));
    QVERIFY(defects->item(2, HandoversPage::DeadlineColumn)
                ->toolTip()
                .contains(QStringLiteral("2026-12-04 18:00")));
    QCOMPARE(stateOf(defects->item(2, HandoversPage::DeadlineColumn)), DeadlineState::OnTrack);
    // Not overdue: it cannot be raised as a complaint yet.
    const qint64 newDefect = defects->item(2, HandoversPage::DefectNumberColumn)->text().toLongLong();
    clickCell(defects, 2, HandoversPage::DescriptionColumn);
    QVERIFY(click(&page, "raiseComplaintButton"));
    QCOMPARE(HandoverRepository(m_session).defect(newDefect).complaintId, qint64(0));
    QVERIFY(defects->item(2, HandoversPage::ComplaintColumn)->text().isEmpty());
    // The demo raised the first as a complaint already; the second becomes one in one click.
    QVERIFY(!defects->item(0, HandoversPage::ComplaintColumn)->text().isEmpty());
    QVERIFY(defects->item(1, HandoversPage::ComplaintColumn)->text().isEmpty());
    const qint64 defectId = defects->item(1, HandoversPage::DefectNumberColumn)->text().toLongLong();
    clickCell(defects, 1, HandoversPage::DescriptionColumn);
    QSignalSpy raised(&page, &HandoversPage::complaintRaised);
    QVERIFY(click(&page, "raiseComplaintButton"));
    QVERIFY2(raised.size() == 1, qPrintable(message->text()));
    const qint64 complaintId = raised.constFirst().constFirst().toLongLong();
    QCOMPARE(HandoverRepository(m_session).defect(defectId).complaintId, complaintId);
    QCOMPARE(defects->item(1, HandoversPage::ComplaintColumn)->text(),
             HandoversPage::tr("No. %1").arg(complaintId));
    QCOMPARE(stateOf(defects->item(1, HandoversPage::DeadlineColumn)),
             DeadlineState::Overdue); // history kept
    QVERIFY(saveScreenshot(&page, QStringLiteral("handover-defects.png")));
}

// The sign-off sheet of a handover whose home has not been inspected yet says so: never "no
// defects were found" nor "the owner has inspected the home" before anyone has.
void TestAfterSalesPage::signOffSheetBeforeTheInspection()
{
    qint64 handover = 0;
    for (const Handover &h : HandoverRepository(m_session).list(true, 5000))
        if (h.inspectedAt == 0 && HandoverRepository(m_session).defects(h.id).isEmpty())
            handover = h.id;
    QVERIFY(handover > 0);
    const QString noDefects = HandoverSheetReport::tr("No defects were found.");
    // The start of "The owner has inspected the home together with our staff. …" (its first line).
    const QString inspectedTogether =
        HandoverSheetReport::tr(
            "The owner has inspected the home together with our staff. The defects above will be fixed by the "
            "dates shown and re-inspected with the owner. Keys, documents and meter readings are handed over "
            "with this sheet. Thank you for your trust.")
            .left(20);
    const QString extracted = signOffSheetText(handover);
    QVERIFY2(extracted.contains(HandoverSheetReport::title()), qPrintable(extracted));
    QVERIFY2(
        extracted.contains(HandoverSheetReport::tr("The home has not been inspected with the owner yet.")),
        qPrintable(extracted));
    QVERIFY2(!extracted.contains(noDefects), qPrintable(extracted));
    QVERIFY2(!extracted.contains(inspectedTogether), qPrintable(extracted));
    // Once inspected, the sheet says what the inspection found.
    HandoverRepository(m_session).recordInspection(handover, QString());
    const QString after = signOffSheetText(handover);
    QVERIFY2(after.contains(noDefects), qPrintable(after));
    QVERIFY2(after.contains(inspectedTogether), qPrintable(after));
}

// Saves the sign-off sheet of handover as the user does (select it, PDF button, file name) and
// returns the PDF's text.
QString TestAfterSalesPage::signOffSheetText(qint64 handover)
{
    HandoversPage page(m_session);
    showPage(&page);
    QTableWidget *t = find<QTableWidget>(&page, "handoverList");
    if (!choose(find<QComboBox>(&page, "handoversScope"), QStringLiteral("all")) || rowOf(t, handover) < 0)
        return QStringLiteral("handover %1 is not listed").arg(handover);
    clickCell(t, rowOf(t, handover), HandoversPage::UnitColumn);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("signoff.pdf"));
    typeIntoNextFileDialog(pdf);
    click(&page, "signOffPdfButton");
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/handover-signoff-%1.pdf").arg(handover));
    return rawPdfText(pdf);
}

void TestAfterSalesPage::signOffSheetPdf()
{
    const qint64 handover = showcaseHandover();
    HandoversPage page(m_session);
    showPage(&page);
    QTableWidget *t = find<QTableWidget>(&page, "handoverList");
    QVERIFY(choose(find<QComboBox>(&page, "handoversScope"), QStringLiteral("all")));
    QVERIFY(rowOf(t, handover) >= 0);
    clickCell(t, rowOf(t, handover), HandoversPage::UnitColumn);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("signoff.pdf"));
    // The PDF button asks for a file name in a file dialog: the test types it there.
    typeIntoNextFileDialog(pdf);
    QVERIFY(click(&page, "signOffPdfButton"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(find<QLabel>(&page, "handoversMessage")->text()));
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/handover-signoff.pdf"));
    const QString extracted = rawPdfText(pdf);
    QVERIFY2(extracted.contains(HandoverSheetReport::title()), qPrintable(extracted));
    const Handover h = HandoverRepository(m_session).get(handover);
    QVERIFY2(extracted.contains(ClientRepository(m_session).get(h.clientId).name),
             qPrintable(extracted)); // Chinese embedded
    for (const Defect &d : HandoverRepository(m_session).defects(handover))
        QVERIFY2(extracted.contains(d.description),
                 qPrintable(d.description + QStringLiteral("\n") + extracted));
    QVERIFY2(extracted.contains(QString::fromUtf8("物业服务中心")), qPrintable(extracted));
}

void TestAfterSalesPage::receptionRecordsButDoesNotHandle()
{
    Session desk = m_session;
    desk.role = QStringLiteral("reception");
    ComplaintsPage complaints(desk);
    showPage(&complaints);
    QTableView *board = find<QTableView>(&complaints, "complaintsBoard");
    QVERIFY(board->model()->rowCount() > 0);
    clickCell(board, 0, ComplaintsPage::ClientColumn);
    QVERIFY(selectedNumber(board) > 0);
    for (const char *step : {"first_response", "solution_proposed", "resolved", "closed", "reopened"})
        QVERIFY2(
            !complaints.findChild<QPushButton *>(QStringLiteral("step-") + QLatin1String(step))->isEnabled(),
            step);
    // Reception takes complaints in.
    const qint64 before = ComplaintRepository(m_session).list(false, 5000).size();
    QTest::keyClicks(find<QLineEdit>(&complaints, "complaintPhone"), QStringLiteral("13700001111"));
    typeText(find<QLineEdit>(&complaints, "complaintDescription"), QStringLiteral("前台代登记：车位被占"));
    QVERIFY(click(&complaints, "recordComplaintButton"));
    QVERIFY2(ComplaintRepository(m_session).list(false, 5000).size() == before + 1,
             qPrintable(find<QLabel>(&complaints, "complaintsMessage")->text()));
    // And sees the handovers without changing them.
    HandoversPage handovers(desk);
    showPage(&handovers);
    QVERIFY(find<QTableWidget>(&handovers, "handoverList")->rowCount() > 0);
    QVERIFY(!find<QComboBox>(&handovers, "handoverUnit")->isEnabled());
    QVERIFY(!find<QLineEdit>(&handovers, "defectLocation")->isEnabled());
    QVERIFY(!find<QPushButton>(&handovers, "scheduleHandoverButton")->isEnabled());
}

// The tester's F4: with the office server gone the board could not be read, and every step
// button was enabled with nothing selected (they were only set by a selection); after the
// reconnect the read's error stayed under the buttons.
void TestAfterSalesPage::aFailedReadLeavesNoStepOpenAndClearsOnceReadAgain()
{
    QSqlDatabase db = m_session.db->connection();
    Sql::run(db, QStringLiteral("ALTER TABLE complaints RENAME TO complaints_away")); // unreadable
    ComplaintsPage page(m_session);
    showPage(&page);
    QLabel *message = find<QLabel>(&page, "complaintsMessage");
    QVERIFY(!message->text().isEmpty());
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->objectName().startsWith(QLatin1String("step-")))
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
    Sql::run(db, QStringLiteral("ALTER TABLE complaints_away RENAME TO complaints")); // back again
    page.reload();
    QVERIFY(find<QTableView>(&page, "complaintsBoard")->model()->rowCount() > 0);
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
}

QTEST_MAIN(TestAfterSalesPage)
// With the window's background reader the board is read on its thread: nothing shows until the
// rows come back through the event loop; a complaint recorded there, or one asked for from
// elsewhere (closed, so not on the board of open ones), is selected once its rows are shown.
void TestAfterSalesPage::boardReadsOnTheBackgroundReader()
{
    const Client client = addClient(m_session, QStringLiteral("读取业主"), QStringLiteral("13700002222"));
    const int open = int(ComplaintsBoard::read(m_session, ComplaintsBoard::Scope::Open).complaints.size());
    QVERIFY(open > 3);
    BackgroundReader reader(m_session.db);
    ComplaintsPage page(m_session, nullptr, &reader);
    QSignalSpy reloaded(&page, &ComplaintsPage::reloaded);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    QCOMPARE(t->model()->rowCount(), 0); // nothing was read on this thread
    QVERIFY(!find<QLabel>(&page, "complaintsReading")->isHidden());
    showPage(&page);
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(t->model()->rowCount(), open);
    QVERIFY(find<QLabel>(&page, "complaintsReading")->isHidden());

    // Recorded here: the board is read again, the old rows stay meanwhile, then the new one is selected.
    QTest::keyClicks(find<QLineEdit>(&page, "complaintPhone"), QStringLiteral("13700002222"));
    QLineEdit *description = find<QLineEdit>(&page, "complaintDescription");
    typeText(description, QStringLiteral("电梯经常停运"));
    QTest::keyClick(description, Qt::Key_Return);
    QList<Complaint> recorded = ComplaintRepository(m_session).list(true);
    recorded.removeIf([&](const Complaint &c) { return c.clientId != client.id; });
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(t->model()->rowCount(), open);
    QCOMPARE(rowOf(t, recorded.constFirst().id), -1);
    QTRY_COMPARE(reloaded.size(), 2);
    QCOMPARE(t->model()->rowCount(), open + 1);
    QCOMPARE(selectedNumber(t), recorded.constFirst().id);

    // A closed complaint asked for: the board turns to every complaint and selects it.
    const QList<Complaint> all = ComplaintRepository(m_session).list(false);
    const auto closed =
        std::find_if(all.begin(), all.end(), [](const Complaint &c) { return c.closedAt > 0; });
    QVERIFY(closed != all.end());
    page.showComplaint(closed->id);
    QTRY_COMPARE(selectedNumber(t), closed->id);
    QCOMPARE(find<QComboBox>(&page, "complaintsScope")->currentData().toString(), QStringLiteral("all"));
}

// With the window's background reader the units awaiting a handover (thousands at office scale)
// and the list of handovers are read on its thread: the unit choice and the list fill when they come.
void TestAfterSalesPage::unitsAwaitingAHandoverReadOnTheBackgroundReader()
{
    const int awaiting = int(HandoverRepository(m_session).unitsAwaitingHandover().size());
    QVERIFY(awaiting > 0);
    BackgroundReader reader(m_session.db);
    HandoversPage page(m_session, nullptr, &reader);
    const int listed = int(HandoverRepository(m_session).rows(true).size());
    QVERIFY(listed > 0);
    QComboBox *units = find<QComboBox>(&page, "handoverUnit");
    QTableWidget *handovers = find<QTableWidget>(&page, "handoverList");
    QCOMPARE(units->count(), 0);        // nothing was read on this thread
    QCOMPARE(handovers->rowCount(), 0); // the list of handovers neither
    showPage(&page);
    QTRY_COMPARE(units->count(), awaiting);
    QTRY_COMPARE(handovers->rowCount(), listed);
}

// With the window's background reader the board's escalation of late complaints (a write, on a
// timer) runs on the reader's thread, never on this one, and the board shows what it escalated.
void TestAfterSalesPage::escalationWritesOnTheBackgroundReader()
{
    const Client client = addClient(m_session, QStringLiteral("逾期业主"), QStringLiteral("13700003333"));
    Complaint late;
    late.clientId = client.id;
    late.description = QStringLiteral("漏水三天无人处理");
    late.receivedAt = m_clock.nowMs() - 10 * 24 * 3600 * 1000LL; // every deadline of it long past
    ComplaintRepository(m_session).add(late);
    QCOMPARE(ComplaintRepository(m_session).get(late.id).escalatedAt, 0);

    QSemaphore gate;
    BackgroundReader reader(m_session.db);
    QObject receiver;
    // The reader is held busy until the test lets it go: whatever reload() did on this thread has
    // been done by then.
    reader.read<int>(
        &receiver,
        [&gate] {
            gate.acquire();
            return 0;
        },
        [](const int &) {}, [](const QString &) {});
    auto letGo = qScopeGuard([&gate] { gate.release(); });
    ComplaintsPage page(m_session, nullptr, &reader);
    QSignalSpy reloaded(&page, &ComplaintsPage::reloaded);
    showPage(&page);
    QCOMPARE(ComplaintRepository(m_session).get(late.id).escalatedAt, 0); // nothing written on this thread
    QCOMPARE(reloaded.size(), 0);
    letGo.dismiss();
    gate.release();
    QTRY_COMPARE(reloaded.size(), 1);
    const qint64 escalatedAt = ComplaintRepository(m_session).get(late.id).escalatedAt;
    QVERIFY(escalatedAt > 0);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    const int row = rowOf(t, late.id);
    QVERIFY(row >= 0);
    QCOMPARE(cellData(t, row, ComplaintsPage::EscalatedColumn).toString(),
             OfficeTime::formatDateTime(escalatedAt));
    QCOMPARE(cellData(t, row, ComplaintsPage::EscalatedColumn, Qt::BackgroundRole).value<QColor>(),
             StatePalette::background(Tone::Alert));

    // Reloaded on the timer's path again: nothing left to escalate, the time stays.
    page.reload();
    QTRY_COMPARE(reloaded.size(), 2);
    QCOMPARE(ComplaintRepository(m_session).get(late.id).escalatedAt, escalatedAt);
}

// The board's columns fit its first 100 lines as the view measures them (not up to 1 000, Qt's
// default: hundreds of complaints at office scale), and a longer text further down widens its
// column too: a complaint older than the 110 recorded after it, of a client with a long name, reopened and
// waiting for the client, shows whole, with the character more that Chinese text needs.
void TestAfterSalesPage::boardFitsTextsPastItsFirstHundredLines()
{
    const Client longName =
        addClient(m_session, QStringLiteral("欧阳司马诸葛长名字业主"), QStringLiteral("13700004444"));
    const Client shortName = addClient(m_session, QStringLiteral("王一"), QStringLiteral("13700005555"));
    ComplaintRepository complaints(m_session);
    Complaint oldest;
    oldest.clientId = longName.id;
    oldest.description = QStringLiteral("最早的一条投诉");
    oldest.receivedAt = m_clock.nowMs() - 60'000;
    complaints.add(oldest);
    complaints.respond(oldest.id, QStringLiteral("已回复"));
    complaints.waitForClient(oldest.id, QStringLiteral("等业主回话"));
    for (int i = 0; i < 110; ++i) {
        Complaint c;
        c.clientId = shortName.id;
        c.description = QStringLiteral("噪音");
        c.receivedAt = m_clock.nowMs();
        complaints.add(c);
    }
    ComplaintsPage page(m_session);
    showPage(&page);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    const int rows = t->model()->rowCount();
    QVERIFY(rows > 110);
    const int last = rowOf(t, oldest.id);
    QVERIFY(last >= 110); // after the 110 newer ones
    QCOMPARE(t->horizontalHeader()->resizeContentsPrecision(), 100);
    const int slack = t->fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (int column :
         {ComplaintsPage::NumberColumn, ComplaintsPage::ClientColumn, ComplaintsPage::SeverityColumn,
          ComplaintsPage::StatusColumn, ComplaintsPage::ReceivedColumn, ComplaintsPage::HandlerColumn}) {
        const bool chinese =
            column != ComplaintsPage::NumberColumn && column != ComplaintsPage::ReceivedColumn;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex cell = t->model()->index(r, column);
            QVERIFY2(t->columnWidth(column) >= t->sizeHintForIndex(cell).width() + (chinese ? slack : 0),
                     qPrintable(QStringLiteral("line %1: %2").arg(r).arg(cell.data().toString())));
        }
    }
    QVERIFY(cellData(t, last, ComplaintsPage::StatusColumn)
                .toString()
                .contains(ComplaintsPage::tr(" · waiting for the client")));
    QVERIFY(saveScreenshot(&page, QStringLiteral("complaints-board-long.png")));
}

// Trial 2026-12-04 P6/P10.3: what was typed for one defect or handover does not carry over to the
// next — the party of the last defect is not prefixed to the next one's, the property contact of a
// handover done is not left for the next handover.
void TestAfterSalesPage::handoverFormsStartEmptyForTheNextRecord()
{
    HandoversPage page(m_session);
    showPage(&page);
    QTableWidget *t = find<QTableWidget>(&page, "handoverList");
    QLabel *message = find<QLabel>(&page, "handoversMessage");
    QVERIFY(click(&page, "scheduleHandoverButton"));
    const qint64 id = selectedNumber(t);
    QVERIFY2(id > 0, qPrintable(message->text()));
    QVERIFY(click(&page, "inspectedButton"));
    QLineEdit *location = find<QLineEdit>(&page, "defectLocation");
    QLineEdit *description = find<QLineEdit>(&page, "defectDescription");
    QLineEdit *responsible = find<QLineEdit>(&page, "defectResponsible");
    QSpinBox *days = find<QSpinBox>(&page, "defectDays");
    retype(location, QStringLiteral("客厅"));
    retype(description, QStringLiteral("墙面开裂"));
    retype(responsible, QStringLiteral("总包单位"));
    retype(days, QStringLiteral("5"));
    QCOMPARE(days->value(), 5);
    QVERIFY(click(&page, "addDefectButton"));
    QVERIFY2(HandoverRepository(m_session).defects(id).size() == 1, qPrintable(message->text()));
    QCOMPARE(HandoverRepository(m_session).defects(id).constFirst().responsible, QStringLiteral("总包单位"));
    // The next defect starts empty, its deadline the policy's.
    QVERIFY(location->text().isEmpty());
    QVERIFY(description->text().isEmpty());
    QVERIFY(responsible->text().isEmpty());
    QCOMPARE(days->value(), 0);
    typeText(location, QStringLiteral("主卧"));
    typeText(description, QStringLiteral("窗户关不严"));
    typeText(responsible, QStringLiteral("门窗厂"));
    QVERIFY(click(&page, "addDefectButton"));
    const QList<Defect> defects = HandoverRepository(m_session).defects(id);
    QCOMPARE(defects.size(), 2);
    QCOMPARE(defects.at(1).responsible, QStringLiteral("门窗厂"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("handover-next-defect.png")));
    // The property contact given for this handover is not left for the next one.
    QLineEdit *contact = find<QLineEdit>(&page, "propertyContact");
    typeText(contact, QStringLiteral("物业服务中心 0571-88886666"));
    QVERIFY(click(&page, "contactGivenButton"));
    QCOMPARE(contact->text(), QStringLiteral("物业服务中心 0571-88886666")); // same handover: kept
    QVERIFY(click(&page, "handoverDoneButton"));
    QVERIFY2(HandoverRepository(m_session).get(id).status == QLatin1String("done"),
             qPrintable(message->text()));
    QVERIFY(contact->text().isEmpty());
    // Typed for one handover, then another one selected: it starts empty too.
    QVERIFY(choose(find<QComboBox>(&page, "handoversScope"), QStringLiteral("all")));
    clickCell(t, rowOf(t, id), HandoversPage::UnitColumn);
    typeText(contact, QStringLiteral("物业"));
    typeText(responsible, QStringLiteral("总包"));
    const int other = rowOf(t, id) == 0 ? 1 : 0;
    clickCell(t, other, HandoversPage::UnitColumn);
    QVERIFY(selectedNumber(t) != id);
    QVERIFY(contact->text().isEmpty());
    QVERIFY(responsible->text().isEmpty());
}

// Trial 2026-12-04 P6: the return visit's score and "satisfied" are set for one complaint, never
// carried to the next one selected (its visit would be recorded as unsatisfied and reopen it), and
// the intake line's severity goes back to normal after an emergency was recorded.
void TestAfterSalesPage::complaintFormsStartAtTheirDefaultsForTheNextRecord()
{
    const Client client = addClient(m_session, QStringLiteral("回访业主"), QStringLiteral("13700009393"));
    QList<qint64> resolved;
    for (int i = 0; i < 2; ++i) {
        Complaint c;
        c.clientId = client.id;
        c.staffId = m_session.actorId;
        c.severity = QStringLiteral("normal");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("服务");
        c.description = QStringLiteral("电梯厅灯不亮");
        c.receivedAt = m_clock.nowMs();
        ComplaintRepository repo(m_session);
        repo.add(c);
        repo.respond(c.id, QStringLiteral("已回电"));
        repo.proposeSolution(c.id, QStringLiteral("更换灯管"));
        repo.resolve(c.id, QStringLiteral("已更换"));
        resolved << c.id;
    }
    ComplaintsPage page(m_session);
    showPage(&page);
    QTableView *t = find<QTableView>(&page, "complaintsBoard");
    QLabel *message = find<QLabel>(&page, "complaintsMessage");
    QVERIFY(choose(find<QComboBox>(&page, "complaintsScope"), QStringLiteral("all")));
    QSpinBox *score = find<QSpinBox>(&page, "complaintSatisfaction");
    QCheckBox *satisfied = find<QCheckBox>(&page, "complaintSatisfied");
    clickCell(t, rowOf(t, resolved.at(0)), ComplaintsPage::ClientColumn);
    retype(score, QStringLiteral("2"));
    QTest::mouseClick(satisfied, Qt::LeftButton, {}, QPoint(4, satisfied->height() / 2));
    QVERIFY(!satisfied->isChecked());
    typeText(find<QLineEdit>(&page, "complaintNote"), QStringLiteral("灯还是时亮时不亮"));
    QVERIFY(click(&page, "step-return_visit"));
    QVERIFY2(ComplaintRepository(m_session).get(resolved.at(0)).reopened > 0, qPrintable(message->text()));
    QCOMPARE(score->value(), 5); // the next visit starts at the defaults
    QVERIFY(satisfied->isChecked());
    // Set for one complaint, then another one selected: its visit starts at the defaults.
    retype(score, QStringLiteral("2"));
    satisfied->setChecked(false);
    clickCell(t, rowOf(t, resolved.at(1)), ComplaintsPage::ClientColumn);
    QCOMPARE(selectedNumber(t), resolved.at(1));
    QCOMPARE(score->value(), 5);
    QVERIFY(satisfied->isChecked());
    typeText(find<QLineEdit>(&page, "complaintNote"), QStringLiteral("业主满意"));
    QVERIFY(click(&page, "step-return_visit"));
    const Complaint visited = ComplaintRepository(m_session).get(resolved.at(1));
    QVERIFY2(visited.reopened == 0 && visited.status == QLatin1String("return_visit"),
             qPrintable(message->text()));
    // After an emergency, the next complaint's severity is normal again.
    QComboBox *severity = find<QComboBox>(&page, "complaintSeverity");
    QVERIFY(choose(find<QComboBox>(&page, "complaintChannel"), QStringLiteral("walk_in")));
    typeText(find<QLineEdit>(&page, "complaintPhone"), QStringLiteral("13700009393"));
    QVERIFY(choose(severity, QStringLiteral("emergency")));
    QLineEdit *description = find<QLineEdit>(&page, "complaintDescription");
    typeText(description, QStringLiteral("家里跑水"));
    QTest::keyClick(description, Qt::Key_Return);
    const qint64 emergency = selectedNumber(t);
    QVERIFY2(emergency > resolved.at(1), qPrintable(message->text()));
    QCOMPARE(ComplaintRepository(m_session).get(emergency).severity, QStringLiteral("emergency"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("normal"));
    QCOMPARE(find<QComboBox>(&page, "complaintChannel")->currentData().toString(), QStringLiteral("phone"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("complaints-next-record.png")));
}

#include "tst_aftersalespage.moc"
