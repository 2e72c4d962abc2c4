// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ComplaintRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "deadlines/DeadlinePolicy.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EntityStore.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

const QString kEntity = QStringLiteral("complaints");

QVariantMap complaintRow(const Complaint &c)
{
    return {{QStringLiteral("client_id"), c.clientId},
            {QStringLiteral("staff_id"), Sql::nullableId(c.staffId)},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("category"), c.category},
            {QStringLiteral("severity"), c.severity},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("received_at"), c.receivedAt},
            {QStringLiteral("first_response_at"), Sql::nullableTime(c.firstResponseAt)},
            {QStringLiteral("solution_at"), Sql::nullableTime(c.solutionAt)},
            {QStringLiteral("onsite_at"), Sql::nullableTime(c.onsiteAt)},
            {QStringLiteral("resolved_at"), Sql::nullableTime(c.resolvedAt)},
            {QStringLiteral("closed_at"), Sql::nullableTime(c.closedAt)},
            {QStringLiteral("unit_id"), Sql::nullableId(c.unitId)},
            {QStringLiteral("contract_id"), Sql::nullableId(c.contractId)},
            {QStringLiteral("waiting_since"), Sql::nullableTime(c.waitingSince)},
            {QStringLiteral("escalated_at"), Sql::nullableTime(c.escalatedAt)},
            {QStringLiteral("reopened"), c.reopened}};
}

Complaint complaintFrom(const SqlRow &r)
{
    Complaint c;
    readCommonColumns(r, c);
    c.clientId = r.id("client_id");
    c.staffId = r.id("staff_id");
    c.channel = r.text("channel");
    c.category = r.text("category");
    c.severity = r.text("severity");
    c.description = r.text("description");
    c.status = r.text("status");
    c.receivedAt = r.int64("received_at");
    c.firstResponseAt = r.int64("first_response_at");
    c.solutionAt = r.int64("solution_at");
    c.onsiteAt = r.int64("onsite_at");
    c.resolvedAt = r.int64("resolved_at");
    c.closedAt = r.int64("closed_at");
    c.unitId = r.id("unit_id");
    c.contractId = r.id("contract_id");
    c.waitingSince = r.int64("waiting_since");
    c.escalatedAt = r.int64("escalated_at");
    c.reopened = r.integer("reopened");
    return c;
}

EntityStore<Complaint> complaints(const Session &s)
{
    return {s, kEntity, ComplaintRepository::tr("complaint"), complaintRow, complaintFrom};
}

using Status = Vocabulary::ComplaintStatus;

} // namespace

bool ComplaintRepository::allows(const QString &status, const QString &step)
{
    const bool open = status != Status::Closed;
    const bool beforeSolution = status == Status::Received || status == Status::FirstResponse;
    if (step == Status::FirstResponse)
        return status == Status::Received;
    if (step == Status::SolutionProposed)
        return beforeSolution;
    if (step == Status::Resolved)
        return status == Status::SolutionProposed;
    if (step == Status::ReturnVisit)
        return status == Status::Resolved;
    if (step == Status::Closed)
        return status == Status::ReturnVisit;
    if (step == QLatin1String("reopened"))
        return status == Status::Resolved || status == Status::ReturnVisit || status == Status::Closed;
    if (step == QLatin1String("onsite") || step == QLatin1String("escalated"))
        return open;
    if (step == QLatin1String("waiting") || step == QLatin1String("resumed"))
        return beforeSolution || status == Status::SolutionProposed;
    return false;
}

