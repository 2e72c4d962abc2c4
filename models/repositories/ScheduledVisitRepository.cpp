// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ScheduledVisitRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/RowGateway.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace estatedesk {

namespace {

const QString kTable = QString::fromLatin1(ScheduledVisitRepository::kEntity);
const QString kAfterSigning = QStringLiteral("after_signing");
const QString kAfterHandover = QStringLiteral("after_handover");

} // namespace

QString ScheduledVisitRepository::policyOf(const QString &kind)
{
    return kind == kAfterHandover ? QStringLiteral("visit-after-handover")
                                  : QStringLiteral("visit-after-signing");
}

QString ScheduledVisitRepository::kindLabel(const QString &kind)
{
    return kind == kAfterHandover ? tr("After handover") : tr("After signing");
}

QStringList ScheduledVisitRepository::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("wechat"), QStringLiteral("visit")};
}

QString ScheduledVisitRepository::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("phone"))
        return tr("Phone call");
    if (channel == QLatin1String("wechat"))
        return tr("WeChat");
    if (channel == QLatin1String("visit"))
        return tr("Home visit");
    return channel;
}

void ScheduledVisitRepository::schedule(const QString &kind, qint64 clientId, qint64 contractId,
                                        qint64 handoverId, qint64 staffId, qint64 at)
{
    if (Erasure::isErased(m_session, clientId))
        return; // nothing owed that would mean contacting an erased client (a handover done after the
                // erasure)
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    const QString column =
        kind == kAfterSigning ? QStringLiteral("contract_id") : QStringLiteral("handover_id");
    const qint64 of = kind == kAfterSigning ? contractId : handoverId;
    if (Sql::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM scheduled_visits WHERE kind = ? AND %1 = ?").arg(column),
            {kind, of})
            .toInt() > 0)
        return; // already owed (or done): once per signing or handover
    const qint64 now = m_session.clock->nowMs();
    const qint64 id = RowGateway(m_session, kTable, tr("return visit"))
                          .insert({{QStringLiteral("kind"), kind},
                                   {QStringLiteral("client_id"), clientId},
                                   {QStringLiteral("contract_id"), Sql::nullableId(contractId)},
                                   {QStringLiteral("handover_id"), Sql::nullableId(handoverId)},
                                   {QStringLiteral("staff_id"), Sql::nullableId(staffId)},
                                   {QStringLiteral("owed_from"), at},
                                   {QStringLiteral("created_at"), now},
                                   {QStringLiteral("updated_at"), now}});
    DeadlineRepository(m_session).start(policyOf(kind), kTable, id, clientId, staffId, at);
    tx.commit();
}

void ScheduledVisitRepository::scheduleAfterSigning(const Contract &contract, qint64 at)
{
    schedule(kAfterSigning, contract.clientId, contract.id, 0, contract.consultantId, at);
}

void ScheduledVisitRepository::scheduleAfterHandover(const Handover &handover, qint64 at)
{
    schedule(kAfterHandover, handover.clientId, handover.contractId, handover.id, handover.staffId, at);
}

void ScheduledVisitRepository::withdrawForContract(qint64 contractId)
{
    Transaction tx(*m_session.db);
    const QList<ScheduledVisit> due =
        query(QStringLiteral("v.contract_id = ? AND v.kind = ? AND v.status = ?"),
              {contractId, kAfterSigning, Vocabulary::VisitStatus::Due}, {}, 10);
    for (const ScheduledVisit &v : due) {
        RowGateway(m_session, kTable, tr("return visit"))
            .update(v.id, v.rowVersion,
                    {{QStringLiteral("status"), Vocabulary::VisitStatus::Withdrawn},
                     {QStringLiteral("updated_at"), m_session.clock->nowMs()}});
        DeadlineRepository(m_session).withdraw(policyOf(v.kind), kTable, v.id);
    }
    tx.commit();
}

