// SPDX-License-Identifier: GPL-3.0-or-later
// Contracts and payment plans on SQLite and PostgreSQL: identity before signing, status moves,
// the questions log, installment sums to the fen, receipts and installment deadlines.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestSales : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void identityBeforeSigningAndStatusMoves();
    void questionsLog();
    void installmentSumsAreExact();
    void planReceiptsAndDeadlines();
    void receiptDateIsBetweenTheContractAndToday();
    void aSecondPlanIsRefusedByName();
    void aMistakenReceiptIsReversed();
    void aLateEntryOfMoneyReceivedInTimeNeedsEvidence();
    void receptionSeesNoAmounts();
    void twoConnectionsRaceForOneUnit();
    void loanAndTaxChecklist();
    void paymentProgressIsFollowedRegularly();
    void missedInstallmentIsFlaggedOnce();
    void followUpTextsAreMaskedByRole();
    void unitStateFollowsTheContract();
    void aConsultantWritesOnlyTheirOwnSales();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    Contract m_contract;
};

void TestSales::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestSales::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    const Client client = addClient(m_session, QStringLiteral("买房人"), QStringLiteral("13812345678"));
    const Unit unit = addUnit(m_session, QStringLiteral("5"), 12, QStringLiteral("1201"), 300'000'000);
    // An odd number of fen, to see the rounding.
    m_contract = addContract(m_session, QStringLiteral("HT2026-00100"), client.id, unit, 300'000'001);
}

void TestSales::identityBeforeSigningAndStatusMoves()
{
    ContractRepository contracts(m_session);
    Contract c = contracts.get(m_contract.id);
    c.status = QStringLiteral("signed");
    c.signedOn = QDate(2026, 11, 27);
    try {
        contracts.update(c);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("id_number"));
    }
    c = contracts.get(m_contract.id);
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.verifyIdentity(c, QStringLiteral("resident_id"),
                                                                       QStringLiteral("110101199003074478")));
    c = contracts.get(m_contract.id);
    contracts.verifyIdentity(c, QStringLiteral("resident_id"), QStringLiteral("11010519491231002x"));
    QCOMPARE(contracts.get(c.id).idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(contracts.get(c.id).idVerifiedAt, fridayMorning());
    c.status = QStringLiteral("signed");
    c.signedOn = QDate(2026, 11, 27);
    contracts.update(c);
    c.status = QStringLiteral("draft");
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.update(c));
    c = contracts.get(c.id);
    c.status = QStringLiteral("filed");
    contracts.update(c);
    c.status = QStringLiteral("signed");
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.update(c));
    c = contracts.get(c.id);
    c.status = QStringLiteral("cancelled");
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.update(c)); // a reason is needed
    c.cancelReason = QStringLiteral("客户退房");
    contracts.update(c);
    c.status = QStringLiteral("signed");
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.update(c));
}

void TestSales::questionsLog()
{
    ContractRepository contracts(m_session);
    const qint64 q = contracts.addQuestion(m_contract.id, QStringLiteral("逾期交房的违约金怎么算？"));
    QCOMPARE(contracts.questions(m_contract.id).constFirst().answer, QString());
    contracts.answerQuestion(q, QStringLiteral("按合同第十条，每日万分之一"));
    QCOMPARE(contracts.questions(m_contract.id).constFirst().answer,
             QStringLiteral("按合同第十条，每日万分之一"));
    QCOMPARE(ServiceRecordRepository(m_session).forClient(m_contract.clientId).constFirst().result,
             QStringLiteral("按合同第十条，每日万分之一"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, contracts.addQuestion(m_contract.id, QStringLiteral(" ")));
}

void TestSales::installmentSumsAreExact()
{
    QCOMPARE(PaymentPlanRepository::split(100, {34, 33, 33}), (QList<qint64>{34, 33, 33}));
    QCOMPARE(PaymentPlanRepository::split(101, {30, 35, 35}), (QList<qint64>{30, 35, 36}));
    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i) {
        const qint64 total = qint64(rng.bounded(1, 2'000'000'000)) * 10 + rng.bounded(10);
        QList<int> percents;
        int left = 100;
        while (left > 0) {
            const int p = std::min(left, 1 + int(rng.bounded(60)));
            percents << p;
            left -= p;
        }
        const QList<qint64> parts = PaymentPlanRepository::split(total, percents);
        QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), qint64(0)), total);
        for (qint64 p : parts)
            QVERIFY(p >= 0);
    }
}

