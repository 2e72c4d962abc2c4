// SPDX-License-Identifier: GPL-3.0-or-later
// Viewings (看房) on SQLite and PostgreSQL: no consultant in two places, no sample unit over
// capacity, statuses that follow each other, and RFC 5545 export.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "io/ViewingIcs.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestViewings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void consultantCannotBeInTwoPlaces();
    void sampleUnitCapacity();
    void statusesFollowEachOther();
    void noShowAndCheckInWaitForTheirTime();
    void aViewingIsBookedForNowOrLater();
    void icsExport();
    void dashboardListsTakeTheOpenOnesOfTheirSpan();

private:
    Appointment book(const char *from, const char *to, int party = 2, qint64 consultant = 0,
                     const QString &where = {});
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    qint64 m_client = 0, m_consultant = 0, m_other = 0;
};

void TestViewings::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestViewings::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    Client c;
    c.name = QStringLiteral("张三");
    c.phone = QStringLiteral("13812345678");
    ClientRepository(m_session).add(c);
    m_client = c.id;
    Staff s;
    s.name = QStringLiteral("顾问甲");
    s.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(s);
    m_consultant = s.id;
    Staff t;
    t.name = QStringLiteral("顾问乙");
    t.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(t);
    m_other = t.id;
    AppointmentRepository(m_session).setShowroom(QStringLiteral("样板间A"), 6);
}

Appointment TestViewings::book(const char *from, const char *to, int party, qint64 consultant,
                               const QString &where)
{
    Appointment a;
    a.clientId = m_client;
    a.consultantId = consultant;
    a.startsAt = at(from);
    a.endsAt = at(to);
    a.partySize = party;
    a.location = where;
    a.bring = QStringLiteral("身份证");
    AppointmentRepository(m_session).add(a);
    return a;
}

void TestViewings::consultantCannotBeInTwoPlaces()
{
    const Appointment first = book("2026-11-28T10:00:00+08:00", "2026-11-28T11:00:00+08:00", 2, m_consultant);
    try {
        book("2026-11-28T10:30:00+08:00", "2026-11-28T11:30:00+08:00", 2, m_consultant);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("consultant"));
        QVERIFY2(e.message().contains(QStringLiteral("No. %1").arg(first.id)) &&
                     e.message().contains(QStringLiteral("顾问甲")),
                 qPrintable(e.message()));
    }
    // Back to back is fine, and so is another consultant at the same time.
    book("2026-11-28T11:00:00+08:00", "2026-11-28T12:00:00+08:00", 2, m_consultant);
    book("2026-11-28T10:30:00+08:00", "2026-11-28T11:30:00+08:00", 2, m_other);
    // A cancelled viewing frees the consultant.
    Appointment cancelled = AppointmentRepository(m_session).get(first.id);
    cancelled.status = QStringLiteral("cancelled");
    AppointmentRepository(m_session).update(cancelled);
    book("2026-11-28T10:15:00+08:00", "2026-11-28T10:45:00+08:00", 2, m_consultant);
}

void TestViewings::sampleUnitCapacity()
{
    const QString room = QStringLiteral("样板间A");
    const Appointment first = book("2026-11-28T14:00:00+08:00", "2026-11-28T15:00:00+08:00", 4, 0, room);
    try {
        book("2026-11-28T14:30:00+08:00", "2026-11-28T15:30:00+08:00", 3, 0, room);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("location"));
        QVERIFY2(e.message().contains(QStringLiteral("No. %1").arg(first.id)), qPrintable(e.message()));
    }
    book("2026-11-28T14:30:00+08:00", "2026-11-28T15:30:00+08:00", 2, 0, room); // exactly full
    book("2026-11-28T15:00:00+08:00", "2026-11-28T16:00:00+08:00", 4, 0, room); // after the first has left
    // A party too large on its own says so, without naming other viewings that are not there.
    try {
        book("2026-11-29T10:00:00+08:00", "2026-11-29T11:00:00+08:00", 7, 0, room);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.message(),
                 QStringLiteral("Sample unit: 样板间A holds 6 people at a time; this party alone is 7"));
    }
    // A place without a set capacity is not limited.
    book("2026-11-28T14:00:00+08:00", "2026-11-28T15:00:00+08:00", 30, 0, QStringLiteral("8号楼"));
    QCOMPARE(AppointmentRepository(m_session).showrooms().size(), 1);
}

void TestViewings::statusesFollowEachOther()
{
    Appointment a = book("2026-11-27T15:00:00+08:00", "2026-11-27T16:00:00+08:00"); // today
    a.status = QStringLiteral("done");
    QVERIFY_THROWS_EXCEPTION(ValidationError, AppointmentRepository(m_session).update(a));
    a = AppointmentRepository(m_session).get(a.id);
    for (const QString &next :
         {QStringLiteral("confirmed"), QStringLiteral("checked_in"), QStringLiteral("done")}) {
        a.status = next;
        AppointmentRepository(m_session).update(a);
    }
    a.status = QStringLiteral("booked");
    QVERIFY_THROWS_EXCEPTION(ValidationError, AppointmentRepository(m_session).update(a));
}