void ScheduledVisitRepository::record(ScheduledVisit &visit)
{
    Permissions::require(m_session, Action::RecordReturnVisit);
    visit.outcome = visit.outcome.trimmed();
    if (!channels().contains(visit.channel))
        throw ValidationError(QStringLiteral("channel"),
                              tr("Channel: choose phone call, WeChat or home visit"));
    if (visit.satisfaction < 1 || visit.satisfaction > 5)
        throw ValidationError(QStringLiteral("satisfaction"), tr("Satisfaction: a score from 1 to 5"));
    if (visit.outcome.isEmpty())
        throw ValidationError(QStringLiteral("outcome"), tr("Outcome: say what the client said"));
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*m_session.db);
    const ScheduledVisit before = get(visit.id);
    Erasure::refuseIfErased(m_session, before.clientId, Erasure::Refused::ReturnVisit);
    if (before.status != Vocabulary::VisitStatus::Due)
        throw ValidationError(QStringLiteral("status"),
                              before.status == Vocabulary::VisitStatus::Done
                                  ? tr("Status: this return visit was already recorded")
                                  : tr("Status: this return visit is no longer owed"));
    const qint64 visitedAt = visit.visitedAt > 0 ? std::min(visit.visitedAt, now) : now;
    if (visitedAt < before.owedFrom)
        throw ValidationError(QStringLiteral("visited_at"),
                              tr("Visited at: not before the visit was owed (%1)")
                                  .arg(OfficeTime::formatDateTime(before.owedFrom)));
    const qint64 by = m_session.actorId > 0 ? m_session.actorId : before.staffId;
    // The row version makes a second PC recording the same visit meanwhile a conflict.
    visit.rowVersion = RowGateway(m_session, kTable, tr("return visit"))
                           .update(visit.id, visit.rowVersion,
                                   {{QStringLiteral("status"), Vocabulary::VisitStatus::Done},
                                    {QStringLiteral("visited_at"), visitedAt},
                                    {QStringLiteral("visited_by"), Sql::nullableId(by)},
                                    {QStringLiteral("channel"), visit.channel},
                                    {QStringLiteral("satisfaction"), visit.satisfaction},
                                    {QStringLiteral("satisfied"), visit.satisfied ? 1 : 0},
                                    {QStringLiteral("outcome"), visit.outcome},
                                    {QStringLiteral("updated_at"), now}});
    DeadlineRepository(m_session).stop(policyOf(before.kind), kTable, visit.id, visitedAt);
    const QString verdict = tr("satisfaction %1/5, %2: %3")
                                .arg(visit.satisfaction)
                                .arg(visit.satisfied ? tr("satisfied") : tr("not satisfied"), visit.outcome);
    ServiceRecord r;
    r.clientId = before.clientId;
    r.staffId = by;
    r.at = visitedAt;
    r.kind = Vocabulary::ServiceKind::ReturnVisit;
    r.channel = visit.channel;
    r.content = tr("Regular return visit: %1").arg(kindLabel(before.kind));
    r.result = verdict;
    r.refEntity = kTable;
    r.refId = visit.id;
    ServiceRecordRepository(m_session).add(r);
    if (!visit.satisfied)
        FollowUpRepository(m_session).flagAnomaly(
            before.clientId, before.staffId, OfficeTime::toOffice(now).date(),
            tr("Not satisfied at the return visit: %1").arg(visit.outcome), kTable, visit.id);
    tx.commit();
    visit.status = Vocabulary::VisitStatus::Done;
    visit.visitedAt = visitedAt;
    visit.visitedBy = by;
}

ScheduledVisit ScheduledVisitRepository::get(qint64 id) const
{
    const QList<ScheduledVisit> found = query(QStringLiteral("v.id = ?"), {id}, {}, 1);
    if (found.isEmpty())
        throw NotFoundError(tr("Return visit No. %1 does not exist").arg(id));
    return found.first();
}

QList<ScheduledVisit> ScheduledVisitRepository::list(bool dueOnly, int limit) const
{
    if (dueOnly)
        return query(QStringLiteral("v.status = ?"), {Vocabulary::VisitStatus::Due},
                     QStringLiteral("v.owed_from, v.id"), limit);
    return query(QStringLiteral("v.status <> ?"), {Vocabulary::VisitStatus::Withdrawn},
                 QStringLiteral("v.owed_from DESC, v.id DESC"), limit);
}

QList<ScheduledVisit> ScheduledVisitRepository::forClient(qint64 clientId) const
{
    return query(QStringLiteral("v.client_id = ?"), {clientId}, QStringLiteral("v.owed_from, v.id"), 100);
}

QList<ScheduledVisit> ScheduledVisitRepository::query(const QString &where, const QVariantList &values,
                                                      const QString &order, int limit) const
{
    QVariantList bound = values;
    bound << limit;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT v.id, v.kind, v.client_id, c.name AS client_name, v.contract_id, v.handover_id, "
            "v.staff_id, s.name AS staff_name, v.owed_from, v.status, v.visited_at, v.visited_by, v.channel, v.satisfaction, "
            "v.satisfied, v.outcome, v.row_version FROM scheduled_visits v JOIN clients c ON c.id = "
            "v.client_id LEFT JOIN staff s ON s.id = v.staff_id WHERE ") +
            where + QStringLiteral(" ORDER BY ") + (order.isEmpty() ? QStringLiteral("v.id") : order) +
            QStringLiteral(" LIMIT ?"),
        bound);
    QList<ScheduledVisit> out;
    const SqlRow row(q);
    while (q.next()) {
        ScheduledVisit v;
        v.id = row.id("id");
        v.kind = row.text("kind");
        v.clientId = row.id("client_id");
        v.clientName = row.text("client_name");
        v.contractId = row.id("contract_id");
        v.handoverId = row.id("handover_id");
        v.staffId = row.id("staff_id");
        v.staffName = row.text("staff_name");
        v.owedFrom = row.int64("owed_from");
        v.status = row.text("status");
        v.visitedAt = row.int64("visited_at");
        v.visitedBy = row.id("visited_by");
        v.channel = row.text("channel");
        v.satisfaction = row.integer("satisfaction");
        v.satisfied = row.flag("satisfied");
        v.outcome = row.text("outcome");
        v.rowVersion = row.integer("row_version");
        out << v;
    }
    return out;
}

} // namespace estatedesk