void TestSales::planReceiptsAndDeadlines()
{
    signContract(m_session, m_contract.id, QDate(2026, 11, 1));
    PaymentPlanRepository plans(m_session);
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             plans.create(m_contract.id, QStringLiteral("lottery"), QDate(2026, 11, 1)));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 11, 1),
                                          {{QStringLiteral("a"), 0, 50}, {QStringLiteral("b"), 30, 40}}));
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 11, 1));
    const QList<Installment> list = plans.installments(m_contract.id);
    QCOMPARE(list.size(), 3);
    qint64 sum = 0;
    for (const Installment &i : list)
        sum += i.amountFen;
    QCOMPARE(sum, m_contract.priceFen - m_contract.discountFen);
    QCOMPARE(list.at(0).dueOn, QDate(2026, 11, 8));
    // The down payment was due on 8 November: overdue on the 27th, listed as `installment`.
    DeadlineRepository deadlines(m_session);
    bool overdue = false;
    for (const DeadlineItem &d : deadlines.overdue(m_clock.nowMs()))
        overdue |= d.policy == QLatin1String("installment") && d.entityId == list.at(0).id;
    QVERIFY(overdue);
    QCOMPARE(deadlines.iso(
                 deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), list.at(0).id)
                     ->dueAt),
             QStringLiteral("2026-11-09T00:00:00+08:00"));
    // Part of it, then more than is owed (refused), then the rest: paid late, the item stops.
    plans.addReceipt(list.at(0).id, 50'000'000, QDate(2026, 11, 20), QStringLiteral("转账"));
    QVERIFY(deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), list.at(0).id)
                ->stoppedAt == 0);
    QVERIFY_THROWS_EXCEPTION(ValidationError, plans.addReceipt(list.at(0).id, list.at(0).amountFen,
                                                               QDate(2026, 11, 21), QString()));
    plans.addReceipt(list.at(0).id, list.at(0).amountFen - 50'000'000, QDate(2026, 11, 21),
                     QStringLiteral("转账"));
    const auto item =
        deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), list.at(0).id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::MetLate);
    QCOMPARE(plans.installments(m_contract.id).at(0).paidFen, list.at(0).amountFen);
    // Paid on time: met.
    plans.addReceipt(list.at(1).id, list.at(1).amountFen, QDate(2026, 11, 27), QStringLiteral("按揭"));
    QCOMPARE(deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), list.at(1).id)
                 ->stateAt(m_clock.nowMs()),
             DeadlineState::Met);
    // The check finds a plan that no longer adds up (edited behind the program's back).
    QCOMPARE(IntegrityCheck::run(*m_session.db), QStringList());
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE installments SET amount_fen = amount_fen + 1 WHERE id = ?"),
             {list.at(2).id});
    const QStringList problems = IntegrityCheck::run(*m_session.db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("HT2026-00100")),
             qPrintable(problems.constFirst()));
}

// Trial 2026-12-04c F3: money is received between the contract and today.
void TestSales::receiptDateIsBetweenTheContractAndToday()
{
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 11, 27));
    const QList<Installment> list = plans.installments(m_contract.id);
    auto refusal = [&](const QDate &on) -> QString {
        try {
            plans.addReceipt(list.at(0).id, 100, on, QStringLiteral("转账"));
        } catch (const ValidationError &e) {
            return e.field() + u' ' + e.message();
        }
        return QStringLiteral("accepted");
    };
    // A draft (made on 27 November, today): nothing before it was made, nothing after today.
    QCOMPARE(refusal(QDate(2026, 11, 28)),
             QStringLiteral("received_on Date received: 2026-11-28 is after today (2026-11-27)"));
    QCOMPARE(refusal(QDate(2026, 11, 26)),
             QStringLiteral("received_on Date received: 2026-11-26 is before contract HT2026-00100 was drawn "
                            "up (2026-11-27)"));
    QCOMPARE(refusal(QDate(2026, 11, 27)), QStringLiteral("accepted"));
    // Signed on 20 November (entered later): from the signing day.
    signContract(m_session, m_contract.id, QDate(2026, 11, 20));
    QCOMPARE(
        refusal(QDate(2026, 11, 19)),
        QStringLiteral("received_on Date received: 2026-11-19 is before contract HT2026-00100 was signed "
                       "(2026-11-20)"));
    QCOMPARE(refusal(QDate(2026, 12, 31)),
             QStringLiteral("received_on Date received: 2026-12-31 is after today (2026-11-27)"));
    QCOMPARE(refusal(QDate(2026, 11, 20)), QStringLiteral("accepted"));
    QCOMPARE(refusal(QDate(2026, 11, 27)), QStringLiteral("accepted"));
    QCOMPARE(plans.installment(list.at(0).id).paidFen, 300); // the three accepted
}

