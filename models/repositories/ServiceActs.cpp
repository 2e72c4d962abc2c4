// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ServiceActs.h"

#include "security/Permissions.h"
#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EntityStore.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

void addServiceRecord(const Session &session, qint64 clientId, qint64 staffId, qint64 at, const QString &kind,
                      const QString &channel, const QString &content, const QString &result, const QString &refEntity,
                      qint64 refId)
{
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = staffId;
    r.at = at;
    r.kind = kind;
    r.channel = channel;
    r.content = content;
    r.result = result;
    r.refEntity = refEntity;
    r.refId = refId;
    ServiceRecordRepository(session).add(r);
}

QVariant nullableFen(qint64 fen)
{
    return fen >= 0 ? QVariant(fen) : QVariant(QMetaType::fromType<qint64>());
}

// ---- consultations

QVariantMap consultationRow(const Consultation &c)
{
    return {{QStringLiteral("client_id"), c.clientId},
            {QStringLiteral("staff_id"), Sql::nullableId(c.staffId)},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("received_at"), c.receivedAt},
            {QStringLiteral("responded_at"), Sql::nullableTime(c.respondedAt)},
            {QStringLiteral("interests"), c.interests.join(u',')},
            {QStringLiteral("needs"), c.needs},
            {QStringLiteral("budget_fen"), nullableFen(c.budgetFen)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("after_hours"), c.afterHours ? 1 : 0}};
}

Consultation consultationFrom(const QSqlRecord &r)
{
    Consultation c;
    readCommonColumns(r, c);
    c.clientId = r.value(QStringLiteral("client_id")).toLongLong();
    c.staffId = r.value(QStringLiteral("staff_id")).toLongLong();
    c.channel = r.value(QStringLiteral("channel")).toString();
    c.receivedAt = r.value(QStringLiteral("received_at")).toLongLong();
    c.respondedAt = r.value(QStringLiteral("responded_at")).toLongLong();
    c.interests = r.value(QStringLiteral("interests")).toString().split(u',', Qt::SkipEmptyParts);
    c.needs = r.value(QStringLiteral("needs")).toString();
    const QVariant budget = r.value(QStringLiteral("budget_fen"));
    c.budgetFen = budget.isNull() ? -1 : budget.toLongLong();
    c.notes = r.value(QStringLiteral("notes")).toString();
    c.afterHours = r.value(QStringLiteral("after_hours")).toInt() != 0;
    return c;
}

EntityStore<Consultation> consultations(const Session &s)
{
    return {s, QStringLiteral("consultations"), ConsultationRepository::tr("consultation"), consultationRow,
            consultationFrom};
}

// ---- units

QVariantMap unitRow(const Unit &u)
{
    return {{QStringLiteral("building"), u.building},      {QStringLiteral("entrance"), u.entrance},
            {QStringLiteral("floor"), u.floor},            {QStringLiteral("room"), u.room},
            {QStringLiteral("area_dm2"), u.areaDm2},       {QStringLiteral("layout"), u.layout},
            {QStringLiteral("list_price_fen"), u.listPriceFen}, {QStringLiteral("state"), u.state}};
}

Unit unitFrom(const QSqlRecord &r)
{
    Unit u;
    readCommonColumns(r, u);
    u.building = r.value(QStringLiteral("building")).toString();
    u.entrance = r.value(QStringLiteral("entrance")).toString();
    u.floor = r.value(QStringLiteral("floor")).toInt();
    u.room = r.value(QStringLiteral("room")).toString();
    u.areaDm2 = r.value(QStringLiteral("area_dm2")).toLongLong();
    u.layout = r.value(QStringLiteral("layout")).toString();
    u.listPriceFen = r.value(QStringLiteral("list_price_fen")).toLongLong();
    u.state = r.value(QStringLiteral("state")).toString();
    return u;
}

EntityStore<Unit> units(const Session &s)
{
    return {s, QStringLiteral("units"), UnitRepository::tr("unit"), unitRow, unitFrom};
}

// ---- appointments

