// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/HandoverRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EntityStore.h"
#include "repositories/PolicyRepository.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

const QString kHandovers = QStringLiteral("handovers");
const QString kDefects = QStringLiteral("defects");
const QString kNoticePolicy = QStringLiteral("handover-notice");
const QString kDefectPolicy = QStringLiteral("defect-rectification");

QVariantMap handoverRow(const Handover &h)
{
    return {{QStringLiteral("contract_id"), Sql::nullableId(h.contractId)},
            {QStringLiteral("unit_id"), h.unitId},
            {QStringLiteral("client_id"), h.clientId},
            {QStringLiteral("handover_on"), h.handoverOn.toString(Qt::ISODate)},
            {QStringLiteral("staff_id"), Sql::nullableId(h.staffId)},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("notes"), h.notes},
            {QStringLiteral("notice_sent_at"), Sql::nullableTime(h.noticeSentAt)},
            {QStringLiteral("notice_channel"), h.noticeChannel},
            {QStringLiteral("inspected_at"), Sql::nullableTime(h.inspectedAt)},
            {QStringLiteral("property_contact"), h.propertyContact},
            {QStringLiteral("property_contact_given_at"), Sql::nullableTime(h.propertyContactGivenAt)}};
}

Handover handoverFrom(const SqlRow &r)
{
    Handover h;
    readCommonColumns(r, h);
    h.contractId = r.id("contract_id");
    h.unitId = r.id("unit_id");
    h.clientId = r.id("client_id");
    h.handoverOn = r.date("handover_on");
    h.staffId = r.id("staff_id");
    h.status = r.text("status");
    h.notes = r.text("notes");
    h.noticeSentAt = r.int64("notice_sent_at");
    h.noticeChannel = r.text("notice_channel");
    h.inspectedAt = r.int64("inspected_at");
    h.propertyContact = r.text("property_contact");
    h.propertyContactGivenAt = r.int64("property_contact_given_at");
    return h;
}

EntityStore<Handover> handovers(const Session &s)
{
    return {s, kHandovers, HandoverRepository::tr("handover"), handoverRow, handoverFrom};
}

QVariantMap defectRow(const Defect &d)
{
    return {{QStringLiteral("handover_id"), d.handoverId},
            {QStringLiteral("location"), d.location},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("responsible"), d.responsible},
            {QStringLiteral("deadline_days"), d.deadlineDays},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("recorded_at"), d.recordedAt},
            {QStringLiteral("fixed_at"), Sql::nullableTime(d.fixedAt)},
            {QStringLiteral("reinspected_at"), Sql::nullableTime(d.reinspectedAt)},
            {QStringLiteral("reinspection_result"), d.reinspectionResult},
            {QStringLiteral("reinspected_by"), Sql::nullableId(d.reinspectedBy)},
            {QStringLiteral("complaint_id"), Sql::nullableId(d.complaintId)}};
}

Defect defectFrom(const SqlRow &r)
{
    Defect d;
    readCommonColumns(r, d);
    d.handoverId = r.id("handover_id");
    d.location = r.text("location");
    d.description = r.text("description");
    d.responsible = r.text("responsible");
    d.deadlineDays = r.integer("deadline_days");
    d.status = r.text("status");
    d.recordedAt = r.int64("recorded_at");
    d.fixedAt = r.int64("fixed_at");
    d.reinspectedAt = r.int64("reinspected_at");
    d.reinspectionResult = r.text("reinspection_result");
    d.reinspectedBy = r.id("reinspected_by");
    d.complaintId = r.id("complaint_id");
    return d;
}

EntityStore<Defect> defectStore(const Session &s)
{
    return {s, kDefects, HandoverRepository::tr("defect"), defectRow, defectFrom};
}

} // namespace