// Trial 2026-12-04c F8: a second plan said "another user saved the same value at the same moment".
void TestSales::aSecondPlanIsRefusedByName()
{
    PaymentPlanRepository plans(m_session);
    QCOMPARE(plans.planKind(m_contract.id), std::nullopt);
    plans.create(m_contract.id, QStringLiteral("commercial_loan"), QDate(2026, 11, 27));
    QCOMPARE(plans.planKind(m_contract.id), QStringLiteral("commercial_loan"));
    try {
        plans.create(m_contract.id, QStringLiteral("full"), QDate(2026, 11, 27));
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("plan"));
        QCOMPARE(e.message(), QStringLiteral("Payment plan: this contract already has one"));
    }
    QCOMPARE(plans.installments(m_contract.id).size(), 2); // the loan plan, unchanged
}

// Trial 2026-12-04c F7: a receipt typed wrong could not be undone.
void TestSales::aMistakenReceiptIsReversed()
{
    signContract(m_session, m_contract.id, QDate(2026, 11, 1));
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 11, 1));
    const QList<Installment> list = plans.installments(m_contract.id);
    const Installment second = list.at(1); // due 30 January: paid in time, met
    plans.addReceipt(second.id, second.amountFen, QDate(2026, 11, 27), QStringLiteral("转账"));
    plans.addReceipt(list.at(0).id, 100'000, QDate(2026, 11, 27), QStringLiteral("现金"));
    DeadlineRepository deadlines(m_session);
    const auto deadline = [&] {
        return *deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), second.id);
    };
    QCOMPARE(deadline().stateAt(m_clock.nowMs()), DeadlineState::Met);
    const QList<Receipt> before = plans.receipts(m_contract.id);
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(0).installmentId, list.at(0).id); // by installment
    const Receipt wrong = before.at(1);
    QCOMPARE(wrong.amountFen, second.amountFen);
    QVERIFY(!wrong.reversed());

    // Supervisors and administrators only; a consultant asks one. A reason is required.
    Staff boss;
    boss.name = QStringLiteral("主管冲正");
    boss.role = QStringLiteral("supervisor");
    StaffRepository(m_session).add(boss);
    Session consultant = m_session, supervisor = m_session, admin = m_session;
    consultant.role = QStringLiteral("consultant");
    supervisor.role = QStringLiteral("supervisor");
    supervisor.actorId = boss.id;
    admin.role = QStringLiteral("admin");
    QVERIFY_THROWS_EXCEPTION(
        PermissionError, PaymentPlanRepository(consultant).reverseReceipt(wrong.id, QStringLiteral("输错")));
    try {
        PaymentPlanRepository(supervisor).reverseReceipt(wrong.id, QStringLiteral("  "));
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("reason"));
    }
    QVERIFY_THROWS_EXCEPTION(
        NotFoundError, PaymentPlanRepository(supervisor).reverseReceipt(999'999, QStringLiteral("输错")));
    QCOMPARE(plans.installment(second.id).paidFen, second.amountFen); // nothing changed

    // Reversed: the receipt stays, marked; the installment is owed again, its deadline open.
    m_clock.set(fridayMorning() + 3600'000);
    PaymentPlanRepository(supervisor).reverseReceipt(wrong.id, QStringLiteral("期数选错，应为首付款"));
    QCOMPARE(plans.installment(second.id).paidFen, 0);
    const Receipt reversed = plans.receipts(m_contract.id).at(1);
    QCOMPARE(reversed.id, wrong.id);
    QVERIFY(reversed.reversed());
    QCOMPARE(reversed.reversedAt, fridayMorning() + 3600'000);
    QCOMPARE(reversed.reversedByName, QStringLiteral("主管冲正"));
    QCOMPARE(reversed.reversalReason, QStringLiteral("期数选错，应为首付款"));
    QCOMPARE(deadline().round, 2);
    QCOMPARE(deadline().stoppedAt, 0);
    QCOMPARE(deadline().anchorDate, second.dueOn);
    QCOMPARE(deadlines.forRecord(QStringLiteral("installments"), second.id).size(), 2); // round 1 kept
    // Audited, and on the client's timeline.
    const QList<AuditEntry> audit = AuditLog::forEntity(m_session, QStringLiteral("receipts"), second.id);
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("reverse") && e.afterJson.contains(QStringLiteral("期数选错"));
    }));
    const ServiceRecord last = ServiceRecordRepository(m_session).forClient(m_contract.clientId).constFirst();
    QVERIFY2(last.content.startsWith(QStringLiteral("Receipt reversed: contract HT2026-00100")) &&
                 last.content.contains(QStringLiteral("期数选错")),
             qPrintable(last.content));
    QCOMPARE(last.staffId, boss.id);
    // Once only.
    try {
        PaymentPlanRepository(admin).reverseReceipt(wrong.id, QStringLiteral("再冲一次"));
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("receipt"));
    }
    QCOMPARE(plans.installment(second.id).paidFen, 0);
    // A part payment reversed by an administrator: less paid, the deadline still the first round's.
    PaymentPlanRepository(admin).reverseReceipt(before.at(0).id, QStringLiteral("金额输错"));
    QCOMPARE(plans.installment(list.at(0).id).paidFen, 0);
    QCOMPARE(deadlines.forRecord(QStringLiteral("installments"), list.at(0).id).size(), 1);
    // Paid again in full: the new round stops, met; the check finds the books in order.
    plans.addReceipt(second.id, second.amountFen, QDate(2026, 11, 27), QStringLiteral("转账"));
    QCOMPARE(deadline().stateAt(m_clock.nowMs()), DeadlineState::Met);
    QCOMPARE(IntegrityCheck::run(*m_session.db), QStringList());
}

