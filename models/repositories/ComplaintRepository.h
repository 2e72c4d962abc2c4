// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>

namespace estatedesk {

// Complaints and their life (seed 二.(三)2, 三.(一)2–3):
//   received → first_response → solution_proposed → resolved → return_visit → closed,
// reopened (from resolved, return_visit or closed) back to first_response with a new round of
// the solution deadline. Each step is one transaction that writes the complaint, a complaint
// event (who and when), a service record, the audit entry and the deadline items: the first
// response and the solution (and, for emergencies, the arrival on site) from intake, the return
// visit from the resolution. "Waiting for the client" pauses the clocks whose policy allows it.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)
public:
    explicit ComplaintRepository(const Session &session) : m_session(session) {}

    // Intake: validates, saves, records the "received" event, starts the deadlines. Given no unit
    // and no contract, a client with exactly one live (signed or filed) contract has the
    // complaint linked to that contract and its unit.
    void add(Complaint &complaint);
    // Edits what was taken in (channel, category, severity, description, unit, contract, staff);
    // the status and the times of the steps only move through the steps below.
    void update(Complaint &complaint);
    Complaint get(qint64 id) const;
    qint64 countOpen() const;
    // Complaints newest first: the open ones, or all (limit rows).
    QList<Complaint> list(bool openOnly = true, int limit = 500) const;
    QList<ComplaintEvent> events(qint64 complaintId) const;
    QList<ReturnVisit> returnVisits(qint64 complaintId) const;

    // The steps, at the session clock's "now" unless a time is given. Each refuses (ValidationError
    // "status") a step the complaint's status does not allow.
    void respond(qint64 id, const QString &note);
    void proposeSolution(qint64 id, const QString &note);
    // Emergencies only: when staff arrived on site (not before intake, not in the future).
    void recordOnSite(qint64 id, qint64 arrivedAt, const QString &note);
    void waitForClient(qint64 id, const QString &note);
    void resumeFromClient(qint64 id, const QString &note);
    void resolve(qint64 id, const QString &note);
    // The return visit after the resolution; an unsatisfied client reopens the complaint.
    void recordReturnVisit(qint64 id, ReturnVisit &visit);
    void close(qint64 id, const QString &note);
    void reopen(qint64 id, const QString &reason);
    // Escalates every open complaint with an overdue deadline that is not escalated yet: marks it,
    // records the event and gives each active supervisor a follow-up task. The program's own run
    // (hourly and when the complaints board refreshes). Returns how many were escalated.
    int escalateOverdue();

    // Whether a step may follow the status (the lifecycle above); step is an event kind.
    static bool allows(const QString &status, const QString &step);
    static QString stepLabel(const QString &step);

private:
    void requireStep(const Complaint &c, const QString &step) const;
    // Saves the complaint and writes its event and service record, in the caller's transaction.
    void saveStep(Complaint &c, const QString &step, const QString &note, qint64 at);
    void addEvent(qint64 complaintId, const QString &kind, const QString &note, qint64 at);
    void trackDeadlines(const Complaint &complaint, const Complaint *before);
    void endWaiting(Complaint &c, qint64 at);
    void reopenWithin(Complaint &c, const QString &reason, qint64 at);
    Session m_session;
};

} // namespace estatedesk
