// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/FollowUpRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "deadlines/DeadlinePolicy.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

int FollowUpRepository::flagAnomaly(qint64 clientId, qint64 consultantId, const QDate &day,
                                    const QString &task, const QString &refEntity, qint64 refId)
{
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("follow_ups.anomaly:%1:%2")
                   .arg(refEntity)
                   .arg(refId)); // flagged once, whoever flags it
    if (Sql::scalar(
            m_session.db->connection(),
            QStringLiteral(
                "SELECT COUNT(*) FROM follow_ups WHERE kind = 'anomaly' AND ref_entity = ? AND ref_id = ?"),
            {refEntity, refId})
            .toInt() > 0) {
        tx.commit(); // nothing to add; a caller's transaction goes on
        return 0;
    }
    // One task: the consultant's (or nobody's); the supervisors read every anomaly in due().
    insert(clientId, consultantId, day, task, QStringLiteral("anomaly"), refEntity, refId);
    tx.commit();
    return 1;
}

qint64 FollowUpRepository::add(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task,
                               const QString &kind, const QString &refEntity, qint64 refId)
{
    Permissions::require(m_session, Action::AddClient);
    // A task written by hand is new business with the person; the program's own tasks follow what
    // the office must still finish (the payments of a contract, an escalated complaint).
    if (kind.isEmpty())
        Erasure::refuseIfErased(m_session, clientId, Erasure::Refused::FollowUp);
    return insert(clientId, staffId, dueOn, task, kind, refEntity, refId);
}

qint64 FollowUpRepository::insert(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task,
                                  const QString &kind, const QString &refEntity, qint64 refId)
{
    if (clientId <= 0)
        throw ValidationError(QStringLiteral("client"), tr("Client: required"));
    if (!dueOn.isValid())
        throw ValidationError(QStringLiteral("due_on"), tr("Due date: required"));
    if (task.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("task"), tr("Task: required"));
    Transaction tx(*m_session.db);
    const qint64 now = m_session.clock->nowMs();
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO follow_ups (client_id, staff_id, due_on, task, created_at, updated_at, kind, "
            "ref_entity, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {clientId, Sql::nullableId(staffId), dueOn.toString(Qt::ISODate), task.trimmed(), now, now, kind,
         refEntity.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(refEntity),
         Sql::nullableId(refId)});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("follow_ups"), id, {},
                    {{QStringLiteral("client_id"), clientId},
                     {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                     {QStringLiteral("task"), task.trimmed()}});
    tx.commit();
    return id;
}

void FollowUpRepository::complete(qint64 id, const QString &result)
{
    Permissions::require(m_session, Action::AddClient);
    Transaction tx(*m_session.db);
    const QList<FollowUp> found = query(QStringLiteral("f.id = ?"), {id});
    if (found.isEmpty())
        throw NotFoundError(tr("The follow-up task No. %1 does not exist.").arg(id));
    const FollowUp f = found.constFirst();
    if (f.doneAt > 0)
        throw ValidationError(QStringLiteral("done_at"), tr("Task: already done"));
    const qint64 now = m_session.clock->nowMs();
    // Done once: a second PC marking the same task done finds it done already.
    if (Sql::run(
            m_session.db->connection(),
            QStringLiteral(
                "UPDATE follow_ups SET done_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? "
                "AND done_at IS NULL"),
            {now, now, id})
            .numRowsAffected() != 1)
        throw ValidationError(QStringLiteral("done_at"), tr("Task: already done"));
    ServiceRecord r;
    r.clientId = f.clientId;
    r.staffId = m_session.actorId ? m_session.actorId : f.staffId;
    r.at = now;
    r.kind = actKindOf(f.kind, f.refEntity);
    r.channel = ServiceRecordRepository::channelOf(r.kind);
    r.content = f.task;
    r.result = result.trimmed().isEmpty() ? tr("Done") : result.trimmed();
    r.refEntity = QStringLiteral("follow_ups");
    r.refId = id;
    ServiceRecordRepository(m_session).add(r);
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("follow_ups"), id, {},
                    {{QStringLiteral("done_at"), now}});
    tx.commit();
}

QString FollowUpRepository::missedInstallmentText(const QString &contractNumber, const QString &label,
                                                  const QString &dueOn, qint64 owedFen)
{
    if (owedFen <= 0)
        return tr("Installment missed: contract %1, %2 due %3, paid in full since; report back to the client")
            .arg(contractNumber, label, dueOn);
    return tr("Installment missed: contract %1, %2 due %3, %4 yuan unpaid; call the client and report back")
        .arg(contractNumber, label, dueOn, QString::number(owedFen / 100.0, 'f', 2));
}

QString FollowUpRepository::paymentProgressText(const QString &contractNumber)
{
    return tr("Follow the payment progress of contract %1").arg(contractNumber);
}

QString FollowUpRepository::loanRejectedText(const QString &contractNumber)
{
    return tr("Loan rejected for contract %1: agree another way to pay with the client").arg(contractNumber);
}

QString FollowUpRepository::escalationStored(const QStringList &latePolicies)
{
    return latePolicies.join(u',');
}

