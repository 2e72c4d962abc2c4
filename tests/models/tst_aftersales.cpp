// SPDX-License-Identifier: GPL-3.0-or-later
// After-sales on SQLite and PostgreSQL: the complaint lifecycle and the refusal of illegal steps,
// deadlines over a holiday, pause and resume arithmetic, escalation, return visits that reopen,
// handovers with their notice, and defects that become complaints.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/PolicyRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "services/ComplaintsBoard.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

namespace {

const QString kComplaints = QStringLiteral("complaints");

} // namespace

class TestAfterSales : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void lifecycleTable_data();
    void lifecycleTable();
    void fullLifecycleRecordsEveryStep();
    void complaintLinksTheClientsOnlyContract();
    void illegalStepsAreRefused();
    void solutionDeadlineSkipsNationalDay();
    void waitingForTheClientPausesTheSolutionClock();
    void wallClockPauseAddsThePausedTime();
    void emergencyArrivalOnSite();
    void unsatisfiedReturnVisitReopens();
    void overdueComplaintIsEscalatedOnce();
    void escalationTaskReadsInTheReadersLanguage();
    void handoverNoticeInspectionAndDone();
    void overdueDefectBecomesAComplaint();
    void handoverDoneEarlyTakesTheDayItWasDone();
    void failedReinspectionKeepsTheDefectOpen();
    void handoverListPicksItsRowsBeforeCounting();
    void complaintsBoardReadsItsScope();
    void openItemsOfOneKindComeFromTheirIndex();

private:
    Complaint newComplaint(const QString &severity = QStringLiteral("normal"));
    QString due(const QString &policy, const QString &entity, qint64 id);
    QStringList eventKinds(qint64 complaintId);
    Handover newHandover(const QDate &on);

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    qint64 m_client = 0;
};

void TestAfterSales::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestAfterSales::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    m_client = addClient(m_session, QStringLiteral("业主王女士"), QStringLiteral("13912345678")).id;
}

Complaint TestAfterSales::newComplaint(const QString &severity)
{
    Complaint c;
    c.clientId = m_client;
    c.channel = QStringLiteral("phone");
    c.category = QStringLiteral("房屋质量");
    c.severity = severity;
    c.description = QStringLiteral("卫生间顶棚渗水");
    c.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(c);
    return c;
}

QString TestAfterSales::due(const QString &policy, const QString &entity, qint64 id)
{
    DeadlineRepository deadlines(m_session);
    const auto item = deadlines.find(policy, entity, id);
    return item ? deadlines.iso(item->dueAt) : QString();
}

QStringList TestAfterSales::eventKinds(qint64 complaintId)
{
    QStringList kinds;
    for (const ComplaintEvent &e : ComplaintRepository(m_session).events(complaintId))
        kinds << e.kind;
    return kinds;
}

Handover TestAfterSales::newHandover(const QDate &on)
{
    Unit u;
    u.building = QStringLiteral("3");
    u.entrance = QStringLiteral("2");
    u.floor = 15;
    u.room = QStringLiteral("1502");
    u.areaDm2 = 12000;
    u.listPriceFen = 400'000'000;
    UnitRepository(m_session).add(u);
    Handover h;
    h.clientId = m_client;
    h.unitId = u.id;
    h.handoverOn = on;
    HandoverRepository(m_session).add(h);
    return h;
}

void TestAfterSales::lifecycleTable_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("allowed");
    const QStringList always = {QStringLiteral("onsite"), QStringLiteral("escalated")};
    const QStringList waiting = {QStringLiteral("waiting"), QStringLiteral("resumed")};
    QTest::newRow("received") << QStringLiteral("received")
                              << (QStringList{QStringLiteral("first_response"),
                                              QStringLiteral("solution_proposed")} +
                                  always + waiting);
    QTest::newRow("first_response") << QStringLiteral("first_response")
                                    << (QStringList{QStringLiteral("solution_proposed")} + always + waiting);
    QTest::newRow("solution_proposed") << QStringLiteral("solution_proposed")
                                       << (QStringList{QStringLiteral("resolved")} + always + waiting);
    QTest::newRow("resolved") << QStringLiteral("resolved")
                              << (QStringList{QStringLiteral("return_visit"), QStringLiteral("reopened")} +
                                  always);
    QTest::newRow("return_visit") << QStringLiteral("return_visit")
                                  << (QStringList{QStringLiteral("closed"), QStringLiteral("reopened")} +
                                      always);
    QTest::newRow("closed") << QStringLiteral("closed") << QStringList{QStringLiteral("reopened")};
}

