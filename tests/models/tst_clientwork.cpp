// SPDX-License-Identifier: GPL-3.0-or-later
// The day's work on a client (issue 12), on SQLite and PostgreSQL: answering a consultation stops
// its clock and writes the timeline; editing a client checks the phone, the row version and the
// role; acts logged by hand and follow-ups done are recorded as what they were.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/VisitRegistration.h"
#include "storage/Sql.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestClientWork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void answeringStopsTheClockAndWritesTheTimeline();
    void answeringLateIsMetLate();
    void answeringIsRefusedTwiceAndToTheAdministrator();
    void afterHoursQueueEmptiesWhenAnswered();
    void listsConsultationsWithTheirDeadlines();
    void registrationRecordsGenderAndOccupation();
    void editingChangesEveryFieldAndIsAudited();
    void editingRefusesAPhoneAnotherClientHas();
    void editingRefusesAStaleVersion();
    void editingFollowsTheRoles();
    void loggingActsByHand();
    void doneFollowUpsAreRecordedAsWhatTheyWere();
    void timelineNamesWhoEnteredEachAct();

private:
    Session as(const QString &role, const QString &name);
    Consultation received(qint64 clientId, qint64 at, const QString &channel = QStringLiteral("phone"));
    Client makeClient(const QString &name, const QString &phone, qint64 consultant = 0);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestClientWork::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestClientWork::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
}

Session TestClientWork::as(const QString &role, const QString &name)
{
    Staff s;
    s.name = name;
    s.role = role;
    StaffRepository(m_session).add(s);
    Session session = m_session;
    session.actorId = s.id;
    session.role = role;
    return session;
}

Client TestClientWork::makeClient(const QString &name, const QString &phone, qint64 consultant)
{
    Client c;
    c.name = name;
    c.phone = phone;
    c.consultantId = consultant;
    ClientRepository(m_session).add(c);
    return c;
}

Consultation TestClientWork::received(qint64 clientId, qint64 at, const QString &channel)
{
    Consultation c;
    c.clientId = clientId;
    c.channel = channel;
    c.receivedAt = at;
    c.needs = QStringLiteral("问价格");
    ConsultationRepository(m_session).add(c);
    return c;
}