// Trial 2026-12-04c F3b: typing an earlier date turned an installment overdue for weeks into "met".
void TestSales::aLateEntryOfMoneyReceivedInTimeNeedsEvidence()
{
    signContract(m_session, m_contract.id, QDate(2026, 11, 1));
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 11, 1));
    const QList<Installment> list = plans.installments(m_contract.id);
    const Installment first = list.at(0); // due 8 November: overdue on the 27th
    QCOMPARE(first.dueOn, QDate(2026, 11, 8));
    // Received on or before the due date, entered after it: refused without evidence, by name.
    for (const QDate &on : {QDate(2026, 11, 5), QDate(2026, 11, 8)}) {
        try {
            plans.addReceipt(first.id, first.amountFen, on, QStringLiteral("转账"), QStringLiteral("  "));
            QFAIL("expected ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), QStringLiteral("evidence"));
            QVERIFY2(
                e.message().startsWith(QStringLiteral("Evidence: the installment was due on 2026-11-08")),
                qPrintable(e.message()));
        }
    }
    QCOMPARE(plans.installment(first.id).paidFen, 0);
    // Money received after the due date, or for an installment not yet due, needs none.
    plans.addReceipt(first.id, 100, QDate(2026, 11, 9), QStringLiteral("转账"));
    plans.addReceipt(list.at(1).id, 100, QDate(2026, 11, 20), QStringLiteral("转账"));
    // With the bank slip: kept, shown, audited, and the timeline says it is a late entry.
    plans.addReceipt(first.id, first.amountFen - 100, QDate(2026, 11, 5), QStringLiteral("转账"),
                     QStringLiteral("工行回单 20261105-0031"));
    QCOMPARE(DeadlineRepository(m_session)
                 .find(QStringLiteral("installment"), QStringLiteral("installments"), first.id)
                 ->stateAt(m_clock.nowMs()),
             DeadlineState::Met);
    const QList<Receipt> receipts = plans.receipts(m_contract.id);
    QCOMPARE(receipts.size(), 3);
    QCOMPARE(receipts.at(0).evidence, QString());
    QCOMPARE(receipts.at(1).evidence, QStringLiteral("工行回单 20261105-0031"));
    const QList<AuditEntry> audit = AuditLog::forEntity(m_session, QStringLiteral("receipts"), first.id);
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
        return e.afterJson.contains(QStringLiteral("工行回单 20261105-0031")) &&
               e.afterJson.contains(QStringLiteral("late_entry"));
    }));
    const QString timeline =
        ServiceRecordRepository(m_session).forClient(m_contract.clientId).constFirst().content;
    QVERIFY2(timeline.startsWith(QStringLiteral("Late entry: contract HT2026-00100")) &&
                 timeline.contains(QStringLiteral("2026-11-05")) &&
                 timeline.contains(QStringLiteral("工行回单 20261105-0031")),
             qPrintable(timeline));
}

