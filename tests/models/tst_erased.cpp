// SPDX-License-Identifier: GPL-3.0-or-later
// An erased client is finished business, on SQLite and PostgreSQL: nothing new about the person is
// recorded, whoever writes it (the window, the console program, a script), and each refusal names
// the client and why; what the office must finish on a contract the law keeps goes on; what was
// still owed that would mean contacting the person is withdrawn, by the erasure and, for clients
// erased before, by the upgrade.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/VisitRegistration.h"
#include "security/Erasure.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QtTest>

#include <functional>

using namespace estatedesk;
using namespace estatedesk::test;

class TestErased : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void refusesEveryNewRecord();
    void finishesWhatTheLawKeeps();
    void withdrawsWhatWouldMeanContactingThem();
    void upgradeWithdrawsItForClientsErasedBefore();

private:
    // A buyer with a signed contract (its payment plan, its return visit after signing), a draft
    // for a second unit, a viewing to come and a consultation awaiting its response.
    void seedBuyer(const Session &session);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    qint64 m_consultant = 0, m_buyer = 0, m_other = 0, m_viewing = 0, m_consultation = 0;
    Contract m_signed, m_draft;
};

// "field: message" of the ValidationError the write was refused with; empty when it went through.
static QString refusal(const std::function<void()> &write)
{
    try {
        write();
    } catch (const ValidationError &e) {
        return e.field() + QStringLiteral(": ") + e.message();
    }
    return {};
}

static QString expected(qint64 clientId, Erasure::Refused what)
{
    return QStringLiteral("client: ") + Erasure::refusal(clientId, what);
}

// A viewing of the client with the consultant, an hour from startsAt.
static Appointment viewingOf(qint64 clientId, qint64 consultantId, qint64 startsAt)
{
    Appointment a;
    a.clientId = clientId;
    a.consultantId = consultantId;
    a.startsAt = startsAt;
    a.endsAt = startsAt + 3600'000;
    return a;
}

// A consultation of the client by phone, received then.
static Consultation consultationOf(qint64 clientId, qint64 receivedAt)
{
    Consultation c;
    c.clientId = clientId;
    c.channel = QStringLiteral("phone");
    c.receivedAt = receivedAt;
    return c;
}

