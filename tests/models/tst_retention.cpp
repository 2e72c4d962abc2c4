// SPDX-License-Identifier: GPL-3.0-or-later
// Retention (seed 三.(三)2), on SQLite and PostgreSQL: who goes 3 years after handover, what is
// anonymised and removed, one audit entry per run, at most one run a day.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/ServiceActs.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Retention.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

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
    void runsAtMostOnceADay();
    void periodIsASetting();

private:
    qint64 clientWithHandovers(const QString &name, const QString &phone, const QList<QPair<QDate, QString>> &handovers);
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

qint64 TestRetention::clientWithHandovers(const QString &name, const QString &phone, const QList<QPair<QDate, QString>> &handovers)
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
        Unit u;
        u.building = QStringLiteral("9");
        u.floor = 3;
        u.room = QStringLiteral("30%1").arg(++m_units);
        u.areaDm2 = 9000;
        u.listPriceFen = 100;
        UnitRepository(m_session).add(u);
        Handover handover;
        handover.clientId = c.id;
        handover.unitId = u.id;
        handover.handoverOn = h.first;
        HandoverRepository handovers(m_session);
        handovers.add(handover);
        if (h.second == QLatin1String("done")) {
            handovers.recordInspection(handover.id, QString());
            handovers.givePropertyContact(handover.id, QStringLiteral("物业服务中心 0571-88000000"));
            handovers.complete(handover.id);
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
    m_old = clientWithHandovers(QStringLiteral("老业主"), QStringLiteral("13800000001"), {{QDate(2022, 6, 1), done}});
    m_recent = clientWithHandovers(QStringLiteral("新业主"), QStringLiteral("13800000002"), {{QDate(2025, 1, 1), done}});
    m_oldButAgain = clientWithHandovers(QStringLiteral("又买一套"), QStringLiteral("13800000003"),
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
    QCOMPARE(Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT needs FROM consultations WHERE client_id = ?"), {m_old})
                 .toString(),
             QString());
    // Nothing personal is left in the audit log either.
    const qint64 leaks = Sql::scalar(m_session.db->connection(),
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

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
