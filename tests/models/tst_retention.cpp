// SPDX-License-Identifier: GPL-3.0-or-later
// Retention (seed 三.(三)2), on SQLite and PostgreSQL: who goes 3 years after handover, what is
// anonymised and removed, one audit entry per run, at most one run a day; after a run none of
// the client's personal strings is left anywhere: not in any table, not in the audit images, not
// in a merged duplicate's audit entries, not in the SQLite file's bytes.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/OfficeTime.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "io/ClientCsv.h"
#include "io/PersonalDataExport.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Erasure.h"
#include "security/Retention.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void previewNamesOnlyClientsPastThePeriod();
    void runAnonymisesAndAudits();
    void keepsClientsWhoStillOweOrComplain();
    void runsAtMostOnceADay();
    void periodIsASetting();
    void nothingPersonalIsLeftAnywhere();
    void erasureOnRequestKeepsOnlyWhatTheLawRequires();
    void filedContractWithoutAnIdKeepsTheBuyersName();
    void erasedPhoneIsShownAsErased();

private:
    // A client handed over long ago with personal data in every table that can hold it; returns
    // the strings that must be gone afterwards.
    QStringList seedEverything(qint64 *clientId);
    // Every text value of every table, and on SQLite the raw bytes of the file and its -wal.
    QStringList leftovers(const QStringList &secrets);
    qint64 clientWithHandovers(const QString &name, const QString &phone,
                               const QList<QPair<QDate, QString>> &handovers);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    qint64 m_old = 0, m_recent = 0, m_oldButAgain = 0, m_prospect = 0;
    int m_units = 0;
};

void TestRetention::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

qint64 TestRetention::clientWithHandovers(const QString &name, const QString &phone,
                                          const QList<QPair<QDate, QString>> &handovers)
{
    Client c;
    c.name = name;
    c.phone = phone;
    c.notes = QStringLiteral("喜欢南向");
    ClientRepository(m_session).add(c);
    ServiceRecord r;
    r.clientId = c.id;
    r.at = m_clock.nowMs();
    r.kind = QStringLiteral("call");
    r.content = QStringLiteral("来电咨询物业费");
    ServiceRecordRepository(m_session).add(r);
    Consultation consultation;
    consultation.clientId = c.id;
    consultation.channel = QStringLiteral("phone");
    consultation.receivedAt = m_clock.nowMs() - 3600'000;
    consultation.respondedAt = m_clock.nowMs() - 3000'000;
    consultation.needs = QStringLiteral("想换大房子");
    ConsultationRepository(m_session).add(consultation);
    for (const auto &h : handovers) {
        Handover handover;
        handover.clientId = c.id;
        handover.unitId =
            addUnit(m_session, QStringLiteral("9"), 3, QStringLiteral("30%1").arg(++m_units), 100).id;
        handover.handoverOn = h.first;
        HandoverRepository handovers(m_session);
        handovers.add(handover);
        if (h.second == QLatin1String("done")) {
            handovers.recordInspection(handover.id, QString());
            handovers.givePropertyContact(handover.id, QStringLiteral("物业服务中心 0571-88000000"));
            // Done on its day (the handover's date becomes the day it is done).
            const qint64 now = m_clock.nowMs();
            m_clock.set(QDateTime(h.first, QTime(10, 0), OfficeTime::zone()).toMSecsSinceEpoch());
            handovers.complete(handover.id);
            m_clock.set(now);
        }
    }
    return c.id;
}

void TestRetention::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    m_units = 0;
    const QString done = QStringLiteral("done");
    m_old = clientWithHandovers(QStringLiteral("老业主"), QStringLiteral("13800000001"),
                                {{QDate(2022, 6, 1), done}});
    m_recent = clientWithHandovers(QStringLiteral("新业主"), QStringLiteral("13800000002"),
                                   {{QDate(2025, 1, 1), done}});
    m_oldButAgain =
        clientWithHandovers(QStringLiteral("又买一套"), QStringLiteral("13800000003"),
                            {{QDate(2022, 1, 1), done}, {QDate(2026, 12, 1), QStringLiteral("scheduled")}});
    m_prospect = clientWithHandovers(QStringLiteral("潜在客户"), QStringLiteral("13800000004"), {});
}

