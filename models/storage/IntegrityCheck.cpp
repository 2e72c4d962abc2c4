// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/IntegrityCheck.h"

#include "core/Phone.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

namespace estatedesk {

namespace {

// Adds one line per row the query returns: message with %1 = the column "subject", %2 = "detail";
// with a table, %1 = the table and %2 = "subject".
void collect(QStringList &problems, const QSqlDatabase &conn, const QString &sql, const QString &message,
             const QString &table = {})
{
    QSqlQuery q = Sql::run(conn, sql);
    const SqlRow row(q);
    int shown = 0;
    while (q.next()) {
        if (++shown > 20) {
            problems << IntegrityCheck::tr("... and more of the same");
            break;
        }
        if (table.isEmpty())
            problems << message.arg(row.text("subject"), row.text("detail"));
        else
            problems << message.arg(table, row.text("subject"));
    }
}

} // namespace

QStringList IntegrityCheck::run(const Database &db)
{
    QStringList problems;
    QSqlDatabase conn = db.connection();
    problems << db.dialect().integrityProblems(conn);
    const int version = Migrations::currentVersion(db);
    if (version > Migrations::latestVersion()) {
        problems
            << tr("schema version is %1: the database was made by a newer EstateDesk (this one knows up to %2); update the "
                  "program")
                   .arg(version)
                   .arg(Migrations::latestVersion());
        return problems;
    }
    if (version != Migrations::latestVersion()) {
        problems << tr("schema version is %1, expected %2; run \"estatedesk-cli init\" to upgrade")
                        .arg(version)
                        .arg(Migrations::latestVersion());
        return problems;
    }
    QStringList tables = db.dialect().tables(conn);
    for (const QString &t : Migrations::tablesInDependencyOrder())
        if (!tables.contains(t))
            problems << tr("table %1 is missing").arg(t);
    if (!problems.isEmpty())
        return problems;

    {
        QSqlQuery q =
            Sql::run(conn, QStringLiteral("SELECT id, phone FROM clients WHERE anonymised_at IS NULL"));
        int bad = 0;
        const SqlRow row(q);
        while (q.next()) {
            const QString phone = row.text("phone");
            if (Phone::tryNormalize(phone) != phone && ++bad <= 20)
                problems << tr("client %1: phone %2 is not normalised").arg(row.text("id"), phone);
        }
    }
    collect(problems, conn,
            QStringLiteral("SELECT phone, COUNT(*) FROM clients GROUP BY phone HAVING COUNT(*) > 1"),
            tr("phone %1 is shared by %2 clients"));
    // A number is one client's, as main or as other number (ClientPhones).
    collect(problems, conn,
            QStringLiteral(
                "SELECT p.phone AS subject, p.client_id AS detail FROM client_phones p JOIN clients c ON "
                "c.phone = p.phone"),
            tr("phone %1 is a main number and also another number of client %2"));
    collect(
        problems, conn,
        QStringLiteral(
            "SELECT unit_id AS subject, COUNT(*) AS detail FROM contracts WHERE status <> 'cancelled' GROUP BY unit_id "
            "HAVING COUNT(*) > 1"),
        tr("unit %1 has %2 live contracts"));
    collect(
        problems, conn,
        QStringLiteral(
            "SELECT number AS subject, status AS detail FROM contracts WHERE status IN ('signed','filed') AND signed_on IS NULL"),
        tr("contract %1 is %2 but has no signing date"));
    // The buyer's identity is verified before signing (seed 二.(二)1(3); ContractRepository refuses
    // to sign without it): a signed or filed contract without the check was written around the rule.
    collect(problems, conn,
            QStringLiteral("SELECT number AS subject, status AS detail FROM contracts WHERE status IN "
                           "('signed','filed') AND id_verified_at IS NULL ORDER BY number"),
            tr("contract %1 is %2 but the buyer's identity was never verified"));
    collect(
        problems, conn,
        QStringLiteral(
            "SELECT id AS subject, responded_at AS detail FROM consultations WHERE responded_at < received_at"),
        tr("consultation %1 was answered before it was received"));
    collect(
        problems, conn,
        QStringLiteral(
            "SELECT id AS subject, first_response_at AS detail FROM complaints WHERE first_response_at < received_at"),
        tr("complaint %1 was answered before it was received"));
    collect(
        problems, conn,
        QStringLiteral(
            "SELECT c.number AS subject, SUM(i.amount_fen) - (c.price_fen - c.discount_fen) AS detail FROM "
            "payment_plans p JOIN contracts c "
            "ON c.id = p.contract_id JOIN installments i ON i.plan_id = p.id GROUP BY c.number, c.price_fen, "
            "c.discount_fen HAVING SUM(i.amount_fen) <> c.price_fen - c.discount_fen"),
        tr("contract %1: the installments differ from the price by %2 fen"));
    collect(problems, conn,
            QStringLiteral(
                "SELECT id AS subject, paid_fen AS detail FROM installments WHERE paid_fen > amount_fen"),
            tr("installment %1 has more paid (%2 fen) than it asks"));
    for (const QString &table :
         {QStringLiteral("staff"), QStringLiteral("clients"), QStringLiteral("consultations"),
          QStringLiteral("units"), QStringLiteral("appointments"), QStringLiteral("contracts"),
          QStringLiteral("complaints")})
        collect(problems, conn,
                QStringLiteral("SELECT id AS subject, row_version AS detail FROM %1 WHERE row_version < 1")
                    .arg(table),
                tr("%1 row %2 has an invalid row_version"), table);
    // Every client-related record points at an existing client (PostgreSQL enforces this with
    // foreign keys too; on SQLite a file edited by hand might not).
    for (const QString &table :
         {QStringLiteral("service_records"), QStringLiteral("consultations"), QStringLiteral("appointments"),
          QStringLiteral("contracts"), QStringLiteral("complaints")})
        collect(
            problems, conn,
            QStringLiteral(
                "SELECT t.id AS subject, t.client_id AS detail FROM %1 t LEFT JOIN clients c ON c.id = t.client_id WHERE c.id "
                "IS NULL")
                .arg(table),
            tr("%1 row %2 points to a missing client"), table);
    // The audit log's hash chain: the first entry deleted before, changed, or added by hand.
    const AuditChain::Break chain = AuditChain::verify(db);
    if (!chain.problem.isEmpty())
        problems << chain.problem;
    return problems;
}

} // namespace estatedesk
