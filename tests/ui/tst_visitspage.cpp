// SPDX-License-Identifier: GPL-3.0-or-later
// Following up and preparing, offscreen on demo data with real widgets: an overdue regular return
// visit recorded by clicking (outcome, satisfaction), the opening checklist ticked by clicking its
// check box, the dashboard's checklist flag before and after the flag time (a FixedClock), and the
// client brief of a selected viewing written to a PDF whose raw text is checked.
#include "GuiTestHelpers.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "ChecklistFlag.h"
#include "DashboardPage.h"
#include "DeadlineCell.h"
#include "MessageBox.h"
#include "OpeningChecklistPage.h"
#include "ReturnVisitsPage.h"
#include "ViewingsPage.h"
#include "core/OfficeTime.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "reports/ViewingBriefReport.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/OpeningChecklist.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestVisitsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overdueVisitRecordedByClicking();
    void checklistItemTickedByClicking();
    void dashboardFlagsTheChecklistAfterItsTime();
    void viewingBriefOfTheSelectedViewing();

private:
    Session as(const QString &role) const;

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestVisitsPage::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 500, 5);
}

Session TestVisitsPage::as(const QString &role) const
{
    Session s = m_session;
    s.role = role;
    s.actorId = StaffRepository(m_session).list(true, role).constFirst().id;
    return s;
}

