// SPDX-License-Identifier: GPL-3.0-or-later
// Deadline items in the database, on SQLite and PostgreSQL: started and stopped with their
// records, recomputed when a policy or the calendar changes (closed ones keep their outcome),
// calendar import all or nothing, pauses, and what an upgrade brings.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "itemmodels/DeadlineListModel.h"
#include "reports/OfficeReports.h"
#include "reports/ReportDocument.h"
#include "repositories/AuditLog.h"
#include "repositories/CalendarRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/PolicyRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/VisitRegistration.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void migrationSeedsPoliciesSettingsAndCalendar();
    void consultationStartsAndStopsItsDeadline();
    void complaintCarriesItsDeadlines();
    void overdueListMostOverdueFirst();
    void policyEditRecomputesOpenItemsOnly();
    void policyEditChecksVersionAndClockKind();
    void calendarImportReplacesOnlyListedDates();
    void calendarImportIsAllOrNothing();
    void calendarDayEditAndExport();
    void pauseExtendsAPausableDeadline();
    void upgradeCreatesItemsForExistingRecords();
    void countdownText();
    void aDeadlineOnADateShowsThatDate();
    void afterHoursConsultationsWaitForTheNextOpening();
    void visitRegistrationRecognisesReturningClients();
    void settingsReadTheirOneDeclaration();
    void officeTimeFollowsTheZoneSetting();

private:
    qint64 newClient(const QString &phone);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestDeadlines::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestDeadlines::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
}

qint64 TestDeadlines::newClient(const QString &phone)
{
    Client c;
    c.name = QStringLiteral("张三");
    c.phone = phone;
    ClientRepository(m_session).add(c);
    return c.id;
}

void TestDeadlines::migrationSeedsPoliciesSettingsAndCalendar()
{
    const QList<DeadlinePolicy> policies = PolicyRepository(m_session).list();
    QCOMPARE(policies.size(), 10); // DESIGN §4's eight and the two regular return visits (issue 12)
    QVERIFY(PolicyRepository(m_session).get(QStringLiteral("visit-after-signing")).lengthMinutes > 0);
    QVERIFY(PolicyRepository(m_session).get(QStringLiteral("visit-after-handover")).lengthMinutes > 0);
    QCOMPARE(policies.at(0).name, QStringLiteral("consultation-response"));
    QCOMPARE(policies.at(0).lengthMinutes, 15);
    const DeadlinePolicy solution = PolicyRepository(m_session).get(QStringLiteral("complaint-solution"));
    QCOMPARE(solution.clock, DeadlineClock::WorkingDays);
    QCOMPARE(solution.lengthDays, 3);
    const WorkCalendar calendar = CalendarRepository(m_session).load();
    QVERIFY(calendar.isPublished(2026));
    QVERIFY(calendar.years().contains(2004));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10))); // 调休 Saturday
    QCOMPARE(SettingsRepository(m_session).office().closeOfBusiness, QTime(18, 0));
    QCOMPARE(DeadlineRepository(m_session).iso(at("2026-11-27T02:00:00Z")),
             QStringLiteral("2026-11-27T10:00:00+08:00"));
}