void HandoverRepository::record(const Handover &h, const QString &content, qint64 at)
{
    ServiceRecord r;
    r.clientId = h.clientId;
    r.staffId = m_session.actorId > 0 ? m_session.actorId : h.staffId;
    r.at = at;
    r.kind = Vocabulary::ServiceKind::Handover;
    r.channel = h.noticeChannel;
    r.content = content;
    r.result = h.status == Vocabulary::HandoverStatus::Done
                   ? tr("Handed over")
                   : tr("Handover on %1").arg(h.handoverOn.toString(Qt::ISODate));
    r.refEntity = kHandovers;
    r.refId = h.id;
    ServiceRecordRepository(m_session).add(r);
}

void HandoverRepository::add(Handover &h)
{
    Permissions::require(m_session, Action::ManageHandovers);
    h.status = Vocabulary::HandoverStatus::Scheduled;
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("units"), {h.unitId}); // one handover per unit, whichever PC schedules it
    const qint64 taken =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM handovers WHERE unit_id = ? AND status <> ?"),
                    {h.unitId, Vocabulary::HandoverStatus::Cancelled})
            .toLongLong();
    if (taken > 0)
        throw ValidationError(QStringLiteral("unit"),
                              tr("Unit: a handover of this unit is already scheduled or done"));
    handovers(m_session).insert(h);
    const qint64 now = m_session.clock->nowMs();
    record(h, tr("Handover scheduled for %1").arg(h.handoverOn.toString(Qt::ISODate)), now);
    DeadlineRepository(m_session).startForDate(kNoticePolicy, kHandovers, h.id, h.clientId, h.staffId,
                                               h.handoverOn, now);
    tx.commit();
}

void HandoverRepository::update(Handover &edited)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Handover h = get(edited.id);
    const QDate oldDate = h.handoverOn;
    h.rowVersion = edited.rowVersion;
    h.handoverOn = edited.handoverOn;
    h.staffId = edited.staffId;
    h.notes = edited.notes;
    handovers(m_session).update(h);
    if (h.handoverOn != oldDate) {
        record(h,
               tr("Handover moved from %1 to %2")
                   .arg(oldDate.toString(Qt::ISODate), h.handoverOn.toString(Qt::ISODate)),
               m_session.clock->nowMs());
        if (h.noticeSentAt == 0) {
            DeadlineRepository deadlines(m_session);
            deadlines.withdraw(kNoticePolicy, kHandovers, h.id);
            deadlines.startForDate(kNoticePolicy, kHandovers, h.id, h.clientId, h.staffId, h.handoverOn,
                                   m_session.clock->nowMs());
        }
    }
    tx.commit();
    edited = h;
}

Handover HandoverRepository::get(qint64 id) const
{
    return handovers(m_session).get(id);
}

QList<Handover> HandoverRepository::list(bool scheduledOnly, int limit) const
{
    QList<Handover> out;
    for (const Row &row : rows(scheduledOnly, limit))
        out << row.handover;
    return out;
}