void TestRetention::previewNamesOnlyClientsPastThePeriod()
{
    Retention retention(m_session);
    QCOMPARE(retention.years(), 3);
    QCOMPARE(retention.cutoff(), QDate(2023, 11, 27));
    const QList<RetentionCandidate> list = retention.preview();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().clientId, m_old);
    QCOMPARE(list.constFirst().handedOverOn, QDate(2022, 6, 1));
    QVERIFY(list.constFirst().serviceRecords >= 2);
    Session reception = m_session;
    reception.role = QStringLiteral("reception");
    QVERIFY_THROWS_EXCEPTION(PermissionError, Retention(reception).preview());
}

void TestRetention::runAnonymisesAndAudits()
{
    QCOMPARE(Retention(m_session).run(), 1);
    const Client gone = ClientRepository(m_session).get(m_old);
    QVERIFY(gone.name != QStringLiteral("老业主"));
    QVERIFY(!gone.phone.contains(QStringLiteral("13800000001")));
    QVERIFY(gone.notes.isEmpty());
    QCOMPARE(ServiceRecordRepository(m_session).forClient(m_old).size(), 0);
    QCOMPARE(Sql::scalar(m_session.db->connection(),
                         QStringLiteral("SELECT needs FROM consultations WHERE client_id = ?"), {m_old})
                 .toString(),
             QString());
    // Nothing personal is left in the audit log either.
    const qint64 leaks =
        Sql::scalar(
            m_session.db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ? OR after_json LIKE ? OR "
                           "before_json LIKE ?"),
            {QStringLiteral("%13800000001%"), QStringLiteral("%老业主%"), QStringLiteral("%老业主%")})
            .toLongLong();
    QCOMPARE(leaks, 0);
    // The others are untouched.
    QCOMPARE(ClientRepository(m_session).get(m_recent).name, QStringLiteral("新业主"));
    QCOMPARE(ClientRepository(m_session).get(m_oldButAgain).name, QStringLiteral("又买一套"));
    QCOMPARE(ClientRepository(m_session).get(m_prospect).name, QStringLiteral("潜在客户"));
    // A call, a consultation, and the handover's four steps (scheduled, inspected, contact given, done).
    QCOMPARE(ServiceRecordRepository(m_session).forClient(m_recent).size(), 6);
    // One audit entry for the run, and the database is still sound.
    AuditFilter f;
    f.entity = QStringLiteral("clients");
    const QList<AuditEntry> entries = AuditLog::search(m_session, f);
    QCOMPARE(entries.constFirst().action, QStringLiteral("retention"));
    QVERIFY(entries.constFirst().afterJson.contains(QStringLiteral("\"anonymised\":1")));
    QCOMPARE(IntegrityCheck::run(*m_session.db), QStringList());
    QVERIFY(Retention(m_session).preview().isEmpty());
}

void TestRetention::keepsClientsWhoStillOweOrComplain()
{
    // 老业主's handover is past the period, but an installment is still unpaid: kept.
    const Unit unit = addUnit(m_session, QStringLiteral("7"), 1, QStringLiteral("101"), 100'000'000);
    const Contract contract = signContract(
        m_session, addContract(m_session, QStringLiteral("HT2021-00009"), m_old, unit).id, QDate(2021, 6, 1));
    PaymentPlanRepository plans(m_session);
    plans.create(contract.id, QStringLiteral("installments"), QDate(2021, 6, 1));
    Retention retention(m_session);
    QVERIFY(retention.preview().isEmpty());
    for (const Installment &i : plans.installments(contract.id))
        plans.addReceipt(i.id, i.amountFen, QDate(2021, 7, 1), QStringLiteral("转账"),
                         QStringLiteral("银行回单"));
    QCOMPARE(retention.preview().size(), 1);

    // An open complaint keeps the client too, until it is closed.
    Complaint complaint;
    complaint.clientId = m_old;
    complaint.description = QStringLiteral("楼上漏水");
    complaint.receivedAt = m_clock.nowMs() - 3600'000;
    ComplaintRepository(m_session).add(complaint);
    QVERIFY(retention.preview().isEmpty());
    QCOMPARE(retention.run(), 0);
    QCOMPARE(ClientRepository(m_session).get(m_old).name, QStringLiteral("老业主"));
}