QString FollowUpRepository::escalationText(qint64 complaintId, const QString &stored)
{
    const QStringList names = stored.split(u',', Qt::SkipEmptyParts);
    const QStringList known = DeadlinePolicy::names();
    QStringList labels;
    for (const QString &name : names) {
        if (!known.contains(name))
            return stored; // written as text by an older version
        labels << DeadlinePolicy::label(name);
    }
    if (labels.isEmpty())
        return stored;
    //: Between the names of the deadlines a complaint missed: "Complaint first response, Complaint solution"
    const QString between = tr(", ");
    return tr("Complaint No. %1 is overdue (%2): see that it is handled")
        .arg(complaintId)
        .arg(labels.join(between));
}

QString FollowUpRepository::actKindOf(const QString &taskKind, const QString &refEntity)
{
    if (taskKind == QLatin1String("payment"))
        return Vocabulary::ServiceKind::Payment;
    if (taskKind == QLatin1String("escalation"))
        return Vocabulary::ServiceKind::Complaint;
    if (taskKind == QLatin1String("anomaly")) {
        if (refEntity == QLatin1String("complaints"))
            return Vocabulary::ServiceKind::Complaint;
        // Calling back a client who was not satisfied (a return visit, a survey answer).
        if (refEntity == QLatin1String("scheduled_visits") || refEntity == QLatin1String("survey_responses"))
            return Vocabulary::ServiceKind::ReturnVisit;
        return Vocabulary::ServiceKind::Payment;
    }
    return Vocabulary::ServiceKind::Other; // a task written by hand: what it was is in its text
}

QList<FollowUp> FollowUpRepository::query(const QString &where, const QVariantList &values) const
{
    // The contract a program-made task is about, and for a missed installment what is owed now.
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT f.id, f.client_id, c.name AS client_name, f.staff_id, f.due_on, f.task, "
            "f.done_at, f.kind, f.ref_entity, f.ref_id, COALESCE(ic.number, lc.number, pc.number) AS "
            "contract_number, i.label AS installment_label, i.due_on AS installment_due_on, "
            "i.amount_fen - i.paid_fen AS owed_fen FROM follow_ups f JOIN clients c ON c.id = f.client_id "
            "LEFT JOIN installments i ON f.ref_entity = 'installments' AND i.id = f.ref_id "
            "LEFT JOIN payment_plans pp ON pp.id = i.plan_id "
            "LEFT JOIN contracts ic ON ic.id = pp.contract_id "
            "LEFT JOIN loan_tax_steps l ON f.ref_entity = 'loan_tax_steps' AND l.id = f.ref_id "
            "LEFT JOIN contracts lc ON lc.id = l.contract_id "
            "LEFT JOIN contracts pc ON f.ref_entity = 'contracts' AND pc.id = f.ref_id WHERE ") +
            where + QStringLiteral(" ORDER BY f.due_on, f.id"),
        values);
    const bool seesContracts = Permissions::allows(m_session.role, Action::ReadContracts);
    QList<FollowUp> out;
    const SqlRow row(q);
    while (q.next()) {
        FollowUp f{row.id("id"),           row.id("client_id"), row.text("client_name"), row.id("staff_id"),
                   row.date("due_on"),     row.text("task"),    row.int64("done_at"),    row.text("kind"),
                   row.text("ref_entity"), row.id("ref_id")};
        const QString number = row.text("contract_number");
        const bool anomaly = f.kind == QLatin1String("anomaly");
        if (anomaly && f.refEntity == QLatin1String("installments") && !number.isEmpty())
            f.task = seesContracts
                         ? missedInstallmentText(number, row.text("installment_label"),
                                                 row.text("installment_due_on"), row.int64("owed_fen"))
                         : tr("Installment missed: call the client about their payment and report back");
        else if (anomaly && f.refEntity == QLatin1String("loan_tax_steps") && !number.isEmpty())
            f.task = seesContracts ? loanRejectedText(number)
                                   : tr("Loan rejected: agree another way to pay with the client");
        else if (f.kind == QLatin1String("escalation") && f.refEntity == QLatin1String("complaints"))
            f.task = escalationText(f.refId, f.task);
        else if (f.kind == QLatin1String("payment"))
            f.task = seesContracts ? (number.isEmpty() ? f.task : paymentProgressText(number))
                                   : tr("Follow the client's payment progress");
        out.append(f);
    }
    return out;
}

QList<FollowUp> FollowUpRepository::forClient(qint64 clientId, bool openOnly) const
{
    return query(openOnly ? QStringLiteral("f.client_id = ? AND f.done_at IS NULL")
                          : QStringLiteral("f.client_id = ?"),
                 {clientId});
}

QList<FollowUp> FollowUpRepository::due(const QDate &day, const QList<qint64> &staffIds) const
{
    QString where = QStringLiteral("f.done_at IS NULL AND f.due_on <= ?");
    QVariantList values{day.toString(Qt::ISODate)};
    if (!staffIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : staffIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where += QStringLiteral(" AND (f.staff_id IN (") + marks.join(u',') + u')';
        if (m_session.role == Vocabulary::Role::Supervisor)
            where += QStringLiteral(" OR f.kind IN ('anomaly', 'escalation')");
        where += u')';
    }
    return query(where, values);
}

} // namespace estatedesk