QVariantMap appointmentRow(const Appointment &a)
{
    return {{QStringLiteral("client_id"), a.clientId},
            {QStringLiteral("consultant_id"), Sql::nullableId(a.consultantId)},
            {QStringLiteral("starts_at"), a.startsAt},
            {QStringLiteral("ends_at"), a.endsAt},
            {QStringLiteral("party_size"), a.partySize},
            {QStringLiteral("location"), a.location},
            {QStringLiteral("bring"), a.bring},
            {QStringLiteral("security_escort"), a.securityEscort ? 1 : 0},
            {QStringLiteral("special_needs"), a.specialNeeds},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("notes"), a.notes}};
}

Appointment appointmentFrom(const QSqlRecord &r)
{
    Appointment a;
    readCommonColumns(r, a);
    a.clientId = r.value(QStringLiteral("client_id")).toLongLong();
    a.consultantId = r.value(QStringLiteral("consultant_id")).toLongLong();
    a.startsAt = r.value(QStringLiteral("starts_at")).toLongLong();
    a.endsAt = r.value(QStringLiteral("ends_at")).toLongLong();
    a.partySize = r.value(QStringLiteral("party_size")).toInt();
    a.location = r.value(QStringLiteral("location")).toString();
    a.bring = r.value(QStringLiteral("bring")).toString();
    a.securityEscort = r.value(QStringLiteral("security_escort")).toInt() != 0;
    a.specialNeeds = r.value(QStringLiteral("special_needs")).toString();
    a.status = r.value(QStringLiteral("status")).toString();
    a.notes = r.value(QStringLiteral("notes")).toString();
    const int clientName = r.indexOf(QStringLiteral("client_name")); // the lists join the client's name
    if (clientName >= 0)
        a.clientName = r.value(clientName).toString();
    return a;
}

// The rows of a viewings list: the columns found once per query, not by name on every row (the
// viewings of a busy week are thousands of rows; QSqlQuery::record() on each costs more than the
// query itself).
QList<Appointment> appointmentsFrom(QSqlQuery &q)
{
    QList<Appointment> out;
    if (!q.next())
        return out;
    const QSqlRecord r = q.record();
    const int id = r.indexOf(QStringLiteral("id")), createdAt = r.indexOf(QStringLiteral("created_at")),
              updatedAt = r.indexOf(QStringLiteral("updated_at")), rowVersion = r.indexOf(QStringLiteral("row_version")),
              clientId = r.indexOf(QStringLiteral("client_id")), consultantId = r.indexOf(QStringLiteral("consultant_id")),
              startsAt = r.indexOf(QStringLiteral("starts_at")), endsAt = r.indexOf(QStringLiteral("ends_at")),
              partySize = r.indexOf(QStringLiteral("party_size")), location = r.indexOf(QStringLiteral("location")),
              bring = r.indexOf(QStringLiteral("bring")), escort = r.indexOf(QStringLiteral("security_escort")),
              needs = r.indexOf(QStringLiteral("special_needs")), status = r.indexOf(QStringLiteral("status")),
              notes = r.indexOf(QStringLiteral("notes")), clientName = r.indexOf(QStringLiteral("client_name"));
    do {
        Appointment a;
        a.id = q.value(id).toLongLong();
        a.createdAt = q.value(createdAt).toLongLong();
        a.updatedAt = q.value(updatedAt).toLongLong();
        a.rowVersion = q.value(rowVersion).toInt();
        a.clientId = q.value(clientId).toLongLong();
        a.consultantId = q.value(consultantId).toLongLong();
        a.startsAt = q.value(startsAt).toLongLong();
        a.endsAt = q.value(endsAt).toLongLong();
        a.partySize = q.value(partySize).toInt();
        a.location = q.value(location).toString();
        a.bring = q.value(bring).toString();
        a.securityEscort = q.value(escort).toInt() != 0;
        a.specialNeeds = q.value(needs).toString();
        a.status = q.value(status).toString();
        a.notes = q.value(notes).toString();
        if (clientName >= 0)
            a.clientName = q.value(clientName).toString();
        out << a;
    } while (q.next());
    return out;
}

EntityStore<Appointment> appointments(const Session &s)
{
    return {s, QStringLiteral("appointments"), AppointmentRepository::tr("viewing"), appointmentRow, appointmentFrom};
}

// ---- contracts

