// SPDX-License-Identifier: GPL-3.0-or-later
// The deadline engine against DESIGN §4, to the minute: table-driven cases and properties over
// many random starts. Pure computation: no database, no wall clock.
#include "deadlines/DeadlineEngine.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace estatedesk;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

qint64 at(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

DeadlinePolicy policy(const QString &name)
{
    for (const DeadlinePolicy &p : DeadlinePolicy::defaults())
        if (p.name == name)
            return p;
    qFatal("no policy");
}

DeadlinePolicy solutionWithin(int n)
{
    DeadlinePolicy p = policy(QStringLiteral("complaint-solution"));
    p.lengthDays = n;
    return p;
}

// The official 2026 schedule (the parts these tests touch) plus the 2024–2025 new year and 2024's
// leap day surroundings.
WorkCalendar officialCalendar()
{
    WorkCalendar c;
    c.set({QDate(2025, 1, 1), WorkCalendar::Kind::Holiday, QStringLiteral("元旦")});
    c.set({QDate(2026, 1, 1), WorkCalendar::Kind::Holiday, QStringLiteral("元旦")});
    c.set({QDate(2026, 1, 2), WorkCalendar::Kind::Holiday, QStringLiteral("元旦")});
    c.set({QDate(2026, 1, 3), WorkCalendar::Kind::Holiday, QStringLiteral("元旦")});
    c.set({QDate(2026, 1, 4), WorkCalendar::Kind::Workday, QStringLiteral("元旦")});
    c.set({QDate(2026, 9, 20), WorkCalendar::Kind::Workday, QStringLiteral("国庆节")});
    for (int d = 25; d <= 27; ++d)
        c.set({QDate(2026, 9, d), WorkCalendar::Kind::Holiday, QStringLiteral("中秋")});
    for (int d = 1; d <= 7; ++d)
        c.set({QDate(2026, 10, d), WorkCalendar::Kind::Holiday, QStringLiteral("国庆节")});
    c.set({QDate(2026, 10, 10), WorkCalendar::Kind::Workday, QStringLiteral("国庆节")});
    c.set({QDate(2024, 5, 1), WorkCalendar::Kind::Holiday, QStringLiteral("劳动节")});
    return c;
}

} // namespace

class TestDeadlineEngine : public QObject
{
    Q_OBJECT
private slots:
    void workingDays_data();
    void workingDays();
    void wallClock_data();
    void wallClock();
    void otherTimeZone();
    void closeOfBusinessSetting();
    void pausesAddBackTime();
    void pausesCountWorkingDays();
    void pausesIgnoredWhenPolicyDoesNotAllow();
    void provisionalOutsidePublishedYears();
    void explanationNamesCountedAndSkippedDays();
    void dateBasedPolicies();
    void states();
    void propertiesOverRandomStarts();
};

void TestDeadlineEngine::workingDays_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("due");
    // DESIGN §4's example.
    QTest::newRow("design example: Friday")
        << "2026-11-27T10:00:00+08:00" << 3 << "2026-12-02T18:00:00+08:00";
    QTest::newRow("start after close of business")
        << "2026-11-26T21:30:00+08:00" << 3 << "2026-12-01T18:00:00+08:00";
    QTest::newRow("start at 00:30, day still not counted")
        << "2026-11-26T00:30:00+08:00" << 1 << "2026-11-27T18:00:00+08:00";
    QTest::newRow("start on Saturday") << "2026-11-28T09:00:00+08:00" << 1 << "2026-11-30T18:00:00+08:00";
    QTest::newRow("start on a holiday") << "2026-10-03T11:00:00+08:00" << 2 << "2026-10-09T18:00:00+08:00";
    QTest::newRow("National Day, make-up Saturday counts")
        << "2026-09-30T16:00:00+08:00" << 3 << "2026-10-10T18:00:00+08:00";
    QTest::newRow("make-up Sunday counts") << "2026-09-18T10:00:00+08:00" << 1 << "2026-09-20T18:00:00+08:00";
    QTest::newRow("holidays next to a weekend, make-up Sunday")
        << "2025-12-31T10:00:00+08:00" << 1 << "2026-01-04T18:00:00+08:00";
    QTest::newRow("over the new year") << "2026-12-30T10:00:00+08:00" << 3 << "2027-01-04T18:00:00+08:00";
    QTest::newRow("over 29 February") << "2024-02-27T10:00:00+08:00" << 3 << "2024-03-01T18:00:00+08:00";
    QTest::newRow("leap day itself") << "2024-02-28T10:00:00+08:00" << 1 << "2024-02-29T18:00:00+08:00";
    QTest::newRow("input in UTC") << "2026-11-27T02:00:00Z" << 3 << "2026-12-02T18:00:00+08:00";
    QTest::newRow("UTC evening is next office day")
        << "2026-11-26T17:00:00Z" << 3 << "2026-12-02T18:00:00+08:00";
    QTest::newRow("defect: 15 working days")
        << "2026-09-15T10:00:00+08:00" << 15 << "2026-10-12T18:00:00+08:00";
}