void TestSales::receptionSeesNoAmounts()
{
    Session reception = m_session;
    reception.role = QStringLiteral("reception");
    QVERIFY_THROWS_EXCEPTION(PermissionError, PaymentPlanRepository(reception).installments(m_contract.id));
    QVERIFY_THROWS_EXCEPTION(PermissionError, ContractRepository(reception).get(m_contract.id));
}

void TestSales::twoConnectionsRaceForOneUnit()
{
    // A second unit, free; two PCs (two connections, two threads) sell it at the same moment.
    const Unit unit = addUnit(m_session, QStringLiteral("6"), 3, QStringLiteral("301"), 100);
    const DatabaseConfig config = m_test.config();
    QAtomicInt wins = 0, refusals = 0;
    QSemaphore ready, go;
    auto seller = [&](int n) {
        Database db(config); // its own connection, as another PC would have
        Session s{&db, &m_clock, 0};
        Contract c;
        c.number = QStringLiteral("RACE-%1").arg(n);
        c.clientId = m_contract.clientId;
        c.unitId = unit.id;
        c.priceFen = 100;
        ready.release();
        go.acquire();
        for (int attempt = 0; attempt < 50; ++attempt) {
            try {
                ContractRepository(s).add(c);
                wins.fetchAndAddRelaxed(1);
                return;
            } catch (const ValidationError &) {
                refusals.fetchAndAddRelaxed(1); // the unit is taken: refused by the check or by the index
                return;
            } catch (const StorageError &e) {
                if (!e.message().contains(QStringLiteral("busy")) &&
                    !e.message().contains(QStringLiteral("locked")))
                    return; // anything but "try again" counts as neither
            }
        }
    };
    QThread *a = QThread::create(seller, 1);
    QThread *b = QThread::create(seller, 2);
    a->start();
    b->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(a->wait(60000) && b->wait(60000));
    delete a;
    delete b;
    QCOMPARE(wins.loadRelaxed(), 1);
    QCOMPARE(refusals.loadRelaxed(), 1);
    QCOMPARE(Sql::scalar(
                 m_session.db->connection(),
                 QStringLiteral("SELECT COUNT(*) FROM contracts WHERE unit_id = ? AND status <> 'cancelled'"),
                 {unit.id})
                 .toInt(),
             1);
}

