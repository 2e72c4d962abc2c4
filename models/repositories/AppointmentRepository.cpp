// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AppointmentRepository.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/EntityStore.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

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
              updatedAt = r.indexOf(QStringLiteral("updated_at")),
              rowVersion = r.indexOf(QStringLiteral("row_version")),
              clientId = r.indexOf(QStringLiteral("client_id")),
              consultantId = r.indexOf(QStringLiteral("consultant_id")),
              startsAt = r.indexOf(QStringLiteral("starts_at")),
              endsAt = r.indexOf(QStringLiteral("ends_at")),
              partySize = r.indexOf(QStringLiteral("party_size")),
              location = r.indexOf(QStringLiteral("location")), bring = r.indexOf(QStringLiteral("bring")),
              escort = r.indexOf(QStringLiteral("security_escort")),
              needs = r.indexOf(QStringLiteral("special_needs")),
              status = r.indexOf(QStringLiteral("status")), notes = r.indexOf(QStringLiteral("notes")),
              clientName = r.indexOf(QStringLiteral("client_name"));
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
    return {s, QStringLiteral("appointments"), AppointmentRepository::tr("viewing"), appointmentRow,
            appointmentFrom};
}

} // namespace

// The viewings that keep a consultant busy or take room in a sample unit.
static const QString kLiveViewing = QStringLiteral("status IN ('booked','confirmed','checked_in')");

void AppointmentRepository::refuseConflicts(const Appointment &a) const
{
    using S = Vocabulary::AppointmentStatus;
    if (!QStringList{S::Booked, S::Confirmed, S::CheckedIn}.contains(a.status))
        return;
    QSqlDatabase db = m_session.db->connection();
    if (a.consultantId > 0) {
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT a.id, c.name, a.starts_at, a.ends_at, s.name FROM appointments a JOIN clients c ON "
                "c.id = a.client_id JOIN staff s ON s.id = a.consultant_id WHERE a.consultant_id = ? "
                "AND a.id <> ? AND a.starts_at < ? AND a.ends_at > ? AND a.") +
                kLiveViewing + QStringLiteral(" ORDER BY a.starts_at LIMIT 1"),
            {a.consultantId, a.id, a.endsAt, a.startsAt});
        if (q.next())
            throw ValidationError(
                QStringLiteral("consultant"),
                tr("Consultant: %1 already has viewing No. %2 with %3 from %4 to %5")
                    .arg(q.value(4).toString())
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString(), OfficeTime::formatDateTime(q.value(2).toLongLong()),
                         OfficeTime::toOffice(q.value(3).toLongLong()).toString(QStringLiteral("HH:mm"))));
    }
    if (a.location.isEmpty())
        return;
    const QVariant capacity =
        Sql::scalar(db, QStringLiteral("SELECT capacity FROM showrooms WHERE name = ?"), {a.location});
    if (!capacity.isValid())
        return; // a building or a place without a set capacity
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT a.id, c.name, a.party_size FROM appointments a JOIN clients c ON c.id = a.client_id "
            "WHERE a.location = ? AND a.id <> ? AND a.starts_at < ? AND a.ends_at > ? AND a.") +
            kLiveViewing + QStringLiteral(" ORDER BY a.starts_at"),
        {a.location, a.id, a.endsAt, a.startsAt});
    int people = a.partySize;
    QStringList others;
    while (q.next()) {
        people += q.value(2).toInt();
        others << tr("No. %1 (%2, %n person(s))", nullptr, q.value(2).toInt())
                      .arg(q.value(0).toLongLong())
                      .arg(q.value(1).toString());
    }
    if (people > capacity.toInt() && others.isEmpty())
        throw ValidationError(QStringLiteral("location"),
                              tr("Sample unit: %1 holds %2 people at a time; this party alone is %3")
                                  .arg(a.location)
                                  .arg(capacity.toInt())
                                  .arg(people));
    if (people > capacity.toInt())
        throw ValidationError(QStringLiteral("location"),
                              tr("Sample unit: %1 holds %2 people at a time; with %3 it would be %4")
                                  .arg(a.location)
                                  .arg(capacity.toInt())
                                  .arg(others.join(QStringLiteral("、")))
                                  .arg(people));
}

static bool viewingTransitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    using S = Vocabulary::AppointmentStatus;
    static const QHash<QString, QStringList> next = {
        {S::Booked, {S::Confirmed, S::CheckedIn, S::NoShow, S::Cancelled}},
        {S::Confirmed, {S::CheckedIn, S::NoShow, S::Cancelled}},
        {S::CheckedIn, {S::Done}},
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
    addServiceRecord(m_session, a.clientId, a.consultantId, m_session.clock->nowMs(),
                     Vocabulary::ServiceKind::Viewing, QString(),
                     tr("Viewing booked for %n person(s) at %1", nullptr, a.partySize)
                         .arg(OfficeTime::formatDateTime(a.startsAt)),
                     Vocabulary::label(Vocabulary::appointmentStatuses(), a.status),
                     QStringLiteral("appointments"), a.id);
    tx.commit();
}

void AppointmentRepository::update(Appointment &a)
{
    Permissions::require(m_session, Action::BookViewing);
    a.validate();
    Transaction tx(*m_session.db);
    const Appointment before = get(a.id);
    if (!viewingTransitionAllowed(before.status, a.status))
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: a viewing that is %1 cannot become %2")
                                  .arg(Vocabulary::label(Vocabulary::appointmentStatuses(), before.status),
                                       Vocabulary::label(Vocabulary::appointmentStatuses(), a.status)));
    tx.lockKey(QStringLiteral("appointments"));
    refuseConflicts(a);
    appointments(m_session).update(a);
    if (before.status != a.status)
        addServiceRecord(m_session, a.clientId, a.consultantId, m_session.clock->nowMs(),
                         QStringLiteral("viewing"), QString(), tr("Viewing status changed"),
                         Vocabulary::label(Vocabulary::appointmentStatuses(), a.status),
                         QStringLiteral("appointments"), a.id);
    tx.commit();
}

Appointment AppointmentRepository::get(qint64 id) const
{
    return appointments(m_session).get(id);
}

QList<Appointment> AppointmentRepository::upcoming(qint64 nowMs, int hours) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status IN ('booked','confirmed') ORDER BY "
            "a.starts_at, a.id"),
        {nowMs, nowMs + qint64(hours) * 3600'000});
    return appointmentsFrom(q);
}

QList<Appointment> AppointmentRepository::missed(qint64 nowMs, int days) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
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
    Sql::run(m_session.db->connection(), QStringLiteral("DELETE FROM showrooms WHERE name = ?"),
             {name.trimmed()});
    Sql::run(m_session.db->connection(),
             QStringLiteral("INSERT INTO showrooms (name, capacity) VALUES (?, ?)"),
             {name.trimmed(), capacity});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("showrooms"), 0, {},
                    {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("capacity"), capacity}});
    tx.commit();
}

QList<QPair<QString, int>> AppointmentRepository::showrooms() const
{
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT name, capacity FROM showrooms ORDER BY name"));
    QList<QPair<QString, int>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

QList<Appointment> AppointmentRepository::between(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"),
        {fromMs, toMs});
    return appointmentsFrom(q);
}

} // namespace estatedesk