QString ComplaintRepository::stepLabel(const QString &step)
{
    static const QHash<QString, const char *> labels = {
        {Status::Received, QT_TR_NOOP("Received")},
        {Status::FirstResponse, QT_TR_NOOP("First response")},
        {Status::SolutionProposed, QT_TR_NOOP("Solution proposed")},
        {QStringLiteral("onsite"), QT_TR_NOOP("Arrived on site")},
        {QStringLiteral("waiting"), QT_TR_NOOP("Waiting for the client")},
        {QStringLiteral("resumed"), QT_TR_NOOP("Client replied, clock resumed")},
        {Status::Resolved, QT_TR_NOOP("Resolved")},
        {Status::ReturnVisit, QT_TR_NOOP("Return visit")},
        {Status::Closed, QT_TR_NOOP("Closed")},
        {QStringLiteral("reopened"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("escalated"), QT_TR_NOOP("Escalated to the supervisors")},
        {QStringLiteral("edited"), QT_TR_NOOP("Details edited")},
    };
    const auto it = labels.constFind(step);
    return it == labels.constEnd() ? step : tr(*it);
}

Complaint ComplaintRepository::get(qint64 id) const
{
    return complaints(m_session).get(id);
}

void ComplaintRepository::requireStep(const Complaint &c, const QString &step) const
{
    if (step == QLatin1String("onsite") && c.severity != Vocabulary::ComplaintSeverity::Emergency)
        throw ValidationError(
            QStringLiteral("severity"),
            tr("Severity: only an emergency complaint records the arrival on site (No. %1 is %2).")
                .arg(c.id)
                .arg(Vocabulary::label(Vocabulary::complaintSeverities(), c.severity)));
    if (!allows(c.status, step))
        throw ValidationError(
            QStringLiteral("status"),
            tr("Status: complaint No. %1 is \"%2\"; \"%3\" cannot follow that.")
                .arg(c.id)
                .arg(Vocabulary::label(Vocabulary::complaintStatuses(), c.status), stepLabel(step)));
}

void ComplaintRepository::addEvent(qint64 complaintId, const QString &kind, const QString &note, qint64 at)
{
    Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO complaint_events (complaint_id, at, kind, staff_id, note) VALUES (?, ?, ?, ?, ?)"),
        {complaintId, at, kind, Sql::nullableId(m_session.actorId), note.trimmed()});
}

void ComplaintRepository::saveStep(Complaint &c, const QString &step, const QString &note, qint64 at)
{
    complaints(m_session).update(c);
    addEvent(c.id, step, note, at);
    ServiceRecord r;
    r.clientId = c.clientId;
    r.staffId = m_session.actorId > 0 ? m_session.actorId : c.staffId;
    r.at = at;
    r.kind = step == Status::ReturnVisit ? QString(Vocabulary::ServiceKind::ReturnVisit)
                                         : QString(Vocabulary::ServiceKind::Complaint);
    r.channel = c.channel;
    r.content = note.trimmed().isEmpty()
                    ? tr("Complaint No. %1: %2").arg(c.id).arg(stepLabel(step))
                    : tr("Complaint No. %1: %2 — %3").arg(c.id).arg(stepLabel(step), note.trimmed());
    r.result = Vocabulary::label(Vocabulary::complaintStatuses(), c.status);
    r.refEntity = kEntity;
    r.refId = c.id;
    ServiceRecordRepository(m_session).add(r);
}

// The deadlines a complaint carries (DESIGN §4): first response and solution always, on-site
// arrival for emergencies. Started once; stopped when the matching time is recorded.
void ComplaintRepository::trackDeadlines(const Complaint &c, const Complaint *before)
{
    DeadlineRepository deadlines(m_session);
    struct Watch
    {
        QString policy;
        qint64 stoppedAt;
        bool applies;
    };
    const Watch watches[] = {
        {QStringLiteral("complaint-first-response"), c.firstResponseAt, true},
        {QStringLiteral("complaint-solution"), c.solutionAt, true},
        {QStringLiteral("emergency-onsite"), c.onsiteAt,
         c.severity == Vocabulary::ComplaintSeverity::Emergency},
    };
    for (const Watch &w : watches) {
        if (!w.applies) {
            deadlines.withdraw(w.policy, kEntity, c.id); // no longer an emergency
            continue;
        }
        if (!before || !deadlines.find(w.policy, kEntity, c.id))
            deadlines.start(w.policy, kEntity, c.id, c.clientId, c.staffId, c.receivedAt);
        if (w.stoppedAt > 0)
            deadlines.stop(w.policy, kEntity, c.id, w.stoppedAt);
    }
}

void ComplaintRepository::add(Complaint &c)
{
    Permissions::require(m_session, Action::AddComplaint);
    c.status = Status::Received;
    c.firstResponseAt = c.solutionAt = c.onsiteAt = c.resolvedAt = c.closedAt = c.waitingSince =
        c.escalatedAt = 0;
    c.reopened = 0;
    if (c.receivedAt <= 0)
        c.receivedAt = m_session.clock->nowMs();
    if (c.receivedAt > m_session.clock->nowMs())
        throw ValidationError(QStringLiteral("received_at"), tr("Received at: cannot be in the future"));
    Transaction tx(*m_session.db);
    if (c.unitId == 0 && c.contractId == 0) {
        QSqlQuery q = Sql::run(
            m_session.db->connection(),
            QStringLiteral(
                "SELECT id, unit_id FROM contracts WHERE client_id = ? AND status IN (?, ?) ORDER BY id LIMIT 2"),
            {c.clientId, Vocabulary::ContractStatus::Signed, Vocabulary::ContractStatus::Filed});
        QList<QPair<qint64, qint64>> live;
        const SqlRow row(q);
        while (q.next())
            live.append({row.id("id"), row.id("unit_id")});
        if (live.size() == 1) {
            c.contractId = live.constFirst().first;
            c.unitId = live.constFirst().second;
        }
    }
    complaints(m_session).insert(c);
    addEvent(c.id, Status::Received, c.description, c.receivedAt);
    ServiceRecord r;
    r.clientId = c.clientId;
    r.staffId = c.staffId;
    r.at = c.receivedAt;
    r.kind = Vocabulary::ServiceKind::Complaint;
    r.channel = c.channel;
    r.content = c.description;
    r.result = Vocabulary::label(Vocabulary::complaintStatuses(), c.status);
    r.refEntity = kEntity;
    r.refId = c.id;
    ServiceRecordRepository(m_session).add(r);
    trackDeadlines(c, nullptr);
    tx.commit();
}

