// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/Session.h"

#include <QHash>
#include <QList>
#include <QString>

namespace estatedesk {

// What the complaints board shows, read at one moment: the complaints of a scope with their
// clients' names, the staff's names and the latest deadline of each policy per complaint. Read in
// one go so that the board can read it on a worker thread (BackgroundReader) and show it on the
// GUI thread (at office scale it is thousands of rows).
struct ComplaintsBoard
{
    enum class Scope
    {
        Open,      // not closed
        Escalated, // not closed, and escalated to the supervisors
        All
    };
    QList<Complaint> complaints; // newest first
    QHash<qint64, QString> clientNames;
    QHash<qint64, QString> staffNames;
    QHash<qint64, QHash<QString, DeadlineItem>> deadlines; // complaint → policy → its latest item

    // Touches nothing but the database: safe on any thread with the session's database.
    static ComplaintsBoard read(const Session &session, Scope scope);
};

} // namespace estatedesk
