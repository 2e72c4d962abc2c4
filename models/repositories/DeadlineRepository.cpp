// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/DeadlineRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "deadlines/OfficeHours.h"
#include "domain/Vocabulary.h"
#include "repositories/CalendarRepository.h"
#include "repositories/PolicyRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/SqlRows.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace estatedesk {

QString DeadlineItem::dueText() const
{
    // The date that ends at dueAt (its last millisecond), in the office.
    return anchorDate.isValid() ? OfficeTime::formatDate(dueAt - 1) : OfficeTime::formatDateTime(dueAt);
}

void DeadlineRepository::loadContext() const
{
    if (m_loaded)
        return;
    m_calendar = CalendarRepository(m_session).load();
    m_office = SettingsRepository(m_session).office();
    m_policies.clear();
    for (const DeadlinePolicy &p : PolicyRepository(m_session).list())
        m_policies.insert(p.name, p);
    m_loaded = true;
}

QString DeadlineRepository::iso(qint64 ms) const
{
    loadContext();
    return DeadlineEngine(m_calendar, m_office.zone, m_office.closeOfBusiness).iso(ms);
}

qint64 DeadlineRepository::consultationClockStart(qint64 receivedAt) const
{
    loadContext();
    return OfficeHours(m_calendar, m_office.zone, m_office.opens, m_office.closeOfBusiness)
        .nextOpening(receivedAt);
}

QList<PauseInterval> DeadlineRepository::pausesOf(qint64 itemId) const
{
    QList<PauseInterval> out;
    if (itemId <= 0)
        return out;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT paused_at, resumed_at FROM deadline_pauses WHERE item_id = ? ORDER BY paused_at"),
        {itemId});
    const SqlRow row(q);
    while (q.next())
        out.append({row.int64("paused_at"), row.int64("resumed_at")});
    return out;
}

DeadlineResult DeadlineRepository::computeFor(const QString &policy, qint64 startedAt, const QDate &anchor,
                                              qint64 itemId, int lengthDays) const
{
    loadContext();
    if (!m_policies.contains(policy))
        throw ValidationError(QStringLiteral("policy"),
                              tr("Policy: \"%1\" is not one of %2")
                                  .arg(policy, DeadlinePolicy::names().join(QStringLiteral(", "))));
    DeadlinePolicy p = m_policies[policy];
    if (lengthDays > 0) {
        if (p.clock == DeadlineClock::WallClock)
            p.lengthMinutes = qint64(lengthDays) * 24 * 60;
        else
            p.lengthDays = lengthDays;
    }
    const DeadlineEngine engine(m_calendar, m_office.zone, m_office.closeOfBusiness);
    if (p.clock == DeadlineClock::DaysBeforeDate || p.clock == DeadlineClock::EndOfDate) {
        if (!anchor.isValid())
            throw ValidationError(
                QStringLiteral("date"),
                tr("Date: the %1 policy counts from a date").arg(DeadlinePolicy::label(policy)));
        return engine.computeForDate(p, anchor, startedAt);
    }
    return engine.compute(p, startedAt, pausesOf(itemId), m_session.clock->nowMs());
}

DeadlineResult DeadlineRepository::preview(const QString &policy, qint64 startMs, const QDate &anchor) const
{
    return computeFor(policy, startMs, anchor, 0);
}

DeadlineResult DeadlineRepository::previewFromReceipt(const QString &policy, qint64 receivedMs) const
{
    if (policy != QLatin1String("consultation-response"))
        return preview(policy, receivedMs);
    const qint64 clockStarts = consultationClockStart(receivedMs);
    DeadlineResult result = preview(policy, clockStarts);
    if (clockStarts != receivedMs)
        result.explanation.prepend(
            tr("Received %1, outside office hours: the response time counts from the next opening, %2.")
                .arg(OfficeTime::formatDateTime(receivedMs), OfficeTime::formatDateTime(clockStarts)));
    return result;
}

DeadlineResult DeadlineRepository::explain(const DeadlineItem &item) const
{
    return computeFor(item.policy, item.startedAt, item.anchorDate, item.id, item.lengthDays);
}