// A viewing still to come cannot have been missed: No-show is refused until its start has passed
// (it is final, a misclick lost the booking), naming the viewing and its time. A check-in waits
// for the viewing's day; on that day the client may come early, and a late check-in (forgotten
// at the time) stays possible.
void TestViewings::noShowAndCheckInWaitForTheirTime()
{
    using S = Vocabulary::AppointmentStatus;
    AppointmentRepository repo(m_session);
    // fridayMorning() is 27 Nov 2026 10:00: this afternoon's viewing, booked, then confirmed.
    Appointment later = book("2026-11-27T16:00:00+08:00", "2026-11-27T17:00:00+08:00");
    for (const QString &before : {QString(S::Booked), QString(S::Confirmed)}) {
        later = repo.get(later.id);
        later.status = before;
        repo.update(later);
        later.status = S::NoShow;
        try {
            repo.update(later);
            QFAIL("expected ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), QStringLiteral("status"));
            QVERIFY2(e.message().contains(QStringLiteral("No. %1").arg(later.id)) &&
                         e.message().contains(QStringLiteral("2026-11-27 16:00")),
                     qPrintable(e.message()));
            QCOMPARE(AppointmentRepository::refusalByTime(repo.get(later.id), S::NoShow, m_clock.nowMs()),
                     e.message());
        }
        QCOMPARE(repo.get(later.id).status, before);
    }
    m_clock.set(at("2026-11-27T15:59:00+08:00"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.update(later));
    m_clock.set(at("2026-11-27T16:00:00+08:00")); // its start: the client has not come
    QVERIFY(AppointmentRepository::refusalByTime(repo.get(later.id), S::NoShow, m_clock.nowMs()).isEmpty());
    repo.update(later);
    QCOMPARE(repo.get(later.id).status, QString(S::NoShow));

    // Tomorrow's viewing is not checked in today, not even just before midnight.
    m_clock.set(at("2026-11-27T23:50:00+08:00"));
    Appointment tomorrow = book("2026-11-28T09:00:00+08:00", "2026-11-28T10:00:00+08:00");
    tomorrow.status = S::CheckedIn;
    try {
        repo.update(tomorrow);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("status"));
        QVERIFY2(e.message().contains(QStringLiteral("No. %1").arg(tomorrow.id)) &&
                     e.message().contains(QStringLiteral("2026-11-28")),
                 qPrintable(e.message()));
    }
    QCOMPARE(repo.get(tomorrow.id).status, QString(S::Booked));
    // On its day the client may come early.
    m_clock.set(at("2026-11-28T08:30:00+08:00"));
    repo.update(tomorrow);
    QCOMPARE(repo.get(tomorrow.id).status, QString(S::CheckedIn));
    // A viewing whose check-in was forgotten is checked in afterwards, then done.
    m_clock.set(at("2026-11-30T10:00:00+08:00"));
    Appointment forgotten = repo.get(book("2026-11-30T09:00:00+08:00", "2026-11-30T09:30:00+08:00").id);
    m_clock.set(at("2026-11-30T11:00:00+08:00"));
    for (const QString &next : {QString(S::CheckedIn), QString(S::Done)}) {
        forgotten.status = next;
        repo.update(forgotten);
    }
    QCOMPARE(repo.get(forgotten.id).status, QString(S::Done));
}

// A tester booked viewings days in the past: each was a "missed viewing" on the dashboard at once.
// Now (Friday 10:00) a start up to an hour ago is taken (a visitor shown round, booked after the
// walk), an earlier one is refused naming the start, and a booking moved into the past too.
void TestViewings::aViewingIsBookedForNowOrLater()
{
    const auto refusedStart = [&](const std::function<void()> &write) {
        try {
            write();
        } catch (const ValidationError &e) {
            return e.field() == QLatin1String("starts_at") && e.message().contains(QStringLiteral("08:59"))
                       ? QString()
                       : e.message();
        }
        return QStringLiteral("accepted");
    };
    QCOMPARE(refusedStart([&] { book("2026-11-27T08:59:00+08:00", "2026-11-27T09:30:00+08:00"); }),
             QString());
    QCOMPARE(AppointmentRepository(m_session).between(0, at("2026-12-31T00:00:00+08:00")).size(), 0);
    book("2026-11-27T09:00:00+08:00", "2026-11-27T09:45:00+08:00"); // within the hour: taken
    Appointment later = book("2026-11-28T10:00:00+08:00", "2026-11-28T11:00:00+08:00");
    later.startsAt = at("2026-11-27T08:59:00+08:00");
    later.endsAt = at("2026-11-27T09:30:00+08:00");
    QCOMPARE(refusedStart([&] { AppointmentRepository(m_session).update(later); }), QString());
    QCOMPARE(AppointmentRepository(m_session).get(later.id).startsAt, at("2026-11-28T10:00:00+08:00"));
    // Its status changes once its start has passed (the start itself not moved) are still taken.
    m_clock.set(at("2026-11-28T12:00:00+08:00"));
    Appointment kept = AppointmentRepository(m_session).get(later.id);
    kept.status = Vocabulary::AppointmentStatus::NoShow;
    AppointmentRepository(m_session).update(kept);
}

void TestViewings::icsExport()
{
    Appointment a = book("2026-11-28T10:00:00+08:00", "2026-11-28T11:00:00+08:00", 3, m_consultant,
                         QStringLiteral("样板间A"));
    a.specialNeeds = QStringLiteral("老人同行, 需轮椅; 请提前准备\n电梯");
    a.status = QStringLiteral("confirmed");
    AppointmentRepository(m_session).update(a);
    book("2026-12-03T10:00:00+08:00", "2026-12-03T11:00:00+08:00", 2, m_consultant); // next week
    book("2026-11-29T10:00:00+08:00", "2026-11-29T11:00:00+08:00", 2, m_other);      // someone else
    const QList<Appointment> week = ViewingIcs::consultantWeek(m_session, m_consultant, QDate(2026, 11, 27));
    QCOMPARE(week.size(), 1);
    const QByteArray ics = ViewingIcs::toIcs(m_session, week);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    QVERIFY(ics.contains("DTSTART:20261128T020000Z\r\n"));
    QVERIFY(ics.contains("DTEND:20261128T030000Z\r\n"));
    QVERIFY(ics.contains(QStringLiteral("UID:viewing-%1@estatedesk").arg(a.id).toUtf8()));
    QVERIFY(ics.contains("STATUS:CONFIRMED"));
    // Every physical line is at most 75 octets; unfolding restores the escaped text.
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 + the CR
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QVERIFY2(unfolded.contains(ViewingIcs::escape(QStringLiteral("老人同行, 需轮椅; 请提前准备\n电梯"))),
             unfolded.constData());
    QCOMPARE(ViewingIcs::escape(QStringLiteral("a,b;c\\d\ne")), QByteArray("a\\,b\\;c\\\\d\\ne"));
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("张三")));
}

