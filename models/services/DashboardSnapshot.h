// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/Session.h"

#include <QHash>
#include <QList>
#include <QString>

namespace estatedesk {

// Everything the dashboard shows, read at one moment: the deadline items in its scope, the
// viewings of the next 24 hours and the missed ones of the last 7 days, the follow-up tasks due,
// and the staff names they mention. Read in one go so that the dashboard's timed refresh can read
// it on a worker thread (BackgroundReader) and show it on the GUI thread.
struct DashboardSnapshot
{
    qint64 nowMs = 0;
    QList<DeadlineItem> deadlines;
    QList<Appointment> upcomingViewings;
    QList<Appointment> missedViewings;
    QList<FollowUp> tasks;
    QHash<qint64, QString> staffNames;

    // Reads the snapshot at nowMs for the deadline filter; tasks of taskStaff (empty: everyone's).
    // Touches nothing but the database: safe on any thread with the session's database.
    static DashboardSnapshot read(const Session &session, const DeadlineFilter &filter,
                                  const QList<qint64> &taskStaff, qint64 nowMs);
};

} // namespace estatedesk