void TestSales::loanAndTaxChecklist()
{
    PaymentPlanRepository(m_session).create(m_contract.id, QStringLiteral("commercial_loan"),
                                            QDate(2026, 11, 1));
    LoanTaxSteps steps(m_session);
    const QList<LoanTaxSteps::Step> list = steps.checklist(m_contract.id);
    QStringList names;
    for (const auto &s : list)
        names << s.step;
    QCOMPARE(names, (QStringList{QStringLiteral("loan_application"), QStringLiteral("bank_approval"),
                                 QStringLiteral("disbursement"), QStringLiteral("deed_tax"),
                                 QStringLiteral("maintenance_fund"), QStringLiteral("registration")}));
    QCOMPARE(steps.checklist(m_contract.id).size(), 6); // made once
    steps.mark(list.at(0).id, QStringLiteral("done"), QDate(2026, 11, 5), QStringLiteral("已提交工商银行"));
    QCOMPARE(steps.checklist(m_contract.id).at(0).status, QStringLiteral("done"));
    QCOMPARE(steps.checklist(m_contract.id).at(0).doneOn, QDate(2026, 11, 5));
    QVERIFY_THROWS_EXCEPTION(ValidationError, steps.mark(list.at(3).id, QStringLiteral("rejected"),
                                                         QDate(2026, 11, 6), QString()));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             steps.mark(list.at(3).id, QStringLiteral("done"), QDate(), QString()));
    // The bank says no: an anomaly, followed up today by the consultant and flagged to the supervisor.
    Staff boss;
    boss.name = QStringLiteral("主管甲");
    boss.role = QStringLiteral("supervisor");
    StaffRepository(m_session).add(boss);
    steps.mark(list.at(1).id, QStringLiteral("rejected"), QDate(2026, 11, 27),
               QStringLiteral("收入证明不足"));
    const QList<FollowUp> tasks = FollowUpRepository(m_session).due(QDate(2026, 11, 27));
    QCOMPARE(tasks.size(), 1); // the test contract has no consultant: nobody's, read by the supervisors
    QCOMPARE(tasks.constFirst().staffId, 0);
    Session asBoss = m_session;
    asBoss.role = QStringLiteral("supervisor");
    asBoss.actorId = boss.id;
    QCOMPARE(FollowUpRepository(asBoss).due(QDate(2026, 11, 27), {boss.id}).size(), 1);
    QCOMPARE(tasks.constFirst().kind, QStringLiteral("anomaly"));
    QVERIFY(tasks.constFirst().task.contains(QStringLiteral("HT2026-00100")));
    QCOMPARE(ServiceRecordRepository(m_session).forClient(m_contract.clientId).constFirst().result,
             QStringLiteral("Rejected"));
}

void TestSales::paymentProgressIsFollowedRegularly()
{
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("full"), QDate(2026, 11, 20));
    QCOMPARE(plans.scheduleFollowUps(), 1);
    QCOMPARE(plans.scheduleFollowUps(), 0); // one open task is enough
    const QList<FollowUp> open = FollowUpRepository(m_session).forClient(m_contract.clientId);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().dueOn, QDate(2026, 12, 11)); // 14 days on
    // Done, the next one comes; once everything is paid, none.
    FollowUpRepository(m_session).complete(open.constFirst().id, QStringLiteral("客户确认月底前付清"));
    QCOMPARE(plans.scheduleFollowUps(), 1);
    const Installment only = plans.installments(m_contract.id).constFirst();
    plans.addReceipt(only.id, only.amountFen, QDate(2026, 11, 27), QStringLiteral("转账"));
    FollowUpRepository(m_session).complete(
        FollowUpRepository(m_session).forClient(m_contract.clientId).constFirst().id, QString());
    QCOMPARE(plans.scheduleFollowUps(), 0);
}

