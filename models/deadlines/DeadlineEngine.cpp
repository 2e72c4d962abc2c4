// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines/DeadlineEngine.h"

#include <QDateTime>
#include <QLocale>

namespace estatedesk {

DeadlineEngine::DeadlineEngine(const WorkCalendar &calendar, const QTimeZone &zone,
                               const QTime &closeOfBusiness)
    : m_calendar(calendar), m_zone(zone), m_closeOfBusiness(closeOfBusiness)
{
}

QString DeadlineEngine::iso(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(Qt::ISODate);
}

QString DeadlineEngine::describeDay(const QDate &day) const
{
    return tr("%1 (%2)").arg(day.toString(Qt::ISODate),
                             QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat));
}

QString DeadlineEngine::describeTime(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return tr("%1 %2").arg(describeDay(t.date()), t.toString(QStringLiteral("HH:mm")));
}

qint64 DeadlineEngine::dueSoonFrom(qint64 startMs, qint64 dueMs, int percent) const
{
    const qint64 window = std::max<qint64>(0, dueMs - startMs);
    return dueMs - window * percent / 100;
}

static QString minutesText(qint64 minutes)
{
    if (minutes % (24 * 60) == 0)
        return DeadlineEngine::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    if (minutes >= 60)
        return DeadlineEngine::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return DeadlineEngine::tr("%n minute(s)", nullptr, int(minutes));
}

DeadlineResult DeadlineEngine::compute(const DeadlinePolicy &policy, qint64 startMs,
                                       const QList<PauseInterval> &pauses, qint64 nowMs) const
{
    DeadlineResult r;
    r.explanation << tr("Policy: %1, %2.").arg(DeadlinePolicy::label(policy.name), policy.lengthText());
    r.explanation << tr("Started: %1.").arg(describeTime(startMs));
    QList<PauseInterval> counted;
    if (policy.pausable) {
        for (const PauseInterval &p : pauses) {
            const qint64 end = p.to > 0 ? p.to : std::max(nowMs, p.from);
            if (end > p.from)
                counted.append({p.from, end});
        }
    } else if (!pauses.isEmpty()) {
        r.explanation << tr("Waiting for the client does not stop this policy's clock.");
    }

    if (policy.clock == DeadlineClock::WallClock) {
        qint64 due = startMs + policy.lengthMinutes * 60'000;
        r.explanation << tr("Plus %1 on the wall clock.").arg(minutesText(policy.lengthMinutes));
        for (const PauseInterval &p : counted) {
            due += p.to - p.from;
            r.explanation << tr("Plus %1 waiting for the client (%2 to %3).")
                                 .arg(minutesText((p.to - p.from) / 60'000), describeTime(p.from),
                                      describeTime(p.to));
        }
        r.dueMs = due;
    } else {
        int needed = policy.lengthDays;
        for (const PauseInterval &p : counted) {
            const QDate first = QDateTime::fromMSecsSinceEpoch(p.from, m_zone).date();
            const QDate last = QDateTime::fromMSecsSinceEpoch(p.to, m_zone).date();
            int days = 0;
            for (QDate d = first.addDays(1); d <= last; d = d.addDays(1))
                if (m_calendar.isWorkingDay(d))
                    ++days;
            if (days > 0) {
                needed += days;
                r.explanation << tr("Plus %n working day(s) waiting for the client (%1 to %2).", nullptr,
                                    days)
                                     .arg(describeTime(p.from), describeTime(p.to));
            }
        }
        const QDate startDay = QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date();
        r.explanation
            << tr("The day of the start, %1, is not counted (Civil Code art. 201); counting starts the next day.")
                   .arg(startDay.toString(Qt::ISODate));
        QDate day = startDay;
        int count = 0;
        while (count < needed) {
            day = day.addDays(1);
            if (!m_calendar.isPublished(day.year()))
                r.provisional = true;
            QString reason;
            if (m_calendar.isWorkingDay(day, &reason)) {
                ++count;
                r.explanation << tr("%1: working day %2 (%3).").arg(describeDay(day)).arg(count).arg(reason);
            } else {
                r.explanation << tr("%1: skipped, %2.").arg(describeDay(day), reason);
            }
        }
        r.dueMs = QDateTime(day, m_closeOfBusiness, m_zone).toMSecsSinceEpoch();
        r.explanation
            << tr("Due at close of business, %1.").arg(m_closeOfBusiness.toString(QStringLiteral("HH:mm")));
        if (r.provisional)
            r.explanation << tr(
                "Provisional: no official holiday schedule is published yet for a year counted here.");
    }
    r.dueSoonMs = dueSoonFrom(startMs, r.dueMs, policy.dueSoonPercent);
    r.explanation << tr("Due: %1.").arg(iso(r.dueMs));
    return r;
}

DeadlineResult DeadlineEngine::computeForDate(const DeadlinePolicy &policy, const QDate &date,
                                              qint64 startMs) const
{
    DeadlineResult r;
    r.explanation << tr("Policy: %1, %2.").arg(DeadlinePolicy::label(policy.name), policy.lengthText());
    QDate day = date;
    if (policy.clock == DeadlineClock::DaysBeforeDate) {
        day = date.addDays(-policy.lengthDays);
        r.explanation << tr("%n calendar day(s) before %1 is %2.", nullptr, policy.lengthDays)
                             .arg(date.toString(Qt::ISODate), day.toString(Qt::ISODate));
    } else {
        r.explanation << tr("Due date: %1.").arg(date.toString(Qt::ISODate));
    }
    // The end of that day in the office: the first moment of the next day.
    r.dueMs = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    r.explanation << tr("Due at the end of %1.").arg(describeDay(day));
    r.dueSoonMs = dueSoonFrom(std::min(startMs, r.dueMs), r.dueMs, policy.dueSoonPercent);
    r.explanation << tr("Due: %1.").arg(iso(r.dueMs));
    return r;
}

DeadlineState DeadlineEngine::state(qint64 dueMs, qint64 dueSoonMs, qint64 stoppedMs, qint64 nowMs)
{
    if (stoppedMs > 0)
        return stoppedMs <= dueMs ? DeadlineState::Met : DeadlineState::MetLate;
    if (nowMs > dueMs)
        return DeadlineState::Overdue;
    if (nowMs >= dueSoonMs)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTrack;
}

QString DeadlineEngine::stateKey(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTrack:
        return QStringLiteral("on_track");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::MetLate:
        return QStringLiteral("met_late");
    case DeadlineState::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QString DeadlineEngine::stateLabel(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTrack:
        return tr("On track");
    case DeadlineState::DueSoon:
        return tr("Due soon");
    case DeadlineState::Overdue:
        return tr("Overdue");
    case DeadlineState::Met:
        return tr("Met");
    case DeadlineState::MetLate:
        return tr("Met late");
    case DeadlineState::Paused:
        return tr("Paused");
    }
    return {};
}

} // namespace estatedesk