void TestDeadlines::consultationStartsAndStopsItsDeadline()
{
    Consultation c;
    c.clientId = newClient(QStringLiteral("13812345678"));
    c.channel = QStringLiteral("phone");
    c.receivedAt = fridayMorning();
    ConsultationRepository(m_session).add(c);
    DeadlineRepository deadlines(m_session);
    auto item =
        deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id);
    QVERIFY(item);
    QCOMPARE(deadlines.iso(item->dueAt), QStringLiteral("2026-11-27T10:15:00+08:00"));
    QCOMPARE(item->stateAt(fridayMorning() + 5 * 60'000), DeadlineState::OnTrack);
    QCOMPARE(item->stateAt(fridayMorning() + 13 * 60'000), DeadlineState::DueSoon);
    QCOMPARE(item->stateAt(fridayMorning() + 16 * 60'000), DeadlineState::Overdue);
    QCOMPARE(deadlines.overdue(fridayMorning() + 16 * 60'000).size(), 1);
    // Answered after 20 minutes: met late, and no longer listed.
    ConsultationRepository(m_session).recordResponse(c, fridayMorning() + 20 * 60'000, 0,
                                                     QStringLiteral("回电"));
    item = deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id);
    QCOMPARE(item->stateAt(fridayMorning() + 60 * 60'000), DeadlineState::MetLate);
    QVERIFY(deadlines.overdue(fridayMorning() + 60 * 60'000).isEmpty());
}

void TestDeadlines::complaintCarriesItsDeadlines()
{
    Complaint c;
    c.clientId = newClient(QStringLiteral("13812345678"));
    c.description = QStringLiteral("燃气管道有异味");
    c.severity = QStringLiteral("emergency");
    c.receivedAt = fridayMorning();
    ComplaintRepository(m_session).add(c);
    DeadlineRepository deadlines(m_session);
    const QList<DeadlineItem> items = deadlines.forRecord(QStringLiteral("complaints"), c.id);
    QCOMPARE(items.size(), 3);
    QHash<QString, QString> due;
    for (const DeadlineItem &i : items)
        due.insert(i.policy, deadlines.iso(i.dueAt));
    QCOMPARE(due.value(QStringLiteral("complaint-first-response")),
             QStringLiteral("2026-11-28T10:00:00+08:00"));
    QCOMPARE(due.value(QStringLiteral("complaint-solution")), QStringLiteral("2026-12-02T18:00:00+08:00"));
    QCOMPARE(due.value(QStringLiteral("emergency-onsite")), QStringLiteral("2026-11-27T12:00:00+08:00"));
    // Staff on site after 90 minutes, first response after 3 hours: two met, one still open.
    m_clock.set(fridayMorning() + 3 * 3600'000);
    ComplaintRepository(m_session).recordOnSite(c.id, fridayMorning() + 90 * 60'000,
                                                QStringLiteral("关闭燃气总阀"));
    ComplaintRepository(m_session).respond(c.id, QString());
    const qint64 later = fridayMorning() + 10 * 3600'000;
    QCOMPARE(deadlines.find(QStringLiteral("emergency-onsite"), QStringLiteral("complaints"), c.id)
                 ->stateAt(later),
             DeadlineState::Met);
    QCOMPARE(deadlines.find(QStringLiteral("complaint-first-response"), QStringLiteral("complaints"), c.id)
                 ->stateAt(later),
             DeadlineState::Met);
    const QList<DeadlineItem> open = deadlines.open(later, {{}, true, {}});
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().policy, QStringLiteral("complaint-solution"));
}

void TestDeadlines::overdueListMostOverdueFirst()
{
    const qint64 client = newClient(QStringLiteral("13812345678"));
    for (int minutesAgo : {30, 55, 40}) { // all within office hours (the office opens at 09:00)
        Consultation c;
        c.clientId = client;
        c.channel = QStringLiteral("wechat");
        c.receivedAt = fridayMorning() - minutesAgo * 60'000;
        ConsultationRepository(m_session).add(c);
    }
    const QList<DeadlineItem> overdue = DeadlineRepository(m_session).overdue(fridayMorning());
    QCOMPARE(overdue.size(), 3);
    QVERIFY(overdue.at(0).dueAt < overdue.at(1).dueAt);
    QVERIFY(overdue.at(1).dueAt < overdue.at(2).dueAt);
    QCOMPARE(overdue.at(0).clientName, QStringLiteral("张三"));
    const auto counts = DeadlineRepository(m_session).countsByPolicy(fridayMorning());
    QCOMPARE(counts.value(QStringLiteral("consultation-response")).first, 3);
}

void TestDeadlines::policyEditRecomputesOpenItemsOnly()
{
    const qint64 client = newClient(QStringLiteral("13812345678"));
    Complaint open;
    open.clientId = client;
    open.description = QStringLiteral("墙面裂缝");
    open.receivedAt = fridayMorning();
    ComplaintRepository(m_session).add(open);
    Complaint closed = open;
    closed.id = 0;
    closed.receivedAt = fridayMorning() - 86400'000; // Thursday
    ComplaintRepository(m_session).add(closed);
    m_clock.set(fridayMorning() + 3600'000);
    ComplaintRepository(m_session).proposeSolution(closed.id, QStringLiteral("更换墙面"));
    DeadlineRepository deadlines(m_session);
    const qint64 closedDue =
        deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), closed.id)->dueAt;

    DeadlinePolicy p = PolicyRepository(m_session).get(QStringLiteral("complaint-solution"));
    p.lengthDays = 5;
    const qint64 auditBefore = AuditLog::count(m_session);
    PolicyRepository(m_session).update(p);
    QCOMPARE(AuditLog::count(m_session), auditBefore + 1);
    QCOMPARE(deadlines.iso(
                 deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), open.id)
                     ->dueAt),
             QStringLiteral("2026-12-04T18:00:00+08:00"));
    const auto closedItem =
        deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), closed.id);
    QCOMPARE(closedItem->dueAt, closedDue);
    QCOMPARE(closedItem->stateAt(fridayMorning()), DeadlineState::Met);
}

void TestDeadlines::policyEditChecksVersionAndClockKind()
{
    DeadlinePolicy mine = PolicyRepository(m_session).get(QStringLiteral("consultation-response"));
    DeadlinePolicy theirs = mine;
    theirs.lengthMinutes = 30;
    PolicyRepository(m_session).update(theirs);
    mine.lengthMinutes = 10;
    QVERIFY_THROWS_EXCEPTION(ConflictError, PolicyRepository(m_session).update(mine));
    QCOMPARE(PolicyRepository(m_session).get(QStringLiteral("consultation-response")).lengthMinutes, 30);
    // Wall clock ↔ working days is allowed; a date-based clock is not.
    DeadlinePolicy p = PolicyRepository(m_session).get(QStringLiteral("complaint-first-response"));
    p.clock = DeadlineClock::WorkingDays;
    p.lengthDays = 1;
    PolicyRepository(m_session).update(p);
    p.clock = DeadlineClock::EndOfDate;
    try {
        PolicyRepository(m_session).update(p);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("clock"));
    }
    p = PolicyRepository(m_session).get(QStringLiteral("complaint-first-response"));
    p.dueSoonPercent = 120;
    QVERIFY_THROWS_EXCEPTION(ValidationError, PolicyRepository(m_session).update(p));
}

void TestDeadlines::calendarImportReplacesOnlyListedDates()
{
    Complaint c;
    c.clientId = newClient(QStringLiteral("13812345678"));
    c.description = QStringLiteral("漏水");
    c.receivedAt = fridayMorning();
    ComplaintRepository(m_session).add(c);
    DeadlineRepository deadlines(m_session);
    auto solutionDue = [&] {
        return deadlines.iso(
            deadlines.find(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), c.id)->dueAt);
    };
    QCOMPARE(solutionDue(), QStringLiteral("2026-12-02T18:00:00+08:00"));
    // Monday 30 November becomes a holiday: one working day later.
    const int n = CalendarRepository(m_session).importCsv("date,kind,name\n2026-11-30,holiday,公司庆典\n",
                                                          QStringLiteral("x.csv"));
    QCOMPARE(n, 1);
    QCOMPARE(solutionDue(), QStringLiteral("2026-12-03T18:00:00+08:00"));
    // Saturday 28 November becomes a make-up working day: back to Wednesday.
    CalendarRepository(m_session).importCsv("date,kind,name\n2026-11-28,workday,调休\n",
                                            QStringLiteral("y.csv"));
    QCOMPARE(solutionDue(), QStringLiteral("2026-12-02T18:00:00+08:00"));
    // Importing a file that lists 30 November as a plain workday replaces the holiday entry;
    // the National Day entries of October, not listed, stay.
    CalendarRepository(m_session).importCsv("date,kind,name\n2026-11-30,workday,\n", QStringLiteral("z.csv"));
    const WorkCalendar calendar = CalendarRepository(m_session).load();
    QVERIFY(calendar.isWorkingDay(QDate(2026, 11, 30)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
}

void TestDeadlines::calendarImportIsAllOrNothing()
{
    const QByteArray before = CalendarRepository(m_session).exportCsv(2026);
    try {
        CalendarRepository(m_session).importCsv("date,kind,name\n"
                                                "2026-12-01,holiday,ok\n"
                                                "2026-13-01,holiday,bad month\n"
                                                "2026-12-02,vacation,bad kind\n"
                                                "2026-12-01,workday,twice\n"
                                                "12/03/2026,holiday,bad format\n"
                                                "2027-02-30,holiday,no such day\n",
                                                QStringLiteral("bad.csv"));
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        for (const char *line : {"bad.csv: Line 3:", "bad.csv: Line 4:", "bad.csv: Line 5:",
                                 "bad.csv: Line 6:", "bad.csv: Line 7:"})
            QVERIFY2(e.message().contains(QString::fromLatin1(line)), qPrintable(e.message()));
        // In the form YYYY-MM-DD but no day of the calendar: said so, not "not in the form".
        QVERIFY2(e.message().contains(
                     QStringLiteral("Line 7: \"2027-02-30\" is not a real date: 2027-02 has only 28 days")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(
                     QStringLiteral("Line 3: \"2026-13-01\" is not a real date: there is no month 13")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(
                     QStringLiteral("Line 6: \"12/03/2026\" is not a date in the form YYYY-MM-DD")),
                 qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("Line 2:")), qPrintable(e.message()));
    }
    QCOMPARE(CalendarRepository(m_session).exportCsv(2026), before);
    QVERIFY_THROWS_EXCEPTION(ValidationError, CalendarRepository(m_session).importCsv(
                                                  "day,type\n2026-12-01,holiday\n", QStringLiteral("h.csv")));
}

void TestDeadlines::calendarDayEditAndExport()
{
    CalendarRepository calendar(m_session);
    calendar.setDay(QDate(2026, 12, 24), QStringLiteral("holiday"), QStringLiteral("平安夜"));
    QVERIFY(!calendar.load().isWorkingDay(QDate(2026, 12, 24)));
    calendar.setDay(QDate(2026, 12, 24), QString(), QString());
    QVERIFY(calendar.load().isWorkingDay(QDate(2026, 12, 24)));
    const QByteArray csv = calendar.exportCsv(2026);
    QVERIFY(csv.startsWith("date,kind,name\n"));
    QVERIFY(csv.contains("2026-10-10,workday,"));
    QVERIFY(!csv.contains("2025-"));
    // The export imports back unchanged.
    const QList<WorkCalendar::Entry> parsed = WorkCalendar::parseCsv(csv);
    QCOMPARE(WorkCalendar::toCsv(parsed), csv);
}

void TestDeadlines::pauseExtendsAPausableDeadline()
{
    Complaint c;
    c.clientId = newClient(QStringLiteral("13812345678"));
    c.description = QStringLiteral("等待客户提供照片");
    c.receivedAt = fridayMorning();
    ComplaintRepository(m_session).add(c);
    DeadlineRepository deadlines(m_session);
    const QString solution = QStringLiteral("complaint-solution"), entity = QStringLiteral("complaints");
    deadlines.pause(solution, entity, c.id, at("2026-11-30T10:00:00+08:00"));
    // While paused, the item says since when (read with the open pauses, grouped once per item).
    const DeadlineItem paused = *deadlines.find(solution, entity, c.id);
    QCOMPARE(paused.pausedSince, at("2026-11-30T10:00:00+08:00"));
    QCOMPARE(paused.stateAt(at("2026-12-05T10:00:00+08:00")), DeadlineState::Paused);
    QVERIFY(!paused.clientName.isEmpty());
    deadlines.resume(solution, entity, c.id, at("2026-12-01T16:00:00+08:00"));
    QCOMPARE(deadlines.find(solution, entity, c.id)->pausedSince, 0);
    QCOMPARE(deadlines.iso(deadlines.find(solution, entity, c.id)->dueAt),
             QStringLiteral("2026-12-03T18:00:00+08:00"));
    // The first response (24 h on the wall clock) does not pause by default.
    deadlines.pause(QStringLiteral("complaint-first-response"), entity, c.id,
                    at("2026-11-27T11:00:00+08:00"));
    deadlines.resume(QStringLiteral("complaint-first-response"), entity, c.id,
                     at("2026-11-27T15:00:00+08:00"));
    QCOMPARE(deadlines.iso(deadlines.find(QStringLiteral("complaint-first-response"), entity, c.id)->dueAt),
             QStringLiteral("2026-11-28T10:00:00+08:00"));
}

void TestDeadlines::upgradeCreatesItemsForExistingRecords()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 2);
    Session session{&db, &m_clock, 0};
    // Written under schema 2, before deadlines existed.
    Sql::run(db.connection(),
             QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
             {QStringLiteral("老客户"), QStringLiteral("+8613900001111")});
    const qint64 clientId =
        Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM clients")).toLongLong();
    Sql::run(
        db.connection(),
        QStringLiteral(
            "INSERT INTO consultations (client_id, channel, received_at, created_at, updated_at) VALUES (?, "
            "'phone', ?, 0, 0)"),
        {clientId, fridayMorning()});
    Migrations::migrate(db);
    const QList<DeadlineItem> items = DeadlineRepository(session).open(fridayMorning(), {{}, true, {}});
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().policy, QStringLiteral("consultation-response"));
}

void TestDeadlines::countdownText()
{
    QCOMPARE(DeadlineListModel::remainingText(60 * 60'000, 60 * 60'000 - 30'000),
             QStringLiteral("0 min 30 s left"));
    QCOMPARE(DeadlineListModel::remainingText(0, 3 * 3600'000 + 20 * 60'000),
             QStringLiteral("overdue 3 h 20 min"));
    QCOMPARE(DeadlineListModel::remainingText(3 * 86400'000LL + 5 * 3600'000, 0),
             QStringLiteral("3 d 5 h left"));
}

// An installment due on 2026-12-20 is due within that day: screens and paper show 2026-12-20,
// while the item keeps the instant it turns overdue, 2026-12-21 00:00 (what CSV, JSON and
// `sla due` print). A wall-clock deadline keeps its time.
void TestDeadlines::aDeadlineOnADateShowsThatDate()
{
    const qint64 client = newClient(QStringLiteral("13812345678"));
    DeadlineRepository(m_session).startForDate(QStringLiteral("installment"), QStringLiteral("installments"),
                                               9901, client, 0, QDate(2026, 12, 20), fridayMorning());
    Consultation c;
    c.clientId = client;
    c.channel = QStringLiteral("phone");
    c.receivedAt = at("2026-12-22T09:30:00+08:00");
    m_clock.set(at("2026-12-22T10:00:00+08:00"));
    ConsultationRepository(m_session).add(c);

    DeadlineListModel model(m_session);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        const DeadlineItem item = model.items().at(row);
        const QString due = model.index(row, DeadlineListModel::DueColumn).data().toString();
        if (item.policy == QLatin1String("installment")) {
            QCOMPARE(due, QStringLiteral("2026-12-20"));
            QCOMPARE(model.index(row, 0).data(DeadlineListModel::DueRole).toLongLong(),
                     at("2026-12-21T00:00:00+08:00"));
            QCOMPARE(item.stateAt(at("2026-12-20T23:59:00+08:00")), DeadlineState::DueSoon); // within the day
            QCOMPARE(item.stateAt(at("2026-12-21T00:01:00+08:00")), DeadlineState::Overdue);
        } else {
            QCOMPARE(due, QStringLiteral("2026-12-22 09:45"));
        }
    }
    // On paper: the overdue list.
    const ReportDocument doc = OfficeReports::build(m_session, QStringLiteral("overdue"), {});
    const QList<QStringList> rows = doc.sections.constLast().rows;
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).contains(QStringLiteral("2026-12-20")), qPrintable(rows.at(0).join(u'|')));
    QVERIFY2(rows.at(1).contains(QStringLiteral("2026-12-22 09:45")), qPrintable(rows.at(1).join(u'|')));
    QVERIFY(!doc.toHtml().contains(QStringLiteral("2026-12-21 00:00")));
}

void TestDeadlines::afterHoursConsultationsWaitForTheNextOpening()
{
    // A WeChat message on Friday night: the clock starts on Monday at 09:00.
    VisitForm night;
    night.name = QStringLiteral("夜猫子");
    night.phone = QStringLiteral("13811112222");
    night.channel = QStringLiteral("wechat");
    night.receivedAt = at("2026-11-27T22:30:00+08:00");
    const VisitResult r = VisitRegistration(m_session).registerVisit(night);
    QVERIFY(r.afterHours);
    DeadlineRepository deadlines(m_session);
    QCOMPARE(deadlines.iso(r.responseDue), QStringLiteral("2026-11-30T09:15:00+08:00"));
    // During office hours the 15 minutes start at once.
    VisitForm day = night;
    day.phone = QStringLiteral("13811113333");
    day.receivedAt = at("2026-11-27T10:00:00+08:00");
    const VisitResult d = VisitRegistration(m_session).registerVisit(day);
    QVERIFY(!d.afterHours);
    QCOMPARE(deadlines.iso(d.responseDue), QStringLiteral("2026-11-27T10:15:00+08:00"));
    // The queue holds the night message until it is answered.
    const auto queue = VisitRegistration(m_session).afterHoursQueue();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.constFirst().clientName, QStringLiteral("夜猫子"));
    Consultation c = ConsultationRepository(m_session).get(r.consultationId);
    ConsultationRepository(m_session).recordResponse(c, at("2026-11-30T09:05:00+08:00"), 0,
                                                     QStringLiteral("回复微信"));
    QVERIFY(VisitRegistration(m_session).afterHoursQueue().isEmpty());
    QCOMPARE(
        deadlines
            .find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), r.consultationId)
            ->stateAt(at("2026-11-30T10:00:00+08:00")),
        DeadlineState::Met);
}