void TestDeadlineEngine::workingDays()
{
    QFETCH(QString, start);
    QFETCH(int, days);
    QFETCH(QString, due);
    const WorkCalendar calendar = officialCalendar();
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    const DeadlineResult r = engine.compute(solutionWithin(days), at(start));
    QCOMPARE(engine.iso(r.dueMs), due);
}

void TestDeadlineEngine::wallClock_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("due");
    QTest::newRow("consultation 15 min") << "consultation-response"
                                         << "2026-11-27T10:00:00+08:00"
                                         << "2026-11-27T10:15:00+08:00";
    QTest::newRow("consultation at night") << "consultation-response"
                                           << "2026-11-27T23:50:00+08:00"
                                           << "2026-11-28T00:05:00+08:00";
    QTest::newRow("complaint 24 h over a holiday") << "complaint-first-response"
                                                   << "2026-09-30T16:00:00+08:00"
                                                   << "2026-10-01T16:00:00+08:00";
    QTest::newRow("emergency 2 h") << "emergency-onsite"
                                   << "2026-11-27T17:30:00+08:00"
                                   << "2026-11-27T19:30:00+08:00";
    QTest::newRow("return visit 7 days") << "return-visit"
                                         << "2026-02-25T09:00:00+08:00"
                                         << "2026-03-04T09:00:00+08:00";
}

void TestDeadlineEngine::wallClock()
{
    QFETCH(QString, policy);
    QFETCH(QString, start);
    QFETCH(QString, due);
    const WorkCalendar calendar = officialCalendar();
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    QCOMPARE(engine.iso(engine.compute(::policy(policy), at(start)).dueMs), due);
}

void TestDeadlineEngine::otherTimeZone()
{
    // An office in Berlin (UTC+1 in winter): days and close of business are Berlin's.
    const WorkCalendar calendar;
    const DeadlineEngine engine(calendar, QTimeZone("Europe/Berlin"), QTime(17, 0));
    // Friday 23:30 in Berlin is Saturday in Shanghai; the office's own day counts.
    const DeadlineResult r =
        engine.compute(solutionWithin(1), at(QStringLiteral("2026-11-27T23:30:00+01:00")));
    QCOMPARE(engine.iso(r.dueMs), QStringLiteral("2026-11-30T17:00:00+01:00"));
    // Over the change to summer time (29 March 2026): still 17:00 local.
    const DeadlineResult dst =
        engine.compute(solutionWithin(1), at(QStringLiteral("2026-03-27T12:00:00+01:00")));
    QCOMPARE(engine.iso(dst.dueMs), QStringLiteral("2026-03-30T17:00:00+02:00"));
}

void TestDeadlineEngine::closeOfBusinessSetting()
{
    const WorkCalendar calendar = officialCalendar();
    const DeadlineEngine engine(calendar, kShanghai, QTime(17, 30));
    QCOMPARE(
        engine.iso(engine.compute(solutionWithin(3), at(QStringLiteral("2026-11-27T10:00:00+08:00"))).dueMs),
        QStringLiteral("2026-12-02T17:30:00+08:00"));
}