void TestVisitsPage::overdueVisitRecordedByClicking()
{
    const Session service = as(QStringLiteral("service"));
    ReturnVisitsPage page(service);
    page.resize(1400, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableWidget *t = find<QTableWidget>(&page, "visitsTable");
    QPushButton *record = find<QPushButton>(&page, "recordVisit");
    QLabel *message = find<QLabel>(&page, "visitsMessage");
    QLineEdit *outcome = find<QLineEdit>(&page, "visitOutcome");
    QCheckBox *satisfied = find<QCheckBox>(&page, "visitSatisfied");
    QSpinBox *satisfaction = find<QSpinBox>(&page, "visitSatisfaction");
    // The row of a visit by its number, as the table shows it.
    auto rowOf = [t](qint64 id) { return rowWith(t, ReturnVisitsPage::NumberColumn, QString::number(id)); };
    QVERIFY(t->rowCount() >= 2);
    int row = -1;
    for (int r = 0; r < t->rowCount() && row < 0; ++r)
        if (DeadlineState(
                t->item(r, ReturnVisitsPage::DeadlineColumn)->data(DeadlineCell::StateRole).toInt()) ==
            DeadlineState::Overdue)
            row = r;
    QVERIFY2(row >= 0, "the demo has an overdue return visit");
    const qint64 id = t->item(row, ReturnVisitsPage::NumberColumn)->text().toLongLong();
    QVERIFY(!record->isEnabled()); // nothing selected yet
    clickCell(t, row, ReturnVisitsPage::ClientColumn);
    QCOMPARE(t->currentRow(), row);
    QVERIFY(record->isEnabled());

    // WeChat, 3 of 5, not satisfied, what the client said.
    QComboBox *channel = find<QComboBox>(&page, "visitChannel");
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down); // phone → WeChat
    QCOMPARE(channel->currentData().toString(), QStringLiteral("wechat"));
    satisfaction->selectAll();
    QTest::keyClicks(satisfaction, QStringLiteral("3"));
    QVERIFY(click(&page, "visitSatisfied"));
    QVERIFY(!satisfied->isChecked());
    typeText(outcome, QStringLiteral("物业维修响应慢，希望加快"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("return-visits.png")));
    QVERIFY(click(&page, "recordVisit"));

    const ScheduledVisit v = ScheduledVisitRepository(m_session).get(id);
    QCOMPARE(v.status, QStringLiteral("done"));
    QCOMPARE(v.channel, QStringLiteral("wechat"));
    QCOMPARE(v.satisfaction, 3);
    QVERIFY(!v.satisfied);
    QCOMPARE(v.outcome, QStringLiteral("物业维修响应慢，希望加快"));
    QCOMPARE(v.visitedBy, service.actorId);
    QVERIFY2(message->text().contains(QString::number(id)), qPrintable(message->text()));
    // Trial 2026-12-04b #14: it says "not satisfied" and that a follow-up task was made.
    QVERIFY2(message->text().contains(QStringLiteral("NOT satisfied")) &&
                 message->text().contains(QStringLiteral("follow-up task")),
             qPrintable(message->text()));
    QCOMPARE(rowOf(id), -1); // no longer due
    QVERIFY(outcome->text().isEmpty());
    // Late, and it says so; the client's timeline has it.
    const auto item =
        DeadlineRepository(m_session).find(ScheduledVisitRepository::policyOf(v.kind),
                                           QString::fromLatin1(ScheduledVisitRepository::kEntity), id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::MetLate);
    QCOMPARE(ServiceRecordRepository(m_session).forClient(v.clientId, 1).constFirst().refId, id);
    // Shown among the recorded ones.
    QVERIFY(click(&page, "showDoneVisits"));
    QVERIFY(rowOf(id) >= 0);
    QCOMPARE(t->item(rowOf(id), ReturnVisitsPage::SatisfactionColumn)->text(), QStringLiteral("3 / 5"));
    QVERIFY(click(&page, "showDoneVisits")); // the owed ones again

    // 5 / 5 with "Satisfied" unticked is asked about: No records nothing, Yes records it so.
    QVERIFY(t->rowCount() > 0);
    const qint64 next = t->item(0, ReturnVisitsPage::NumberColumn)->text().toLongLong();
    clickCell(t, 0, ReturnVisitsPage::ClientColumn);
    QCOMPARE(satisfaction->value(), 5);
    QVERIFY(click(&page, "visitSatisfied"));
    typeText(outcome, QStringLiteral("对交房时间不满"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(click(&page, "recordVisit"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("5 / 5")), qPrintable(MessageBox::lastText()));
    QCOMPARE(ScheduledVisitRepository(m_session).get(next).status, QStringLiteral("due"));
    QVERIFY(message->text().startsWith(QStringLiteral("Nothing recorded")));
    QCOMPARE(outcome->text(), QStringLiteral("对交房时间不满")); // kept, to correct
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(click(&page, "recordVisit"));
    const ScheduledVisit unhappy = ScheduledVisitRepository(m_session).get(next);
    QCOMPARE(unhappy.status, QStringLiteral("done"));
    QVERIFY(!unhappy.satisfied);
    QCOMPARE(unhappy.satisfaction, 5);
    QVERIFY2(message->text().contains(QStringLiteral("NOT satisfied")), qPrintable(message->text()));

    // Reception sees the visits but gets no recording form.
    ReturnVisitsPage desk(as(QStringLiteral("reception")));
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(find<QTableWidget>(&desk, "visitsTable")->rowCount() > 0);
    QVERIFY(!find<QPushButton>(&desk, "recordVisit")->isVisible());
}

void TestVisitsPage::checklistItemTickedByClicking()
{
    const Session reception = as(QStringLiteral("reception"));
    m_clock.set(at("2026-11-27T08:40:00+08:00"));
    OpeningChecklistPage page(reception);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.findChild<QPlainTextEdit *>(
        QStringLiteral("receptionItems"))); // the settings are for supervisors
    QTreeWidget *tree = find<QTreeWidget>(&page, "checklistTree");
    // Before anything is ticked the time column is wide enough for a time, not just for "At".
    QVERIFY2(tree->columnWidth(OpeningChecklistPage::TickedAtColumn) >=
                 tree->fontMetrics().horizontalAdvance(QStringLiteral("08:40")) + 12,
             qPrintable(QString::number(tree->columnWidth(OpeningChecklistPage::TickedAtColumn))));
    QTreeWidgetItem *row =
        page.itemRow(OpeningChecklist::receptionPlace(), QStringLiteral("reception.brochures"));
    QVERIFY(row);
    QCOMPARE(row->checkState(OpeningChecklistPage::ItemColumn), Qt::Unchecked);
    // Click the check box itself.
    tree->scrollToItem(row);
    QStyleOptionViewItem option;
    option.initFrom(tree->viewport());
    option.rect = tree->visualItemRect(row);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    const QRect check = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, check.center());

    row = page.itemRow(OpeningChecklist::receptionPlace(), QStringLiteral("reception.brochures"));
    QCOMPARE(row->checkState(OpeningChecklistPage::ItemColumn), Qt::Checked);
    const QString name = StaffRepository(m_session).get(reception.actorId).name;
    QCOMPARE(row->text(OpeningChecklistPage::TickedByColumn), name);
    QCOMPARE(row->text(OpeningChecklistPage::TickedAtColumn), QStringLiteral("08:40"));
    const QList<ChecklistTick> ticks = OpeningChecklist(m_session).ticks(QDate(2026, 11, 27));
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(ticks.first().tickedBy, reception.actorId);
    QCOMPARE(ticks.first().tickedAt, at("2026-11-27T08:40:00+08:00"));
    QVERIFY(saveScreenshot(&page, QStringLiteral("opening-checklist.png")));

    // A supervisor also sees the settings, as people read them.
    OpeningChecklistPage boss(as(QStringLiteral("supervisor")));
    QVERIFY(find<QPlainTextEdit>(&boss, "receptionItems")
                ->toPlainText()
                .contains(OpeningChecklist::itemLabel(QStringLiteral("reception.price_list"))));
    QCOMPARE(find<QTimeEdit>(&boss, "checklistFlagTime")->time(), QTime(9, 30));
    m_clock.set(fridayMorning());
}

