// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/LoanTaxSteps.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ContractRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

QString LoanTaxSteps::stepLabel(const QString &step)
{
    if (step == QLatin1String("loan_application"))
        return tr("Loan application");
    if (step == QLatin1String("bank_approval"))
        return tr("Bank approval");
    if (step == QLatin1String("disbursement"))
        return tr("Loan disbursement");
    if (step == QLatin1String("deed_tax"))
        return tr("Deed tax");
    if (step == QLatin1String("maintenance_fund"))
        return tr("Maintenance fund");
    if (step == QLatin1String("registration"))
        return tr("Property registration");
    return step;
}

QList<LoanTaxSteps::Step> LoanTaxSteps::checklist(qint64 contractId)
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlDatabase db = m_session.db->connection();
    if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM loan_tax_steps WHERE contract_id = ?"),
                    {contractId})
            .toInt() == 0) {
        // The first PC to open the checklist makes it; another one opening it at once finds it made.
        Transaction tx(*m_session.db);
        tx.lockRows(QStringLiteral("contracts"), {contractId});
        const bool made =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM loan_tax_steps WHERE contract_id = ?"),
                        {contractId})
                .toInt() > 0;
        const QString kind =
            Sql::scalar(db, QStringLiteral("SELECT kind FROM payment_plans WHERE contract_id = ?"),
                        {contractId})
                .toString();
        QStringList steps;
        if (kind.endsWith(QLatin1String("_loan")))
            steps << QStringLiteral("loan_application") << QStringLiteral("bank_approval")
                  << QStringLiteral("disbursement");
        steps << QStringLiteral("deed_tax") << QStringLiteral("maintenance_fund")
              << QStringLiteral("registration");
        for (int i = 0; i < steps.size() && !made; ++i)
            Sql::run(db,
                     QStringLiteral("INSERT INTO loan_tax_steps (contract_id, seq, step) VALUES (?, ?, ?)"),
                     {contractId, i + 1, steps.at(i)});
        tx.commit();
    }
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT id, step, status, done_on, helped_by, notes FROM loan_tax_steps WHERE contract_id = ? "
            "ORDER BY seq"),
        {contractId});
    QList<Step> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("step"), row.text("status"), row.date("done_on"),
                    row.id("helped_by"), row.text("notes")});
    return out;
}

void LoanTaxSteps::mark(qint64 stepId, const QString &status, const QDate &on, const QString &notes)
{
    Permissions::require(m_session, Action::WriteContracts);
    if (status != Vocabulary::LoanTaxStatus::Done && status != Vocabulary::LoanTaxStatus::Rejected &&
        status != Vocabulary::LoanTaxStatus::Pending)
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: \"%1\" is not pending, done or rejected").arg(status));
    if (status != Vocabulary::LoanTaxStatus::Pending && !on.isValid())
        throw ValidationError(QStringLiteral("done_on"), tr("Date: required"));
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT s.step, s.contract_id, c.client_id, c.consultant_id, c.number FROM loan_tax_steps s JOIN "
            "contracts c ON c.id = s.contract_id WHERE s.id = ?"),
        {stepId});
    const SqlRow row(q);
    if (!q.next())
        throw NotFoundError(tr("The step No. %1 does not exist.").arg(stepId));
    const QString step = row.text("step"), number = row.text("number");
    const qint64 clientId = row.id("client_id"), consultant = row.id("consultant_id");
    const qint64 contractId = row.id("contract_id");
    q.finish();
    ContractRepository(m_session).requireOwnSale(ContractRepository(m_session).get(contractId));
    if (status == Vocabulary::LoanTaxStatus::Rejected && step != QLatin1String("bank_approval"))
        throw ValidationError(QStringLiteral("status"), tr("Status: only the bank approval can be rejected"));
    Sql::run(
        db,
        QStringLiteral(
            "UPDATE loan_tax_steps SET status = ?, done_on = ?, helped_by = ?, notes = ?, row_version = row_version + 1 "
            "WHERE id = ?"),
        {status, on.isValid() ? QVariant(on.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
         Sql::nullableId(m_session.actorId), notes.trimmed(), stepId});
    AuditLog::write(
        m_session, QStringLiteral("update"), QStringLiteral("loan_tax_steps"), stepId, {},
        {{QStringLiteral("status"), status}, {QStringLiteral("done_on"), on.toString(Qt::ISODate)}});
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = m_session.actorId;
    r.at = m_session.clock->nowMs();
    r.kind = Vocabulary::ServiceKind::Payment;
    r.content = tr("Contract %1: %2").arg(number, stepLabel(step));
    r.result = status == Vocabulary::LoanTaxStatus::Rejected ? tr("Rejected")
               : status == Vocabulary::LoanTaxStatus::Done   ? tr("Done")
                                                             : tr("Pending");
    ServiceRecordRepository(m_session).add(r);
    if (status == Vocabulary::LoanTaxStatus::Rejected) {
        // An anomaly: the consultant must talk to the client about another way to pay, today, and
        // the supervisors hear of it.
        FollowUpRepository(m_session).flagAnomaly(clientId, consultant, on,
                                                  FollowUpRepository::loanRejectedText(number),
                                                  QStringLiteral("loan_tax_steps"), stepId);
    }
    tx.commit();
}

} // namespace estatedesk