void ComplaintRepository::update(Complaint &edited)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    const Complaint before = get(edited.id);
    Complaint c = before;
    c.rowVersion = edited.rowVersion; // a stale copy is a conflict, never a silent overwrite
    c.channel = edited.channel;
    c.category = edited.category;
    c.severity = edited.severity;
    c.description = edited.description;
    c.unitId = edited.unitId;
    c.contractId = edited.contractId;
    c.staffId = edited.staffId;
    complaints(m_session).update(c);
    addEvent(c.id, QStringLiteral("edited"), QString(), m_session.clock->nowMs());
    trackDeadlines(c, &before);
    tx.commit();
    edited = c;
}

void ComplaintRepository::respond(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, Status::FirstResponse);
    const qint64 now = m_session.clock->nowMs();
    c.firstResponseAt = now;
    c.status = Status::FirstResponse;
    saveStep(c, Status::FirstResponse, note, now);
    DeadlineRepository(m_session).stop(QStringLiteral("complaint-first-response"), kEntity, id, now);
    tx.commit();
}

void ComplaintRepository::proposeSolution(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    if (note.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("note"), tr("Note: say what solution was proposed"));
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, Status::SolutionProposed);
    const qint64 now = m_session.clock->nowMs();
    endWaiting(c, now);
    if (c.firstResponseAt == 0)
        c.firstResponseAt = now; // a proposed solution is a response too
    c.solutionAt = now;
    c.status = Status::SolutionProposed;
    saveStep(c, Status::SolutionProposed, note, now);
    DeadlineRepository deadlines(m_session);
    deadlines.stop(QStringLiteral("complaint-first-response"), kEntity, id, now);
    deadlines.stop(QStringLiteral("complaint-solution"), kEntity, id, now);
    tx.commit();
}

void ComplaintRepository::recordOnSite(qint64 id, qint64 arrivedAt, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, QStringLiteral("onsite"));
    if (c.onsiteAt > 0)
        throw ValidationError(QStringLiteral("onsite_at"),
                              tr("Arrival on site: already recorded for complaint No. %1").arg(id));
    if (arrivedAt < c.receivedAt || arrivedAt > m_session.clock->nowMs())
        throw ValidationError(QStringLiteral("onsite_at"),
                              tr("Arrival on site: must lie between the complaint's intake and now"));
    c.onsiteAt = arrivedAt;
    saveStep(c, QStringLiteral("onsite"), note, arrivedAt);
    DeadlineRepository(m_session).stop(QStringLiteral("emergency-onsite"), kEntity, id, arrivedAt);
    tx.commit();
}

void ComplaintRepository::waitForClient(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, QStringLiteral("waiting"));
    if (c.waitingSince > 0)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: complaint No. %1 is already waiting for the client").arg(id));
    const qint64 now = m_session.clock->nowMs();
    c.waitingSince = now;
    saveStep(c, QStringLiteral("waiting"), note, now);
    DeadlineRepository deadlines(m_session);
    for (const DeadlineItem &i : deadlines.forRecord(kEntity, id))
        if (i.stoppedAt == 0)
            deadlines.pause(i.policy, kEntity, id, now); // only pausable policies stop
    tx.commit();
}

void ComplaintRepository::endWaiting(Complaint &c, qint64 at)
{
    if (c.waitingSince == 0)
        return;
    c.waitingSince = 0;
    DeadlineRepository deadlines(m_session);
    for (const DeadlineItem &i : deadlines.forRecord(kEntity, c.id))
        if (i.stoppedAt == 0 && i.pausedSince > 0)
            deadlines.resume(i.policy, kEntity, c.id, at);
}

