// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/WorkCalendar.h"

#include <QTime>
#include <QTimeZone>

namespace estatedesk {

// When the office is open: working days (by the calendar) from opening time to close of business.
// Calls and messages that come in at other times wait for the next opening.
class OfficeHours
{
public:
    OfficeHours(const WorkCalendar &calendar, const QTimeZone &zone, const QTime &opens, const QTime &closes)
        : m_calendar(calendar), m_zone(zone), m_opens(opens), m_closes(closes)
    {
    }
    bool isOpen(qint64 ms) const;
    // ms itself when open, otherwise the next opening time.
    qint64 nextOpening(qint64 ms) const;

private:
    const WorkCalendar &m_calendar;
    QTimeZone m_zone;
    QTime m_opens;
    QTime m_closes;
};

} // namespace estatedesk
