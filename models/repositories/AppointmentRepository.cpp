// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AppointmentRepository.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/EntityStore.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/SqlRows.h"
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

// A viewing from a row of SqlRow or SqlRows.
template <typename Row> Appointment appointmentFrom(const Row &r)
{
    Appointment a;
    readCommonColumns(r, a);
    a.clientId = r.id("client_id");
    a.consultantId = r.id("consultant_id");
    a.startsAt = r.int64("starts_at");
    a.endsAt = r.int64("ends_at");
    a.partySize = r.integer("party_size");
    a.location = r.text("location");
    a.bring = r.text("bring");
    a.securityEscort = r.flag("security_escort");
    a.specialNeeds = r.text("special_needs");
    a.status = r.text("status");
    a.notes = r.text("notes");
    if (r.has("client_name")) // the lists join the client's name
        a.clientName = r.text("client_name");
    return a;
}

// The rows of a viewings list (the viewings of a busy week are thousands of rows: the columns are
// found once per query, not on every row).
QList<Appointment> appointmentsFrom(SqlRows &row)
{
    QList<Appointment> out;
    while (row.next())
        out << appointmentFrom(row);
    return out;
}

EntityStore<Appointment> appointments(const Session &s)
{
    return {s, QStringLiteral("appointments"), AppointmentRepository::tr("viewing"), appointmentRow,
            appointmentFrom<SqlRow>};
}

} // namespace

// The viewings that keep a consultant busy or take room in a sample unit: the condition, and the
// values it binds.
static const QString kLiveViewing = QStringLiteral("status IN (?, ?, ?)");
static QVariantList liveStatuses()
{
    using S = Vocabulary::AppointmentStatus;
    return {S::Booked, S::Confirmed, S::CheckedIn};
}

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
                "SELECT a.id, c.name AS client_name, a.starts_at, a.ends_at, s.name AS consultant_name FROM "
                "appointments a JOIN clients c ON "
                "c.id = a.client_id JOIN staff s ON s.id = a.consultant_id WHERE a.consultant_id = ? "
                "AND a.id <> ? AND a.starts_at < ? AND a.ends_at > ? AND a.") +
                kLiveViewing + QStringLiteral(" ORDER BY a.starts_at LIMIT 1"),
            QVariantList{a.consultantId, a.id, a.endsAt, a.startsAt} + liveStatuses());
        const SqlRow row(q);
        if (q.next())
            throw ValidationError(
                QStringLiteral("consultant"),
                tr("Consultant: %1 already has viewing No. %2 with %3 from %4 to %5")
                    .arg(row.text("consultant_name"))
                    .arg(row.id("id"))
                    .arg(row.text("client_name"), OfficeTime::formatDateTime(row.int64("starts_at")),
                         OfficeTime::toOffice(row.int64("ends_at")).toString(QStringLiteral("HH:mm"))));
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
        QVariantList{a.location, a.id, a.endsAt, a.startsAt} + liveStatuses());
    int people = a.partySize;
    QStringList others;
    const SqlRow row(q);
    while (q.next()) {
        people += row.integer("party_size");
        others << tr("No. %1 (%2, %n person(s))", nullptr, row.integer("party_size"))
                      .arg(row.id("id"))
                      .arg(row.text("name"));
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

QString AppointmentRepository::refusalByTime(const Appointment &a, const QString &status, qint64 nowMs)
{
    using S = Vocabulary::AppointmentStatus;
    if (status == a.status)
        return {};
    if (status == S::NoShow && nowMs < a.startsAt)
        return tr("Status: viewing No. %1 starts at %2, so the client cannot have missed it yet; it can be "
                  "marked %3 once its start has passed")
            .arg(a.id)
            .arg(OfficeTime::formatDateTime(a.startsAt),
                 Vocabulary::label(Vocabulary::appointmentStatuses(), S::NoShow));
    if (status == S::CheckedIn &&
        OfficeTime::toOffice(nowMs).date() < OfficeTime::toOffice(a.startsAt).date())
        return tr("Status: viewing No. %1 is on %2; it can be checked in on that day, not before")
            .arg(a.id)
            .arg(OfficeTime::formatDate(a.startsAt));
    return {};
}

void AppointmentRepository::refuseAPastStart(const Appointment &a) const
{
    // A viewing is booked for now or later; a visitor shown round a moment ago still counts (the
    // booking typed after the walk). One booked for days ago would be a "missed viewing" at once.
    const qint64 now = m_session.clock->nowMs();
    if (a.startsAt < now - kPastStartGraceMs)
        throw ValidationError(QStringLiteral("starts_at"),
                              tr("Start: %1 has passed; a viewing is booked for now or later (a visit made "
                                 "earlier is recorded in the client's timeline)")
                                  .arg(OfficeTime::formatDateTime(a.startsAt)));
}

void AppointmentRepository::add(Appointment &a)
{
    Permissions::require(m_session, Action::BookViewing);
    a.validate();
    refuseAPastStart(a);
    Transaction tx(*m_session.db);
    Erasure::refuseIfErased(m_session, a.clientId, Erasure::Refused::Viewing);
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
    if (const QString why = refusalByTime(before, a.status, m_session.clock->nowMs()); !why.isEmpty())
        throw ValidationError(QStringLiteral("status"), why);
    if (a.startsAt != before.startsAt) // moved: to now or later, as a new booking
        refuseAPastStart(a);
    // An erased client's viewing booked before is only closed: cancelled, or marked a no-show.
    if (a.status != Vocabulary::AppointmentStatus::Cancelled &&
        a.status != Vocabulary::AppointmentStatus::NoShow)
        for (qint64 client : {before.clientId, a.clientId})
            Erasure::refuseIfErased(m_session, client, Erasure::Refused::Viewing);
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
    SqlRows row(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status IN (?, ?) ORDER BY a.starts_at, a.id"),
        {nowMs, nowMs + qint64(hours) * 3600'000, Vocabulary::AppointmentStatus::Booked,
         Vocabulary::AppointmentStatus::Confirmed});
    return appointmentsFrom(row);
}

QList<Appointment> AppointmentRepository::missed(qint64 nowMs, int days) const
{
    SqlRows row(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at < ? AND a.starts_at >= ? AND a.status IN (?, ?) ORDER BY a.starts_at, a.id"),
        {nowMs, nowMs - qint64(days) * 86400'000, Vocabulary::AppointmentStatus::Booked,
         Vocabulary::AppointmentStatus::Confirmed});
    return appointmentsFrom(row);
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
    const SqlRow row(q);
    while (q.next())
        out.append({row.text("name"), row.integer("capacity")});
    return out;
}

QList<Appointment> AppointmentRepository::between(qint64 fromMs, qint64 toMs) const
{
    SqlRows row(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"),
        {fromMs, toMs});
    return appointmentsFrom(row);
}

} // namespace estatedesk