void TestDeadlineEngine::pausesAddBackTime()
{
    const WorkCalendar calendar;
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    DeadlinePolicy p = policy(QStringLiteral("complaint-first-response"));
    p.pausable = true;
    const qint64 start = at(QStringLiteral("2026-11-27T10:00:00+08:00"));
    const QList<PauseInterval> pauses = {
        {at(QStringLiteral("2026-11-27T12:00:00+08:00")), at(QStringLiteral("2026-11-27T14:30:00+08:00"))},
        {at(QStringLiteral("2026-11-27T20:00:00+08:00")), at(QStringLiteral("2026-11-27T20:15:00+08:00"))}};
    QCOMPARE(engine.iso(engine.compute(p, start, pauses).dueMs), QStringLiteral("2026-11-28T12:45:00+08:00"));
    // A pause still open counts up to now.
    const QList<PauseInterval> open = {{at(QStringLiteral("2026-11-27T12:00:00+08:00")), 0}};
    QCOMPARE(
        engine.iso(engine.compute(p, start, open, at(QStringLiteral("2026-11-27T13:00:00+08:00"))).dueMs),
        QStringLiteral("2026-11-28T11:00:00+08:00"));
}

void TestDeadlineEngine::pausesCountWorkingDays()
{
    const WorkCalendar calendar = officialCalendar();
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    const DeadlinePolicy p = solutionWithin(3); // complaint-solution is pausable by default
    QVERIFY(p.pausable);
    // Paused Monday 10:00 to Wednesday 15:00: Tuesday and Wednesday are added.
    const QList<PauseInterval> pauses = {
        {at(QStringLiteral("2026-11-30T10:00:00+08:00")), at(QStringLiteral("2026-12-02T15:00:00+08:00"))}};
    QCOMPARE(engine.iso(engine.compute(p, at(QStringLiteral("2026-11-27T10:00:00+08:00")), pauses).dueMs),
             QStringLiteral("2026-12-04T18:00:00+08:00"));
    // A pause within one day adds nothing.
    const QList<PauseInterval> short_ = {
        {at(QStringLiteral("2026-11-30T10:00:00+08:00")), at(QStringLiteral("2026-11-30T15:00:00+08:00"))}};
    QCOMPARE(engine.iso(engine.compute(p, at(QStringLiteral("2026-11-27T10:00:00+08:00")), short_).dueMs),
             QStringLiteral("2026-12-02T18:00:00+08:00"));
}

void TestDeadlineEngine::pausesIgnoredWhenPolicyDoesNotAllow()
{
    const WorkCalendar calendar;
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    const DeadlinePolicy p = policy(QStringLiteral("consultation-response"));
    QVERIFY(!p.pausable);
    const QList<PauseInterval> pauses = {
        {at(QStringLiteral("2026-11-27T10:05:00+08:00")), at(QStringLiteral("2026-11-27T11:05:00+08:00"))}};
    QCOMPARE(engine.iso(engine.compute(p, at(QStringLiteral("2026-11-27T10:00:00+08:00")), pauses).dueMs),
             QStringLiteral("2026-11-27T10:15:00+08:00"));
}

void TestDeadlineEngine::provisionalOutsidePublishedYears()
{
    const WorkCalendar calendar = officialCalendar(); // nothing for 2027
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    QVERIFY(!engine.compute(solutionWithin(3), at(QStringLiteral("2026-11-27T10:00:00+08:00"))).provisional);
    const DeadlineResult r =
        engine.compute(solutionWithin(3), at(QStringLiteral("2026-12-30T10:00:00+08:00")));
    QVERIFY(r.provisional);
    QVERIFY(r.explanation.join(u'\n').contains(QStringLiteral("Provisional")));
    QVERIFY(!engine
                 .compute(policy(QStringLiteral("consultation-response")),
                          at(QStringLiteral("2027-05-01T10:00:00+08:00")))
                 .provisional);
}

void TestDeadlineEngine::explanationNamesCountedAndSkippedDays()
{
    const WorkCalendar calendar = officialCalendar();
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    const QString text = engine.compute(solutionWithin(3), at(QStringLiteral("2026-09-30T16:00:00+08:00")))
                             .explanation.join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("2026-09-30, is not counted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-10-01 (")) &&
                 text.contains(QStringLiteral("skipped, public holiday (国庆节)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("working day 3 (make-up working day (国庆节))")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-10-10T18:00:00+08:00")), qPrintable(text));
    // The shipped calendar's names say the day is worked already: said once, not in brackets twice.
    WorkCalendar shipped = calendar;
    shipped.set({QDate(2026, 10, 10), WorkCalendar::Kind::Workday, QStringLiteral("国庆节调休上班")});
    const QString named = DeadlineEngine(shipped, kShanghai, QTime(18, 0))
                              .compute(solutionWithin(3), at(QStringLiteral("2026-09-30T16:00:00+08:00")))
                              .explanation.join(u'\n');
    QVERIFY2(named.contains(QStringLiteral("working day 3 (国庆节调休上班).")), qPrintable(named));
}