void TestDeadlines::visitRegistrationRecognisesReturningClients()
{
    VisitForm first;
    first.name = QStringLiteral("回头客");
    first.phone = QStringLiteral("138-0000-7777");
    first.channel = QStringLiteral("walk_in");
    first.interests = {QStringLiteral("price")};
    const VisitResult a = VisitRegistration(m_session).registerVisit(first);
    QVERIFY(!a.returning);
    // The same phone in another format, another name typed: the same client, no duplicate.
    VisitForm again = first;
    again.name = QStringLiteral("别的名字");
    again.phone = QStringLiteral("+86 13800007777");
    again.channel = QStringLiteral("phone");
    const VisitResult b = VisitRegistration(m_session).registerVisit(again);
    QVERIFY(b.returning);
    QCOMPARE(b.clientId, a.clientId);
    QCOMPARE(ClientRepository(m_session).count(), 1);
    QCOMPARE(ClientRepository(m_session).get(a.clientId).name, QStringLiteral("回头客"));
    QCOMPARE(ServiceRecordRepository(m_session).forClient(a.clientId).size(), 2);
    // Bad input names its field and saves nothing.
    VisitForm bad = first;
    bad.phone = QStringLiteral("12345");
    try {
        VisitRegistration(m_session).registerVisit(bad);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
    }
    VisitForm noName = first;
    noName.name.clear();
    noName.phone = QStringLiteral("13900008888");
    QVERIFY_THROWS_EXCEPTION(ValidationError, VisitRegistration(m_session).registerVisit(noName));
    QCOMPARE(ClientRepository(m_session).count(), 1);
    QCOMPARE(ConsultationRepository(m_session).countAwaitingResponse(), 2);
}

