// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlinePolicy.h"
#include "deadlines/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QTimeZone>

namespace estatedesk {

// A stretch of time in which the clock stood still ("waiting for the client").
struct PauseInterval
{
    qint64 from = 0;
    qint64 to = 0; // 0: still paused
};

// Paused: the clock stands still ("waiting for the client", pausable policies only).
enum class DeadlineState
{
    OnTrack,
    DueSoon,
    Overdue,
    Met,
    MetLate,
    Paused
};

struct DeadlineResult
{
    qint64 dueMs = 0;
    qint64 dueSoonMs = 0;     // from here on the item is "due soon"
    bool provisional = false; // counted over a year with no published holiday schedule
    QStringList explanation;  // "why is this due then?", one line per step
};

// Computes deadlines exactly as DESIGN §4 says. Pure: no database, no wall clock.
//
// Wall clock: due = start + length + paused time (pausable policies only; a pause still open
// counts up to "now").
// Working days (民法典 arts. 201, 203): the day of the start is not counted; counting starts the
// next calendar day; due is the office's close of business on the Nth working day. A working day
// is Monday–Friday unless the calendar marks it a holiday, or any day the calendar marks a
// working day. For pausable policies every working day on which the item was paused (counted
// like the deadline itself: from the day after the pause began to the day it ended) adds one.
class DeadlineEngine
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)
public:
    DeadlineEngine(const WorkCalendar &calendar, const QTimeZone &zone, const QTime &closeOfBusiness);

    // Time-based policies (wall clock, working days).
    DeadlineResult compute(const DeadlinePolicy &policy, qint64 startMs,
                           const QList<PauseInterval> &pauses = {}, qint64 nowMs = 0) const;
    // Date-based policies (days before a date, end of a date); startMs only sets the due-soon window.
    DeadlineResult computeForDate(const DeadlinePolicy &policy, const QDate &date, qint64 startMs) const;

    static DeadlineState state(qint64 dueMs, qint64 dueSoonMs, qint64 stoppedMs, qint64 nowMs);
    static QString stateKey(DeadlineState state);
    static QString stateLabel(DeadlineState state);
    // The office-time ISO 8601 form with offset: 2026-12-02T18:00:00+08:00
    QString iso(qint64 ms) const;

private:
    QString describeDay(const QDate &day) const;
    QString describeTime(qint64 ms) const;
    qint64 dueSoonFrom(qint64 startMs, qint64 dueMs, int percent) const;

    const WorkCalendar &m_calendar;
    QTimeZone m_zone;
    QTime m_closeOfBusiness;
};

} // namespace estatedesk