QString DeadlineRepository::recordText(const DeadlineItem &i)
{
    if (i.entity == QLatin1String("consultations"))
        return tr("Consultation No. %1").arg(i.entityId);
    if (i.entity == QLatin1String("complaints"))
        return tr("Complaint No. %1").arg(i.entityId);
    if (i.entity == QLatin1String("handovers"))
        return tr("Handover No. %1").arg(i.entityId);
    if (i.entity == QLatin1String("defects"))
        return tr("Defect No. %1").arg(i.entityId);
    if (i.entity == QLatin1String("installments"))
        return tr("Installment No. %1").arg(i.entityId);
    if (i.entity == QLatin1String("scheduled_visits"))
        return tr("Return visit No. %1").arg(i.entityId);
    return tr("No. %1").arg(i.entityId);
}

QStringList DeadlineRepository::explainText(const DeadlineItem &item, qint64 nowMs) const
{
    loadContext();
    const DeadlinePolicy policy = m_policies.value(item.policy);
    QStringList lines;
    lines << (item.round > 1 ? tr("%1 — %2, round %3.")
                                   .arg(DeadlinePolicy::label(item.policy), recordText(item))
                                   .arg(item.round)
                             : tr("%1 — %2.").arg(DeadlinePolicy::label(item.policy), recordText(item)));
    const QString nobody = tr("nobody");
    lines << tr("Client: %1; responsible: %2.")
                 .arg(item.clientName.isEmpty() ? nobody : item.clientName,
                      item.staffName.isEmpty() ? nobody : item.staffName);
    const DeadlineState state = item.stateAt(nowMs);
    if (item.stoppedAt > 0)
        lines << tr("Stopped %1: %2.")
                     .arg(OfficeTime::formatDateTime(item.stoppedAt), DeadlineEngine::stateLabel(state));
    else
        lines << tr("State at %1: %2.")
                     .arg(OfficeTime::formatDateTime(nowMs), DeadlineEngine::stateLabel(state));
    if (item.round > 1)
        lines << tr("Round %1: the record was reopened, so this deadline is owed again, counted from %2.")
                     .arg(item.round)
                     .arg(OfficeTime::formatDateTime(item.startedAt));
    if (item.lengthDays > 0) {
        const QString own = policy.clock == DeadlineClock::WorkingDays
                                ? tr("%n working day(s)", nullptr, item.lengthDays)
                                : tr("%n day(s)", nullptr, item.lengthDays);
        lines << tr("This record has its own length, %1, instead of the policy's %2.")
                     .arg(own, policy.lengthText());
    }
    const QList<PauseInterval> pauses = pausesOf(item.id);
    for (const PauseInterval &p : pauses) {
        if (p.to > 0)
            lines << tr("Waiting for the client from %1 to %2.")
                         .arg(OfficeTime::formatDateTime(p.from), OfficeTime::formatDateTime(p.to));
        else
            lines << tr("Waiting for the client since %1: the clock stands still.")
                         .arg(OfficeTime::formatDateTime(p.from));
    }
    if (pauses.isEmpty() && policy.pausable)
        lines << tr("No waiting for the client so far.");
    const DeadlineResult r = explain(item);
    lines << r.explanation;
    if (item.stoppedAt > 0 && r.dueMs != item.dueAt)
        lines
            << tr("Kept: due %1, as counted when it stopped; the policy or the calendar has changed since, and closed items "
                  "never move.")
                   .arg(iso(item.dueAt));
    return lines;
}

DeadlineItem DeadlineRepository::findByKind(const QString &policy, qint64 entityId) const
{
    const QList<DeadlineItem> items =
        query(QStringLiteral("d.policy = ? AND d.entity_id = ?"), {policy, entityId}, {});
    if (items.isEmpty())
        throw NotFoundError(tr("No %1 deadline is kept for record No. %2.").arg(policy).arg(entityId));
    return *std::max_element(items.begin(), items.end(),
                             [](const DeadlineItem &a, const DeadlineItem &b) { return a.round < b.round; });
}