void TestAfterSales::lifecycleTable()
{
    QFETCH(QString, status);
    QFETCH(QStringList, allowed);
    const QStringList steps = {QStringLiteral("first_response"), QStringLiteral("solution_proposed"),
                               QStringLiteral("onsite"),         QStringLiteral("waiting"),
                               QStringLiteral("resumed"),        QStringLiteral("resolved"),
                               QStringLiteral("return_visit"),   QStringLiteral("closed"),
                               QStringLiteral("reopened"),       QStringLiteral("escalated")};
    for (const QString &step : steps)
        QVERIFY2(ComplaintRepository::allows(status, step) == allowed.contains(step),
                 qPrintable(status + QStringLiteral(" → ") + step));
}

void TestAfterSales::fullLifecycleRecordsEveryStep()
{
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint();
    const int recordsBefore = int(ServiceRecordRepository(m_session).forClient(m_client).size());
    m_clock.set(fridayMorning() + 2 * 3600'000);
    repo.respond(c.id, QStringLiteral("已致电业主，约周一上门"));
    m_clock.set(at("2026-11-30T10:00:00+08:00"));
    repo.proposeSolution(c.id, QStringLiteral("更换防水层，三天完工"));
    m_clock.set(at("2026-12-03T16:00:00+08:00"));
    repo.resolve(c.id, QStringLiteral("维修完成，业主确认"));
    QCOMPARE(due(QStringLiteral("return-visit"), kComplaints, c.id),
             QStringLiteral("2026-12-10T16:00:00+08:00"));
    m_clock.set(at("2026-12-08T11:00:00+08:00"));
    ReturnVisit visit;
    visit.channel = QStringLiteral("phone");
    visit.satisfaction = 5;
    visit.satisfied = true;
    visit.outcome = QStringLiteral("业主满意，无渗水");
    repo.recordReturnVisit(c.id, visit);
    QVERIFY(visit.id > 0);
    m_clock.set(at("2026-12-08T11:05:00+08:00"));
    repo.close(c.id, QString());

    const Complaint done = repo.get(c.id);
    QCOMPARE(done.status, QStringLiteral("closed"));
    QCOMPARE(done.firstResponseAt, fridayMorning() + 2 * 3600'000);
    QCOMPARE(done.solutionAt, at("2026-11-30T10:00:00+08:00"));
    QCOMPARE(done.resolvedAt, at("2026-12-03T16:00:00+08:00"));
    QCOMPARE(done.closedAt, at("2026-12-08T11:05:00+08:00"));
    QCOMPARE(eventKinds(c.id), (QStringList{QStringLiteral("received"), QStringLiteral("first_response"),
                                            QStringLiteral("solution_proposed"), QStringLiteral("resolved"),
                                            QStringLiteral("return_visit"), QStringLiteral("closed")}));
    // Each step wrote a service record and an audit entry.
    QCOMPARE(ServiceRecordRepository(m_session).forClient(m_client).size(), recordsBefore + 5);
    QCOMPARE(Sql::scalar(m_session.db->connection(),
                         QStringLiteral(
                             "SELECT COUNT(*) FROM audit_log WHERE entity = 'complaints' AND entity_id = ?"),
                         {c.id})
                 .toInt(),
             6);
    // Every deadline of it met and stopped.
    for (const DeadlineItem &i : DeadlineRepository(m_session).forRecord(kComplaints, c.id))
        QVERIFY2(i.stateAt(m_clock.nowMs()) == DeadlineState::Met, qPrintable(i.policy));
    QCOMPARE(repo.returnVisits(c.id).size(), 1);
    QCOMPARE(repo.countOpen(), 0);
}

void TestAfterSales::complaintLinksTheClientsOnlyContract()
{
    QCOMPARE(newComplaint().unitId, 0);                  // no contract: no link
    const Handover h = newHandover(QDate(2026, 12, 12)); // makes a unit
    const Contract k = addContract(m_session, QStringLiteral("HT2026-00901"), m_client,
                                   UnitRepository(m_session).get(h.unitId));
    QCOMPARE(newComplaint().unitId, 0); // a draft is not live
    signContract(m_session, k.id, QDate(2026, 11, 20));
    const Complaint linked = newComplaint();
    QCOMPARE(linked.contractId, k.id);
    QCOMPARE(linked.unitId, h.unitId);
    QCOMPARE(ComplaintRepository(m_session).get(linked.id).unitId, h.unitId);
}

void TestAfterSales::illegalStepsAreRefused()
{
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint();
    auto refused = [&](const std::function<void()> &step) {
        try {
            step();
        } catch (const ValidationError &e) {
            return e.field() == QLatin1String("status") || e.field() == QLatin1String("severity");
        }
        return false;
    };
    QVERIFY(refused([&] { repo.resolve(c.id, QString()); }));
    QVERIFY(refused([&] { repo.close(c.id, QString()); }));
    QVERIFY(refused([&] { repo.reopen(c.id, QStringLiteral("再次投诉")); }));
    QVERIFY(refused([&] { repo.recordOnSite(c.id, m_clock.nowMs(), QString()); })); // not an emergency
    QVERIFY(refused([&] { repo.resumeFromClient(c.id, QString()); }));              // not waiting
    ReturnVisit v;
    v.satisfaction = 4;
    v.outcome = QStringLiteral("满意");
    QVERIFY(refused([&] { repo.recordReturnVisit(c.id, v); }));
    repo.respond(c.id, QString());
    QVERIFY(refused([&] { repo.respond(c.id, QString()); })); // answered once
    // Nothing half-saved: still first response, events received and first response only.
    QCOMPARE(repo.get(c.id).status, QStringLiteral("first_response"));
    QCOMPARE(eventKinds(c.id).size(), 2);
    // A solution needs its content; a reopen needs its reason.
    bool named = false;
    try {
        repo.proposeSolution(c.id, QStringLiteral("  "));
    } catch (const ValidationError &e) {
        named = e.field() == QLatin1String("note");
    }
    QVERIFY(named);
    // A stale copy cannot overwrite a newer one.
    Complaint stale = repo.get(c.id);
    Complaint fresh = repo.get(c.id);
    fresh.category = QStringLiteral("服务态度");
    repo.update(fresh);
    stale.category = QStringLiteral("物业");
    QVERIFY_THROWS_EXCEPTION(ConflictError, repo.update(stale));
}

void TestAfterSales::solutionDeadlineSkipsNationalDay()
{
    // Received the day before National Day 2026 (1–7 Oct off, Sat 10 Oct a make-up working day):
    // Thu 8, Fri 9 and Sat 10 Oct are the three working days.
    m_clock.set(at("2026-09-30T10:00:00+08:00"));
    const Complaint c = newComplaint();
    QCOMPARE(due(QStringLiteral("complaint-solution"), kComplaints, c.id),
             QStringLiteral("2026-10-10T18:00:00+08:00"));
    QCOMPARE(due(QStringLiteral("complaint-first-response"), kComplaints, c.id),
             QStringLiteral("2026-10-01T10:00:00+08:00"));
    DeadlineRepository deadlines(m_session);
    const QString why =
        deadlines.explain(*deadlines.find(QStringLiteral("complaint-solution"), kComplaints, c.id))
            .explanation.join(u'\n');
    QVERIFY2(why.contains(QStringLiteral("2026-10-10")), qPrintable(why));
}

void TestAfterSales::waitingForTheClientPausesTheSolutionClock()
{
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint(); // Fri 27 Nov 10:00: solution due Wed 2 Dec 18:00
    QCOMPARE(due(QStringLiteral("complaint-solution"), kComplaints, c.id),
             QStringLiteral("2026-12-02T18:00:00+08:00"));
    m_clock.set(fridayMorning() + 3600'000);
    repo.respond(c.id, QStringLiteral("请业主提供漏水照片"));
    m_clock.set(at("2026-11-30T09:00:00+08:00")); // Monday
    repo.waitForClient(c.id, QStringLiteral("等业主发照片"));
    DeadlineRepository deadlines(m_session);
    // While waiting the item is paused: listed, never overdue, not in `overdue`, even past its due.
    const qint64 wednesdayEvening = at("2026-12-02T19:00:00+08:00");
    const auto paused = deadlines.find(QStringLiteral("complaint-solution"), kComplaints, c.id);
    QCOMPARE(paused->stateAt(wednesdayEvening), DeadlineState::Paused);
    QVERIFY(deadlines.overdue(wednesdayEvening).isEmpty());
    QCOMPARE(deadlines.countsByPolicy(wednesdayEvening).value(QStringLiteral("complaint-solution")).first, 0);
    // The client answers on Wednesday morning: Tue 1 and Wed 2 Dec were paused working days, so
    // the due moves two working days on, to Friday.
    m_clock.set(at("2026-12-02T10:00:00+08:00"));
    repo.resumeFromClient(c.id, QStringLiteral("业主已发照片"));
    QCOMPARE(due(QStringLiteral("complaint-solution"), kComplaints, c.id),
             QStringLiteral("2026-12-04T18:00:00+08:00"));
    QCOMPARE(repo.get(c.id).waitingSince, 0);
    QCOMPARE(eventKinds(c.id).mid(2), (QStringList{QStringLiteral("waiting"), QStringLiteral("resumed")}));
    // Waiting twice in a row is refused; a solution proposed while waiting ends the wait.
    m_clock.set(at("2026-12-03T09:00:00+08:00"));
    repo.waitForClient(c.id, QString());
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.waitForClient(c.id, QString()));
    m_clock.set(at("2026-12-03T15:00:00+08:00"));
    repo.proposeSolution(c.id, QStringLiteral("更换吊顶"));
    const auto met = deadlines.find(QStringLiteral("complaint-solution"), kComplaints, c.id);
    QCOMPARE(met->stateAt(m_clock.nowMs()), DeadlineState::Met);
    QCOMPARE(repo.get(c.id).waitingSince, 0);
}

void TestAfterSales::wallClockPauseAddsThePausedTime()
{
    // The office may let the first-response clock pause too: then the paused hours are added back.
    PolicyRepository policies(m_session);
    DeadlinePolicy p = policies.get(QStringLiteral("complaint-first-response"));
    p.pausable = true;
    policies.update(p);
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint();
    m_clock.set(fridayMorning() + 3600'000);
    repo.waitForClient(c.id, QString());
    m_clock.set(fridayMorning() + 3 * 3600'000 + 30 * 60'000);
    repo.resumeFromClient(c.id, QString());
    // 24 h + 2 h 30 min paused.
    QCOMPARE(due(QStringLiteral("complaint-first-response"), kComplaints, c.id),
             QStringLiteral("2026-11-28T12:30:00+08:00"));
}

void TestAfterSales::emergencyArrivalOnSite()
{
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint(QStringLiteral("emergency"));
    QCOMPARE(due(QStringLiteral("emergency-onsite"), kComplaints, c.id),
             QStringLiteral("2026-11-27T12:00:00+08:00"));
    m_clock.set(fridayMorning() + 3 * 3600'000);
    // Not in the future, not before intake.
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.recordOnSite(c.id, m_clock.nowMs() + 60'000, QString()));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.recordOnSite(c.id, fridayMorning() - 60'000, QString()));
    // Arrived after 2 h 10 min: met late.
    repo.recordOnSite(c.id, fridayMorning() + 130 * 60'000, QStringLiteral("关闭水阀"));
    DeadlineRepository deadlines(m_session);
    QCOMPARE(deadlines.find(QStringLiteral("emergency-onsite"), kComplaints, c.id)->stateAt(m_clock.nowMs()),
             DeadlineState::MetLate);
    QCOMPARE(repo.get(c.id).onsiteAt, fridayMorning() + 130 * 60'000);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.recordOnSite(c.id, m_clock.nowMs(), QString())); // once
    // No longer an emergency: the open on-site item goes; a normal complaint carries none.
    const Complaint other = newComplaint(QStringLiteral("emergency"));
    Complaint edited = repo.get(other.id);
    edited.severity = QStringLiteral("urgent");
    repo.update(edited);
    QVERIFY(!deadlines.find(QStringLiteral("emergency-onsite"), kComplaints, other.id));
}

void TestAfterSales::unsatisfiedReturnVisitReopens()
{
    ComplaintRepository repo(m_session);
    const Complaint c = newComplaint();
    repo.proposeSolution(c.id, QStringLiteral("更换防水层")); // also the first response
    m_clock.set(at("2026-12-01T10:00:00+08:00"));
    repo.resolve(c.id, QString());
    m_clock.set(at("2026-12-04T10:00:00+08:00")); // Friday
    ReturnVisit v;
    v.satisfaction = 2;
    v.satisfied = false;
    v.outcome = QStringLiteral("雨后仍有渗水");
    repo.recordReturnVisit(c.id, v);
    const Complaint reopened = repo.get(c.id);
    QCOMPARE(reopened.status, QStringLiteral("first_response"));
    QCOMPARE(reopened.reopened, 1);
    QCOMPARE(reopened.solutionAt, 0);
    QCOMPARE(reopened.resolvedAt, 0);
    QCOMPARE(eventKinds(c.id).mid(3),
             (QStringList{QStringLiteral("return_visit"), QStringLiteral("reopened")}));
    // The return visit was done (met); a second round of the solution deadline runs from now.
    DeadlineRepository deadlines(m_session);
    const auto solution = deadlines.find(QStringLiteral("complaint-solution"), kComplaints, c.id);
    QCOMPARE(solution->round, 2);
    QCOMPARE(solution->stoppedAt, 0);
    QCOMPARE(deadlines.iso(solution->dueAt), QStringLiteral("2026-12-09T18:00:00+08:00"));
    QCOMPARE(deadlines.find(QStringLiteral("return-visit"), kComplaints, c.id)->stateAt(m_clock.nowMs()),
             DeadlineState::Met);
    // Round 1 stays as history.
    QCOMPARE(deadlines.forRecord(kComplaints, c.id).size(), 4);
    // Solved again: a second return visit is owed.
    m_clock.set(at("2026-12-07T10:00:00+08:00"));
    repo.proposeSolution(c.id, QStringLiteral("重做屋面防水"));
    repo.resolve(c.id, QString());
    const auto visit2 = deadlines.find(QStringLiteral("return-visit"), kComplaints, c.id);
    QCOMPARE(visit2->round, 2);
    QCOMPARE(visit2->stoppedAt, 0);
    // Reopened by hand before the visit: the visit owed is withdrawn, not counted as met.
    repo.reopen(c.id, QStringLiteral("业主来电仍不满意"));
    QCOMPARE(deadlines.find(QStringLiteral("return-visit"), kComplaints, c.id)->round, 1);
    QCOMPARE(repo.get(c.id).reopened, 2);
}

void TestAfterSales::overdueComplaintIsEscalatedOnce()
{
    Staff boss;
    boss.name = QStringLiteral("李主管");
    boss.role = QStringLiteral("supervisor");
    StaffRepository(m_session).add(boss);
    ComplaintRepository repo(m_session);
    const Complaint late = newComplaint();
    m_clock.set(fridayMorning() + 12 * 3600'000);
    const Complaint fresh = newComplaint();
    QCOMPARE(repo.escalateOverdue(), 0);          // nothing late yet
    m_clock.set(fridayMorning() + 25 * 3600'000); // the first one's 24 h have passed
    QCOMPARE(repo.escalateOverdue(), 1);
    QVERIFY(repo.get(late.id).escalatedAt > 0);
    QCOMPARE(repo.get(fresh.id).escalatedAt, 0);
    QVERIFY(eventKinds(late.id).contains(QStringLiteral("escalated")));
    Session asBoss = m_session; // one task for the supervisors, in each one's list
    asBoss.role = QStringLiteral("supervisor");
    asBoss.actorId = boss.id;
    const QList<FollowUp> tasks =
        FollowUpRepository(asBoss).due(OfficeTime::toOffice(m_clock.nowMs()).date(), {boss.id});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(FollowUpRepository(m_session).forClient(late.clientId).size(), 1);
    QVERIFY(tasks.constFirst().task.contains(QString::number(late.id)));
    QCOMPARE(repo.escalateOverdue(), 0); // once
}

// A supervisors' PC in Chinese escalates; a colleague whose screen is in English reads the task in
// English, and the Chinese reader in Chinese (the English UI showed Chinese task text).
void TestAfterSales::escalationTaskReadsInTheReadersLanguage()
{
    const Complaint late = newComplaint();
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/estatedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    m_clock.set(fridayMorning() + 25 * 3600'000);
    const int escalated = ComplaintRepository(m_session).escalateOverdue();
    const QString inChinese = FollowUpRepository(m_session).forClient(late.clientId).value(0).task;
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(escalated, 1);
    QVERIFY2(inChinese.contains(QStringLiteral("投诉")) && inChinese.contains(QString::number(late.id)),
             qPrintable(inChinese));
    const QString inEnglish = FollowUpRepository(m_session).forClient(late.clientId).value(0).task;
    QCOMPARE(inEnglish,
             QStringLiteral("Complaint No. %1 is overdue (Complaint first response): see that it is handled")
                 .arg(late.id));
}

void TestAfterSales::handoverNoticeInspectionAndDone()
{
    HandoverRepository repo(m_session);
    Handover h = newHandover(QDate(2026, 12, 12));
    // Notice due 7 days before, by the end of 5 Dec (midnight).
    QCOMPARE(due(QStringLiteral("handover-notice"), QStringLiteral("handovers"), h.id),
             QStringLiteral("2026-12-06T00:00:00+08:00"));
    // A second handover of the same unit is refused.
    Handover twice = h;
    twice.id = 0;
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.add(twice));
    // Moved before the notice went out: the notice deadline moves with it.
    h.handoverOn = QDate(2026, 12, 19);
    repo.update(h);
    QCOMPARE(due(QStringLiteral("handover-notice"), QStringLiteral("handovers"), h.id),
             QStringLiteral("2026-12-13T00:00:00+08:00"));
    m_clock.set(at("2026-12-01T10:00:00+08:00"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.sendNotice(h.id, QString())); // channel named
    repo.sendNotice(h.id, QStringLiteral("短信"));
    DeadlineRepository deadlines(m_session);
    QCOMPARE(deadlines.find(QStringLiteral("handover-notice"), QStringLiteral("handovers"), h.id)
                 ->stateAt(m_clock.nowMs()),
             DeadlineState::Met);
    m_clock.set(at("2026-12-19T10:00:00+08:00"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.complete(h.id)); // not inspected yet
    repo.recordInspection(h.id, QStringLiteral("业主到场验房"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.complete(h.id)); // property contact not given
    repo.givePropertyContact(h.id, QStringLiteral("绿城物业服务中心 0571-88886666"));
    repo.complete(h.id);
    const Handover done = repo.get(h.id);
    QCOMPARE(done.status, QStringLiteral("done"));
    QCOMPARE(done.handoverOn, QDate(2026, 12, 19)); // done on the day planned
    QCOMPARE(done.noticeChannel, QStringLiteral("短信"));
    QCOMPARE(UnitRepository(m_session).get(done.unitId).state, QStringLiteral("handed_over"));
    QCOMPARE(IntegrityCheck::run(m_test.db()), QStringList());
}

// A tester completed a handover planned for 12-18 on 12-04: the records kept 12-18, so the
// sign-off sheet and the retention period said the keys changed hands two weeks later than they did.
void TestAfterSales::handoverDoneEarlyTakesTheDayItWasDone()
{
    HandoverRepository repo(m_session);
    const Handover h = newHandover(QDate(2026, 12, 18));
    repo.recordInspection(h.id, QString());
    repo.givePropertyContact(h.id, QStringLiteral("物业服务中心 0571-88886666"));
    m_clock.set(at("2026-12-04T15:00:00+08:00"));
    repo.complete(h.id);
    QCOMPARE(repo.get(h.id).handoverOn, QDate(2026, 12, 4));
    const QList<ServiceRecord> timeline = ServiceRecordRepository(m_session).forClient(h.clientId, 1);
    QVERIFY(!timeline.isEmpty());
    QVERIFY2(timeline.constFirst().content.contains(QStringLiteral("2026-12-04")) &&
                 timeline.constFirst().content.contains(QStringLiteral("2026-12-18")),
             qPrintable(timeline.constFirst().content));
}

void TestAfterSales::overdueDefectBecomesAComplaint()
{
    HandoverRepository repo(m_session);
    const Handover h = newHandover(QDate(2026, 11, 27));
    repo.recordInspection(h.id, QString());
    Defect d;
    d.handoverId = h.id;
    d.location = QStringLiteral("主卧");
    d.description = QStringLiteral("窗框密封条脱落");
    d.responsible = QStringLiteral("门窗分包商");
    d.deadlineDays = 2; // its own deadline, not the policy's 15 days
    repo.addDefect(d);
    Defect standard = d;
    standard.id = 0;
    standard.deadlineDays = 0;
    standard.location = QStringLiteral("厨房");
    repo.addDefect(standard);
    QCOMPARE(repo.defect(standard.id).deadlineDays, 15);
    // The policy's length follows a policy change; the defect's own does not.
    PolicyRepository policies(m_session);
    DeadlinePolicy p = policies.get(QStringLiteral("defect-rectification"));
    p.lengthDays = 10;
    policies.update(p);
    QCOMPARE(due(QStringLiteral("defect-rectification"), QStringLiteral("defects"), standard.id),
             QStringLiteral("2026-12-11T18:00:00+08:00")); // 10 working days from Fri 27 Nov
    // Fri 27 Nov + 2 working days: Tue 1 Dec at close of business.
    QCOMPARE(due(QStringLiteral("defect-rectification"), QStringLiteral("defects"), d.id),
             QStringLiteral("2026-12-01T18:00:00+08:00"));
    // Not overdue yet: refused.
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.raiseDefectAsComplaint(d.id));
    m_clock.set(at("2026-12-02T09:00:00+08:00"));
    DeadlineRepository deadlines(m_session);
    QVERIFY(!deadlines.overdue(m_clock.nowMs()).isEmpty());
    const qint64 complaintId = repo.raiseDefectAsComplaint(d.id);
    const Complaint c = ComplaintRepository(m_session).get(complaintId);
    QCOMPARE(c.clientId, m_client);
    QCOMPARE(c.unitId, h.unitId);
    QVERIFY(c.description.contains(QStringLiteral("窗框密封条脱落")));
    // The deadline as the office reads dates and times, not a machine's time stamp.
    QVERIFY2(c.description.contains(QStringLiteral("2026-12-01 18:00")), qPrintable(c.description));
    QVERIFY2(!c.description.contains(QStringLiteral("T18:00")), qPrintable(c.description));
    // The defect keeps its history and its (overdue) deadline, and links to the complaint.
    const Defect after = repo.defect(d.id);
    QCOMPARE(after.complaintId, complaintId);
    QCOMPARE(after.status, QStringLiteral("open"));
    QCOMPARE(deadlines.find(QStringLiteral("defect-rectification"), QStringLiteral("defects"), d.id)
                 ->stateAt(m_clock.nowMs()),
             DeadlineState::Overdue);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.raiseDefectAsComplaint(d.id)); // once
    // The complaint carries its own deadlines from now.
    QCOMPARE(due(QStringLiteral("complaint-first-response"), kComplaints, complaintId),
             QStringLiteral("2026-12-03T09:00:00+08:00"));
}

void TestAfterSales::failedReinspectionKeepsTheDefectOpen()
{
    HandoverRepository repo(m_session);
    const Handover h = newHandover(QDate(2026, 11, 27));
    Defect d;
    d.handoverId = h.id;
    d.location = QStringLiteral("客厅");
    d.description = QStringLiteral("墙面空鼓");
    d.responsible = QStringLiteral("土建总包");
    repo.addDefect(d);
    QVERIFY_THROWS_EXCEPTION(ValidationError, [&] {
        Defect bad;
        bad.handoverId = h.id;
        bad.description = QStringLiteral("无位置");
        bad.responsible = QStringLiteral("总包");
        repo.addDefect(bad);
    }());
    m_clock.set(at("2026-12-03T10:00:00+08:00"));
    repo.markDefectFixed(d.id, QStringLiteral("已重新批灰"));
    QCOMPARE(repo.defect(d.id).status, QStringLiteral("fixed"));
    repo.reinspectDefect(d.id, false, QStringLiteral("仍有空鼓"));
    QCOMPARE(repo.defect(d.id).status, QStringLiteral("open"));
    DeadlineRepository deadlines(m_session);
    QCOMPARE(
        deadlines.find(QStringLiteral("defect-rectification"), QStringLiteral("defects"), d.id)->stoppedAt,
        0);
    m_clock.set(at("2026-12-08T10:00:00+08:00"));
    repo.markDefectFixed(d.id, QString());
    repo.reinspectDefect(d.id, true, QStringLiteral("复验合格"));
    const Defect closed = repo.defect(d.id);
    QCOMPARE(closed.status, QStringLiteral("closed"));
    QCOMPARE(closed.reinspectionResult, QStringLiteral("passed"));
    QCOMPARE(deadlines.find(QStringLiteral("defect-rectification"), QStringLiteral("defects"), d.id)
                 ->stateAt(m_clock.nowMs()),
             DeadlineState::Met);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.reinspectDefect(d.id, true, QString()));
}

QTEST_GUILESS_MAIN(TestAfterSales)
// The list of handovers picks the rows it shows (scheduled first, soonest first; then the rest,
// newest first) before it reads their units, clients and defect counts: the limit cuts the same
// rows, and each row counts its own defects (all, and those not closed).
void TestAfterSales::handoverListPicksItsRowsBeforeCounting()
{
    HandoverRepository repo(m_session);
    auto handover = [&](const QString &room, const QDate &on) {
        const Unit u = addUnit(m_session, QStringLiteral("7"), 3, room, 300'000'000);
        Handover h;
        h.clientId = m_client;
        h.unitId = u.id;
        h.handoverOn = on;
        repo.add(h);
        return h;
    };
    auto defect = [&](qint64 handoverId, const QString &where) {
        Defect d;
        d.handoverId = handoverId;
        d.location = where;
        d.description = QStringLiteral("墙面空鼓");
        d.responsible = QStringLiteral("土建总包");
        repo.addDefect(d);
        return d;
    };
    const Handover done = handover(QStringLiteral("301"), QDate(2026, 11, 27));
    repo.recordInspection(done.id, QString());
    const Defect closed = defect(done.id, QStringLiteral("客厅"));
    defect(done.id, QStringLiteral("厨房"));
    m_clock.set(at("2026-11-28T10:00:00+08:00"));
    repo.markDefectFixed(closed.id, QString());
    repo.reinspectDefect(closed.id, true, QStringLiteral("复验合格"));
    repo.givePropertyContact(done.id, QStringLiteral("物业服务中心 0571-88886666"));
    repo.complete(done.id);
    const Handover later = handover(QStringLiteral("302"), QDate(2026, 12, 19));
    const Handover sooner = handover(QStringLiteral("303"), QDate(2026, 12, 12));
    repo.recordInspection(sooner.id, QString());
    defect(sooner.id, QStringLiteral("主卧"));

    auto ids = [](const QList<HandoverRepository::Row> &rows) {
        QList<qint64> out;
        for (const HandoverRepository::Row &r : rows)
            out << r.handover.id;
        return out;
    };
    QCOMPARE(ids(repo.rows(false)), (QList<qint64>{sooner.id, later.id, done.id}));
    QCOMPARE(ids(repo.rows(false, 2)), (QList<qint64>{sooner.id, later.id}));
    QCOMPARE(ids(repo.rows(true)), (QList<qint64>{sooner.id, later.id}));
    QCOMPARE(ids(repo.rows(true, 1)), (QList<qint64>{sooner.id}));
    const QList<HandoverRepository::Row> rows = repo.rows(false);
    QCOMPARE(rows.at(0).defects, 1);
    QCOMPARE(rows.at(0).openDefects, 1);
    QCOMPARE(rows.at(1).defects, 0);
    QCOMPARE(rows.at(1).openDefects, 0);
    QCOMPARE(rows.at(2).defects, 2);
    QCOMPARE(rows.at(2).openDefects, 1);
    QCOMPARE(rows.at(2).clientName, QStringLiteral("业主王女士"));
    QVERIFY2(rows.at(2).unitLabel.contains(QStringLiteral("301")), qPrintable(rows.at(2).unitLabel));
}

// What the complaints board shows, read in one go (on the window's background reader): the
// complaints of the scope, their clients' and handlers' names, and the latest deadline of each
// policy per complaint.
void TestAfterSales::complaintsBoardReadsItsScope()
{
    Staff handler;
    handler.name = QStringLiteral("客服小刘");
    handler.role = QStringLiteral("service");
    StaffRepository(m_session).add(handler);
    ComplaintRepository repo(m_session);
    Complaint closed;
    closed.clientId = m_client;
    closed.staffId = handler.id;
    closed.description = QStringLiteral("门禁卡无法使用");
    closed.receivedAt = m_clock.nowMs();
    repo.add(closed);
    repo.respond(closed.id, QStringLiteral("已致电"));
    repo.proposeSolution(closed.id, QStringLiteral("补发门禁卡"));
    repo.resolve(closed.id, QStringLiteral("已补发"));
    ReturnVisit visit;
    visit.channel = QStringLiteral("phone");
    visit.satisfaction = 5;
    visit.satisfied = true;
    visit.outcome = QStringLiteral("满意");
    repo.recordReturnVisit(closed.id, visit);
    repo.close(closed.id, QStringLiteral("结案"));
    const Complaint late = newComplaint();
    m_clock.set(fridayMorning() + 12 * 3600'000);
    const Complaint fresh = newComplaint();
    m_clock.set(fridayMorning() + 25 * 3600'000); // the first open one's 24 h have passed
    QCOMPARE(repo.escalateOverdue(), 1);

    auto ids = [](const ComplaintsBoard &board) {
        QList<qint64> out;
        for (const Complaint &c : board.complaints)
            out << c.id;
        return out;
    };
    const ComplaintsBoard open = ComplaintsBoard::read(m_session, ComplaintsBoard::Scope::Open);
    QCOMPARE(ids(open), (QList<qint64>{fresh.id, late.id}));
    QCOMPARE(ids(ComplaintsBoard::read(m_session, ComplaintsBoard::Scope::Escalated)),
             QList<qint64>{late.id});
    const ComplaintsBoard all = ComplaintsBoard::read(m_session, ComplaintsBoard::Scope::All);
    QCOMPARE(ids(all), (QList<qint64>{fresh.id, late.id, closed.id}));
    QCOMPARE(all.clientNames.value(m_client), QStringLiteral("业主王女士"));
    QCOMPARE(all.staffNames.value(handler.id), QStringLiteral("客服小刘"));
    // Each complaint's deadlines by policy: the closed one's return visit, the late one's overdue
    // first response.
    QVERIFY(all.deadlines.value(closed.id).contains(QStringLiteral("return-visit")));
    const DeadlineItem first =
        open.deadlines.value(late.id).value(QStringLiteral("complaint-first-response"));
    QCOMPARE(first.entityId, late.id);
    QCOMPARE(first.stateAt(m_clock.nowMs()), DeadlineState::Overdue);
    QVERIFY(!open.deadlines.contains(closed.id));
}

// The open deadline items of one kind due soon (the front desk's consultations, the complaints'
// escalation) come from the index of open items by kind (schema 24): SQLite read every item of the
// kind through (entity, entity_id) before, 100 000 consultations at office scale.
void TestAfterSales::openItemsOfOneKindComeFromTheirIndex()
{
    const Complaint c = newComplaint();
    m_clock.set(fridayMorning() + 25 * 3600'000);
    DeadlineFilter complaints;
    complaints.entity = kComplaints;
    DeadlineFilter consultations;
    consultations.entity = QStringLiteral("consultations");
    QCOMPARE(DeadlineRepository(m_session).overdue(m_clock.nowMs(), complaints).size(), 1);
    QCOMPARE(DeadlineRepository(m_session).overdue(m_clock.nowMs(), complaints).constFirst().entityId, c.id);
    QVERIFY(DeadlineRepository(m_session).open(m_clock.nowMs(), consultations).isEmpty());
    const QString plan = queryPlan(
        m_session,
        QStringLiteral(
            "SELECT d.id FROM deadline_items d WHERE d.stopped_at IS NULL AND d.due_soon_at <= ? AND "
            "d.entity = ? ORDER BY d.due_at, d.id"),
        {m_clock.nowMs(), kComplaints});
    QVERIFY2(plan.contains(QStringLiteral("deadline_items_open_entity")), qPrintable(plan));
}

#include "tst_aftersales.moc"