void TestDeadlineEngine::dateBasedPolicies()
{
    const WorkCalendar calendar;
    const DeadlineEngine engine(calendar, kShanghai, QTime(18, 0));
    const qint64 created = at(QStringLiteral("2026-11-01T10:00:00+08:00"));
    // Handover on 2026-12-20: notice due by the end of 2026-12-13.
    const DeadlineResult notice =
        engine.computeForDate(policy(QStringLiteral("handover-notice")), QDate(2026, 12, 20), created);
    QCOMPARE(engine.iso(notice.dueMs), QStringLiteral("2026-12-14T00:00:00+08:00"));
    const DeadlineResult installment =
        engine.computeForDate(policy(QStringLiteral("installment")), QDate(2026, 12, 31), created);
    QCOMPARE(engine.iso(installment.dueMs), QStringLiteral("2027-01-01T00:00:00+08:00"));
}

void TestDeadlineEngine::states()
{
    const qint64 start = 0, due = 100'000;
    const qint64 soon = due - (due - start) * 20 / 100;
    QCOMPARE(DeadlineEngine::state(due, soon, 0, 10'000), DeadlineState::OnTrack);
    QCOMPARE(DeadlineEngine::state(due, soon, 0, 79'999), DeadlineState::OnTrack);
    QCOMPARE(DeadlineEngine::state(due, soon, 0, 80'000), DeadlineState::DueSoon);
    QCOMPARE(DeadlineEngine::state(due, soon, 0, 100'000), DeadlineState::DueSoon);
    QCOMPARE(DeadlineEngine::state(due, soon, 0, 100'001), DeadlineState::Overdue);
    QCOMPARE(DeadlineEngine::state(due, soon, 100'000, 500'000), DeadlineState::Met);
    QCOMPARE(DeadlineEngine::state(due, soon, 100'001, 500'000), DeadlineState::MetLate);
}

void TestDeadlineEngine::propertiesOverRandomStarts()
{
    QRandomGenerator rng(20261127); // fixed seed: the same starts on every run
    const WorkCalendar base = officialCalendar();
    const qint64 from = at(QStringLiteral("2024-01-01T00:00:00+08:00"));
    const qint64 to = at(QStringLiteral("2026-12-31T23:59:00+08:00"));
    for (int i = 0; i < 2000; ++i) {
        const qint64 start = from + qint64(rng.bounded(quint64(to - from)));
        const int days = 1 + int(rng.bounded(15));
        const DeadlinePolicy p = solutionWithin(days);
        const DeadlineEngine engine(base, kShanghai, QTime(18, 0));
        const qint64 due = engine.compute(p, start).dueMs;
        QVERIFY2(due > start, qPrintable(engine.iso(start)));

        // A random extra holiday never makes the deadline earlier.
        const QDate startDay = QDateTime::fromMSecsSinceEpoch(start, kShanghai).date();
        WorkCalendar withHoliday = base;
        withHoliday.set(
            {startDay.addDays(1 + rng.bounded(20)), WorkCalendar::Kind::Holiday, QStringLiteral("test")});
        const DeadlineEngine e2(withHoliday, kShanghai, QTime(18, 0));
        QVERIFY2(e2.compute(p, start).dueMs >= due, qPrintable(engine.iso(start)));

        // A random make-up working day never makes it later.
        WorkCalendar withWorkday = base;
        withWorkday.set(
            {startDay.addDays(1 + rng.bounded(20)), WorkCalendar::Kind::Workday, QStringLiteral("test")});
        const DeadlineEngine e3(withWorkday, kShanghai, QTime(18, 0));
        QVERIFY2(e3.compute(p, start).dueMs <= due, qPrintable(engine.iso(start)));

        // One more working day is never earlier.
        QVERIFY(engine.compute(solutionWithin(days + 1), start).dueMs > due);
    }
}

QTEST_GUILESS_MAIN(TestDeadlineEngine)
#include "tst_deadline_engine.moc"