QVariantMap contractRow(const Contract &c)
{
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("client_id"), c.clientId},
            {QStringLiteral("unit_id"), c.unitId},
            {QStringLiteral("consultant_id"), Sql::nullableId(c.consultantId)},
            {QStringLiteral("price_fen"), c.priceFen},
            {QStringLiteral("discount_fen"), c.discountFen},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("signed_on"), c.signedOn.isValid() ? QVariant(c.signedOn.toString(Qt::ISODate))
                                                                : QVariant(QMetaType::fromType<QString>())},
            {QStringLiteral("cancel_reason"), c.cancelReason},
            {QStringLiteral("id_type"), c.idType},
            {QStringLiteral("id_number"), c.idNumber},
            {QStringLiteral("id_verified_by"), Sql::nullableId(c.idVerifiedBy)},
            {QStringLiteral("id_verified_at"), Sql::nullableTime(c.idVerifiedAt)},
            {QStringLiteral("co_buyers"), c.coBuyers}};
}

Contract contractFrom(const QSqlRecord &r)
{
    Contract c;
    readCommonColumns(r, c);
    c.number = r.value(QStringLiteral("number")).toString();
    c.clientId = r.value(QStringLiteral("client_id")).toLongLong();
    c.unitId = r.value(QStringLiteral("unit_id")).toLongLong();
    c.consultantId = r.value(QStringLiteral("consultant_id")).toLongLong();
    c.priceFen = r.value(QStringLiteral("price_fen")).toLongLong();
    c.discountFen = r.value(QStringLiteral("discount_fen")).toLongLong();
    c.status = r.value(QStringLiteral("status")).toString();
    c.signedOn = QDate::fromString(r.value(QStringLiteral("signed_on")).toString(), Qt::ISODate);
    c.cancelReason = r.value(QStringLiteral("cancel_reason")).toString();
    c.idType = r.value(QStringLiteral("id_type")).toString();
    c.idNumber = r.value(QStringLiteral("id_number")).toString();
    c.idVerifiedBy = r.value(QStringLiteral("id_verified_by")).toLongLong();
    c.idVerifiedAt = r.value(QStringLiteral("id_verified_at")).toLongLong();
    c.coBuyers = r.value(QStringLiteral("co_buyers")).toString();
    return c;
}

EntityStore<Contract> contracts(const Session &s)
{
    return {s, QStringLiteral("contracts"), ContractRepository::tr("contract"), contractRow, contractFrom};
}

} // namespace

// ---------------------------------------------------------------- ConsultationRepository

void ConsultationRepository::add(Consultation &c)
{
    Permissions::require(m_session, Action::RegisterConsultation);
    Transaction tx(*m_session.db);
    // Outside office hours the consultation waits for the next opening; its 15 minutes count from then.
    DeadlineRepository deadlines(m_session);
    const qint64 clockStarts = deadlines.consultationClockStart(c.receivedAt);
    c.afterHours = clockStarts != c.receivedAt;
    consultations(m_session).insert(c);
    QString content = c.needs;
    if (content.isEmpty()) {
        QStringList labels;
        for (const QString &i : std::as_const(c.interests))
            labels << Vocabulary::label(Vocabulary::interests(), i);
        content = labels.isEmpty() ? tr("Consultation received") : labels.join(QStringLiteral("、"));
    }
    addServiceRecord(m_session, c.clientId, c.staffId, c.receivedAt, QStringLiteral("consultation"), c.channel, content,
                     c.respondedAt ? tr("Answered") : QString(), QStringLiteral("consultations"), c.id);
    deadlines.start(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id, c.clientId, c.staffId,
                    clockStarts);
    if (c.respondedAt)
        deadlines.stop(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id, c.respondedAt);
    tx.commit();
}

void ConsultationRepository::recordResponse(Consultation &c, qint64 respondedAt, qint64 staffId, const QString &content)
{
    Permissions::require(m_session, Action::RespondConsultation);
    Transaction tx(*m_session.db);
    if (c.respondedAt != 0)
        throw ValidationError(QStringLiteral("responded_at"), tr("Responded at: this consultation was already answered at %1")
                                                                  .arg(OfficeTime::formatDateTime(c.respondedAt)));
    c.respondedAt = respondedAt;
    if (c.staffId == 0)
        c.staffId = staffId;
    consultations(m_session).update(c);
    addServiceRecord(m_session, c.clientId, staffId, respondedAt, QStringLiteral("consultation"), c.channel,
                     content.trimmed().isEmpty() ? tr("First response to the consultation") : content.trimmed(),
                     tr("Answered"), QStringLiteral("consultations"), c.id);
    DeadlineRepository(m_session).stop(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id,
                                       respondedAt);
    tx.commit();
}

