// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines/OfficeHours.h"

#include <QDateTime>

namespace estatedesk {

bool OfficeHours::isOpen(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return m_calendar.isWorkingDay(t.date()) && t.time() >= m_opens && t.time() < m_closes;
}

qint64 OfficeHours::nextOpening(qint64 ms) const
{
    if (isOpen(ms))
        return ms;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    QDate day = t.date();
    if (!(m_calendar.isWorkingDay(day) && t.time() < m_opens))
        day = day.addDays(1);
    for (int i = 0; i < 400 && !m_calendar.isWorkingDay(day); ++i)
        day = day.addDays(1);
    return QDateTime(day, m_opens, m_zone).toMSecsSinceEpoch();
}

} // namespace estatedesk