QList<HandoverRepository::Row> HandoverRepository::rows(bool scheduledOnly, int limit) const
{
    // The handovers shown are picked and ordered first, on the handovers alone; only those get
    // their unit, client and defect counts (counted for every handover before the sort, the counts
    // were two subqueries per handover of the office).
    const QString order = QStringLiteral(
        "ORDER BY CASE h.status WHEN ? THEN 0 ELSE 1 END, CASE h.status WHEN ? THEN h.handover_on ELSE '' END, "
        "h.handover_on DESC, h.id DESC");
    const QVariantList orderValues{Vocabulary::HandoverStatus::Scheduled,
                                   Vocabulary::HandoverStatus::Scheduled};
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT h.*, u.building AS u_building, u.entrance AS u_entrance, u.room AS u_room, k.name AS "
            "k_name, (SELECT COUNT(*) FROM defects d WHERE d.handover_id = h.id) AS n_defects, (SELECT "
            "COUNT(*) FROM defects d WHERE d.handover_id = h.id AND d.status <> ?) AS n_open FROM (SELECT "
            "h.* FROM handovers h%1 %2 LIMIT ?) h JOIN units u ON u.id = h.unit_id JOIN clients k ON k.id = "
            "h.client_id %2")
            // only the condition asked for: "(? = 0 OR …)" keeps the planner off every index
            .arg(scheduledOnly ? QStringLiteral(" WHERE h.status = ?") : QString(), order),
        QVariantList{Vocabulary::DefectStatus::Closed} +
            (scheduledOnly ? QVariantList{Vocabulary::HandoverStatus::Scheduled} : QVariantList{}) +
            orderValues + QVariantList{limit} + orderValues);
    QList<Row> out;
    const SqlRow r(q);
    while (q.next()) {
        Row row;
        row.handover = handoverFrom(r);
        Unit u;
        u.building = r.text("u_building");
        u.entrance = r.text("u_entrance");
        u.room = r.text("u_room");
        row.unitLabel = u.label();
        row.clientName = r.text("k_name");
        row.defects = r.integer("n_defects");
        row.openDefects = r.integer("n_open");
        out << row;
    }
    return out;
}

void HandoverRepository::sendNotice(qint64 id, const QString &channel)
{
    Permissions::require(m_session, Action::ManageHandovers);
    if (channel.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("channel"),
                              tr("Channel: say how the client was told (phone, SMS, letter …)"));
    Transaction tx(*m_session.db);
    Handover h = get(id);
    if (h.status != Vocabulary::HandoverStatus::Scheduled)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: handover No. %1 is no longer scheduled").arg(id));
    const qint64 now = m_session.clock->nowMs();
    h.noticeSentAt = now;
    h.noticeChannel = channel.trimmed();
    handovers(m_session).update(h);
    record(h,
           tr("Handover notice sent (%1): handover on %2")
               .arg(h.noticeChannel, h.handoverOn.toString(Qt::ISODate)),
           now);
    DeadlineRepository(m_session).stop(kNoticePolicy, kHandovers, id, now);
    tx.commit();
}

void HandoverRepository::recordInspection(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Handover h = get(id);
    if (h.status != Vocabulary::HandoverStatus::Scheduled)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: handover No. %1 is no longer scheduled").arg(id));
    const qint64 now = m_session.clock->nowMs();
    h.inspectedAt = now;
    handovers(m_session).update(h);
    record(h,
           note.trimmed().isEmpty() ? tr("Home inspected with the client")
                                    : tr("Home inspected with the client: %1").arg(note.trimmed()),
           now);
    tx.commit();
}

void HandoverRepository::givePropertyContact(qint64 id, const QString &contact)
{
    Permissions::require(m_session, Action::ManageHandovers);
    if (contact.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("property_contact"),
            tr("Property-management contact: the office and phone number given to the client"));
    Transaction tx(*m_session.db);
    Handover h = get(id);
    const qint64 now = m_session.clock->nowMs();
    h.propertyContact = contact.trimmed();
    h.propertyContactGivenAt = now;
    handovers(m_session).update(h);
    record(h, tr("Property-management contact given: %1").arg(h.propertyContact), now);
    tx.commit();
}