Consultation ConsultationRepository::respond(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::RespondConsultation);
    Consultation c = get(id);
    try {
        recordResponse(c, m_session.clock->nowMs(), m_session.actorId, note);
    } catch (const ConflictError &) {
        // Changed meanwhile (another PC answered it, most likely): read it again and try once more;
        // an answered one is then refused by name.
        c = get(id);
        recordResponse(c, m_session.clock->nowMs(), m_session.actorId, note);
    }
    return c;
}

QList<ConsultationRepository::Row> ConsultationRepository::list(bool openOnly, qint64 clientId) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT k.id, k.client_id, c.name, k.channel, s.name, k.received_at, k.responded_at, "
                                          "k.after_hours FROM consultations k JOIN clients c ON c.id = k.client_id LEFT JOIN staff s "
                                          "ON s.id = k.staff_id WHERE (? = 0 OR k.responded_at IS NULL) AND (? = 0 OR k.client_id = ?) "
                                          "ORDER BY k.received_at, k.id"),
                           {openOnly ? 1 : 0, clientId, clientId});
    QList<Row> out;
    QList<qint64> ids;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.clientId = q.value(1).toLongLong();
        r.clientName = q.value(2).toString();
        r.channel = q.value(3).toString();
        r.staffName = q.value(4).toString();
        r.receivedAt = q.value(5).toLongLong();
        r.respondedAt = q.value(6).toLongLong();
        r.afterHours = q.value(7).toInt() != 0;
        out << r;
        ids << r.id;
    }
    const auto deadlines = DeadlineRepository(m_session).latestForRecords(QStringLiteral("consultations"), ids);
    for (Row &r : out)
        r.deadline = deadlines.value(r.id).value(QStringLiteral("consultation-response"));
    return out;
}

Consultation ConsultationRepository::get(qint64 id) const
{
    return consultations(m_session).get(id);
}

qint64 ConsultationRepository::countAwaitingResponse() const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM consultations WHERE responded_at IS NULL"))
        .toLongLong();
}

// ---------------------------------------------------------------- UnitRepository

void UnitRepository::add(Unit &unit)
{
    Permissions::require(m_session, Action::WriteContracts);
    Transaction tx(*m_session.db);
    units(m_session).insert(unit);
    tx.commit();
}

void UnitRepository::update(Unit &unit)
{
    Permissions::require(m_session, Action::WriteContracts);
    Transaction tx(*m_session.db);
    units(m_session).update(unit);
    tx.commit();
}

Unit UnitRepository::get(qint64 id) const
{
    return units(m_session).get(id);
}

QList<Unit> UnitRepository::list(const QString &state) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT * FROM units WHERE (? = '' OR state = ?) ORDER BY building, entrance, floor, room"),
                           {state, state});
    QList<Unit> out;
    while (q.next())
        out << unitFrom(q.record());
    return out;
}

// ---------------------------------------------------------------- AppointmentRepository

// The viewings that keep a consultant busy or take room in a sample unit.
static const QString kLiveViewing = QStringLiteral("status IN ('booked','confirmed','checked_in')");

