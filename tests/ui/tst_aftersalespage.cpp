// SPDX-License-Identifier: GPL-3.0-or-later
// The after-sales screens offscreen on demo data: the complaints board with live deadlines and
// its steps, the handovers with their defect lists, an overdue defect raised as a complaint, and
// the sign-off sheet printed to a PDF whose text (Chinese included) is checked.
#include "GuiTestHelpers.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "ComplaintsPage.h"
#include "DeadlineCell.h"
#include "HandoversPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "reports/HandoverSheetReport.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/HandoverRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    void handoverScheduledAndNoticed();
    void defectListRaisesAnOverdueDefect();
    void signOffSheetPdf();
    void receptionRecordsButDoesNotHandle();

private:
    static DeadlineState stateOf(const QTableWidgetItem *item)
    {
        return DeadlineState(item->data(DeadlineCell::StateRole).toInt());
    }
    qint64 showcaseHandover();

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
    page.resize(1500, 860);
    QTableWidget *t = page.table();
    QVERIFY(t->rowCount() > 3);
    int overdue = 0, paused = 0, met = 0;
    qint64 emergency = 0;
    for (int r = 0; r < t->rowCount(); ++r) {
        const qint64 id = t->item(r, ComplaintsPage::NumberColumn)->text().toLongLong();
        const Complaint c = ComplaintRepository(m_session).get(id);
        QVERIFY(c.closedAt == 0); // open ones only
        for (int column : {ComplaintsPage::FirstResponseColumn, ComplaintsPage::SolutionColumn,
                           ComplaintsPage::OnSiteColumn, ComplaintsPage::ReturnVisitColumn}) {
            const QTableWidgetItem *cell = t->item(r, column);
            const QVariant stored = cell->data(DeadlineCell::ItemRole);
            if (!stored.isValid()) {
                QCOMPARE(cell->text(), QStringLiteral("—"));
                continue;
            }
            const DeadlineItem item = stored.value<DeadlineItem>();
            QCOMPARE(item.entityId, id);
            QCOMPARE(cell->text(), DeadlineCell::text(item, m_clock.nowMs()));
            const DeadlineState state = item.stateAt(m_clock.nowMs());
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
    // The countdown moves on without reading the database.
    QVERIFY(page.selectComplaint(emergency));
    const QTableWidgetItem *onSite = t->item(page.rowOf(emergency), ComplaintsPage::OnSiteColumn);
    const QString before = onSite->text();
    m_clock.set(fridayMorning() + 60'000);
    page.tick();
    QVERIFY(onSite->text() != before);
    m_clock.set(fridayMorning());
    page.tick();
    QCOMPARE(onSite->text(), before);
    // Its history and the steps it allows.
    QVERIFY(page.history()->count() >= 1);
    QVERIFY(page.stepButton(QStringLiteral("onsite"))->isEnabled());
    QVERIFY(!page.stepButton(QStringLiteral("closed"))->isEnabled());
    // Every status fits its column, "已初步响应 · 等待客户回复" too, with room for how Chinese is
    // drawn (a character wider than the views measure it).
    const QFontMetrics fm = t->fontMetrics();
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString status = t->item(r, ComplaintsPage::StatusColumn)->text();
        QVERIFY2(t->columnWidth(ComplaintsPage::StatusColumn) >=
                     fm.horizontalAdvance(status) + fm.horizontalAdvance(QStringLiteral("中")),
                 qPrintable(status));
    }
    QVERIFY(saveScreenshot(&page, QStringLiteral("complaints-board.png")));
}

void TestAfterSalesPage::intakeAndStepsOnTheBoard()
{
    Client client;
    client.name = QStringLiteral("投诉业主");
    client.phone = QStringLiteral("13700001111");
    ClientRepository(m_session).add(client);
    ComplaintsPage page(m_session);
    QLineEdit *phone = page.findChild<QLineEdit *>(QStringLiteral("complaintPhone"));
    QVERIFY(phone);
    QTest::keyClicks(phone, QStringLiteral("137 0000 1111"));
    page.severityBox()->setCurrentIndex(page.severityBox()->findData(QStringLiteral("urgent")));
    typeText(page.descriptionEdit(), QStringLiteral("楼上漏水到我家厨房"));
    QTest::keyClick(page.descriptionEdit(), Qt::Key_Return);
    const qint64 id = page.selectedId();
    QVERIFY2(id > 0, qPrintable(page.statusLabel()->text()));
    const Complaint c = ComplaintRepository(m_session).get(id);
    QCOMPARE(c.clientId, client.id);
    QCOMPARE(c.severity, QStringLiteral("urgent"));
    const QTableWidgetItem *first = page.table()->item(page.rowOf(id), ComplaintsPage::FirstResponseColumn);
    QCOMPARE(stateOf(first), DeadlineState::OnTrack);
    QVERIFY(!page.stepButton(QStringLiteral("resolved"))->isEnabled());
    // An illegal step is refused with the field named, nothing changes.
    QVERIFY(!page.act(QStringLiteral("closed")));
    QVERIFY(page.statusLabel()->text().startsWith(FieldNames::label(QStringLiteral("status"))));
    // First response with a note.
    m_clock.set(fridayMorning() + 20 * 60'000);
    typeText(page.noteEdit(), QStringLiteral("已联系楼上业主关闭阀门"));
    QTest::mouseClick(page.stepButton(QStringLiteral("first_response")), Qt::LeftButton);
    QCOMPARE(ComplaintRepository(m_session).get(id).status, QStringLiteral("first_response"));
    QCOMPARE(page.selectedId(), id);
    QCOMPARE(stateOf(page.table()->item(page.rowOf(id), ComplaintsPage::FirstResponseColumn)),
             DeadlineState::Met);
    QVERIFY(page.history()
                ->item(page.history()->count() - 1)
                ->text()
                .contains(QStringLiteral("已联系楼上业主关闭阀门")));
    QVERIFY(!page.stepButton(QStringLiteral("first_response"))->isEnabled());
    QVERIFY(page.stepButton(QStringLiteral("solution_proposed"))->isEnabled());
    // Waiting for the client pauses the solution clock on the board.
    QTest::mouseClick(page.stepButton(QStringLiteral("waiting")), Qt::LeftButton);
    QCOMPARE(stateOf(page.table()->item(page.rowOf(id), ComplaintsPage::SolutionColumn)),
             DeadlineState::Paused);
    QVERIFY(page.stepButton(QStringLiteral("resumed"))->isEnabled());
    m_clock.set(fridayMorning());
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
    QVERIFY(page.unitBox()->count() > 0);
    const int unitsBefore = page.unitBox()->count();
    page.dateEdit()->setDate(QDate(2026, 12, 20));
    QVERIFY2(page.schedule(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.unitBox()->count(), unitsBefore - 1); // the unit is no longer waiting
    const qint64 id = page.selectedId();
    QVERIFY(id > 0);
    QTableWidget *t = page.table();
    int row = -1;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, HandoversPage::NumberColumn)->text().toLongLong() == id)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(stateOf(t->item(row, HandoversPage::NoticeColumn)), DeadlineState::OnTrack);
    // The notice is due within 2026-12-13, seven days before the handover (not "2026-12-14 00:00").
    QVERIFY2(t->item(row, HandoversPage::NoticeColumn)->toolTip().contains(QStringLiteral("2026-12-13")),
             qPrintable(t->item(row, HandoversPage::NoticeColumn)->toolTip()));
    QVERIFY(!t->item(row, HandoversPage::NoticeColumn)->toolTip().contains(QStringLiteral("00:00")));
    // Done needs the inspection first: refused, said by name.
    QVERIFY(!page.complete());
    QCOMPARE(page.statusLabel()->text(),
             HandoverRepository::tr("Inspection: inspect the home with the client first"));
    page.noticeChannelBox()->setCurrentText(QStringLiteral("短信"));
    QVERIFY(page.sendNotice());
    QCOMPARE(HandoverRepository(m_session).get(id).noticeChannel, QStringLiteral("短信"));
}

void TestAfterSalesPage::defectListRaisesAnOverdueDefect()
{
    const qint64 handover = showcaseHandover();
    QVERIFY(handover > 0);
    HandoversPage page(m_session);
    page.resize(1500, 860);
    QVERIFY(!page.selectHandover(handover)); // done ones are under "All handovers"
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("all")));
    QVERIFY(page.selectHandover(handover));
    QTableWidget *defects = page.defectTable();
    QCOMPARE(defects->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(stateOf(defects->item(r, HandoversPage::DeadlineColumn)), DeadlineState::Overdue);
    // A new defect with its own deadline: 5 working days from Friday, due Fri 4 Dec.
    page.locationEdit()->setText(QStringLiteral("阳台"));
    typeText(page.defectEdit(), QStringLiteral("栏杆松动"));
    page.responsibleEdit()->setText(QStringLiteral("门窗分包商"));
    page.daysBox()->setValue(5);
    QVERIFY2(page.addDefect(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(defects->rowCount(), 3);
    QVERIFY(defects->item(2, HandoversPage::DeadlineColumn)
                ->toolTip()
                .contains(QStringLiteral("2026-12-04 18:00")));
    QCOMPARE(stateOf(defects->item(2, HandoversPage::DeadlineColumn)), DeadlineState::OnTrack);
    // Not overdue: it cannot be raised as a complaint yet.
    QVERIFY(page.selectDefect(defects->item(2, 0)->text().toLongLong()));
    QVERIFY(!page.raiseAsComplaint());
    // The demo raised the first as a complaint already; the second becomes one in one click.
    QVERIFY(!defects->item(0, HandoversPage::ComplaintColumn)->text().isEmpty());
    QVERIFY(defects->item(1, HandoversPage::ComplaintColumn)->text().isEmpty());
    const qint64 defectId = defects->item(1, HandoversPage::DefectNumberColumn)->text().toLongLong();
    QVERIFY(page.selectDefect(defectId));
    QSignalSpy raised(&page, &HandoversPage::complaintRaised);
    QVERIFY2(page.raiseAsComplaint(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(raised.size(), 1);
    const qint64 complaintId = raised.constFirst().constFirst().toLongLong();
    QCOMPARE(HandoverRepository(m_session).defect(defectId).complaintId, complaintId);
    QCOMPARE(defects->item(1, HandoversPage::ComplaintColumn)->text(),
             HandoversPage::tr("No. %1").arg(complaintId));
    QCOMPARE(stateOf(defects->item(1, HandoversPage::DeadlineColumn)),
             DeadlineState::Overdue); // history kept
    QVERIFY(saveScreenshot(&page, QStringLiteral("handover-defects.png")));
}

void TestAfterSalesPage::signOffSheetPdf()
{
    const qint64 handover = showcaseHandover();
    HandoversPage page(m_session);
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("all")));
    QVERIFY(page.selectHandover(handover));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("signoff.pdf"));
    QVERIFY2(page.printSignOffSheet(pdf), qPrintable(page.statusLabel()->text()));
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
    QVERIFY(complaints.table()->rowCount() > 0);
    complaints.table()->selectRow(0);
    for (const char *step : {"first_response", "solution_proposed", "resolved", "closed", "reopened"})
        QVERIFY2(!complaints.stepButton(QString::fromLatin1(step))->isEnabled(), step);
    // Reception takes complaints in.
    QTest::keyClicks(complaints.findChild<QLineEdit *>(QStringLiteral("complaintPhone")),
                     QStringLiteral("13700001111"));
    complaints.descriptionEdit()->setText(QStringLiteral("前台代登记：车位被占"));
    QVERIFY2(complaints.intake(QStringLiteral("13700001111")), qPrintable(complaints.statusLabel()->text()));
    // And sees the handovers without changing them.
    HandoversPage handovers(desk);
    QVERIFY(handovers.table()->rowCount() > 0);
    QVERIFY(!handovers.unitBox()->isEnabled());
    QVERIFY(!handovers.locationEdit()->isEnabled());
}

QTEST_MAIN(TestAfterSalesPage)
#include "tst_aftersalespage.moc"
