// SPDX-License-Identifier: GPL-3.0-or-later
// The walk-in rotation board (轮排) on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "repositories/ClientRepository.h"
#include "repositories/RotationRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "storage/Sql.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestRotation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void turnsGoRoundAndSkipsKeepTheirPlace();
    void returningClientsGoBackToTheirConsultant();
    void claimWindowForClientsWithoutAConsultant();
    void nobodyAvailableIsSaid();
    void supervisorsReorderOthersMayNot();
    void tomorrowStartsFromTodaysOrder();
    void consultantAddedTodayJoinsAtTheEnd();

private:
    qint64 newClient(const QString &phone);
    QStringList order();
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestRotation::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestRotation::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    qint64 *ids[] = {&m_a, &m_b, &m_c};
    const char *names[] = {"顾问甲", "顾问乙", "顾问丙"};
    for (int i = 0; i < 3; ++i) {
        Staff s;
        s.name = QString::fromUtf8(names[i]);
        s.role = QStringLiteral("consultant");
        StaffRepository(m_session).add(s);
        *ids[i] = s.id;
    }
    Staff reception;
    reception.name = QStringLiteral("前台");
    reception.role = QStringLiteral("reception");
    StaffRepository(m_session).add(reception);
}

qint64 TestRotation::newClient(const QString &phone)
{
    Client c;
    c.name = QStringLiteral("来访客户");
    c.phone = phone;
    ClientRepository(m_session).add(c);
    return c.id;
}

QStringList TestRotation::order()
{
    QStringList out;
    for (const auto &p : RotationRepository(m_session).board())
        out << p.name;
    return out;
}

void TestRotation::turnsGoRoundAndSkipsKeepTheirPlace()
{
    RotationRepository rotation(m_session);
    QCOMPARE(order(),
             (QStringList{QStringLiteral("顾问甲"), QStringLiteral("顾问乙"), QStringLiteral("顾问丙")}));
    QCOMPARE(rotation.assignWalkIn(newClient(QStringLiteral("13800000001"))).staffId, m_a);
    QCOMPARE(order(),
             (QStringList{QStringLiteral("顾问乙"), QStringLiteral("顾问丙"), QStringLiteral("顾问甲")}));
    // 乙 is with a client: skipped, with the reason, and keeps first place.
    rotation.setStatus(m_b, QStringLiteral("with_client"));
    const RotationRepository::Assignment second =
        rotation.assignWalkIn(newClient(QStringLiteral("13800000002")));
    QCOMPARE(second.staffId, m_c);
    QCOMPARE(second.skipped.size(), 1);
    QVERIFY(second.skipped.constFirst().contains(QStringLiteral("顾问乙")));
    QCOMPARE(order(),
             (QStringList{QStringLiteral("顾问乙"), QStringLiteral("顾问甲"), QStringLiteral("顾问丙")}));
    QCOMPARE(
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT reason FROM rotation_events WHERE kind = 'skip' AND staff_id = ?"),
                    {m_b})
            .toString(),
        QStringLiteral("with_client"));
    // Free again: 乙 is next.
    rotation.setStatus(m_b, QStringLiteral("available"));
    QCOMPARE(rotation.assignWalkIn(newClient(QStringLiteral("13800000003"))).staffId, m_b);
    // The new clients now belong to whoever took them.
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13800000002")).consultantId, m_c);
    const auto ledger = rotation.ledger(QDate(2026, 11, 27));
    QCOMPARE(ledger.size(), 3);
    for (const auto &l : ledger)
        QCOMPARE(l.second, 1);
}

void TestRotation::returningClientsGoBackToTheirConsultant()
{
    RotationRepository rotation(m_session);
    const qint64 client = newClient(QStringLiteral("13800000001"));
    QCOMPARE(rotation.assignWalkIn(client).staffId, m_a);
    const QStringList before = order();
    const RotationRepository::Assignment again = rotation.assignWalkIn(client);
    QVERIFY(again.returning);
    QCOMPARE(again.staffId, m_a);
    QCOMPARE(order(), before);                            // nobody's turn was used
    QCOMPARE(rotation.board().constLast().receptions, 2); // 顾问甲, now last, received two
}

void TestRotation::claimWindowForClientsWithoutAConsultant()
{
    RotationRepository rotation(m_session);
    const qint64 recent = newClient(QStringLiteral("13800000011"));
    ServiceRecord r;
    r.clientId = recent;
    r.staffId = m_c;
    r.at = m_clock.nowMs() - 10 * 86400'000LL;
    r.kind = QStringLiteral("viewing");
    r.content = QStringLiteral("带看");
    ServiceRecordRepository(m_session).add(r);
    const RotationRepository::Assignment a = rotation.assignWalkIn(recent);
    QVERIFY(a.returning);
    QCOMPARE(a.staffId, m_c);
    // Served too long ago: a new turn.
    const qint64 old = newClient(QStringLiteral("13800000012"));
    r.clientId = old;
    r.at = m_clock.nowMs() - 40 * 86400'000LL;
    ServiceRecordRepository(m_session).add(r);
    const RotationRepository::Assignment b = rotation.assignWalkIn(old);
    QVERIFY(!b.returning);
    QCOMPARE(b.staffId, m_a);
}

void TestRotation::nobodyAvailableIsSaid()
{
    RotationRepository rotation(m_session);
    rotation.setStatus(m_a, QStringLiteral("on_leave"));
    rotation.setStatus(m_b, QStringLiteral("on_break"));
    rotation.setStatus(m_c, QStringLiteral("with_client"));
    const qint64 clients = ClientRepository(m_session).count();
    try {
        rotation.assignWalkIn(newClient(QStringLiteral("13800000021")));
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("available")), qPrintable(e.message()));
    }
    QCOMPARE(ClientRepository(m_session).count(), clients + 1);
    QCOMPARE(Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM rotation_events"))
                 .toInt(),
             0);
    QVERIFY_THROWS_EXCEPTION(ValidationError, rotation.setStatus(m_a, QStringLiteral("asleep")));
}

void TestRotation::supervisorsReorderOthersMayNot()
{
    Session supervisor = m_session;
    supervisor.role = QStringLiteral("supervisor");
    RotationRepository(supervisor).moveTo(m_c, 1);
    QCOMPARE(order(),
             (QStringList{QStringLiteral("顾问丙"), QStringLiteral("顾问甲"), QStringLiteral("顾问乙")}));
    Session reception = m_session;
    reception.role = QStringLiteral("reception");
    QVERIFY_THROWS_EXCEPTION(PermissionError, RotationRepository(reception).moveTo(m_a, 1));
}

void TestRotation::tomorrowStartsFromTodaysOrder()
{
    RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000031")));
    const QStringList today = order();
    m_clock.advance(86400'000LL);
    QCOMPARE(order(), today);
    for (const auto &p : RotationRepository(m_session).board())
        QCOMPARE(p.status, QStringLiteral("available"));
}

void TestRotation::consultantAddedTodayJoinsAtTheEnd()
{
    RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000041"))); // 顾问甲 to the end
    const QStringList before = order();
    QCOMPARE(before.size(), 3);
    Staff late;
    late.name = QStringLiteral("顾问丁");
    late.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(late);
    QCOMPARE(order(), before + QStringList{QStringLiteral("顾问丁")});
    // In line like everyone: after the two who have not had a turn yet.
    RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000042")));
    RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000043")));
    QCOMPARE(RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000044"))).staffName,
             QStringLiteral("顾问甲"));
    QCOMPARE(RotationRepository(m_session).assignWalkIn(newClient(QStringLiteral("13800000045"))).staffName,
             QStringLiteral("顾问丁"));
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