void ComplaintRepository::resumeFromClient(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, QStringLiteral("resumed"));
    if (c.waitingSince == 0)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: complaint No. %1 is not waiting for the client").arg(id));
    const qint64 now = m_session.clock->nowMs();
    endWaiting(c, now);
    saveStep(c, QStringLiteral("resumed"), note, now);
    tx.commit();
}

void ComplaintRepository::resolve(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, Status::Resolved);
    const qint64 now = m_session.clock->nowMs();
    endWaiting(c, now);
    c.resolvedAt = now;
    c.status = Status::Resolved;
    saveStep(c, Status::Resolved, note, now);
    // The return visit is owed from here (seed 二.(三)2(3)).
    DeadlineRepository(m_session).start(QStringLiteral("return-visit"), kEntity, id, c.clientId, c.staffId,
                                        now);
    tx.commit();
}

void ComplaintRepository::recordReturnVisit(qint64 id, ReturnVisit &visit)
{
    Permissions::require(m_session, Action::HandleComplaint);
    visit.outcome = visit.outcome.trimmed();
    if (visit.satisfaction < 1 || visit.satisfaction > 5)
        throw ValidationError(QStringLiteral("satisfaction"), tr("Satisfaction: a score from 1 to 5"));
    if (visit.outcome.isEmpty())
        throw ValidationError(QStringLiteral("outcome"), tr("Outcome: say what the client said"));
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, Status::ReturnVisit);
    const qint64 now = m_session.clock->nowMs();
    visit.complaintId = id;
    visit.clientId = c.clientId;
    visit.staffId = m_session.actorId > 0 ? m_session.actorId : c.staffId;
    visit.visitedAt = visit.visitedAt > 0 ? std::min(visit.visitedAt, now) : now;
    visit.createdAt = now;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("INSERT INTO return_visits (complaint_id, client_id, staff_id, visited_at, channel, "
                       "satisfaction, satisfied, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {id, c.clientId, Sql::nullableId(visit.staffId), visit.visitedAt, visit.channel.trimmed(),
         visit.satisfaction, visit.satisfied ? 1 : 0, visit.outcome, now});
    q.next();
    visit.id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("return_visits"), visit.id, {},
                    {{QStringLiteral("complaint_id"), id},
                     {QStringLiteral("satisfaction"), visit.satisfaction},
                     {QStringLiteral("satisfied"), visit.satisfied},
                     {QStringLiteral("outcome"), visit.outcome}});
    c.status = Status::ReturnVisit;
    saveStep(c, Status::ReturnVisit,
             tr("satisfaction %1/5, %2: %3")
                 .arg(visit.satisfaction)
                 .arg(visit.satisfied ? tr("satisfied") : tr("not satisfied"), visit.outcome),
             visit.visitedAt);
    DeadlineRepository(m_session).stop(QStringLiteral("return-visit"), kEntity, id, visit.visitedAt);
    if (!visit.satisfied)
        reopenWithin(c, tr("The client was not satisfied at the return visit: %1").arg(visit.outcome), now);
    tx.commit();
}

void ComplaintRepository::close(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::HandleComplaint);
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    requireStep(c, Status::Closed);
    const qint64 now = m_session.clock->nowMs();
    c.closedAt = now;
    c.status = Status::Closed;
    saveStep(c, Status::Closed, note, now);
    tx.commit();
}

void ComplaintRepository::reopenWithin(Complaint &c, const QString &reason, qint64 at)
{
    requireStep(c, QStringLiteral("reopened"));
    c.status = Status::FirstResponse; // answered before; a new solution is owed
    c.solutionAt = c.resolvedAt = c.closedAt = 0;
    c.escalatedAt = 0;
    ++c.reopened;
    saveStep(c, QStringLiteral("reopened"), reason, at);
    DeadlineRepository deadlines(m_session);
    deadlines.withdraw(QStringLiteral("return-visit"), kEntity, c.id); // no longer owed
    deadlines.start(QStringLiteral("complaint-solution"), kEntity, c.id, c.clientId, c.staffId, at);
}

void ComplaintRepository::reopen(qint64 id, const QString &reason)
{
    Permissions::require(m_session, Action::HandleComplaint);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("note"), tr("Note: say why the complaint is reopened"));
    Transaction tx(*m_session.db);
    Complaint c = get(id);
    reopenWithin(c, reason, m_session.clock->nowMs());
    tx.commit();
}