void HandoverRepository::complete(qint64 id)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Handover h = get(id);
    if (h.status != Vocabulary::HandoverStatus::Scheduled)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: handover No. %1 is no longer scheduled").arg(id));
    if (h.inspectedAt == 0)
        throw ValidationError(QStringLiteral("inspected_at"),
                              tr("Inspection: inspect the home with the client first"));
    if (h.propertyContactGivenAt == 0)
        throw ValidationError(
            QStringLiteral("property_contact"),
            tr("Property-management contact: give it to the client before the handover is done"));
    const qint64 now = m_session.clock->nowMs();
    h.status = Vocabulary::HandoverStatus::Done;
    // The handover's date is the day the keys changed hands, earlier or later than planned: the
    // sign-off sheet prints it and the records' retention counts from it.
    const QDate planned = h.handoverOn;
    h.handoverOn = OfficeTime::toOffice(now).date();
    handovers(m_session).update(h);
    record(h,
           planned == h.handoverOn
               ? tr("Keys handed over")
               : tr("Keys handed over on %1 (planned for %2)")
                     .arg(h.handoverOn.toString(Qt::ISODate), planned.toString(Qt::ISODate)),
           now);
    Sql::run(m_session.db->connection(),
             QStringLiteral(
                 "UPDATE units SET state = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
             {Vocabulary::UnitState::HandedOver, now, h.unitId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("units"), h.unitId, {},
                    {{QStringLiteral("state"), Vocabulary::UnitState::HandedOver}});
    // Handed over without a notice: nothing is owed any more.
    DeadlineRepository(m_session).stop(kNoticePolicy, kHandovers, id, now);
    // The regular return visit after the handover (seed 二.(三)2(3)).
    ScheduledVisitRepository(m_session).scheduleAfterHandover(h, now);
    tx.commit();
}

QList<HandoverRepository::AwaitingUnit> HandoverRepository::unitsAwaitingHandover() const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT u.id AS unit_id, c.id AS contract_id, c.number, c.client_id, k.name, u.building, "
            "u.entrance, u.room FROM units u JOIN contracts c ON c.unit_id = u.id AND c.status IN (?, ?) "
            "JOIN clients k ON k.id = c.client_id WHERE NOT EXISTS (SELECT 1 FROM handovers h WHERE "
            "h.unit_id = u.id AND h.status <> ?) ORDER BY u.building, u.entrance, u.floor, u.room"),
        {Vocabulary::ContractStatus::Signed, Vocabulary::ContractStatus::Filed,
         Vocabulary::HandoverStatus::Cancelled});
    QList<AwaitingUnit> out;
    const SqlRow row(q);
    while (q.next()) {
        AwaitingUnit a;
        a.unitId = row.id("unit_id");
        a.contractId = row.id("contract_id");
        a.contractNumber = row.text("number");
        a.clientId = row.id("client_id");
        a.clientName = row.text("name");
        Unit u;
        u.building = row.text("building");
        u.entrance = row.text("entrance");
        u.room = row.text("room");
        a.unitLabel = u.label();
        out << a;
    }
    return out;
}

void HandoverRepository::saveDefect(Defect &d)
{
    defectStore(m_session).update(d);
}

void HandoverRepository::addDefect(Defect &d)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    const Handover h = get(d.handoverId);
    if (h.status == Vocabulary::HandoverStatus::Cancelled)
        throw ValidationError(QStringLiteral("handover"), tr("Handover: No. %1 was cancelled").arg(h.id));
    const qint64 now = m_session.clock->nowMs();
    // A length given for this defect is its own; otherwise the policy's, which a later policy
    // change updates while the defect is open.
    const int ownLength = d.deadlineDays > 0 ? d.deadlineDays : 0;
    if (d.deadlineDays <= 0)
        d.deadlineDays = PolicyRepository(m_session).get(kDefectPolicy).lengthDays;
    d.status = Vocabulary::DefectStatus::Open;
    d.recordedAt = now;
    d.fixedAt = d.reinspectedAt = d.reinspectedBy = d.complaintId = 0;
    d.reinspectionResult.clear();
    defectStore(m_session).insert(d);
    record(
        h,
        tr("Defect recorded (%1): %2 — to be fixed by %3 within %n working day(s)", nullptr, d.deadlineDays)
            .arg(d.location, d.description, d.responsible),
        now);
    DeadlineRepository(m_session).start(kDefectPolicy, kDefects, d.id, h.clientId, h.staffId, now, ownLength);
    tx.commit();
}

Defect HandoverRepository::defect(qint64 id) const
{
    return defectStore(m_session).get(id);
}