static const QString kInsert = QStringLiteral(
    "INSERT INTO deadline_items (policy, entity, entity_id, client_id, staff_id, started_at, anchor_date, due_at, "
    "due_soon_at, provisional, round, length_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

int DeadlineRepository::nextRound(const QString &policy, const QString &entity, qint64 entityId) const
{
    return Sql::scalar(
               m_session.db->connection(),
               QStringLiteral(
                   "SELECT COALESCE(MAX(round), 0) + 1 FROM deadline_items WHERE policy = ? AND entity = ? "
                   "AND entity_id = ?"),
               {policy, entity, entityId})
        .toInt();
}

void DeadlineRepository::start(const QString &policy, const QString &entity, qint64 entityId, qint64 clientId,
                               qint64 staffId, qint64 startedAt, int lengthDays)
{
    const DeadlineResult r = computeFor(policy, startedAt, {}, 0, lengthDays);
    Sql::run(m_session.db->connection(), kInsert,
             {policy, entity, entityId, Sql::nullableId(clientId), Sql::nullableId(staffId), startedAt,
              QVariant(QMetaType::fromType<QString>()), r.dueMs, r.dueSoonMs, r.provisional ? 1 : 0,
              nextRound(policy, entity, entityId),
              lengthDays > 0 ? QVariant(lengthDays) : QVariant(QMetaType::fromType<int>())});
}

void DeadlineRepository::startForDate(const QString &policy, const QString &entity, qint64 entityId,
                                      qint64 clientId, qint64 staffId, const QDate &anchor, qint64 createdAt)
{
    const DeadlineResult r = computeFor(policy, createdAt, anchor, 0);
    Sql::run(m_session.db->connection(), kInsert,
             {policy, entity, entityId, Sql::nullableId(clientId), Sql::nullableId(staffId), createdAt,
              anchor.toString(Qt::ISODate), r.dueMs, r.dueSoonMs, r.provisional ? 1 : 0,
              nextRound(policy, entity, entityId), QVariant(QMetaType::fromType<int>())});
}

void DeadlineRepository::withdraw(const QString &policy, const QString &entity, qint64 entityId)
{
    const auto item = find(policy, entity, entityId);
    if (!item || item->stoppedAt > 0)
        return;
    Transaction tx(*m_session.db);
    Sql::run(m_session.db->connection(), QStringLiteral("DELETE FROM deadline_pauses WHERE item_id = ?"),
             {item->id});
    Sql::run(m_session.db->connection(), QStringLiteral("DELETE FROM deadline_items WHERE id = ?"),
             {item->id});
    tx.commit();
}

DeadlineResult DeadlineRepository::endPauseAndRecompute(const DeadlineItem &item, qint64 at)
{
    Sql::run(
        m_session.db->connection(),
        QStringLiteral("UPDATE deadline_pauses SET resumed_at = ? WHERE item_id = ? AND resumed_at IS NULL"),
        {at, item.id});
    return computeFor(item.policy, item.startedAt, item.anchorDate, item.id, item.lengthDays);
}

void DeadlineRepository::stop(const QString &policy, const QString &entity, qint64 entityId, qint64 stoppedAt)
{
    const auto item = find(policy, entity, entityId);
    if (!item || item->stoppedAt > 0)
        return;
    Transaction tx(*m_session.db);
    // A pause still open ends now; the due time is final from here on.
    const DeadlineResult r = endPauseAndRecompute(*item, stoppedAt);
    Sql::run(
        m_session.db->connection(),
        QStringLiteral("UPDATE deadline_items SET stopped_at = ?, due_at = ?, due_soon_at = ?, outcome = ?, "
                       "row_version = row_version + 1 WHERE id = ?"),
        {stoppedAt, r.dueMs, r.dueSoonMs,
         stoppedAt <= r.dueMs ? QStringLiteral("met") : QStringLiteral("met_late"), item->id});
    tx.commit();
}

void DeadlineRepository::pause(const QString &policy, const QString &entity, qint64 entityId, qint64 at)
{
    const auto item = find(policy, entity, entityId);
    if (!item || item->stoppedAt > 0)
        return;
    loadContext();
    if (!m_policies.value(policy).pausable)
        return;
    Transaction tx(*m_session.db);
    if (Sql::scalar(
            m_session.db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM deadline_pauses WHERE item_id = ? AND resumed_at IS NULL"),
            {item->id})
            .toInt() == 0)
        Sql::run(m_session.db->connection(),
                 QStringLiteral("INSERT INTO deadline_pauses (item_id, paused_at) VALUES (?, ?)"),
                 {item->id, at});
    tx.commit();
}

void DeadlineRepository::resume(const QString &policy, const QString &entity, qint64 entityId, qint64 at)
{
    const auto item = find(policy, entity, entityId);
    if (!item || item->stoppedAt > 0)
        return;
    Transaction tx(*m_session.db);
    const DeadlineResult r = endPauseAndRecompute(*item, at);
    Sql::run(m_session.db->connection(),
             QStringLiteral(
                 "UPDATE deadline_items SET due_at = ?, due_soon_at = ?, provisional = ?, row_version = "
                 "row_version + 1 WHERE id = ?"),
             {r.dueMs, r.dueSoonMs, r.provisional ? 1 : 0, item->id});
    tx.commit();
}

int DeadlineRepository::recomputeOpen(const QString &policy)
{
    m_loaded = false; // the change that called us may have altered the calendar or a policy
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT id, policy, started_at, anchor_date, length_days FROM deadline_items WHERE "
                       "stopped_at IS NULL AND (? = '' OR policy = ?)"),
        {policy, policy});
    struct Open
    {
        qint64 id;
        QString policy;
        qint64 startedAt;
        QDate anchor;
        int lengthDays;
    };
    QList<Open> open;
    const SqlRow row(q);
    while (q.next())
        open.append({row.id("id"), row.text("policy"), row.int64("started_at"), row.date("anchor_date"),
                     row.integer("length_days")});
    q.finish();
    QSqlQuery upd = Sql::prepare(
        db, QStringLiteral("UPDATE deadline_items SET due_at = ?, due_soon_at = ?, provisional = ?, "
                           "row_version = row_version + 1 WHERE id = ?"));
    for (const Open &o : std::as_const(open)) {
        const DeadlineResult r = computeFor(o.policy, o.startedAt, o.anchor, o.id, o.lengthDays);
        upd.bindValue(0, r.dueMs);
        upd.bindValue(1, r.dueSoonMs);
        upd.bindValue(2, r.provisional ? 1 : 0);
        upd.bindValue(3, o.id);
        Sql::exec(upd);
    }
    tx.commit();
    return int(open.size());
}