void TestErased::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestErased::seedBuyer(const Session &session)
{
    Staff consultant;
    consultant.name = QStringLiteral("顾问甲");
    consultant.role = QStringLiteral("consultant");
    StaffRepository(session).add(consultant);
    m_consultant = consultant.id;
    m_buyer = addClient(session, QStringLiteral("删除甲"), QStringLiteral("13811112222")).id;
    m_other = addClient(session, QStringLiteral("在册乙"), QStringLiteral("13833334444")).id;
    const Unit unit = addUnit(session, QStringLiteral("3"), 5, QStringLiteral("501"), 300'000'000);
    m_signed = addContract(session, QStringLiteral("HT2026-00031"), m_buyer, unit);
    m_signed = signContract(session, m_signed.id, QDate(2026, 11, 20));
    PaymentPlanRepository(session).create(m_signed.id, QStringLiteral("commercial_loan"),
                                          QDate(2026, 11, 20));
    m_draft = addContract(session, QStringLiteral("HT2026-00032"), m_buyer,
                          addUnit(session, QStringLiteral("3"), 6, QStringLiteral("601"), 300'000'000));
    Appointment viewing = viewingOf(m_buyer, m_consultant, m_clock.nowMs() + 24 * 3600'000);
    AppointmentRepository(session).add(viewing);
    m_viewing = viewing.id;
    // Received the evening before: in the after-hours queue too.
    Consultation consultation = consultationOf(m_buyer, m_clock.nowMs() - 12 * 3600'000);
    ConsultationRepository(session).add(consultation);
    m_consultation = consultation.id;
}

void TestErased::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    seedBuyer(m_session);
    Erasure::eraseOnRequest(m_session, m_buyer);
}

void TestErased::refusesEveryNewRecord()
{
    // The tester's finding: editing was refused, every other new record was taken.
    const Unit unsold = addUnit(m_session, QStringLiteral("3"), 7, QStringLiteral("701"), 300'000'000);
    const qint64 audited = AuditLog::count(m_session);
    const qint64 records = ServiceRecordRepository(m_session).count();
    QCOMPARE(refusal([&] {
                 ServiceRecordRepository(m_session).log(m_buyer, QStringLiteral("call"),
                                                        QStringLiteral("回电"), {});
             }),
             QStringLiteral("client: The personal data of client No. %1 were erased; no service act can be "
                            "recorded for them any more.")
                 .arg(m_buyer));
    QCOMPARE(refusal([&] {
                 FollowUpRepository(m_session).add(m_buyer, m_consultant, QDate(2026, 11, 30),
                                                   QStringLiteral("回电"));
             }),
             expected(m_buyer, Erasure::Refused::FollowUp));
    QCOMPARE(refusal([&] {
                 Appointment a = viewingOf(m_buyer, m_consultant, m_clock.nowMs() + 48 * 3600'000);
                 AppointmentRepository(m_session).add(a);
             }),
             expected(m_buyer, Erasure::Refused::Viewing));
    QCOMPARE(refusal([&] {
                 Appointment a = AppointmentRepository(m_session).get(m_viewing);
                 a.status = QStringLiteral("confirmed");
                 AppointmentRepository(m_session).update(a);
             }),
             expected(m_buyer, Erasure::Refused::Viewing));
    QCOMPARE(refusal([&] { addContract(m_session, QStringLiteral("HT2026-00033"), m_buyer, unsold); }),
             expected(m_buyer, Erasure::Refused::Contract));
    // The draft is not signed, nor is the buyer's ID checked on it, nor its clauses discussed.
    QCOMPARE(refusal([&] {
                 Contract c = ContractRepository(m_session).get(m_draft.id);
                 ContractRepository(m_session).verifyIdentity(c, QStringLiteral("resident_id"),
                                                              QStringLiteral("11010519491231002X"));
             }),
             expected(m_buyer, Erasure::Refused::Contract));
    QCOMPARE(refusal([&] {
                 Contract c = ContractRepository(m_session).get(m_draft.id);
                 c.status = QStringLiteral("signed");
                 c.signedOn = QDate(2026, 11, 27);
                 c.idVerifiedAt = m_clock.nowMs();
                 ContractRepository(m_session).update(c);
             }),
             expected(m_buyer, Erasure::Refused::Contract));
    QCOMPARE(
        refusal([&] { ContractRepository(m_session).addQuestion(m_draft.id, QStringLiteral("违约条款？")); }),
        expected(m_buyer, Erasure::Refused::Contract));
    QCOMPARE(refusal([&] { ClientPhones(m_session).add(m_buyer, QStringLiteral("13955556666")); }),
             expected(m_buyer, Erasure::Refused::OtherPhone));
    // Merged neither way: into it, or it into a client who is not erased.
    QCOMPARE(refusal([&] { ClientRepository(m_session).merge(m_buyer, m_other); }),
             expected(m_buyer, Erasure::Refused::Merge));
    QCOMPARE(refusal([&] { ClientRepository(m_session).merge(m_other, m_buyer); }),
             expected(m_buyer, Erasure::Refused::Merge));
    QCOMPARE(refusal([&] {
                 Consultation c = consultationOf(m_buyer, m_clock.nowMs());
                 ConsultationRepository(m_session).add(c);
             }),
             expected(m_buyer, Erasure::Refused::Consultation));
    QCOMPARE(
        refusal([&] { ConsultationRepository(m_session).respond(m_consultation, QStringLiteral("已回复")); }),
        expected(m_buyer, Erasure::Refused::Consultation));
    QCOMPARE(refusal([&] {
                 ScheduledVisit v = ScheduledVisitRepository(m_session).forClient(m_buyer).constFirst();
                 v.channel = QStringLiteral("phone");
                 v.satisfaction = 5;
                 v.outcome = QStringLiteral("满意");
                 ScheduledVisitRepository(m_session).record(v);
             }),
             expected(m_buyer, Erasure::Refused::ReturnVisit));
    QCOMPARE(refusal([&] {
                 SurveyRepository surveys(m_session);
                 SurveyRepository::Response r;
                 r.clientId = m_buyer;
                 r.attitude = r.efficiency = r.resolution = 5;
                 surveys.addResponse(surveys.campaign(QStringLiteral("2026-Q4")), r);
             }),
             expected(m_buyer, Erasure::Refused::Survey));
    // Editing, as before, now by the same rule (it looked at the phone).
    QCOMPARE(refusal([&] {
                 Client c = ClientRepository(m_session).get(m_buyer);
                 c.notes = QStringLiteral("新备注");
                 ClientRepository(m_session).update(c);
             }),
             expected(m_buyer, Erasure::Refused::Edit));
    QVERIFY(Erasure::isErased(m_session, m_buyer));
    // Nothing of any of them was written; the survey's campaign is the office's, not the client's.
    QCOMPARE(ServiceRecordRepository(m_session).count(), records);
    QCOMPARE(Sql::scalar(m_session.db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity <> 'survey_campaigns'"))
                 .toLongLong(),
             audited);
    // The client who is not erased is served as ever.
    QVERIFY(ServiceRecordRepository(m_session)
                .log(m_other, QStringLiteral("call"), QStringLiteral("回电"), {})
                .id > 0);
    QVERIFY(FollowUpRepository(m_session).add(m_other, m_consultant, QDate(2026, 11, 30),
                                              QStringLiteral("回电")) > 0);
}

void TestErased::finishesWhatTheLawKeeps()
{
    // The signed contract the law keeps: paid, its loan steps done, its clauses answered, filed.
    PaymentPlanRepository plans(m_session);
    const Installment first = plans.installments(m_signed.id).constFirst();
    plans.addReceipt(first.id, first.amountFen, QDate(2026, 11, 27), QStringLiteral("转账"));
    QCOMPARE(plans.installment(first.id).paidFen, first.amountFen);
    LoanTaxSteps steps(m_session);
    steps.mark(steps.checklist(m_signed.id).constFirst().id, QStringLiteral("done"), QDate(2026, 11, 27), {});
    ContractRepository contracts(m_session);
    contracts.answerQuestion(contracts.addQuestion(m_signed.id, QStringLiteral("交房标准？")),
                             QStringLiteral("见附件三"));
    Contract c = contracts.get(m_signed.id);
    c.status = QStringLiteral("filed");
    contracts.update(c);
    QCOMPARE(contracts.get(m_signed.id).status, QStringLiteral("filed"));
    // The program's own payment follow-up on it.
    QVERIFY(FollowUpRepository(m_session).add(
                m_buyer, m_consultant, QDate(2026, 12, 1), FollowUpRepository::paymentProgressText(c.number),
                QStringLiteral("payment"), QStringLiteral("contracts"), c.id) > 0);
    // The draft is cancelled, the viewing booked before called off.
    Contract draft = contracts.get(m_draft.id);
    draft.status = QStringLiteral("cancelled");
    draft.cancelReason = QStringLiteral("客户要求删除个人信息");
    contracts.update(draft);
    QCOMPARE(contracts.get(m_draft.id).status, QStringLiteral("cancelled"));
    Appointment viewing = AppointmentRepository(m_session).get(m_viewing);
    viewing.status = QStringLiteral("cancelled");
    AppointmentRepository(m_session).update(viewing);
    // After-sales: the handover of the unit and its complaint.
    Handover handover;
    handover.clientId = m_buyer;
    handover.unitId = m_signed.unitId;
    handover.contractId = m_signed.id;
    handover.handoverOn = QDate(2026, 11, 27);
    HandoverRepository handovers(m_session);
    handovers.add(handover);
    handovers.recordInspection(handover.id, {});
    handovers.givePropertyContact(handover.id, QStringLiteral("物业服务中心"));
    handovers.complete(handover.id);
    Complaint complaint;
    complaint.clientId = m_buyer;
    complaint.description = QStringLiteral("卫生间渗水");
    complaint.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(complaint);
    ComplaintRepository(m_session).respond(complaint.id, QStringLiteral("已安排维修"));
    // The handover owes no regular return visit to a client the office no longer contacts.
    for (const ScheduledVisit &v : ScheduledVisitRepository(m_session).forClient(m_buyer))
        QVERIFY2(v.status == QStringLiteral("withdrawn"), qPrintable(v.kind));
}

void TestErased::withdrawsWhatWouldMeanContactingThem()
{
    DeadlineRepository deadlines(m_session);
    // The consultation awaiting its response leaves the dashboard and the front desk's queues.
    QVERIFY(!deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"),
                            m_consultation));
    for (const ConsultationRepository::Row &r : ConsultationRepository(m_session).list(true))
        QVERIFY(r.clientId != m_buyer);
    QVERIFY(ConsultationRepository(m_session).list(false, m_buyer).size() == 1); // kept for the statistics
    QVERIFY(ConsultationRepository(m_session).get(m_consultation).afterHours);
    for (const VisitRegistration::Waiting &w : VisitRegistration(m_session).afterHoursQueue())
        QVERIFY(w.clientId != m_buyer);
    // The return visit owed after signing is withdrawn with its deadline.
    const QList<ScheduledVisit> visits = ScheduledVisitRepository(m_session).forClient(m_buyer);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.constFirst().status, QStringLiteral("withdrawn"));
    QVERIFY(!deadlines.find(ScheduledVisitRepository::policyOf(visits.constFirst().kind),
                            QLatin1String(ScheduledVisitRepository::kEntity), visits.constFirst().id));
    // What the contract still asks for stays on the dashboard: its installments.
    DeadlineFilter all;
    all.includeOnTrack = true;
    QStringList policies;
    for (const DeadlineItem &item : deadlines.open(m_clock.nowMs(), all))
        if (item.clientId == m_buyer)
            policies << item.policy;
    QVERIFY2(!policies.isEmpty() && policies.count(QStringLiteral("installment")) == policies.size(),
             qPrintable(policies.join(u' ')));
}

void TestErased::upgradeWithdrawsItForClientsErasedBefore()
{
    // An office erased its client with version 30, which left what was owed in place.
    Database &db = m_test.fresh();
    QCOMPARE(Migrations::migrate(db, 30), 30);
    Session old{&db, &m_clock, 0};
    seedBuyer(old);
    Consultation live = consultationOf(m_other, m_clock.nowMs()); // not erased: still owed its answer
    ConsultationRepository(old).add(live);
    Sql::run(db.connection(), QStringLiteral("UPDATE clients SET phone = ?, anonymised_at = ? WHERE id = ?"),
             {Phone::erasedPlaceholder(m_buyer), m_clock.nowMs(), m_buyer});
    DeadlineRepository deadlines(old);
    QVERIFY(deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"),
                           m_consultation));
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QVERIFY(!deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"),
                            m_consultation));
    const QList<ScheduledVisit> visits = ScheduledVisitRepository(old).forClient(m_buyer);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.constFirst().status, QStringLiteral("withdrawn"));
    QVERIFY(!deadlines.find(ScheduledVisitRepository::policyOf(visits.constFirst().kind),
                            QLatin1String(ScheduledVisitRepository::kEntity), visits.constFirst().id));
    QVERIFY(
        deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), live.id));
}

QTEST_GUILESS_MAIN(TestErased)
#include "tst_erased.moc"