void TestDeadlines::settingsReadTheirOneDeclaration()
{
    SettingsRepository settings(m_session);
    // A fresh database: every setting reads the default it is declared with (the time zone and
    // the close of business are seeded rows holding the same values).
    QCOMPARE(settings.get(Settings::TimeZone).id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(settings.value(QStringLiteral("office.time_zone")), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(settings.get(Settings::CloseOfBusiness), QTime(18, 0));
    QCOMPARE(settings.get(Settings::Opens), QTime(9, 0));
    QCOMPARE(settings.get(Settings::MinSatisfaction), 4.0);
    QCOMPARE(settings.get(Settings::MinCompliance), 90.0);
    QCOMPARE(settings.get(Settings::MaxComplaintRate), 0.05);
    QCOMPARE(settings.get(Settings::RetentionYears), 3);
    QVERIFY(!settings.get(Settings::RetentionLastRun).isValid());
    QCOMPARE(settings.get(Settings::IdleLockMinutes), 10);
    QCOMPARE(settings.get(Settings::PaymentFollowUpDays), 14);
    QCOMPARE(settings.get(Settings::RotationClaimDays), 30);
    QCOMPARE(settings.get(Settings::ChecklistFlagTime), QTime(9, 30));
    QCOMPARE(settings.get(Settings::ChecklistReceptionItems), OpeningChecklist::defaultReceptionItems());
    QCOMPARE(settings.get(Settings::OfficeName), QStringLiteral("Sales centre customer service"));
    QVERIFY(!settings.get(Settings::Practice));
    QVERIFY(settings.get(Settings::BackupFolder).isEmpty());

    // What is set is what is read, in its type, kept as plain text.
    settings.set(Settings::MaxComplaintRate, 0.125);
    QCOMPARE(settings.get(Settings::MaxComplaintRate), 0.125);
    settings.set(Settings::ChecklistFlagTime, QTime(8, 45));
    QCOMPARE(settings.value(QStringLiteral("checklist.flag_time")), QStringLiteral("08:45"));
    QCOMPARE(settings.get(Settings::ChecklistFlagTime), QTime(8, 45));
    settings.set(Settings::RetentionLastRun, QDate(2026, 11, 27));
    QCOMPARE(settings.get(Settings::RetentionLastRun), QDate(2026, 11, 27));
    settings.set(Settings::Practice, true);
    QVERIFY(settings.isPractice());

    // A stored value the setting cannot use counts as its default.
    settings.setValue(QStringLiteral("payment.follow_up_days"), QStringLiteral("0"));
    QCOMPARE(settings.get(Settings::PaymentFollowUpDays), 14);
    settings.setValue(QStringLiteral("security.idle_lock_minutes"), QStringLiteral("ten"));
    QCOMPARE(settings.get(Settings::IdleLockMinutes), 10);
    settings.setValue(QStringLiteral("office.time_zone"), QStringLiteral("Mars/Olympus"));
    QCOMPARE(settings.office().zone.id(), QByteArray("Asia/Shanghai"));
}

void TestDeadlines::officeTimeFollowsTheZoneSetting()
{
    QCOMPARE(OfficeTime::zone().id(), QByteArray(OfficeTime::kDefaultZone));
    SettingsRepository settings(m_session);
    settings.setOffice(QStringLiteral("Asia/Urumqi"), QStringLiteral("18:00"));
    settings.applyOfficeZone();
    const QByteArray used = OfficeTime::zone().id();
    const QString shown = OfficeTime::formatDateTime(at("2026-11-27T02:00:00Z"));
    OfficeTime::setZone(QTimeZone(OfficeTime::kDefaultZone)); // the other tests count in Beijing time
    QCOMPARE(used, QByteArray("Asia/Urumqi"));
    QCOMPARE(shown, QStringLiteral("2026-11-27 08:00"));
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