int DeadlineRepository::rebuildMissing()
{
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery ins = Sql::prepare(db, kInsert);
    QSqlQuery stopQ = Sql::prepare(
        db, QStringLiteral("UPDATE deadline_items SET stopped_at = ?, outcome = CASE WHEN ? <= due_at "
                           "THEN 'met' ELSE 'met_late' END WHERE policy = ? AND entity = ? AND "
                           "entity_id = ?"));
    int created = 0;
    auto add = [&](const QString &policy, const QString &entity, qint64 id, qint64 client, qint64 staff,
                   qint64 start, qint64 stoppedAt) {
        const DeadlineResult r = computeFor(policy, start, {}, 0);
        ins.bindValue(0, policy);
        ins.bindValue(1, entity);
        ins.bindValue(2, id);
        ins.bindValue(3, Sql::nullableId(client));
        ins.bindValue(4, Sql::nullableId(staff));
        ins.bindValue(5, start);
        ins.bindValue(6, QVariant(QMetaType::fromType<QString>()));
        ins.bindValue(7, r.dueMs);
        ins.bindValue(8, r.dueSoonMs);
        ins.bindValue(9, r.provisional ? 1 : 0);
        ins.bindValue(10, 1);
        ins.bindValue(11, QVariant(QMetaType::fromType<int>()));
        Sql::exec(ins);
        ++created;
        if (stoppedAt > 0) {
            stopQ.bindValue(0, stoppedAt);
            stopQ.bindValue(1, stoppedAt);
            stopQ.bindValue(2, policy);
            stopQ.bindValue(3, entity);
            stopQ.bindValue(4, id);
            Sql::exec(stopQ);
        }
    };
    {
        QSqlQuery q = Sql::run(
            db, QStringLiteral("SELECT c.id, c.client_id, c.staff_id, c.received_at, c.responded_at FROM "
                               "consultations c WHERE NOT EXISTS (SELECT 1 FROM deadline_items d WHERE "
                               "d.entity = 'consultations' AND d.entity_id = c.id)"));
        struct Consultation
        {
            qint64 id, client, staff, received, responded;
        };
        QList<Consultation> rows;
        const SqlRow row(q);
        while (q.next())
            rows.append({row.id("id"), row.id("client_id"), row.id("staff_id"), row.int64("received_at"),
                         row.int64("responded_at")});
        q.finish();
        QSqlQuery afterHours =
            Sql::prepare(db, QStringLiteral("UPDATE consultations SET after_hours = 1 WHERE id = ?"));
        for (const Consultation &r : rows) {
            const qint64 clockStarts = consultationClockStart(r.received);
            if (clockStarts != r.received) {
                afterHours.bindValue(0, r.id);
                Sql::exec(afterHours);
            }
            add(QStringLiteral("consultation-response"), QStringLiteral("consultations"), r.id, r.client,
                r.staff, clockStarts, r.responded);
        }
    }
    {
        QSqlQuery q = Sql::run(
            db, QStringLiteral("SELECT c.id, c.client_id, c.staff_id, c.received_at, c.first_response_at, "
                               "c.solution_at, c.onsite_at, c.severity FROM complaints c WHERE NOT EXISTS "
                               "(SELECT 1 FROM deadline_items d WHERE d.entity = 'complaints' AND "
                               "d.entity_id = c.id)"));
        struct Complaint
        {
            qint64 id, client, staff, start, firstResponse, solution, onsite;
            QString severity;
        };
        QList<Complaint> rows;
        const SqlRow row(q);
        while (q.next())
            rows.append({row.id("id"), row.id("client_id"), row.id("staff_id"), row.int64("received_at"),
                         row.int64("first_response_at"), row.int64("solution_at"), row.int64("onsite_at"),
                         row.text("severity")});
        q.finish();
        for (const Complaint &r : rows) {
            add(QStringLiteral("complaint-first-response"), QStringLiteral("complaints"), r.id, r.client,
                r.staff, r.start, r.firstResponse);
            add(QStringLiteral("complaint-solution"), QStringLiteral("complaints"), r.id, r.client, r.staff,
                r.start, r.solution);
            if (r.severity == Vocabulary::ComplaintSeverity::Emergency)
                add(QStringLiteral("emergency-onsite"), QStringLiteral("complaints"), r.id, r.client, r.staff,
                    r.start, r.onsite);
        }
    }
    tx.commit();
    return created;
}

