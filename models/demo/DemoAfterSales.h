// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoSupport.h"
#include "repositories/Session.h"

#include <QDate>
#include <QList>

namespace estatedesk::demo {

// The after-sales part of the demo data, played through the repositories themselves with the
// clock set to each step's moment, so that events, service records, audit entries and deadline
// items are exactly what the office would have produced: handovers with notices, inspections
// and defects in every state; complaints at every step of their life (some waiting for the
// client, some reopened after an unhappy return visit, some late and escalated).
struct ComplaintSeed
{
    qint64 clientId = 0;
    qint64 staffId = 0;
    qint64 receivedAt = 0;
    QString severity;
};

struct HandoverSeed
{
    qint64 unitId = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;
    QDate handoverOn;
};

struct AfterSalesCounts
{
    int complaints = 0;
    int handovers = 0;
    int defects = 0;
};

// Plays the seeds in order and then a few showcase records so that every after-sales deadline
// kind is overdue somewhere at "now" (defect-rectification, handover-notice, the three complaint
// kinds and return-visit), whatever the number of clients.
AfterSalesCounts playAfterSales(const Session &session, Rng &rng, const QList<ComplaintSeed> &complaints,
                                const QList<HandoverSeed> &handovers);

// A quarter's survey answered by some of the clients served this quarter, an improvement action,
// and last month's and this month's training with assessments (one re-assessed), all recorded
// by the demo's supervisor.
void playSupervision(const Session &session, Rng &rng, qint64 supervisorId);

} // namespace estatedesk::demo