void AppointmentRepository::refuseConflicts(const Appointment &a) const
{
    if (!QStringList{QStringLiteral("booked"), QStringLiteral("confirmed"), QStringLiteral("checked_in")}.contains(a.status))
        return;
    QSqlDatabase db = m_session.db->connection();
    if (a.consultantId > 0) {
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT a.id, c.name, a.starts_at, a.ends_at, s.name FROM appointments a JOIN clients c ON "
                                              "c.id = a.client_id JOIN staff s ON s.id = a.consultant_id WHERE a.consultant_id = ? "
                                              "AND a.id <> ? AND a.starts_at < ? AND a.ends_at > ? AND a.")
                                   + kLiveViewing + QStringLiteral(" ORDER BY a.starts_at LIMIT 1"),
                               {a.consultantId, a.id, a.endsAt, a.startsAt});
        if (q.next())
            throw ValidationError(QStringLiteral("consultant"),
                                  tr("Consultant: %1 already has viewing No. %2 with %3 from %4 to %5")
                                      .arg(q.value(4).toString())
                                      .arg(q.value(0).toLongLong())
                                      .arg(q.value(1).toString(), OfficeTime::formatDateTime(q.value(2).toLongLong()),
                                           OfficeTime::toOffice(q.value(3).toLongLong()).toString(QStringLiteral("HH:mm"))));
    }
    if (a.location.isEmpty())
        return;
    const QVariant capacity = Sql::scalar(db, QStringLiteral("SELECT capacity FROM showrooms WHERE name = ?"), {a.location});
    if (!capacity.isValid())
        return; // a building or a place without a set capacity
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT a.id, c.name, a.party_size FROM appointments a JOIN clients c ON c.id = a.client_id "
                                          "WHERE a.location = ? AND a.id <> ? AND a.starts_at < ? AND a.ends_at > ? AND a.")
                               + kLiveViewing + QStringLiteral(" ORDER BY a.starts_at"),
                           {a.location, a.id, a.endsAt, a.startsAt});
    int people = a.partySize;
    QStringList others;
    while (q.next()) {
        people += q.value(2).toInt();
        others << tr("No. %1 (%2, %n person(s))", nullptr, q.value(2).toInt()).arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    }
    if (people > capacity.toInt() && others.isEmpty())
        throw ValidationError(QStringLiteral("location"), tr("Sample unit: %1 holds %2 people at a time; this party alone is %3")
                                                              .arg(a.location)
                                                              .arg(capacity.toInt())
                                                              .arg(people));
    if (people > capacity.toInt())
        throw ValidationError(QStringLiteral("location"), tr("Sample unit: %1 holds %2 people at a time; with %3 it would be %4")
                                                              .arg(a.location)
                                                              .arg(capacity.toInt())
                                                              .arg(others.join(QStringLiteral("、")))
                                                              .arg(people));
}

static bool viewingTransitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    static const QHash<QString, QStringList> next = {
        {QStringLiteral("booked"), {QStringLiteral("confirmed"), QStringLiteral("checked_in"), QStringLiteral("no_show"), QStringLiteral("cancelled")}},
        {QStringLiteral("confirmed"), {QStringLiteral("checked_in"), QStringLiteral("no_show"), QStringLiteral("cancelled")}},
        {QStringLiteral("checked_in"), {QStringLiteral("done")}},
    };
    return next.value(from).contains(to);
}

void AppointmentRepository::add(Appointment &a)
{
    Permissions::require(m_session, Action::BookViewing);
    a.validate();
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("appointments")); // the calendar checked and booked by one PC at a time
    refuseConflicts(a);
    appointments(m_session).insert(a);
    addServiceRecord(m_session, a.clientId, a.consultantId, m_session.clock->nowMs(), QStringLiteral("viewing"), QString(),
                     tr("Viewing booked for %n person(s) at %1", nullptr, a.partySize)
                         .arg(OfficeTime::formatDateTime(a.startsAt)),
                     Vocabulary::label(Vocabulary::appointmentStatuses(), a.status), QStringLiteral("appointments"), a.id);
    tx.commit();
}

void AppointmentRepository::update(Appointment &a)
{
    Permissions::require(m_session, Action::BookViewing);
    a.validate();
    Transaction tx(*m_session.db);
    const Appointment before = get(a.id);
    if (!viewingTransitionAllowed(before.status, a.status))
        throw ValidationError(QStringLiteral("status"), tr("Status: a viewing that is %1 cannot become %2")
                                                            .arg(Vocabulary::label(Vocabulary::appointmentStatuses(), before.status),
                                                                 Vocabulary::label(Vocabulary::appointmentStatuses(), a.status)));
    tx.lockKey(QStringLiteral("appointments"));
    refuseConflicts(a);
    appointments(m_session).update(a);
    if (before.status != a.status)
        addServiceRecord(m_session, a.clientId, a.consultantId, m_session.clock->nowMs(), QStringLiteral("viewing"),
                         QString(), tr("Viewing status changed"),
                         Vocabulary::label(Vocabulary::appointmentStatuses(), a.status), QStringLiteral("appointments"),
                         a.id);
    tx.commit();
}

