// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/PaymentPlanRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ContractRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

QStringList PaymentPlanRepository::kinds()
{
    return {QStringLiteral("full"), QStringLiteral("commercial_loan"), QStringLiteral("provident_loan"),
            QStringLiteral("combined_loan"), QStringLiteral("installments")};
}

QString PaymentPlanRepository::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("full"))
        return tr("Full payment");
    if (kind == QLatin1String("commercial_loan"))
        return tr("Commercial mortgage");
    if (kind == QLatin1String("provident_loan"))
        return tr("Provident-fund loan");
    if (kind == QLatin1String("combined_loan"))
        return tr("Combined loan");
    if (kind == QLatin1String("installments"))
        return tr("Instalments");
    return kind;
}

QList<PaymentPlanRepository::Step> PaymentPlanRepository::standardSteps(const QString &kind)
{
    if (kind == QLatin1String("full"))
        return {{tr("Full payment"), 30, 100}};
    if (kind == QLatin1String("installments"))
        return {{tr("Down payment"), 7, 30},
                {tr("Second instalment"), 90, 35},
                {tr("Final instalment"), 180, 35}};
    // Loans: the buyer's down payment, then the bank's disbursement.
    return {{tr("Down payment"), 7, 30}, {tr("Loan disbursement"), 60, 70}};
}

QList<qint64> PaymentPlanRepository::split(qint64 totalFen, const QList<int> &percents)
{
    QList<qint64> out;
    qint64 given = 0;
    for (qsizetype i = 0; i < percents.size(); ++i) {
        const qint64 part = i + 1 == percents.size() ? totalFen - given : totalFen * percents.at(i) / 100;
        out << part;
        given += part;
    }
    return out;
}

qint64 PaymentPlanRepository::create(qint64 contractId, const QString &kind, const QDate &start,
                                     QList<Step> steps)
{
    Permissions::require(m_session, Action::WriteContracts);
    if (!kinds().contains(kind))
        throw ValidationError(
            QStringLiteral("kind"),
            tr("Plan: \"%1\" is not one of %2").arg(kind, kinds().join(QStringLiteral(", "))));
    ContractRepository(m_session).requireOwnSale(ContractRepository(m_session).get(contractId));
    if (steps.isEmpty())
        steps = standardSteps(kind);
    int total = 0;
    QList<int> percents;
    for (const Step &s : std::as_const(steps)) {
        if (s.percent <= 0)
            throw ValidationError(QStringLiteral("percent"),
                                  tr("Share: each installment needs a share above 0 %"));
        total += s.percent;
        percents << s.percent;
    }
    if (total != 100)
        throw ValidationError(QStringLiteral("percent"),
                              tr("Share: the installments add up to %1 %, not 100 %").arg(total));
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("contracts"), {contractId}); // two PCs at once: the second sees the plan
    const Contract contract = ContractRepository(m_session).get(contractId);
    if (contract.status == Vocabulary::ContractStatus::Cancelled)
        throw ValidationError(QStringLiteral("contract"),
                              tr("Contract: %1 is cancelled").arg(contract.number));
    if (planKind(contractId).has_value())
        throw ValidationError(QStringLiteral("plan"), tr("Payment plan: this contract already has one"));
    const qint64 price = contract.priceFen - contract.discountFen;
    const qint64 now = m_session.clock->nowMs();
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery plan = Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO payment_plans (contract_id, kind, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "RETURNING id"),
        {contractId, kind, now, now});
    plan.next();
    const qint64 planId = plan.value(0).toLongLong();
    plan.finish();
    const QList<qint64> amounts = split(price, percents);
    DeadlineRepository deadlines(m_session);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QDate due = start.addDays(steps.at(i).dayOffset);
        QSqlQuery ins = Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO installments (plan_id, seq, label, due_on, amount_fen) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id"),
            {planId, int(i + 1), steps.at(i).label, due.toString(Qt::ISODate), amounts.at(i)});
        ins.next();
        const qint64 installmentId = ins.value(0).toLongLong();
        ins.finish();
        deadlines.startForDate(QStringLiteral("installment"), QStringLiteral("installments"), installmentId,
                               contract.clientId, contract.consultantId, due, now);
    }
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("payment_plans"), planId, {},
                    {{QStringLiteral("contract_id"), contractId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("total_fen"), price}});
    tx.commit();
    return planId;
}