QTEST_GUILESS_MAIN(TestViewings)
// The dashboard's viewings: those still to come in the next 24 hours and those of the last 7
// days whose start passed without a check-in, booked or confirmed only, by start; their status
// is read from the index of starts (schema 24), not from each viewing of the span.
void TestViewings::dashboardListsTakeTheOpenOnesOfTheirSpan()
{
    using S = Vocabulary::AppointmentStatus;
    AppointmentRepository repo(m_session);
    auto moved = [&](Appointment a, const QStringList &statuses) {
        for (const QString &status : statuses) {
            a.status = status;
            repo.update(a);
        }
        return a;
    };
    // fridayMorning() is 27 Nov 2026 10:00.
    const Appointment soon = book("2026-11-27T12:00:00+08:00", "2026-11-27T13:00:00+08:00");
    const Appointment confirmed =
        moved(book("2026-11-27T11:00:00+08:00", "2026-11-27T12:00:00+08:00"), {S::Confirmed});
    moved(book("2026-11-27T15:00:00+08:00", "2026-11-27T16:00:00+08:00"), {S::Cancelled});
    book("2026-11-28T11:00:00+08:00", "2026-11-28T12:00:00+08:00"); // beyond 24 hours
    // Viewings of the days before, booked then (a start in the past is refused).
    auto bookedThen = [&](const char *from, const char *to) {
        m_clock.set(at(from));
        const Appointment a = book(from, to);
        m_clock.set(fridayMorning());
        return a;
    };
    const Appointment missed = bookedThen("2026-11-25T10:00:00+08:00", "2026-11-25T11:00:00+08:00");
    moved(bookedThen("2026-11-24T10:00:00+08:00", "2026-11-24T11:00:00+08:00"), {S::CheckedIn, S::Done});
    moved(bookedThen("2026-11-23T10:00:00+08:00", "2026-11-23T11:00:00+08:00"), {S::NoShow});
    bookedThen("2026-11-18T10:00:00+08:00", "2026-11-18T11:00:00+08:00"); // over 7 days ago
    auto ids = [](const QList<Appointment> &list) {
        QList<qint64> out;
        for (const Appointment &a : list)
            out << a.id;
        return out;
    };
    QCOMPARE(ids(repo.upcoming(m_clock.nowMs(), 24)), (QList<qint64>{confirmed.id, soon.id}));
    QCOMPARE(ids(repo.missed(m_clock.nowMs(), 7)), QList<qint64>{missed.id});
    QCOMPARE(repo.missed(m_clock.nowMs(), 7).constFirst().clientName, QStringLiteral("张三"));
    const QString plan = queryPlan(
        m_session,
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = "
            "a.client_id WHERE a.starts_at < ? AND a.starts_at >= ? AND a.status IN (?, ?) ORDER BY "
            "a.starts_at, a.id"),
        {m_clock.nowMs(), m_clock.nowMs() - 7 * 86400'000LL, S::Booked, S::Confirmed});
    QVERIFY2(plan.contains(QStringLiteral("appointments_start_status")), qPrintable(plan));
}

#include "tst_viewings.moc"