Appointment AppointmentRepository::get(qint64 id) const
{
    return appointments(m_session).get(id);
}

QList<Appointment> AppointmentRepository::upcoming(qint64 nowMs, int hours) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
                                          "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status IN ('booked','confirmed') ORDER BY "
                                          "a.starts_at, a.id"),
                           {nowMs, nowMs + qint64(hours) * 3600'000});
    return appointmentsFrom(q);
}

QList<Appointment> AppointmentRepository::missed(qint64 nowMs, int days) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
                                          "WHERE a.starts_at < ? AND a.starts_at >= ? AND a.status IN ('booked','confirmed') ORDER BY "
                                          "a.starts_at, a.id"),
                           {nowMs, nowMs - qint64(days) * 86400'000});
    return appointmentsFrom(q);
}

void AppointmentRepository::setShowroom(const QString &name, int capacity)
{
    Permissions::require(m_session, Action::EditPolicies);
    if (name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("location"), tr("Sample unit: name required"));
    if (capacity < 1 || capacity > 500)
        throw ValidationError(QStringLiteral("capacity"), tr("Capacity: give from 1 to 500 people"));
    Transaction tx(*m_session.db);
    Sql::run(m_session.db->connection(), QStringLiteral("DELETE FROM showrooms WHERE name = ?"), {name.trimmed()});
    Sql::run(m_session.db->connection(), QStringLiteral("INSERT INTO showrooms (name, capacity) VALUES (?, ?)"), {name.trimmed(), capacity});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("showrooms"), 0, {},
                    {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("capacity"), capacity}});
    tx.commit();
}

QList<QPair<QString, int>> AppointmentRepository::showrooms() const
{
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT name, capacity FROM showrooms ORDER BY name"));
    QList<QPair<QString, int>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

QList<Appointment> AppointmentRepository::between(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
                                          "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"),
                           {fromMs, toMs});
    return appointmentsFrom(q);
}

// ---------------------------------------------------------------- ContractRepository

void ContractRepository::translateUnitTaken(const Contract &contract) const
{
    const QVariant other = Sql::scalar(m_session.db->connection(),
                                       QStringLiteral("SELECT number FROM contracts WHERE unit_id = ? AND status <> "
                                                      "'cancelled' AND id <> ?"),
                                       {contract.unitId, contract.id});
    if (other.isValid())
        throw ValidationError(QStringLiteral("unit"),
                              tr("Unit: this unit already has contract %1; cancel it before selling the unit again")
                                  .arg(other.toString()));
}

// The unit's sales state follows its contracts (销控): a draft (the subscription, 认购) reserves
// it, a signed or filed contract makes it contracted, none leaves it available; a unit handed
// over stays so.
void ContractRepository::syncUnitState(qint64 unitId) const
{
    QSqlDatabase db = m_session.db->connection();
    const QString live = Sql::scalar(db, QStringLiteral("SELECT status FROM contracts WHERE unit_id = ? AND status <> 'cancelled'"),
                                     {unitId})
                             .toString();
    const bool handedOver =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM handovers WHERE unit_id = ? AND status = 'done'"), {unitId}).toInt() > 0;
    const QString state = handedOver && !live.isEmpty()  ? QStringLiteral("handed_over")
                          : live == QLatin1String("draft") ? QStringLiteral("reserved")
                          : live.isEmpty()                 ? QStringLiteral("available")
                                                           : QStringLiteral("contracted");
    const QString before = Sql::scalar(db, QStringLiteral("SELECT state FROM units WHERE id = ?"), {unitId}).toString();
    if (before == state)
        return;
    Sql::run(db, QStringLiteral("UPDATE units SET state = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
             {state, m_session.clock->nowMs(), unitId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("units"), unitId, {{QStringLiteral("state"), before}},
                    {{QStringLiteral("state"), state}});
}

void ContractRepository::add(Contract &c)
{
    Permissions::require(m_session, Action::WriteContracts);
    c.validate();
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("units"), {c.unitId}); // sales control: the unit's contracts and state decided by one PC at a time
    translateUnitTaken(c);
    try {
        contracts(m_session).insert(c);
    } catch (const StorageError &e) {
        // Lost a race with another PC: the database's sales-control index said no.
        const QString text = e.message();
        if (text.contains(QLatin1String("contracts_one_live_per_unit")) || text.contains(QLatin1String("contracts.unit_id")))
            throw ValidationError(QStringLiteral("unit"),
                                  tr("Unit: another contract for this unit was saved a moment ago; nothing was saved"));
        // Contract numbers are unique: the database's index decides, whoever typed it first.
        if (text.contains(QLatin1String("contracts_number_unique")) || text.contains(QLatin1String("contracts.number")))
            throw ValidationError(QStringLiteral("number"),
                                  tr("Number: contract number %1 is already used; nothing was saved").arg(c.number));
        throw;
    }
    addServiceRecord(m_session, c.clientId, c.consultantId, m_session.clock->nowMs(), QStringLiteral("contract"),
                     QString(), tr("Contract %1 created").arg(c.number),
                     Vocabulary::label(Vocabulary::contractStatuses(), c.status), QStringLiteral("contracts"), c.id);
    syncUnitState(c.unitId);
    tx.commit();
}

static bool contractTransitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    static const QHash<QString, QStringList> next = {
        {QStringLiteral("draft"), {QStringLiteral("signed"), QStringLiteral("cancelled")}},
        {QStringLiteral("signed"), {QStringLiteral("filed"), QStringLiteral("cancelled")}},
        {QStringLiteral("filed"), {QStringLiteral("cancelled")}},
    };
    return next.value(from).contains(to);
}