std::optional<QString> PaymentPlanRepository::planKind(qint64 contractId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    const QVariant kind =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT kind FROM payment_plans WHERE contract_id = ?"), {contractId});
    if (!kind.isValid() || kind.isNull())
        return std::nullopt;
    return kind.toString();
}

QList<Installment> PaymentPlanRepository::installments(qint64 contractId) const
{
    return list(contractId, false);
}

QList<Installment> PaymentPlanRepository::list(qint64 contractId, bool openOnly) const
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (contractId != 0) {
        where += QStringLiteral(" AND p.contract_id = ?");
        values << contractId;
    }
    if (openOnly)
        where += QStringLiteral(" AND i.paid_fen < i.amount_fen");
    return query(where, values);
}

Installment PaymentPlanRepository::installment(qint64 id) const
{
    const QList<Installment> one = query(QStringLiteral("i.id = ?"), {id});
    if (one.isEmpty())
        throw NotFoundError(tr("The installment No. %1 does not exist.").arg(id));
    return one.constFirst();
}

QList<Installment> PaymentPlanRepository::query(const QString &where, const QVariantList &values) const
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral(
                     "SELECT i.id, i.seq, i.label, i.due_on, i.amount_fen, i.paid_fen, c.id AS contract_id, "
                     "c.number FROM "
                     "installments i JOIN payment_plans p ON p.id = i.plan_id JOIN contracts c ON c.id = "
                     "p.contract_id WHERE ") +
                     where + QStringLiteral(" ORDER BY c.id, i.seq"),
                 values);
    QList<Installment> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.integer("seq"), row.text("label"), row.date("due_on"),
                    row.int64("amount_fen"), row.int64("paid_fen"), row.id("contract_id"),
                    row.text("number")});
    return out;
}

