// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>

namespace estatedesk {

// Handovers (交房, seed 二.(三)1): scheduled with a date and the staff member who receives the
// client; the notice sent in advance (the `handover-notice` deadline, N days before the date);
// the inspection with the client and its defects, each with a deadline of its own
// (`defect-rectification`, per defect editable); the property-management contact given; done.
// Every step is one transaction with its service record and audit entry.
class HandoverRepository
{
    Q_DECLARE_TR_FUNCTIONS(HandoverRepository)
public:
    explicit HandoverRepository(const Session &session) : m_session(session) {}

    // Schedules a handover; refuses a unit that already has one scheduled or done.
    void add(Handover &handover);
    // Edits the date, the staff member and the notes; a new date moves the notice deadline while
    // the notice is not sent.
    void update(Handover &handover);
    Handover get(qint64 id) const;
    // Scheduled ones first (by date), then the done ones, newest first.
    QList<Handover> list(bool scheduledOnly = false, int limit = 500) const;
    // The same with what a list shows beside each (one query for the lot).
    struct Row
    {
        Handover handover;
        QString unitLabel;
        QString clientName;
        int defects = 0;
        int openDefects = 0;
    };
    QList<Row> rows(bool scheduledOnly = false, int limit = 500) const;

    void sendNotice(qint64 id, const QString &channel);
    void recordInspection(qint64 id, const QString &note);
    void givePropertyContact(qint64 id, const QString &contact);
    // Done: needs the inspection and the property-management contact; the unit is handed over.
    void complete(qint64 id);

    // Units sold (a signed or filed contract) with no handover scheduled or done yet, and their buyer.
    struct AwaitingUnit
    {
        qint64 unitId = 0;
        QString unitLabel;
        qint64 contractId = 0;
        QString contractNumber;
        qint64 clientId = 0;
        QString clientName;
    };
    QList<AwaitingUnit> unitsAwaitingHandover() const;

    // Defects: recorded at (or after) the inspection; deadlineDays 0 takes the policy's length.
    void addDefect(Defect &defect);
    Defect defect(qint64 id) const;
    QList<Defect> defects(qint64 handoverId) const;
    // The responsible party reports it fixed; the deadline runs on until the re-inspection.
    void markDefectFixed(qint64 defectId, const QString &note);
    // Passed: closed, its deadline stopped. Failed: open again, the deadline still running.
    void reinspectDefect(qint64 defectId, bool passed, const QString &note);
    // An overdue defect becomes a complaint (its history and deadline stay with the defect, the
    // complaint links back to it). Returns the complaint's id.
    qint64 raiseDefectAsComplaint(qint64 defectId);

private:
    void record(const Handover &h, const QString &content, qint64 at);
    void saveDefect(Defect &d);
    Session m_session;
};

} // namespace estatedesk
