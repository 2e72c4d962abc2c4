// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DashboardSnapshot.h"

#include "core/OfficeTime.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/StaffRepository.h"

namespace estatedesk {

DashboardSnapshot DashboardSnapshot::read(const Session &session, const DeadlineFilter &filter,
                                          const QList<qint64> &taskStaff, qint64 nowMs)
{
    DashboardSnapshot s;
    s.nowMs = nowMs;
    s.deadlines = DeadlineRepository(session).open(nowMs, filter);
    AppointmentRepository viewings(session);
    s.upcomingViewings = viewings.upcoming(nowMs, 24);
    s.missedViewings = viewings.missed(nowMs, 7);
    s.tasks = FollowUpRepository(session).due(OfficeTime::toOffice(nowMs).date(), taskStaff);
    for (const Staff &member : StaffRepository(session).list())
        s.staffNames.insert(member.id, member.name);
    return s;
}

} // namespace estatedesk