void PaymentPlanRepository::addReceipt(qint64 installmentId, qint64 amountFen, const QDate &receivedOn,
                                       const QString &method, const QString &evidence)
{
    Permissions::require(m_session, Action::WriteContracts);
    if (amountFen <= 0)
        throw ValidationError(QStringLiteral("amount"), tr("Amount: must be greater than zero"));
    if (!receivedOn.isValid())
        throw ValidationError(QStringLiteral("received_on"), tr("Date received: required"));
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("installments"),
                {installmentId}); // two receipts at once: the second sees the first
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT i.amount_fen, i.paid_fen, i.due_on, c.client_id, c.number, i.label, c.signed_on, c.created_at, "
            "p.contract_id FROM installments i JOIN payment_plans p ON p.id = i.plan_id JOIN contracts c ON c.id = "
            "p.contract_id WHERE i.id = ?"),
        {installmentId});
    const SqlRow row(q);
    if (!q.next())
        throw NotFoundError(tr("The installment No. %1 does not exist.").arg(installmentId));
    const qint64 amount = row.int64("amount_fen"), paid = row.int64("paid_fen"),
                 clientId = row.id("client_id");
    const QString number = row.text("number"), label = row.text("label");
    const QDate dueOn = row.date("due_on");
    // Money is received between the contract (its signing; a draft's making) and today.
    const QDate signedOn = row.date("signed_on");
    const QDate earliest =
        signedOn.isValid() ? signedOn : OfficeTime::toOffice(row.int64("created_at")).date();
    const qint64 contractId = row.id("contract_id");
    q.finish();
    ContractRepository(m_session).requireOwnSale(ContractRepository(m_session).get(contractId));
    const qint64 now = m_session.clock->nowMs();
    const QDate today = OfficeTime::toOffice(now).date();
    if (receivedOn > today)
        throw ValidationError(QStringLiteral("received_on"),
                              tr("Date received: %1 is after today (%2)")
                                  .arg(receivedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (receivedOn < earliest)
        throw ValidationError(
            QStringLiteral("received_on"),
            (signedOn.isValid() ? tr("Date received: %1 is before contract %2 was signed (%3)")
                                : tr("Date received: %1 is before contract %2 was drawn up (%3)"))
                .arg(receivedOn.toString(Qt::ISODate), number, earliest.toString(Qt::ISODate)));
    if (paid + amountFen > amount)
        throw ValidationError(QStringLiteral("amount"),
                              tr("Amount: only %1 yuan is still owed on this installment")
                                  .arg(QString::number((amount - paid) / 100.0, 'f', 2)));
    // Trial 2026-12-04c F3b: entered once the installment is overdue, for money received in time,
    // it turns overdue into met; that needs what shows it.
    const bool lateEntry = today > dueOn && receivedOn <= dueOn;
    if (lateEntry && evidence.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("evidence"),
            tr("Evidence: the installment was due on %1 and is overdue; money received on %2 is entered late, so "
               "say what shows it was received then (the bank slip number …)")
                .arg(dueOn.toString(Qt::ISODate), receivedOn.toString(Qt::ISODate)));
    Sql::run(
        db,
        QStringLiteral("INSERT INTO receipts (installment_id, received_on, amount_fen, method, staff_id, "
                       "created_at, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {installmentId, receivedOn.toString(Qt::ISODate), amountFen, method.trimmed(),
         Sql::nullableId(m_session.actorId), now, evidence.trimmed()});
    Sql::run(db, QStringLiteral("UPDATE installments SET paid_fen = paid_fen + ? WHERE id = ?"),
             {amountFen, installmentId});
    QVariantMap audited{{QStringLiteral("amount_fen"), amountFen},
                        {QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate)}};
    if (!evidence.trimmed().isEmpty())
        audited.insert(QStringLiteral("evidence"), evidence.trimmed());
    if (lateEntry)
        audited.insert(QStringLiteral("late_entry"), true);
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("receipts"), installmentId, {},
                    audited);
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = m_session.actorId;
    r.at = now;
    r.kind = Vocabulary::ServiceKind::Payment;
    const QString yuan = QString::number(amountFen / 100.0, 'f', 2);
    r.content = lateEntry
                    ? tr("Late entry: contract %1, %2: %3 yuan received on %4, entered after the due date "
                         "%5 had passed. Evidence: %6")
                          .arg(number, label, yuan, receivedOn.toString(Qt::ISODate),
                               dueOn.toString(Qt::ISODate), evidence.trimmed())
                    : tr("Contract %1, %2: %3 yuan received").arg(number, label, yuan);
    r.result = paid + amountFen == amount ? tr("Paid in full") : tr("Part paid");
    ServiceRecordRepository(m_session).add(r);
    if (paid + amountFen == amount) {
        // Paid at the end of the day it came in at the latest.
        const qint64 stoppedAt = std::min(
            now, QDateTime(receivedOn.addDays(1), QTime(0, 0), OfficeTime::zone()).toMSecsSinceEpoch() - 1);
        DeadlineRepository(m_session).stop(QStringLiteral("installment"), QStringLiteral("installments"),
                                           installmentId, stoppedAt);
    }
    tx.commit();
}

QList<Receipt> PaymentPlanRepository::receipts(qint64 contractId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    return queryReceipts(QStringLiteral("p.contract_id = ?"), {contractId});
}

QList<Receipt> PaymentPlanRepository::queryReceipts(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT r.id, r.installment_id, i.seq, i.label, r.received_on, r.amount_fen, r.method, "
            "s.name AS staff_name, r.created_at, r.evidence, r.reversed_at, v.name AS reversed_by_name, "
            "r.reversal_reason FROM receipts r JOIN installments i ON i.id = r.installment_id JOIN "
            "payment_plans p ON p.id = i.plan_id LEFT JOIN staff s ON s.id = r.staff_id LEFT JOIN staff v ON "
            "v.id = r.reversed_by WHERE ") +
            where + QStringLiteral(" ORDER BY i.seq, r.id"),
        values);
    QList<Receipt> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.id("installment_id"), row.integer("seq"), row.text("label"),
                    row.date("received_on"), row.int64("amount_fen"), row.text("method"),
                    row.text("staff_name"), row.int64("created_at"), row.text("evidence"),
                    row.int64("reversed_at"), row.text("reversed_by_name"), row.text("reversal_reason")});
    return out;
}