void TestSales::missedInstallmentIsFlaggedOnce()
{
    Staff consultant;
    consultant.name = QStringLiteral("顾问乙");
    consultant.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(consultant);
    Staff boss;
    boss.name = QStringLiteral("主管丙");
    boss.role = QStringLiteral("supervisor");
    StaffRepository(m_session).add(boss);
    Contract c = ContractRepository(m_session).get(m_contract.id);
    c.consultantId = consultant.id;
    ContractRepository(m_session).update(c);
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 10, 1));
    // The first installment fell due on 1 Oct and is unpaid; later ones are not due yet.
    QCOMPARE(plans.flagMissedInstallments(), 1);
    QCOMPARE(plans.flagMissedInstallments(), 0); // once
    // One task, the consultant's; the supervisor reads it in their own list too.
    const QList<FollowUp> tasks = FollowUpRepository(m_session).due(QDate(2026, 11, 27));
    QCOMPARE(tasks.size(), 1);
    const FollowUp task = tasks.constFirst();
    QCOMPARE(task.staffId, consultant.id);
    QCOMPARE(task.kind, QStringLiteral("anomaly"));
    QVERIFY2(task.task.contains(QStringLiteral("HT2026-00100")), qPrintable(task.task));
    QCOMPARE(FollowUpRepository(m_session).forClient(m_contract.clientId).size(),
             1); // once on the client, too
    Session asBoss = m_session;
    asBoss.role = QStringLiteral("supervisor");
    asBoss.actorId = boss.id;
    QCOMPARE(FollowUpRepository(asBoss).due(QDate(2026, 11, 27), {boss.id}).size(), 1);
    Session asConsultant = m_session;
    asConsultant.role = QStringLiteral("consultant");
    asConsultant.actorId = consultant.id;
    QCOMPARE(FollowUpRepository(asConsultant).due(QDate(2026, 11, 27), {boss.id}).size(),
             0); // not another consultant's
    // A part payment: the task says what is still owed, not what was owed when it was flagged.
    const Installment first = plans.installments(m_contract.id).constFirst();
    auto yuan = [](qint64 fen) { return QString::number(fen / 100.0, 'f', 2); };
    QVERIFY2(task.task.contains(yuan(first.amountFen) + QStringLiteral(" yuan unpaid")),
             qPrintable(task.task));
    plans.addReceipt(first.id, 100'000, QDate(2026, 11, 27), QStringLiteral("转账"));
    QString now = FollowUpRepository(m_session).forClient(m_contract.clientId).constFirst().task;
    QVERIFY2(now.contains(yuan(first.amountFen - 100'000) + QStringLiteral(" yuan unpaid")), qPrintable(now));
    // Paid late: nothing new is flagged; the task stays until done and says it is paid.
    plans.addReceipt(first.id, first.amountFen - 100'000, QDate(2026, 11, 27), QStringLiteral("转账"));
    QCOMPARE(plans.flagMissedInstallments(), 0);
    now = FollowUpRepository(m_session).forClient(m_contract.clientId).constFirst().task;
    QVERIFY2(now.contains(QStringLiteral("paid in full since")), qPrintable(now));
}

void TestSales::followUpTextsAreMaskedByRole()
{
    // The dashboard's and the client's follow-up lists read the task text from here: a role that
    // may not see contracts reads it without contract numbers and amounts (README, roles).
    PaymentPlanRepository plans(m_session);
    plans.create(m_contract.id, QStringLiteral("installments"), QDate(2026, 10, 1));
    QCOMPARE(plans.flagMissedInstallments(), 1);
    QCOMPARE(plans.scheduleFollowUps(), 1);
    const QString owed =
        QString::number(plans.installments(m_contract.id).constFirst().amountFen / 100.0, 'f', 2);
    const QList<QPair<QString, bool>> seesContracts = {{QStringLiteral("reception"), false},
                                                       {QStringLiteral("consultant"), true},
                                                       {QStringLiteral("service"), true},
                                                       {QStringLiteral("supervisor"), true},
                                                       {QStringLiteral("admin"), false}};
    for (const auto &[role, sees] : seesContracts) {
        Session as = m_session;
        as.role = role;
        FollowUpRepository tasks(as);
        const QList<FollowUp> lists[] = {tasks.forClient(m_contract.clientId),
                                         tasks.due(QDate(2026, 12, 31))};
        for (const QList<FollowUp> &list : lists) {
            QCOMPARE(list.size(), 2); // the anomaly and the payment follow-up
            for (const FollowUp &f : list) {
                QVERIFY2(!f.task.isEmpty(), qPrintable(role));
                QCOMPARE(f.task.contains(QStringLiteral("HT2026-00100")), sees);
                if (f.kind == QLatin1String("anomaly"))
                    QCOMPARE(f.task.contains(owed), sees);
            }
        }
    }
}

void TestSales::unitStateFollowsTheContract()
{
    ContractRepository contracts(m_session);
    UnitRepository units(m_session);
    // The draft (the subscription, 认购) reserves the unit.
    QCOMPARE(units.get(m_contract.unitId).state, QStringLiteral("reserved"));
    Contract c = contracts.get(m_contract.id);
    c.coBuyers = QStringLiteral("李四、王五");
    contracts.verifyIdentity(c, QStringLiteral("resident_id"), QStringLiteral("11010519491231002X"));
    c.status = QStringLiteral("signed");
    c.signedOn = QDate(2026, 11, 1);
    contracts.update(c);
    QCOMPARE(units.get(m_contract.unitId).state, QStringLiteral("contracted"));
    QCOMPARE(contracts.get(c.id).coBuyers, QStringLiteral("李四、王五"));
    PaymentPlanRepository(m_session).create(c.id, QStringLiteral("installments"), QDate(2026, 10, 1));
    QVERIFY(!DeadlineRepository(m_session).overdue(fridayMorning()).isEmpty());
    // Cancelled: the unit is free again and nothing more is owed.
    c = contracts.get(c.id);
    c.status = QStringLiteral("cancelled");
    c.cancelReason = QStringLiteral("客户放弃购买");
    contracts.update(c);
    QCOMPARE(units.get(m_contract.unitId).state, QStringLiteral("available"));
    QVERIFY(DeadlineRepository(m_session).overdue(fridayMorning()).isEmpty());
    QCOMPARE(contracts.overview(QStringLiteral("HT2026-00100")).size(), 1);
    QCOMPARE(contracts.overview(QStringLiteral("买房")).constFirst().status, QStringLiteral("cancelled"));
}

// A tester's consultant could not change a colleague's client, yet cancelled that colleague's
// filed contract, took receipts on others' contracts and signed a contract for a colleague's
// client. The client rule holds for contracts: their own sales only; a supervisor any.
void TestSales::aConsultantWritesOnlyTheirOwnSales()
{
    auto consultant = [&](const QString &name) {
        Staff s;
        s.name = name;
        s.role = QStringLiteral("consultant");
        StaffRepository(m_session).add(s);
        Session as = m_session;
        as.role = s.role;
        as.actorId = s.id;
        return as;
    };
    const Session longzi = consultant(QStringLiteral("龙子")), zhao = consultant(QStringLiteral("赵顾问"));
    Sql::run(m_session.db->connection(), QStringLiteral("UPDATE clients SET consultant_id = ?"),
             {longzi.actorId});
    Sql::run(m_session.db->connection(), QStringLiteral("UPDATE contracts SET consultant_id = ?"),
             {longzi.actorId});
    PaymentPlanRepository(m_session).create(m_contract.id, QStringLiteral("installments"),
                                            QDate(2026, 11, 1));
    const Installment first = PaymentPlanRepository(m_session).installments(m_contract.id).constFirst();
    const auto refusedFor = [&](const Session &who, const std::function<void(const Session &)> &write) {
        try {
            write(who);
        } catch (const PermissionError &e) {
            return e.message().contains(QStringLiteral("龙子")) ? QStringLiteral("refused")
                                                                : QStringLiteral("refused: ") + e.message();
        }
        return QStringLiteral("done");
    };
    const auto cancel = [&](const Session &who) {
        Contract c = ContractRepository(who).get(m_contract.id);
        c.status = QStringLiteral("cancelled");
        c.cancelReason = QStringLiteral("客户退房");
        ContractRepository(who).update(c);
    };
    const auto receipt = [&](const Session &who) {
        PaymentPlanRepository(who).addReceipt(first.id, 100, QDate(2026, 11, 27), QStringLiteral("转账"));
    };
    const auto question = [&](const Session &who) {
        ContractRepository(who).addQuestion(m_contract.id, QStringLiteral("车位怎么算？"));
    };
    const auto another = [&](const Session &who) {
        const Unit unit = addUnit(m_session, QStringLiteral("6"), 3, QStringLiteral("301"), 100'000'000);
        Contract c;
        c.number = QStringLiteral("HT2026-00200");
        c.clientId = m_contract.clientId;
        c.unitId = unit.id;
        c.consultantId = who.actorId;
        c.priceFen = 100'000'000;
        ContractRepository(who).add(c);
    };
    QCOMPARE(refusedFor(zhao, cancel), QStringLiteral("refused"));
    QCOMPARE(refusedFor(zhao, receipt), QStringLiteral("refused"));
    QCOMPARE(refusedFor(zhao, question), QStringLiteral("refused"));
    QCOMPARE(refusedFor(zhao, another), QStringLiteral("refused")); // a colleague's client
    QCOMPARE(ContractRepository(m_session).get(m_contract.id).status, m_contract.status);
    QCOMPARE(PaymentPlanRepository(m_session).installments(m_contract.id).constFirst().paidFen, 0);
    QCOMPARE(refusedFor(longzi, receipt), QStringLiteral("done"));
    QCOMPARE(refusedFor(longzi, question), QStringLiteral("done"));
    Session supervisor = m_session;
    supervisor.role = QStringLiteral("supervisor");
    QCOMPARE(refusedFor(supervisor, cancel), QStringLiteral("done"));
}

QTEST_GUILESS_MAIN(TestSales)
#include "tst_sales.moc"