void TestClientWork::answeringStopsTheClockAndWritesTheTimeline()
{
    const Session reception = as(QStringLiteral("reception"), QStringLiteral("前台小李"));
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    const Consultation c = received(client.id, fridayMorning());
    m_clock.advance(10 * 60'000);
    const qint64 auditBefore = AuditLog::count(m_session);
    const Consultation answered =
        ConsultationRepository(reception).respond(c.id, QStringLiteral("发送了价格表"));
    QCOMPARE(answered.respondedAt, fridayMorning() + 10 * 60'000);
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    QVERIFY(item.has_value());
    QCOMPARE(item->stoppedAt, fridayMorning() + 10 * 60'000);
    QCOMPARE(item->stateAt(m_clock.nowMs() + 3600'000), DeadlineState::Met);
    QVERIFY(DeadlineRepository(m_session).overdue(m_clock.nowMs() + 3600'000).isEmpty());
    const ServiceRecord newest = ServiceRecordRepository(m_session).forClient(client.id).constFirst();
    QCOMPARE(newest.content, QStringLiteral("发送了价格表"));
    QCOMPARE(newest.staffId, reception.actorId);
    QCOMPARE(newest.refEntity, QStringLiteral("consultations"));
    QCOMPARE(newest.at, answered.respondedAt);
    // The consultation's update and the service record are audited with the change.
    QVERIFY(AuditLog::count(m_session) >= auditBefore + 2);
    const QList<AuditEntry> entries = AuditLog::forEntity(m_session, QStringLiteral("consultations"), c.id);
    QCOMPARE(entries.constLast().actorId, reception.actorId);
    QVERIFY(entries.constLast().afterJson.contains(QStringLiteral("responded_at")));
}

void TestClientWork::answeringLateIsMetLate()
{
    const Session consultant = as(QStringLiteral("consultant"), QStringLiteral("陈顾问"));
    const Client client = makeClient(QStringLiteral("李四"), QStringLiteral("13812345679"));
    const Consultation c = received(client.id, fridayMorning());
    m_clock.advance(40 * 60'000);
    QVERIFY(!DeadlineRepository(m_session).overdue(m_clock.nowMs()).isEmpty());
    ConsultationRepository(consultant).respond(c.id, {});
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::MetLate);
    QVERIFY(DeadlineRepository(m_session).overdue(m_clock.nowMs()).isEmpty());
    // Nobody was named on the consultation: the one who answered now is.
    QCOMPARE(ConsultationRepository(m_session).get(c.id).staffId, consultant.actorId);
}

void TestClientWork::answeringIsRefusedTwiceAndToTheAdministrator()
{
    const Client client = makeClient(QStringLiteral("王五"), QStringLiteral("13812345670"));
    const Consultation c = received(client.id, fridayMorning());
    const Session admin = as(QStringLiteral("admin"), QStringLiteral("管理员"));
    QVERIFY_THROWS_EXCEPTION(PermissionError, ConsultationRepository(admin).respond(c.id, {}));
    QCOMPARE(ConsultationRepository(m_session).get(c.id).respondedAt, 0);
    for (const QString &role : {QStringLiteral("reception"), QStringLiteral("consultant"),
                                QStringLiteral("service"), QStringLiteral("supervisor")}) {
        const Consultation other = received(client.id, m_clock.nowMs());
        QCOMPARE(ConsultationRepository(as(role, QStringLiteral("员工-") + role))
                     .respond(other.id, {})
                     .respondedAt,
                 m_clock.nowMs());
    }
    m_clock.advance(60'000);
    const Session reception = as(QStringLiteral("reception"), QStringLiteral("前台"));
    ConsultationRepository(reception).respond(c.id, QStringLiteral("回电"));
    const int records = int(ServiceRecordRepository(m_session).forClient(client.id).size());
    try {
        ConsultationRepository(reception).respond(c.id, QStringLiteral("再次回电"));
        QFAIL("a second response was accepted");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("already answered")), qPrintable(e.message()));
    }
    QCOMPARE(int(ServiceRecordRepository(m_session).forClient(client.id).size()), records);
    QVERIFY_THROWS_EXCEPTION(NotFoundError, ConsultationRepository(reception).respond(999999, {}));
}

void TestClientWork::afterHoursQueueEmptiesWhenAnswered()
{
    const Client client = makeClient(QStringLiteral("赵六"), QStringLiteral("13812345671"));
    // Friday 22:30: waits for Monday's opening.
    const Consultation c = received(client.id, at("2026-11-27T22:30:00+08:00"), QStringLiteral("wechat"));
    QVERIFY(c.afterHours);
    QCOMPARE(VisitRegistration(m_session).afterHoursQueue().size(), 1);
    m_clock.set(at("2026-11-30T09:05:00+08:00"));
    ConsultationRepository(as(QStringLiteral("reception"), QStringLiteral("前台")))
        .respond(c.id, QStringLiteral("微信回复"));
    QVERIFY(VisitRegistration(m_session).afterHoursQueue().isEmpty());
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::Met);
}

void TestClientWork::listsConsultationsWithTheirDeadlines()
{
    const Client a = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    const Client b = makeClient(QStringLiteral("李四"), QStringLiteral("13812345679"));
    const Consultation first = received(a.id, fridayMorning() - 3600'000);
    const Consultation second = received(b.id, fridayMorning() - 60'000);
    ConsultationRepository(m_session).respond(first.id, {});
    const QList<ConsultationRepository::Row> all = ConsultationRepository(m_session).list(false);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, first.id); // oldest first
    QCOMPARE(all.at(0).clientName, QStringLiteral("张三"));
    QCOMPARE(all.at(0).deadline.stateAt(m_clock.nowMs()), DeadlineState::MetLate);
    const QList<ConsultationRepository::Row> open = ConsultationRepository(m_session).list(true);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).id, second.id);
    QCOMPARE(open.at(0).deadline.dueAt, fridayMorning() - 60'000 + 15 * 60'000);
    QCOMPARE(ConsultationRepository(m_session).list(false, a.id).size(), 1);
}

void TestClientWork::registrationRecordsGenderAndOccupation()
{
    VisitForm form;
    form.name = QStringLiteral("孙七");
    form.phone = QStringLiteral("139 0000 1111");
    form.gender = QStringLiteral("female");
    form.occupation = QStringLiteral("教师");
    form.channel = QStringLiteral("phone");
    const VisitResult r = VisitRegistration(m_session).registerVisit(form);
    Client c = ClientRepository(m_session).get(r.clientId);
    QCOMPARE(c.gender, QStringLiteral("female"));
    QCOMPARE(c.occupation, QStringLiteral("教师"));
    // A returning client: missing details are filled in, recorded ones never overwritten.
    c.occupation.clear();
    ClientRepository(m_session).update(c);
    form.gender = QStringLiteral("male");
    form.occupation = QStringLiteral("医生");
    VisitRegistration(m_session).registerVisit(form);
    c = ClientRepository(m_session).get(r.clientId);
    QCOMPARE(c.gender, QStringLiteral("female"));
    QCOMPARE(c.occupation, QStringLiteral("医生"));
}

void TestClientWork::editingChangesEveryFieldAndIsAudited()
{
    const Session reception = as(QStringLiteral("reception"), QStringLiteral("前台"));
    const Client made = makeClient(QStringLiteral("张山"), QStringLiteral("13812345678"));
    Client c = ClientRepository(reception).get(made.id);
    QVERIFY(c.phone.contains(u'*')); // reception sees it masked
    c.name = QStringLiteral("张三");
    c.phone = QStringLiteral("139-0000-2222");
    c.gender = QStringLiteral("male");
    c.occupation = QStringLiteral("工程师");
    c.source = QStringLiteral("referral");
    ClientRepository(reception).update(c);
    const Client stored = ClientRepository(m_session).get(made.id);
    QCOMPARE(stored.name, QStringLiteral("张三"));
    QCOMPARE(stored.phone, QStringLiteral("+8613900002222"));
    QCOMPARE(stored.gender, QStringLiteral("male"));
    QCOMPARE(stored.occupation, QStringLiteral("工程师"));
    QCOMPARE(stored.source, QStringLiteral("referral"));
    QCOMPARE(stored.rowVersion, 2);
    const AuditEntry last = AuditLog::forEntity(m_session, QStringLiteral("clients"), made.id).constLast();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.actorId, reception.actorId);
    QVERIFY(last.beforeJson.contains(QStringLiteral("张山")) &&
            last.afterJson.contains(QStringLiteral("张三")));
    // The found-again search follows the new name and number.
    QCOMPARE(ClientRepository(m_session).find(QStringLiteral("zs")).constFirst().id, made.id);
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13900002222")).id, made.id);
    // A supervisor edits the notes; a masked phone left as shown stays the stored number.
    const Session supervisor = as(QStringLiteral("supervisor"), QStringLiteral("主管"));
    Client s = ClientRepository(supervisor).get(made.id);
    s.notes = QStringLiteral("周末来访");
    ClientRepository(supervisor).update(s);
    Client r = ClientRepository(reception).get(made.id);
    QVERIFY(r.notes.isEmpty()); // hidden from reception
    r.occupation = QStringLiteral("高级工程师");
    ClientRepository(reception).update(r);
    QCOMPARE(ClientRepository(m_session).get(made.id).notes, QStringLiteral("周末来访")); // kept, not wiped
    QCOMPARE(ClientRepository(m_session).get(made.id).phone, QStringLiteral("+8613900002222"));
    r = ClientRepository(reception).get(made.id);
    r.notes = QStringLiteral("覆盖");
    QVERIFY_THROWS_EXCEPTION(PermissionError, ClientRepository(reception).update(r));
}

void TestClientWork::editingRefusesAPhoneAnotherClientHas()
{
    const Client a = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Client b = makeClient(QStringLiteral("李四"), QStringLiteral("13812345679"));
    const qint64 audit = AuditLog::count(m_session);
    b.phone = QStringLiteral("+86 138 1234 5678");
    try {
        ClientRepository(m_session).update(b);
        QFAIL("a phone of another client was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
        QVERIFY2(e.message().contains(QStringLiteral("张三")), qPrintable(e.message()));
    }
    QCOMPARE(ClientRepository(m_session).get(b.id).phone, QStringLiteral("+8613812345679"));
    QCOMPARE(AuditLog::count(m_session), audit);
    Q_UNUSED(a);
}

void TestClientWork::editingRefusesAStaleVersion()
{
    const Client made = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Client mine = ClientRepository(m_session).get(made.id);
    Client theirs = ClientRepository(m_session).get(made.id);
    theirs.occupation = QStringLiteral("律师");
    ClientRepository(m_session).update(theirs);
    mine.name = QStringLiteral("张叁");
    QVERIFY_THROWS_EXCEPTION(ConflictError, ClientRepository(m_session).update(mine));
    const Client stored = ClientRepository(m_session).get(made.id);
    QCOMPARE(stored.name, QStringLiteral("张三"));
    QCOMPARE(stored.occupation, QStringLiteral("律师"));
}

void TestClientWork::editingFollowsTheRoles()
{
    const Session consultant = as(QStringLiteral("consultant"), QStringLiteral("陈顾问"));
    const Client own = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"), consultant.actorId);
    const Client other = makeClient(QStringLiteral("李四"), QStringLiteral("13812345679"));
    Client c = ClientRepository(consultant).get(own.id);
    c.occupation = QStringLiteral("教师");
    ClientRepository(consultant).update(c);
    c = ClientRepository(consultant).get(other.id);
    c.occupation = QStringLiteral("教师");
    QVERIFY_THROWS_EXCEPTION(PermissionError, ClientRepository(consultant).update(c));
    for (const QString &role : {QStringLiteral("service"), QStringLiteral("admin")}) {
        const Session s = as(role, QStringLiteral("员工-") + role);
        Client x = ClientRepository(s).get(other.id);
        x.occupation = QStringLiteral("医生");
        QVERIFY_THROWS_EXCEPTION(PermissionError, ClientRepository(s).update(x));
    }
    QCOMPARE(ClientRepository(m_session).get(other.id).occupation, QString());
}

void TestClientWork::loggingActsByHand()
{
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    const QStringList kinds = {QStringLiteral("call"), QStringLiteral("wechat"), QStringLiteral("visit"),
                               QStringLiteral("message"), QStringLiteral("other")};
    const QStringList roles = {QStringLiteral("reception"), QStringLiteral("consultant"),
                               QStringLiteral("service"), QStringLiteral("supervisor"),
                               QStringLiteral("supervisor")};
    for (int i = 0; i < kinds.size(); ++i) {
        m_clock.advance(60'000);
        const Session s = as(roles.at(i), QStringLiteral("员工%1").arg(i));
        const ServiceRecord r = ServiceRecordRepository(s).log(
            client.id, kinds.at(i), QStringLiteral("内容%1").arg(i), QStringLiteral("结果%1").arg(i));
        QVERIFY(r.id > 0);
        const ServiceRecord newest = ServiceRecordRepository(m_session).forClient(client.id).constFirst();
        QCOMPARE(newest.id, r.id);
        QCOMPARE(newest.kind, kinds.at(i));
        QCOMPARE(newest.staffId, s.actorId);
        QCOMPARE(newest.at, m_clock.nowMs());
        QCOMPARE(newest.content, QStringLiteral("内容%1").arg(i));
        QCOMPARE(newest.result, QStringLiteral("结果%1").arg(i));
        QCOMPARE(AuditLog::forEntity(m_session, QStringLiteral("service_records"), r.id).size(), 1);
    }
    QCOMPARE(ServiceRecordRepository(m_session).forClient(client.id).at(3).channel, QStringLiteral("wechat"));
    const Session reception = as(QStringLiteral("reception"), QStringLiteral("前台"));
    const int before = int(ServiceRecordRepository(m_session).forClient(client.id).size());
    try {
        ServiceRecordRepository(reception).log(client.id, QStringLiteral("contract"), QStringLiteral("x"),
                                               {});
        QFAIL("a kind that is not logged by hand was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("kind"));
    }
    try {
        ServiceRecordRepository(reception).log(client.id, QStringLiteral("call"), QStringLiteral("  "), {});
        QFAIL("an empty content was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("content"));
    }
    QVERIFY_THROWS_EXCEPTION(NotFoundError, ServiceRecordRepository(reception).log(
                                                424242, QStringLiteral("call"), QStringLiteral("x"), {}));
    QVERIFY_THROWS_EXCEPTION(PermissionError,
                             ServiceRecordRepository(as(QStringLiteral("admin"), QStringLiteral("管理员")))
                                 .log(client.id, QStringLiteral("call"), QStringLiteral("x"), {}));
    QCOMPARE(int(ServiceRecordRepository(m_session).forClient(client.id).size()), before);
}

void TestClientWork::doneFollowUpsAreRecordedAsWhatTheyWere()
{
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    FollowUpRepository tasks(m_session);
    const qint64 byHand = tasks.add(client.id, 0, QDate(2026, 11, 27), QStringLiteral("邀请参加开盘活动"));
    const qint64 payment = tasks.add(client.id, 0, QDate(2026, 11, 27), QStringLiteral("跟进付款进度"),
                                     QStringLiteral("payment"));
    const qint64 escalation = tasks.add(client.id, 0, QDate(2026, 11, 27), QStringLiteral("投诉已上报"),
                                        QStringLiteral("escalation"));
    const QList<QPair<qint64, QString>> expected = {{byHand, QStringLiteral("other")},
                                                    {payment, QStringLiteral("payment")},
                                                    {escalation, QStringLiteral("complaint")}};
    for (const auto &[id, kind] : expected) {
        m_clock.advance(60'000);
        tasks.complete(id, QString());
        const ServiceRecord r = ServiceRecordRepository(m_session).forClient(client.id).constFirst();
        QCOMPARE(r.refId, id);
        QCOMPARE(r.kind, kind);
        QVERIFY(r.kind != QLatin1String("call"));
    }
    QVERIFY_THROWS_EXCEPTION(ValidationError, tasks.complete(payment, QString()));
}

// An act is credited to the staff member it is for (a viewing's consultant) and names who entered
// it where that was someone else: the receptionist who booked, the supervisor who checked in.
void TestClientWork::timelineNamesWhoEnteredEachAct()
{
    const Session consultant = as(QStringLiteral("consultant"), QStringLiteral("龙子"));
    const Session reception = as(QStringLiteral("reception"), QStringLiteral("王小前"));
    const Session supervisor = as(QStringLiteral("supervisor"), QStringLiteral("彭琳坤"));
    const Client client =
        makeClient(QStringLiteral("陈测试"), QStringLiteral("13912345678"), consultant.actorId);
    Appointment viewing;
    viewing.clientId = client.id;
    viewing.consultantId = consultant.actorId;
    viewing.startsAt = fridayMorning() + 3600'000;
    viewing.endsAt = viewing.startsAt + 3600'000;
    viewing.partySize = 2;
    AppointmentRepository(reception).add(viewing);
    m_clock.advance(3600'000);
    viewing = AppointmentRepository(supervisor).get(viewing.id);
    viewing.status = QStringLiteral("checked_in");
    AppointmentRepository(supervisor).update(viewing);
    m_clock.advance(60'000);
    ServiceRecordRepository(consultant).log(client.id, QStringLiteral("call"), QStringLiteral("回访"), {});

    const QList<ServiceRecord> records = ServiceRecordRepository(m_session).forClient(client.id);
    QCOMPARE(records.size(), 3);
    const ServiceRecord &call = records.at(0), &checkedIn = records.at(1), &booked = records.at(2);
    QCOMPARE(booked.staffId, consultant.actorId);
    QCOMPARE(booked.recordedBy, reception.actorId);
    QCOMPARE(checkedIn.staffId, consultant.actorId);
    QCOMPARE(checkedIn.recordedBy, supervisor.actorId);
    QCOMPARE(call.recordedBy, consultant.actorId);

    ServiceRecordModel model(m_session);
    model.setClient(client.id);
    auto staffCell = [&model](int row) {
        return model.index(row, ServiceRecordModel::StaffColumn).data().toString();
    };
    QCOMPARE(staffCell(0), QStringLiteral("龙子"));
    QCOMPARE(staffCell(1), QStringLiteral("龙子 (entered by 彭琳坤)"));
    QCOMPARE(staffCell(2), QStringLiteral("龙子 (entered by 王小前)"));
    // Filtered by a staff member: the acts credited to them and the acts they entered.
    ServiceRecordFilter filter;
    filter.setSourceModel(&model);
    filter.setStaff(reception.actorId);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStaff(consultant.actorId);
    QCOMPARE(filter.rowCount(), 3);
    filter.setStaff(supervisor.actorId);
    QCOMPARE(filter.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestClientWork)
#include "tst_clientwork.moc"