void TestRetention::runsAtMostOnceADay()
{
    QCOMPARE(Retention(m_session).runIfDue(), 1);
    const qint64 audits = AuditLog::count(m_session);
    QCOMPARE(Retention(m_session).runIfDue(), 0);
    QCOMPARE(AuditLog::count(m_session), audits); // no second run today
    m_clock.advance(24 * 3600'000LL);
    QCOMPARE(Retention(m_session).runIfDue(), 0);
    QVERIFY(AuditLog::count(m_session) > audits); // tomorrow's run is recorded, with nobody to anonymise
}

void TestRetention::periodIsASetting()
{
    Retention retention(m_session);
    retention.setYears(5);
    QCOMPARE(retention.cutoff(), QDate(2021, 11, 27));
    QVERIFY(retention.preview().isEmpty());
    retention.setYears(1);
    QCOMPARE(retention.preview().size(), 2); // 老业主 and 新业主; 又买一套 has a handover to come
    QVERIFY_THROWS_EXCEPTION(ValidationError, retention.setYears(0));
}

QStringList TestRetention::seedEverything(qint64 *clientId)
{
    const QStringList secrets = {
        QStringLiteral("隐私甲乙"),       QStringLiteral("13911112222"),
        QStringLiteral("备注秘密A1"),     QStringLiteral("职业秘密A2"),
        QStringLiteral("需求秘密A3"),     QStringLiteral("咨询备注A4"),
        QStringLiteral("看房备注A5"),     QStringLiteral("轮椅通道A6"),
        QStringLiteral("户口本A7"),       QStringLiteral("11010519491231002X"),
        QStringLiteral("共同购房人丙丁"), QStringLiteral("条款问题A8"),
        QStringLiteral("条款回答A9"),     QStringLiteral("贷款备注B1"),
        QStringLiteral("投诉内容B2"),     QStringLiteral("回应内容B3"),
        QStringLiteral("验房备注B5"),     QStringLiteral("物业联系人B6"),
        QStringLiteral("缺陷描述B7"),     QStringLiteral("跟进任务B8"),
        QStringLiteral("问卷意见B9"),     QStringLiteral("重复客户C1"),
        QStringLiteral("13922223333"),    QStringLiteral("重复备注C2"),
    };
    Staff consultant;
    consultant.name = QStringLiteral("顾问");
    consultant.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(consultant);
    const qint64 id = clientWithHandovers(QStringLiteral("隐私甲乙"), QStringLiteral("139 1111 2222"), {});
    *clientId = id;
    ClientRepository clients(m_session);
    Client c = clients.get(id);
    c.notes = QStringLiteral("备注秘密A1");
    c.occupation = QStringLiteral("职业秘密A2");
    clients.update(c);
    // A duplicate with a second phone, merged into the client: its audit entries hold its name.
    Client dup;
    dup.name = QStringLiteral("重复客户C1");
    dup.phone = QStringLiteral("13922223333");
    dup.notes = QStringLiteral("重复备注C2");
    clients.add(dup);
    clients.merge(id, dup.id);

    Consultation consultation;
    consultation.clientId = id;
    consultation.channel = QStringLiteral("phone");
    consultation.receivedAt = m_clock.nowMs() - 7200'000;
    consultation.needs = QStringLiteral("需求秘密A3");
    consultation.notes = QStringLiteral("咨询备注A4");
    ConsultationRepository(m_session).add(consultation);
    Appointment viewing;
    viewing.clientId = id;
    viewing.consultantId = consultant.id;
    viewing.startsAt = m_clock.nowMs() + 3600'000;
    viewing.endsAt = viewing.startsAt + 3600'000;
    viewing.notes = QStringLiteral("看房备注A5");
    viewing.specialNeeds = QStringLiteral("轮椅通道A6");
    viewing.bring = QStringLiteral("户口本A7");
    AppointmentRepository(m_session).add(viewing);

    // A signed contract with the buyer's resident ID, co-buyers, a clause question, a loan plan,
    // a receipt and a loan step with notes.
    const qint64 unitId = addUnit(m_session, QStringLiteral("8"), 2, QStringLiteral("201"), 200'000'000).id;
    ContractRepository contracts(m_session);
    Contract contract;
    contract.number = QStringLiteral("HT2021-00001");
    contract.clientId = id;
    contract.unitId = unitId;
    contract.priceFen = 200'000'000;
    contract.coBuyers = QStringLiteral("共同购房人丙丁");
    contracts.add(contract);
    contracts.verifyIdentity(contract, QStringLiteral("resident_id"), QStringLiteral("11010519491231002x"));
    contract = contracts.get(contract.id);
    contract.status = QStringLiteral("signed");
    contract.signedOn = QDate(2021, 6, 1);
    contracts.update(contract);
    contracts.answerQuestion(contracts.addQuestion(contract.id, QStringLiteral("条款问题A8")),
                             QStringLiteral("条款回答A9"));
    PaymentPlanRepository plans(m_session);
    plans.create(contract.id, QStringLiteral("commercial_loan"), QDate(2021, 6, 1));
    // Every installment paid: a client who still owes is kept (keepsClientsWhoStillOweOrComplain).
    for (const Installment &i : plans.installments(contract.id))
        plans.addReceipt(i.id, i.amountFen, QDate(2021, 6, 5), QStringLiteral("转账"),
                         QStringLiteral("银行回单"));
    LoanTaxSteps steps(m_session);
    steps.mark(steps.checklist(contract.id).constFirst().id, QStringLiteral("done"), QDate(2021, 6, 10),
               QStringLiteral("贷款备注B1"));

    // After-sales: the handover (done long ago) with a defect, a complaint with a response.
    Handover handover;
    handover.clientId = id;
    handover.unitId = unitId;
    handover.handoverOn = QDate(2022, 6, 1);
    HandoverRepository handovers(m_session);
    handovers.add(handover);
    handovers.recordInspection(handover.id, QStringLiteral("验房备注B5"));
    Defect defect;
    defect.handoverId = handover.id;
    defect.location = QStringLiteral("主卧");
    defect.description = QStringLiteral("缺陷描述B7");
    defect.responsible = QStringLiteral("总包");
    handovers.addDefect(defect);
    handovers.givePropertyContact(handover.id, QStringLiteral("物业联系人B6"));
    // Done on its day (the handover's date becomes the day it is done).
    const qint64 now = m_clock.nowMs();
    m_clock.set(QDateTime(handover.handoverOn, QTime(10, 0), OfficeTime::zone()).toMSecsSinceEpoch());
    handovers.complete(handover.id);
    m_clock.set(now);
    Complaint complaint;
    complaint.clientId = id;
    complaint.description = QStringLiteral("投诉内容B2");
    complaint.receivedAt = m_clock.nowMs() - 3600'000;
    ComplaintRepository complaints(m_session);
    complaints.add(complaint);
    complaints.respond(complaint.id, QStringLiteral("回应内容B3"));
    // Seen through to its end: a client with an open complaint is kept.
    complaints.proposeSolution(complaint.id, QStringLiteral("上门维修"));
    complaints.resolve(complaint.id, QStringLiteral("已修复"));
    ReturnVisit visit;
    visit.channel = QStringLiteral("phone");
    visit.satisfaction = 5;
    visit.satisfied = true;
    visit.outcome = QStringLiteral("满意");
    complaints.recordReturnVisit(complaint.id, visit);
    complaints.close(complaint.id, QString());
    FollowUpRepository(m_session).add(id, consultant.id, QDate(2026, 12, 1), QStringLiteral("跟进任务B8"));
    SurveyRepository surveys(m_session);
    SurveyRepository::Response answer;
    answer.clientId = id;
    answer.attitude = answer.efficiency = answer.resolution = 4;
    answer.comment = QStringLiteral("问卷意见B9");
    surveys.addResponse(surveys.campaign(QStringLiteral("2026-Q4")), answer);
    return secrets;
}

QStringList TestRetention::leftovers(const QStringList &secrets)
{
    QStringList found;
    QSqlDatabase conn = m_session.db->connection();
    for (const QString &table : m_session.db->dialect().tables(conn)) {
        QSqlQuery q = Sql::run(conn, QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                for (const QString &s : secrets)
                    if (q.value(i).toString().contains(s, Qt::CaseInsensitive))
                        found << QStringLiteral("%1.%2: %3").arg(table, q.record().fieldName(i), s);
    }
    if (m_test.backend() == Backend::Sqlite) {
        const QString path = m_session.db->config().sqlitePath;
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QString &s : secrets)
                if (bytes.contains(s.toUtf8()) || bytes.contains(s.toLower().toUtf8()))
                    found << QStringLiteral("%1 (file bytes): %2").arg(QFileInfo(file).fileName(), s);
        }
    }
    return found;
}