void ContractRepository::verifyIdentity(Contract &c, const QString &typeKey, const QString &number)
{
    Permissions::require(m_session, Action::WriteContracts);
    IdDocument::Type type;
    if (!IdDocument::typeFromKey(typeKey, &type))
        throw ValidationError(QStringLiteral("id_type"), tr("Document type: \"%1\" is not resident_id, passport, "
                                                            "hk_macao_permit or taiwan_permit").arg(typeKey));
    c.idType = typeKey;
    c.idNumber = IdDocument::validate(type, number, OfficeTime::toOffice(m_session.clock->nowMs()).date());
    c.idVerifiedBy = m_session.actorId;
    c.idVerifiedAt = m_session.clock->nowMs();
    update(c);
}

qint64 ContractRepository::addQuestion(qint64 contractId, const QString &question)
{
    Permissions::require(m_session, Action::WriteContracts);
    if (question.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("question"), tr("Question: required"));
    Transaction tx(*m_session.db);
    const Contract c = get(contractId);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("INSERT INTO contract_questions (contract_id, asked_at, question) VALUES (?, ?, ?) RETURNING id"),
                           {contractId, m_session.clock->nowMs(), question.trimmed()});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("contract_questions"), id, {},
                    {{QStringLiteral("contract_id"), contractId}, {QStringLiteral("question"), question.trimmed()}});
    tx.commit();
    return id;
}

void ContractRepository::answerQuestion(qint64 questionId, const QString &answer)
{
    Permissions::require(m_session, Action::WriteContracts);
    if (answer.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("answer"), tr("Answer: required"));
    Transaction tx(*m_session.db);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT c.client_id, c.number, q.question FROM contract_questions q JOIN contracts c ON "
                                          "c.id = q.contract_id WHERE q.id = ?"),
                           {questionId});
    if (!q.next())
        throw NotFoundError(tr("The contract question No. %1 does not exist.").arg(questionId));
    const qint64 clientId = q.value(0).toLongLong();
    const QString number = q.value(1).toString(), question = q.value(2).toString();
    q.finish();
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE contract_questions SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?"),
             {answer.trimmed(), Sql::nullableId(m_session.actorId), m_session.clock->nowMs(), questionId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("contract_questions"), questionId, {},
                    {{QStringLiteral("answer"), answer.trimmed()}});
    addServiceRecord(m_session, clientId, m_session.actorId, m_session.clock->nowMs(), QStringLiteral("contract"), QString(),
                     tr("Contract %1: %2").arg(number, question), answer.trimmed(), QStringLiteral("contract_questions"), questionId);
    tx.commit();
}