Receipt PaymentPlanRepository::reverseReceipt(qint64 receiptId, const QString &reason)
{
    Permissions::require(m_session, Action::ReverseReceipt);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("reason"), tr("Reason: say why the receipt is reversed"));
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("receipts"), {receiptId}); // reversed twice at once: the second sees the first
    QSqlDatabase db = m_session.db->connection();
    const qint64 installmentId =
        Sql::scalar(db, QStringLiteral("SELECT installment_id FROM receipts WHERE id = ?"), {receiptId})
            .toLongLong();
    if (installmentId == 0)
        throw NotFoundError(tr("The receipt No. %1 does not exist.").arg(receiptId));
    tx.lockRows(QStringLiteral("installments"), {installmentId}); // as a receipt being added
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT r.amount_fen AS receipt_fen, r.received_on, r.reversed_at, i.amount_fen, i.paid_fen, i.label, "
            "i.due_on, c.number, c.client_id, c.consultant_id FROM receipts r JOIN installments i ON i.id = "
            "r.installment_id JOIN payment_plans p ON p.id = i.plan_id JOIN contracts c ON c.id = p.contract_id "
            "WHERE r.id = ?"),
        {receiptId});
    const SqlRow row(q);
    q.next();
    const qint64 receiptFen = row.int64("receipt_fen"), amount = row.int64("amount_fen"),
                 paid = row.int64("paid_fen"), reversedAt = row.int64("reversed_at"),
                 clientId = row.id("client_id"), consultantId = row.id("consultant_id");
    const QString receivedOn = row.text("received_on"), label = row.text("label"),
                  number = row.text("number");
    const QDate dueOn = row.date("due_on");
    q.finish();
    if (reversedAt > 0)
        throw ValidationError(
            QStringLiteral("receipt"),
            tr("Receipt: No. %1 was reversed already (%2)")
                .arg(receiptId)
                .arg(OfficeTime::toOffice(reversedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const qint64 now = m_session.clock->nowMs();
    Sql::run(db,
             QStringLiteral(
                 "UPDATE receipts SET reversed_at = ?, reversed_by = ?, reversal_reason = ? WHERE id = ?"),
             {now, Sql::nullableId(m_session.actorId), reason.trimmed(), receiptId});
    Sql::run(db, QStringLiteral("UPDATE installments SET paid_fen = paid_fen - ? WHERE id = ?"),
             {receiptFen, installmentId});
    // Paid in full, it is owed again: its deadline's next round, due as before.
    DeadlineRepository deadlines(m_session);
    const auto item =
        deadlines.find(QStringLiteral("installment"), QStringLiteral("installments"), installmentId);
    if (paid == amount && (!item || item->stoppedAt > 0))
        deadlines.startForDate(QStringLiteral("installment"), QStringLiteral("installments"), installmentId,
                               clientId, consultantId, dueOn, now);
    // Keyed by the installment, as the receipts' entries are (Erasure finds them so).
    AuditLog::write(m_session, QStringLiteral("reverse"), QStringLiteral("receipts"), installmentId,
                    {{QStringLiteral("receipt_id"), receiptId},
                     {QStringLiteral("amount_fen"), receiptFen},
                     {QStringLiteral("received_on"), receivedOn},
                     {QStringLiteral("paid_fen"), paid}},
                    {{QStringLiteral("receipt_id"), receiptId},
                     {QStringLiteral("reversal_reason"), reason.trimmed()},
                     {QStringLiteral("paid_fen"), paid - receiptFen}});
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = m_session.actorId;
    r.at = now;
    r.kind = Vocabulary::ServiceKind::Payment;
    r.content =
        tr("Receipt reversed: contract %1, %2, %3 yuan received %4. Reason: %5")
            .arg(number, label, QString::number(receiptFen / 100.0, 'f', 2), receivedOn, reason.trimmed());
    r.result = paid == amount ? tr("Owed again") : tr("Part paid");
    ServiceRecordRepository(m_session).add(r);
    const Receipt reversed = queryReceipts(QStringLiteral("r.id = ?"), {receiptId}).constFirst();
    tx.commit();
    return reversed;
}

int PaymentPlanRepository::flagMissedInstallments()
{
    Session system = m_session;
    system.role = Vocabulary::Role::System; // the program's own daily run
    system.actorId = 0;
    const qint64 now = m_session.clock->nowMs();
    const QDate today = OfficeTime::toOffice(now).date();
    Transaction tx(*system.db);
    tx.lockKey(QStringLiteral(
        "jobs:missed-installments")); // another PC's run finishes first; this one sees its tasks
    QSqlQuery q = Sql::run(
        system.db->connection(),
        QStringLiteral(
            "SELECT i.id, i.label, i.due_on, i.amount_fen - i.paid_fen AS owed_fen, c.number, c.client_id, "
            "c.consultant_id "
            "FROM deadline_items d JOIN installments i ON i.id = d.entity_id JOIN payment_plans p ON "
            "p.id = i.plan_id JOIN contracts c ON c.id = p.contract_id WHERE d.entity = 'installments' "
            "AND d.stopped_at IS NULL AND d.due_at < ? AND c.status <> ? AND NOT EXISTS "
            "(SELECT 1 FROM follow_ups f WHERE f.kind = 'anomaly' AND f.ref_entity = 'installments' AND "
            "f.ref_id = i.id) ORDER BY i.due_on, i.id"),
        {now, Vocabulary::ContractStatus::Cancelled});
    struct Row
    {
        qint64 id;
        QString label, due;
        qint64 owed;
        QString number;
        qint64 client, consultant;
    };
    QList<Row> rows;
    const SqlRow row(q);
    while (q.next())
        rows.append({row.id("id"), row.text("label"), row.text("due_on"), row.int64("owed_fen"),
                     row.text("number"), row.id("client_id"), row.id("consultant_id")});
    q.finish();
    FollowUpRepository tasks(system);
    for (const Row &r : std::as_const(rows))
        tasks.flagAnomaly(r.client, r.consultant, today,
                          FollowUpRepository::missedInstallmentText(r.number, r.label, r.due, r.owed),
                          QStringLiteral("installments"), r.id);
    tx.commit();
    return int(rows.size());
}

int PaymentPlanRepository::scheduleFollowUps()
{
    Session system = m_session;
    system.role = Vocabulary::Role::System; // the program's own daily run
    const int days = SettingsRepository(system).get(Settings::PaymentFollowUpDays);
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    Transaction tx(*system.db);
    tx.lockKey(QStringLiteral(
        "jobs:payment-follow-ups")); // another PC's run finishes first; this one sees its tasks
    // Plans with money owed whose client has no open payment follow-up.
    QSqlQuery q = Sql::run(
        system.db->connection(),
        QStringLiteral(
            "SELECT c.id, c.number, c.client_id, c.consultant_id FROM contracts c JOIN payment_plans p ON "
            "p.contract_id = c.id WHERE c.status <> ? AND EXISTS (SELECT 1 FROM installments i "
            "WHERE i.plan_id = p.id AND i.paid_fen < i.amount_fen) AND NOT EXISTS (SELECT 1 FROM "
            "follow_ups f WHERE f.client_id = c.client_id AND f.done_at IS NULL AND f.kind = 'payment') "
            "ORDER BY c.id"),
        {Vocabulary::ContractStatus::Cancelled});
    struct Row
    {
        qint64 id;
        QString number;
        qint64 client, consultant;
    };
    QList<Row> rows;
    const SqlRow row(q);
    while (q.next())
        rows.append({row.id("id"), row.text("number"), row.id("client_id"), row.id("consultant_id")});
    q.finish();
    FollowUpRepository tasks(system);
    for (const Row &r : std::as_const(rows))
        tasks.add(r.client, r.consultant, today.addDays(days),
                  FollowUpRepository::paymentProgressText(r.number), QStringLiteral("payment"),
                  QStringLiteral("contracts"), r.id);
    tx.commit();
    return int(rows.size());
}

} // namespace estatedesk