QList<DeadlineItem> DeadlineRepository::query(const QString &where, QVariantList values,
                                              const DeadlineFilter &filter) const
{
    // The client's name is looked up for each item (PostgreSQL otherwise hashed all the clients for
    // a few thousand items), and the open pauses are grouped once rather than searched for each.
    QString sql =
        QStringLiteral(
            "SELECT d.id, d.policy, d.entity, d.entity_id, d.client_id, (SELECT c.name FROM clients c WHERE "
            "c.id = d.client_id) AS client_name, d.staff_id, s.name AS staff_name, d.started_at, "
            "d.anchor_date, d.due_at, d.due_soon_at, d.provisional, d.stopped_at, d.round, d.length_days, "
            "p.paused_since FROM deadline_items d LEFT JOIN staff s ON s.id = d.staff_id LEFT JOIN (SELECT "
            "item_id, MAX(paused_at) AS paused_since FROM deadline_pauses WHERE resumed_at IS NULL GROUP BY "
            "item_id) p ON p.item_id = d.id WHERE ") +
        where;
    if (!filter.staffIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.staffIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND d.staff_id IN (") + marks.join(u',') + u')';
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND d.entity = ?");
        values << filter.entity;
    }
    sql += QStringLiteral(" ORDER BY d.due_at, d.id");
    SqlRows row(m_session.db->connection(), sql, values);
    QList<DeadlineItem> out;
    while (row.next()) {
        DeadlineItem i;
        i.id = row.id("id");
        i.policy = row.text("policy");
        i.entity = row.text("entity");
        i.entityId = row.id("entity_id");
        i.clientId = row.id("client_id");
        i.clientName = row.text("client_name");
        i.staffId = row.id("staff_id");
        i.staffName = row.text("staff_name");
        i.startedAt = row.int64("started_at");
        i.anchorDate = row.date("anchor_date");
        i.dueAt = row.int64("due_at");
        i.dueSoonAt = row.int64("due_soon_at");
        i.provisional = row.flag("provisional");
        i.stoppedAt = row.int64("stopped_at");
        i.round = row.integer("round");
        i.lengthDays = row.integer("length_days");
        i.pausedSince = row.int64("paused_since");
        out << i;
    }
    return out;
}

QList<DeadlineItem> DeadlineRepository::open(qint64 nowMs, const DeadlineFilter &filter) const
{
    if (filter.includeOnTrack)
        return query(QStringLiteral("d.stopped_at IS NULL"), {}, filter);
    return query(QStringLiteral("d.stopped_at IS NULL AND d.due_soon_at <= ?"), {nowMs}, filter);
}

QList<DeadlineItem> DeadlineRepository::overdue(qint64 nowMs, const DeadlineFilter &filter) const
{
    return query(
        QStringLiteral(
            "d.stopped_at IS NULL AND d.due_soon_at <= ? AND d.due_at < ? AND NOT EXISTS (SELECT 1 FROM "
            "deadline_pauses p WHERE p.item_id = d.id AND p.resumed_at IS NULL)"),
        {nowMs, nowMs}, filter);
}

QList<DeadlineItem> DeadlineRepository::forRecord(const QString &entity, qint64 entityId) const
{
    return query(QStringLiteral("d.entity = ? AND d.entity_id = ?"), {entity, entityId}, {});
}

QList<DeadlineItem> DeadlineRepository::forRecords(const QString &entity, const QList<qint64> &ids) const
{
    QList<DeadlineItem> out;
    Sql::forEachIdChunk(ids, [&](const QString &marks, const QVariantList &values) {
        out << query(QStringLiteral("d.entity = ? AND d.entity_id IN (%1)").arg(marks),
                     QVariantList{entity} + values, {});
    });
    return out;
}

QHash<qint64, QHash<QString, DeadlineItem>>
DeadlineRepository::latestForRecords(const QString &entity, const QList<qint64> &ids) const
{
    return latestRounds(forRecords(entity, ids));
}

QHash<qint64, QHash<QString, DeadlineItem>> DeadlineRepository::latestRounds(const QList<DeadlineItem> &items)
{
    QHash<qint64, QHash<QString, DeadlineItem>> out;
    for (const DeadlineItem &i : items) {
        auto &byPolicy = out[i.entityId];
        const auto it = byPolicy.constFind(i.policy);
        if (it == byPolicy.constEnd() || it->round < i.round)
            byPolicy.insert(i.policy, i);
    }
    return out;
}

std::optional<DeadlineItem> DeadlineRepository::find(const QString &policy, const QString &entity,
                                                     qint64 entityId) const
{
    const QList<DeadlineItem> items = query(
        QStringLiteral("d.policy = ? AND d.entity = ? AND d.entity_id = ?"), {policy, entity, entityId}, {});
    if (items.isEmpty())
        return std::nullopt;
    // The latest round is the live one.
    return *std::max_element(items.begin(), items.end(),
                             [](const DeadlineItem &a, const DeadlineItem &b) { return a.round < b.round; });
}

QHash<QString, QPair<int, int>> DeadlineRepository::countsByPolicy(qint64 nowMs,
                                                                   const DeadlineFilter &filter) const
{
    return countByPolicy(open(nowMs, filter), nowMs);
}

QHash<QString, QPair<int, int>> DeadlineRepository::countByPolicy(const QList<DeadlineItem> &items,
                                                                  qint64 nowMs)
{
    QHash<QString, QPair<int, int>> out;
    for (const DeadlineItem &i : items) {
        const DeadlineState state = i.stateAt(nowMs);
        auto &c = out[i.policy];
        if (state == DeadlineState::Overdue)
            ++c.first;
        else if (state == DeadlineState::DueSoon)
            ++c.second;
    }
    return out;
}

} // namespace estatedesk