QList<ContractRepository::Question> ContractRepository::questions(qint64 contractId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT id, question, answer, answered_by FROM contract_questions WHERE contract_id = ? "
                                          "ORDER BY id"),
                           {contractId});
    QList<Question> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

void ContractRepository::update(Contract &c)
{
    Permissions::require(m_session, Action::WriteContracts);
    c.validate();
    Transaction tx(*m_session.db);
    const Contract before = get(c.id);
    tx.lockRows(QStringLiteral("units"), {c.unitId, before.unitId});
    if (!contractTransitionAllowed(before.status, c.status))
        throw ValidationError(QStringLiteral("status"), tr("Status: a %1 contract cannot become %2")
                                                            .arg(Vocabulary::label(Vocabulary::contractStatuses(), before.status),
                                                                 Vocabulary::label(Vocabulary::contractStatuses(), c.status)));
    if (before.status == QLatin1String("draft") && c.status == QLatin1String("signed") && c.idVerifiedAt == 0)
        throw ValidationError(QStringLiteral("id_number"), tr("ID number: verify the buyer's identity before signing"));
    if (c.status != QLatin1String("cancelled"))
        translateUnitTaken(c);
    contracts(m_session).update(c);
    if (before.status != c.status)
        addServiceRecord(m_session, c.clientId, c.consultantId, m_session.clock->nowMs(), QStringLiteral("contract"),
                         QString(), tr("Contract %1 status changed").arg(c.number),
                         Vocabulary::label(Vocabulary::contractStatuses(), c.status), QStringLiteral("contracts"), c.id);
    // A signed contract owes the client a return visit (seed 二.(三)2(3)); a cancelled one no longer.
    if (before.status == QLatin1String("draft") && c.status == QLatin1String("signed"))
        ScheduledVisitRepository(m_session).scheduleAfterSigning(c, m_session.clock->nowMs());
    if (c.status == QLatin1String("cancelled") && before.status != c.status) {
        ScheduledVisitRepository(m_session).withdrawForContract(c.id);
        // Nothing more is owed on a cancelled contract: its unpaid installments leave the dashboard.
        QSqlQuery q = Sql::run(m_session.db->connection(),
                               QStringLiteral("SELECT i.id FROM installments i JOIN payment_plans p ON p.id = i.plan_id WHERE "
                                              "p.contract_id = ? AND i.paid_fen < i.amount_fen"),
                               {c.id});
        QList<qint64> unpaid;
        while (q.next())
            unpaid << q.value(0).toLongLong();
        q.finish();
        DeadlineRepository deadlines(m_session);
        for (qint64 id : std::as_const(unpaid))
            deadlines.withdraw(QStringLiteral("installment"), QStringLiteral("installments"), id);
    }
    syncUnitState(c.unitId);
    if (before.unitId != c.unitId)
        syncUnitState(before.unitId);
    tx.commit();
}

Contract ContractRepository::get(qint64 id) const
{
    Permissions::require(m_session, Action::ReadContracts);
    return contracts(m_session).get(id);
}

QList<ContractRepository::Overview> ContractRepository::overview(const QString &text, int limit) const
{
    Permissions::require(m_session, Action::ReadContracts);
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT c.id, c.number, k.name, u.building, u.entrance, u.room, c.status, c.price_fen - "
                                          "c.discount_fen, c.signed_on FROM contracts c JOIN clients k ON k.id = c.client_id JOIN "
                                          "units u ON u.id = c.unit_id WHERE (? = '' OR c.number LIKE ? OR k.name LIKE ?) ORDER BY "
                                          "c.id DESC LIMIT ?"),
                           {text.trimmed(), like, like, limit});
    QList<Overview> out;
    while (q.next()) {
        Unit u;
        u.building = q.value(3).toString();
        u.entrance = q.value(4).toString();
        u.room = q.value(5).toString();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), u.label(), q.value(6).toString(),
                    q.value(7).toLongLong(), QDate::fromString(q.value(8).toString(), Qt::ISODate)});
    }
    return out;
}

QList<Contract> ContractRepository::forClient(qint64 clientId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT * FROM contracts WHERE client_id = ? ORDER BY id"), {clientId});
    QList<Contract> out;
    while (q.next())
        out << contractFrom(q.record());
    return out;
}

} // namespace estatedesk