void TestRetention::nothingPersonalIsLeftAnywhere()
{
    qint64 id = 0;
    const QStringList secrets = seedEverything(&id);
    // Seeded where expected: every string is somewhere before the run.
    const QStringList before = leftovers(secrets);
    for (const QString &s : secrets)
        QVERIFY2(before.join(u'\n').contains(s), qPrintable(QStringLiteral("not seeded: ") + s));
    QVERIFY(before.join(u'\n').contains(QStringLiteral("audit_log.")));

    bool candidate = false;
    for (const RetentionCandidate &c : Retention(m_session).preview())
        candidate |= c.clientId == id;
    QVERIFY(candidate);
    QCOMPARE(Retention(m_session).run(), 2); // 老业主 too
    const QStringList after = leftovers(secrets);
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
    // The rows stay for the statistics; the others' data stays too.
    QCOMPARE(Sql::scalar(m_session.db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM contracts WHERE client_id = ?"), {id})
                 .toInt(),
             1);
    // Every installment was paid with one receipt; the receipts stay.
    QCOMPARE(
        Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM receipts")).toInt(),
        Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM installments")).toInt());
    QCOMPARE(ClientRepository(m_session).get(m_recent).name, QStringLiteral("新业主"));
    QCOMPARE(IntegrityCheck::run(*m_session.db), QStringList());
    AuditFilter f;
    f.entity = QStringLiteral("clients");
    const AuditEntry run = AuditLog::search(m_session, f).constFirst();
    QCOMPARE(run.action, QStringLiteral("retention"));
    QVERIFY2(run.afterJson.contains(QStringLiteral("\"audit_entries_redacted\":")),
             qPrintable(run.afterJson));
}

void TestRetention::erasureOnRequestKeepsOnlyWhatTheLawRequires()
{
    qint64 id = 0;
    const QStringList secrets = seedEverything(&id);
    Session supervisor = m_session;
    supervisor.role = QStringLiteral("supervisor");
    for (const char *role : {"reception", "consultant", "service", "admin"}) {
        Session other = m_session;
        other.role = QString::fromLatin1(role);
        QVERIFY_THROWS_EXCEPTION(PermissionError, Erasure::eraseOnRequest(other, id));
    }
    // Before: the export says what an erasure would keep, why and until when.
    const QJsonArray keptBefore = QJsonDocument::fromJson(PersonalDataExport::toJson(supervisor, id))
                                      .object()
                                      .value(QStringLiteral("kept_by_law"))
                                      .toArray();
    QCOMPARE(keptBefore.size(), 1);
    QCOMPARE(keptBefore.at(0).toObject().value(QStringLiteral("contract")).toString(),
             QStringLiteral("HT2021-00001"));
    QCOMPARE(keptBefore.at(0).toObject().value(QStringLiteral("until")).toString(),
             QStringLiteral("2025-06-01"));
    QVERIFY(!keptBefore.at(0).toObject().value(QStringLiteral("why")).toString().isEmpty());

    QCOMPARE(Erasure::eraseOnRequest(supervisor, id), QStringList{QStringLiteral("HT2021-00001")});
    // Only the signed contract's buyer identity is left, in the client's name and the contract.
    const QStringList keptByLaw = {QStringLiteral("隐私甲乙"), QStringLiteral("11010519491231002X"),
                                   QStringLiteral("共同购房人丙丁")};
    const QStringList after = leftovers(secrets);
    for (const QString &line : after) {
        const QString secret = line.section(QStringLiteral(": "), 1);
        QVERIFY2(keptByLaw.contains(secret), qPrintable(QStringLiteral("left after erasure: ") + line));
    }
    QVERIFY(after.contains(QStringLiteral("contracts.id_number: 11010519491231002X")));
    QVERIFY(after.contains(QStringLiteral("contracts.co_buyers: 共同购房人丙丁")));
    QVERIFY(after.contains(QStringLiteral("clients.name: 隐私甲乙")));
    // Every installment was paid with one receipt; the receipts stay.
    QCOMPARE(
        Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM receipts")).toInt(),
        Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM installments")).toInt());
    QCOMPARE(IntegrityCheck::run(*m_session.db), QStringList());
    // Audited, and not twice.
    QCOMPARE(AuditLog::forEntity(m_session, QStringLiteral("clients"), id).constLast().action,
             QStringLiteral("erase_personal_data"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, Erasure::eraseOnRequest(supervisor, id));
    // The export still says what is kept; once the period after the handover is over, retention
    // removes the rest.
    QCOMPARE(QJsonDocument::fromJson(PersonalDataExport::toJson(supervisor, id))
                 .object()
                 .value(QStringLiteral("kept_by_law"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(Retention(m_session).run(), 2);
    const QStringList finally = leftovers(secrets);
    QVERIFY2(finally.isEmpty(), qPrintable(finally.join(u'\n')));
    QCOMPARE(Erasure::keptByLaw(m_session, id).size(), 0);
}

void TestRetention::filedContractWithoutAnIdKeepsTheBuyersName()
{
    // The tester's P2: the demo's filed contracts record no ID document and no co-buyers (and
    // their handover no contract). The export's kept_by_law was empty, the confirmation listed
    // nothing kept and the audit said kept_contracts: [], yet the buyer's name stayed; and the
    // retention rule would never have removed it.
    const qint64 id = clientWithHandovers(QStringLiteral("无证业主"), QStringLiteral("13955556666"),
                                          {{QDate(2024, 3, 1), QStringLiteral("done")}});
    const Contract contract =
        addContract(m_session, QStringLiteral("HT2023-00016"), id,
                    addUnit(m_session, QStringLiteral("7"), 5, QStringLiteral("501"), 100'000'000));
    // Filed as the demo files it: without the ID check the contract form asks for.
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE contracts SET status = 'filed', signed_on = '2023-05-17' WHERE id = ?"),
             {contract.id});
    Session supervisor = m_session;
    supervisor.role = QStringLiteral("supervisor");

    auto exported = [&] {
        return QJsonDocument::fromJson(PersonalDataExport::toJson(supervisor, id))
            .object()
            .value(QStringLiteral("kept_by_law"))
            .toArray();
    };
    const QJsonArray before = exported();
    QCOMPARE(before.size(), 1);
    const QJsonObject kept = before.at(0).toObject();
    QCOMPARE(kept.value(QStringLiteral("contract")).toString(), QStringLiteral("HT2023-00016"));
    QCOMPARE(kept.value(QStringLiteral("until")).toString(), QStringLiteral("2027-03-01"));
    QVERIFY2(kept.value(QStringLiteral("kept"))
                 .toString()
                 .startsWith(QStringLiteral("the buyer's name (the "
                                            "contract records no ID")),
             qPrintable(kept.value(QStringLiteral("kept")).toString()));
    // The confirmation the dialog shows lists it; a client without a contract is told nothing is kept.
    const QString question = Erasure::confirmationText(supervisor, id);
    QVERIFY2(question.contains(QStringLiteral("Kept by law: contract HT2023-00016 — the buyer's name")) &&
                 question.contains(QStringLiteral("until 2027-03-01")) &&
                 !question.contains(QStringLiteral("Nothing")),
             qPrintable(question));
    QVERIFY(
        Erasure::confirmationText(supervisor, m_prospect).contains(QStringLiteral("Nothing is kept by law")));

    QCOMPARE(Erasure::eraseOnRequest(supervisor, id), QStringList{QStringLiteral("HT2023-00016")});
    const AuditEntry audit = AuditLog::forEntity(m_session, QStringLiteral("clients"), id).constLast();
    QCOMPARE(audit.action, QStringLiteral("erase_personal_data"));
    QVERIFY2(audit.afterJson.contains(QStringLiteral("\"kept_contracts\":[\"HT2023-00016\"]")),
             qPrintable(audit.afterJson));
    // What was said is what was done: the name is kept, and the export still says why.
    QCOMPARE(ClientRepository(m_session).get(id).name, QStringLiteral("无证业主"));
    QCOMPARE(exported().size(), 1);

    // The period after the handover over, the retention rule removes the name, once.
    m_clock.set(QDateTime(QDate(2027, 3, 2), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    bool candidate = false;
    for (const RetentionCandidate &c : Retention(m_session).preview())
        candidate |= c.clientId == id;
    QVERIFY(candidate);
    Retention(m_session).run();
    QVERIFY(ClientRepository(m_session).get(id).name != QStringLiteral("无证业主"));
    QVERIFY(Erasure::keptByLaw(m_session, id).isEmpty());
    QVERIFY(exported().isEmpty());
    for (const RetentionCandidate &c : Retention(m_session).preview())
        QVERIFY(c.clientId != id);
    QCOMPARE(leftovers({QStringLiteral("无证业主")}), QStringList());
}

void TestRetention::erasedPhoneIsShownAsErased()
{
    // An erased client keeps a placeholder ("+0" and the id) that holds clients.phone unique; it
    // was shown as "+0172", which looks like a number.
    Session supervisor = m_session;
    supervisor.role = QStringLiteral("supervisor");
    Erasure::eraseOnRequest(supervisor, m_old);
    const QString placeholder = Phone::erasedPlaceholder(m_old);
    QCOMPARE(ClientRepository(m_session).get(m_old).phone, placeholder);
    QCOMPARE(Phone::display(placeholder), Phone::erasedText());
    QCOMPARE(Phone::mask(placeholder), Phone::erasedText());
    QCOMPARE(Phone::erasedText(), QStringLiteral("(removed)")); // the tests run in English
    // The client list, for a role that sees numbers in full and for one that sees them masked.
    for (const char *role : {"supervisor", "reception"}) {
        Session viewer = m_session;
        viewer.role = QString::fromLatin1(role);
        ClientListModel list(viewer);
        bool seen = false;
        for (int row = 0; row < list.rowCount(); ++row) {
            if (list.index(row, 0).data(ClientListModel::IdRole).toLongLong() != m_old)
                continue;
            seen = true;
            QCOMPARE(list.index(row, ClientListModel::PhoneColumn).data().toString(), Phone::erasedText());
        }
        QVERIFY2(seen, role);
    }
    // The CSV export.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    ClientCsv::exportFile(m_session, csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral(",(removed),")) && !text.contains(placeholder + u','),
             qPrintable(text));
    // Nothing of an erased record is edited any more, with a message naming the field.
    Client c = ClientRepository(m_session).get(m_old);
    c.notes = QStringLiteral("新备注");
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).update(c));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