QList<Defect> HandoverRepository::defects(qint64 handoverId) const
{
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT * FROM defects WHERE handover_id = ? ORDER BY id"), {handoverId});
    QList<Defect> out;
    const SqlRow row(q);
    while (q.next())
        out << defectFrom(row);
    return out;
}

void HandoverRepository::markDefectFixed(qint64 defectId, const QString &note)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Defect d = defect(defectId);
    if (d.status != Vocabulary::DefectStatus::Open)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: defect No. %1 is not open").arg(defectId));
    const qint64 now = m_session.clock->nowMs();
    d.status = Vocabulary::DefectStatus::Fixed;
    d.fixedAt = now;
    saveDefect(d);
    const QString extra = note.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + note.trimmed();
    record(get(d.handoverId),
           tr("Defect No. %1 (%2) reported fixed, awaiting re-inspection").arg(defectId).arg(d.location) +
               extra,
           now);
    tx.commit();
}

void HandoverRepository::reinspectDefect(qint64 defectId, bool passed, const QString &note)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Defect d = defect(defectId);
    if (d.status == Vocabulary::DefectStatus::Closed)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: defect No. %1 is closed already").arg(defectId));
    const qint64 now = m_session.clock->nowMs();
    d.reinspectedAt = now;
    d.reinspectedBy = m_session.actorId;
    d.reinspectionResult = passed ? Vocabulary::Reinspection::Passed : Vocabulary::Reinspection::Failed;
    d.status = passed ? Vocabulary::DefectStatus::Closed : Vocabulary::DefectStatus::Open;
    if (!passed)
        d.fixedAt = 0;
    saveDefect(d);
    const QString extra = note.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + note.trimmed();
    record(get(d.handoverId),
           (passed ? tr("Defect No. %1 (%2) re-inspected: passed")
                   : tr("Defect No. %1 (%2) re-inspected: not fixed, still open"))
                   .arg(defectId)
                   .arg(d.location) +
               extra,
           now);
    if (passed)
        DeadlineRepository(m_session).stop(kDefectPolicy, kDefects, defectId, now);
    tx.commit();
}

qint64 HandoverRepository::raiseDefectAsComplaint(qint64 defectId)
{
    Permissions::require(m_session, Action::ManageHandovers);
    Transaction tx(*m_session.db);
    Defect d = defect(defectId);
    if (d.complaintId > 0)
        throw ValidationError(
            QStringLiteral("defect"),
            tr("Defect: No. %1 is complaint No. %2 already").arg(defectId).arg(d.complaintId));
    if (d.status == Vocabulary::DefectStatus::Closed)
        throw ValidationError(QStringLiteral("defect"),
                              tr("Defect: No. %1 is fixed and closed").arg(defectId));
    const qint64 now = m_session.clock->nowMs();
    const auto item = DeadlineRepository(m_session).find(kDefectPolicy, kDefects, defectId);
    if (!item || item->stateAt(now) != DeadlineState::Overdue)
        throw ValidationError(QStringLiteral("defect"),
                              tr("Defect: No. %1 is not overdue yet").arg(defectId));
    const Handover h = get(d.handoverId);
    Complaint c;
    c.clientId = h.clientId;
    c.staffId = h.staffId;
    c.unitId = h.unitId;
    c.contractId = h.contractId;
    c.channel = QStringLiteral("defect");
    c.category = tr("Defect not fixed in time");
    c.description = tr("Defect No. %1 (%2): %3 — responsible: %4; due %5, not fixed")
                        .arg(defectId)
                        .arg(d.location, d.description, d.responsible, item->dueText()); // as people read it
    c.receivedAt = now;
    ComplaintRepository(m_session).add(c);
    d.complaintId = c.id;
    saveDefect(d);
    record(
        h,
        tr("Defect No. %1 (%2) overdue: raised as complaint No. %3").arg(defectId).arg(d.location).arg(c.id),
        now);
    tx.commit();
    return c.id;
}

} // namespace estatedesk