int ComplaintRepository::escalateOverdue()
{
    Session system = m_session;
    system.role = Vocabulary::Role::System; // the program's own run, whoever is signed in
    system.actorId = 0;
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*system.db);
    tx.lockKey(QStringLiteral(
        "jobs:escalations")); // another PC's run finishes first; this one sees what it escalated
    DeadlineRepository deadlines(system);
    QHash<qint64, QStringList> late; // complaint → the names of the policies past due
    DeadlineFilter onlyComplaints;
    onlyComplaints.entity = kEntity;
    for (const DeadlineItem &i : deadlines.overdue(now, onlyComplaints))
        late[i.entityId] << i.policy;
    if (late.isEmpty()) {
        tx.commit();
        return 0;
    }
    const QDate today = OfficeTime::toOffice(now).date();
    int escalated = 0;
    ComplaintRepository repo(system);
    FollowUpRepository tasks(system);
    // Only the late ones not escalated yet and still open are read whole: most were escalated by
    // an earlier run (the board runs this on every reload), one query a chunk, not one a complaint.
    const QList<qint64> ids = late.keys();
    QList<qint64> pending;
    Sql::forEachIdChunk(ids, [&](const QString &marks, const QVariantList &values) {
        QSqlQuery q =
            Sql::run(system.db->connection(),
                     QStringLiteral("SELECT id FROM complaints WHERE escalated_at IS NULL AND closed_at IS "
                                    "NULL AND id IN (%1)")
                         .arg(marks),
                     values);
        const SqlRow row(q);
        while (q.next())
            pending << row.id("id");
    });
    std::sort(pending.begin(), pending.end());
    for (qint64 id : std::as_const(pending)) {
        Complaint c = repo.get(id);
        if (c.escalatedAt > 0 || c.status == Status::Closed)
            continue;
        c.escalatedAt = now;
        QStringList labels;
        for (const QString &policy : late.value(id))
            labels << DeadlinePolicy::label(policy);
        repo.saveStep(c, QStringLiteral("escalated"), labels.join(QStringLiteral(", ")), now);
        // One task for the supervisors (FollowUpRepository::due shows escalations to every one),
        // its text made when read, in the reader's language.
        tasks.add(c.clientId, 0, today, FollowUpRepository::escalationStored(late.value(id)),
                  QStringLiteral("escalation"), kEntity, id);
        ++escalated;
    }
    tx.commit();
    return escalated;
}

qint64 ComplaintRepository::countOpen() const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM complaints WHERE closed_at IS NULL"))
        .toLongLong();
}

QList<Complaint> ComplaintRepository::list(bool openOnly, int limit) const
{
    // Only the condition asked for: "(? = 0 OR closed_at IS NULL)" kept SQLite off the partial
    // index of open complaints (a scan and a sort of every complaint).
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT * FROM complaints%1 ORDER BY received_at DESC, id DESC LIMIT ?")
                     .arg(openOnly ? QStringLiteral(" WHERE closed_at IS NULL") : QString()),
                 {limit});
    QList<Complaint> out;
    const SqlRow row(q);
    while (q.next())
        out << complaintFrom(row);
    return out;
}

QList<ComplaintEvent> ComplaintRepository::events(qint64 complaintId) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT e.id, e.at, e.kind, e.staff_id, s.name AS staff_name, e.note FROM complaint_events e LEFT JOIN "
            "staff s ON s.id = e.staff_id WHERE e.complaint_id = ? ORDER BY e.at, e.id"),
        {complaintId});
    QList<ComplaintEvent> out;
    const SqlRow row(q);
    while (q.next()) {
        ComplaintEvent e;
        e.id = row.id("id");
        e.complaintId = complaintId;
        e.at = row.int64("at");
        e.kind = row.text("kind");
        e.staffId = row.id("staff_id");
        e.staffName = row.text("staff_name");
        e.note = row.text("note");
        out << e;
    }
    return out;
}

QList<ReturnVisit> ComplaintRepository::returnVisits(qint64 complaintId) const
{
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral(
                     "SELECT id, client_id, staff_id, visited_at, channel, satisfaction, satisfied, outcome, "
                     "created_at FROM return_visits WHERE complaint_id = ? ORDER BY visited_at, id"),
                 {complaintId});
    QList<ReturnVisit> out;
    const SqlRow row(q);
    while (q.next()) {
        ReturnVisit v;
        v.id = row.id("id");
        v.complaintId = complaintId;
        v.clientId = row.id("client_id");
        v.staffId = row.id("staff_id");
        v.visitedAt = row.int64("visited_at");
        v.channel = row.text("channel");
        v.satisfaction = row.integer("satisfaction");
        v.satisfied = row.flag("satisfied");
        v.outcome = row.text("outcome");
        v.createdAt = row.int64("created_at");
        out << v;
    }
    return out;
}

} // namespace estatedesk