void TestVisitsPage::dashboardFlagsTheChecklistAfterItsTime()
{
    const Session reception = as(QStringLiteral("reception"));
    m_clock.set(at("2026-11-27T09:29:00+08:00"));
    DashboardPage dashboard(m_session);
    dashboard.resize(1400, 900);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    ChecklistFlag *flag = find<ChecklistFlag>(&dashboard, "checklistFlag");
    QVERIFY(!flag->isVisible()); // before 09:30: nothing to flag yet
    m_clock.set(at("2026-11-27T09:30:00+08:00"));
    dashboard.refresh();
    QVERIFY(flag->isVisible());
    QVERIFY(saveScreenshot(&dashboard, QStringLiteral("dashboard-checklist.png")));
    QVERIFY(flag->flagged());
    const int total = int(OpeningChecklist(m_session).status().unticked.size());
    QVERIFY2(flag->text().contains(QString::number(total)), qPrintable(flag->text()));
    QVERIFY2(flag->text().contains(OpeningChecklist::itemLabel(QStringLiteral("reception.clean"))),
             qPrintable(flag->text()));
    // Everything ticked: the flag goes.
    OpeningChecklist checklist(reception);
    QSet<QString> ticked;
    for (const ChecklistTick &t : checklist.ticks(checklist.today()))
        ticked.insert(t.place + u'\n' + t.item);
    for (const ChecklistPlace &p : checklist.places())
        for (const QString &item : p.items)
            if (!ticked.contains(p.key + u'\n' + item))
                checklist.tick(p.key, item);
    dashboard.refresh();
    QVERIFY(!flag->isVisible());
    // The new kinds have their cards.
    QVERIFY(find<QLabel>(&dashboard, "count-visit-after-signing"));
    QVERIFY(find<QLabel>(&dashboard, "count-visit-after-handover"));
    m_clock.set(fridayMorning());
}

void TestVisitsPage::viewingBriefOfTheSelectedViewing()
{
    // A viewing of today with its client.
    const QList<Appointment> today = AppointmentRepository(m_session).between(
        at("2026-11-27T00:00:00+08:00"), at("2026-11-28T00:00:00+08:00"));
    QVERIFY(!today.isEmpty());
    // One whose client said what interests them.
    Appointment viewing;
    Session consultant = m_session;
    consultant.role = QStringLiteral("consultant");
    QString interests;
    for (const Appointment &a : today) {
        consultant.actorId = a.consultantId;
        interests = ViewingBriefReport::build(consultant, a.id).sections.at(2).lines.constFirst();
        viewing = a;
        if (interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("price"))) ||
            interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("layout"))) ||
            interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("location"))))
            break;
    }
    QVERIFY2(!interests.isEmpty(), qPrintable(interests));
    ViewingsPage page(consultant);
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(find<QDateEdit>(&page, "viewingsDay")->date(), QDate(2026, 11, 27)); // today
    QTableView *t = find<QTableView>(&page, "viewingsTable");
    int row = -1;
    for (int r = 0; r < t->model()->rowCount() && row < 0; ++r)
        if (cellData(t, r, 0, Qt::UserRole).toLongLong() == viewing.id)
            row = r;
    QVERIFY(row >= 0);
    clickCell(t, row, 2);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("briefPreview")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("brief.pdf"));
    // The PDF button asks for a file name in a file dialog: the test types it there.
    typeIntoNextFileDialog(pdf);
    QVERIFY(click(&page, "briefPdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(find<QLabel>(&page, "viewingsMessage")->text()));
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/viewing-brief.pdf"));
    // The raw text (Chinese names are not compared here: see the known PDF-text fault checked in
    // tst_visits) holds the viewing, the client's interests and the newest past contact's time.
    const QString text = rawPdfText(pdf);
    QVERIFY2(text.contains(OfficeTime::formatDateTime(viewing.startsAt)), qPrintable(text));
    // Interests: the client's and those said at their consultations.
    QVERIFY2(interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("price"))) ||
                 interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("layout"))) ||
                 interests.contains(Vocabulary::label(Vocabulary::interests(), QStringLiteral("location"))),
             qPrintable(interests));
    QVERIFY2(text.contains(interests), qPrintable(interests + u'\n' + text));
    const QList<ServiceRecord> past = ServiceRecordRepository(m_session).forClient(viewing.clientId, 1);
    QVERIFY(!past.isEmpty());
    QVERIFY2(text.contains(OfficeTime::formatDateTime(past.first().at)), qPrintable(text));
    // One page.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(QString::fromUtf8(info.readAllStandardOutput())
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
             "the brief fits on one page");
}

QTEST_MAIN(TestVisitsPage)
#include "tst_visitspage.moc"
