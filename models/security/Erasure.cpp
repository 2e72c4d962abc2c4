// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Erasure.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ScheduledVisitRepository.h"
#include "security/Permissions.h"
#include "security/Retention.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <iterator>

namespace estatedesk {

namespace {

// Every table that holds a record of a client, with the ids of the client's rows (the client id
// is the one parameter) and the entity id its audit entries use. Receipts are audited under their
// installment's id. Listed from models/storage/Migrations.cpp: a table added there that belongs
// to a client belongs here too.
struct Owned
{
    const char *entity;
    const char *ids;
    bool partOfContract; // kept with a contract a law requires to be kept (its alias is c)
};

const Owned kOwned[] = {
    {"clients", "SELECT id FROM clients WHERE id = ?", false},
    {"service_records", "SELECT id FROM service_records WHERE client_id = ?", false},
    {"consultations", "SELECT id FROM consultations WHERE client_id = ?", false},
    {"appointments", "SELECT id FROM appointments WHERE client_id = ?", false},
    {"contracts", "SELECT c.id FROM contracts c WHERE c.client_id = ?", true},
    {"contract_questions",
     "SELECT q.id FROM contract_questions q JOIN contracts c ON c.id = q.contract_id WHERE c.client_id = ?",
     false},
    {"payment_plans",
     "SELECT p.id FROM payment_plans p JOIN contracts c ON c.id = p.contract_id WHERE c.client_id = ?", true},
    {"installments",
     "SELECT i.id FROM installments i JOIN payment_plans p ON p.id = i.plan_id JOIN contracts c ON c.id = p.contract_id WHERE "
     "c.client_id = ?",
     true},
    {"receipts",
     "SELECT i.id FROM installments i JOIN payment_plans p ON p.id = i.plan_id JOIN contracts c ON c.id = p.contract_id WHERE "
     "c.client_id = ?",
     true},
    {"loan_tax_steps",
     "SELECT s.id FROM loan_tax_steps s JOIN contracts c ON c.id = s.contract_id WHERE c.client_id = ?",
     false},
    {"complaints", "SELECT id FROM complaints WHERE client_id = ?", false},
    {"complaint_events",
     "SELECT e.id FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE c.client_id = ?",
     false},
    {"return_visits", "SELECT id FROM return_visits WHERE client_id = ?", false},
    {"scheduled_visits", "SELECT id FROM scheduled_visits WHERE client_id = ?", false},
    {"handovers", "SELECT id FROM handovers WHERE client_id = ?", false},
    {"defects", "SELECT d.id FROM defects d JOIN handovers h ON h.id = d.handover_id WHERE h.client_id = ?",
     false},
    {"follow_ups", "SELECT id FROM follow_ups WHERE client_id = ?", false},
    {"survey_responses", "SELECT id FROM survey_responses WHERE client_id = ?", false},
};

// The contracts a law requires to be kept: signed, or filed with the housing authority (备案).
const char *kLegalStatus = "c.status IN ('signed', 'filed')";

// Duplicates merged into the client, and the ones merged into those, from the "merge" audit
// entries: their own audit entries (the "merged_into" image holds their name, phone and notes)
// are about the same person.
QList<qint64> mergedDuplicates(QSqlDatabase &db, qint64 clientId)
{
    QList<qint64> out;
    QList<qint64> todo{clientId};
    QSet<qint64> seen{clientId};
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        QSqlQuery q =
            Sql::run(db,
                     QStringLiteral(
                         "SELECT after_json FROM audit_log WHERE action = 'merge' AND entity = 'clients' AND "
                         "entity_id = ?"),
                     {id});
        while (q.next()) {
            const qint64 dup = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("merged_client"))
                                   .toVariant()
                                   .toLongLong();
            if (dup > 0 && !seen.contains(dup)) {
                seen.insert(dup);
                out << dup;
                todo << dup;
            }
        }
    }
    return out;
}

// What the office still owed the client that would mean contacting them: the consultations
// awaiting their first response and the regular return visits still due leave the dashboard (their
// deadline items are withdrawn) and the lists (a consultation of an erased client is no longer
// awaited, a visit is withdrawn). What must be finished on a contract the law keeps (installments,
// the handover, complaints, defects) stays owed. Returns the rows changed.
int withdrawWhatWasOwed(const Session &session, qint64 clientId)
{
    QSqlDatabase db = session.db->connection();
    DeadlineRepository deadlines(session);
    QList<qint64> consultations;
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT id FROM consultations WHERE client_id = ? AND responded_at IS NULL"),
        {clientId});
    while (q.next())
        consultations << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : std::as_const(consultations))
        deadlines.withdraw(QStringLiteral("consultation-response"), QStringLiteral("consultations"), id);
    QList<QPair<qint64, QString>> visits;
    q = Sql::run(db,
                 QStringLiteral("SELECT id, kind FROM scheduled_visits WHERE client_id = ? AND status = ?"),
                 {clientId, Vocabulary::VisitStatus::Due});
    while (q.next())
        visits.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    for (const auto &[id, kind] : std::as_const(visits))
        deadlines.withdraw(ScheduledVisitRepository::policyOf(kind),
                           QLatin1String(ScheduledVisitRepository::kEntity), id);
    return Sql::run(db,
                    QStringLiteral("UPDATE scheduled_visits SET status = ?, updated_at = ?, row_version = "
                                   "row_version + 1 WHERE client_id = ? AND status = ?"),
                    {Vocabulary::VisitStatus::Withdrawn, session.clock->nowMs(), clientId,
                     Vocabulary::VisitStatus::Due})
        .numRowsAffected();
}

} // namespace

Erasure::Result Erasure::eraseClient(const Session &session, qint64 clientId, Keep keep,
                                     const QString &reason)
{
    QSqlDatabase db = session.db->connection();
    const qint64 now = session.clock->nowMs();
    const bool keepLegal =
        keep == Keep::LegalRecords &&
        Sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM contracts c WHERE c.client_id = ? AND %1")
                        .arg(QLatin1String(kLegalStatus)),
                    {clientId})
                .toLongLong() > 0;
    const QString gone = tr("(removed)");
    const QVariant id = clientId;
    Result result;
    auto run = [&](const QString &sql, const QVariantList &params) {
        result.rowsChanged += Sql::run(db, sql, params).numRowsAffected();
    };

    // Audit images first, while the rows (and the merge entries) that tell whose they are still exist.
    const QList<qint64> duplicates = mergedDuplicates(db, clientId);
    for (const Owned &o : kOwned) {
        QString ids = QString::fromLatin1(o.ids);
        if (keepLegal && o.partOfContract) // the history of a contract kept by law stays with it
            ids += QStringLiteral(" AND NOT (%1)").arg(QLatin1String(kLegalStatus));
        result.auditEntriesRedacted +=
            AuditLog::redact(session, QString::fromLatin1(o.entity), ids, {id}, reason);
    }
    for (qint64 dup : duplicates)
        result.auditEntriesRedacted += AuditLog::redact(
            session, QStringLiteral("clients"), QStringLiteral("SELECT CAST(? AS BIGINT)"), {dup}, reason);

    // The client: a placeholder phone keeps phones unique and well-formed (no real number starts +0).
    // Kept by law: only the buyer's name stays (it is part of the contract); anonymised_at stops
    // every use of the client but the contract.
    // kept_by_law marks the name kept: the export, the confirmation and the retention rule read it.
    if (keepLegal)
        run(QStringLiteral(
                "UPDATE clients SET phone = ?, gender = '', occupation = '', interests = '', notes = '', source_detail = '', anonymised_at = ?, "
                "kept_by_law = 1, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
            {Phone::erasedPlaceholder(clientId), now, now, id});
    else
        run(QStringLiteral(
                "UPDATE clients SET name = ?, phone = ?, gender = '', occupation = '', interests = '', notes = '', "
                "source_detail = '', name_pinyin = '', name_initials = '', anonymised_at = ?, kept_by_law = 0, updated_at = ?, "
                "row_version = row_version + 1 WHERE id = ?"),
            {gone, Phone::erasedPlaceholder(clientId), now, now, id});
    // The other phone numbers go with the main one (the front desk no longer knows the client).
    result.rowsChanged += ClientPhones::removeAll(session, clientId);
    // Free text about the client goes; the rows stay so that monthly statistics still add up.
    run(QStringLiteral("DELETE FROM service_records WHERE client_id = ?"), {id});
    run(QStringLiteral("DELETE FROM follow_ups WHERE client_id = ?"), {id});
    run(QStringLiteral("UPDATE consultations SET needs = '', notes = '' WHERE client_id = ?"), {id});
    run(QStringLiteral(
            "UPDATE appointments SET notes = '', special_needs = '', bring = '' WHERE client_id = ?"),
        {id});
    run(QStringLiteral(
            "UPDATE contracts SET id_type = '', id_number = '', co_buyers = '', cancel_reason = '' WHERE id IN (SELECT c.id "
            "FROM contracts c WHERE c.client_id = ?%1)")
            .arg(keepLegal ? QStringLiteral(" AND NOT (%1)").arg(QLatin1String(kLegalStatus)) : QString()),
        {id});
    run(QStringLiteral(
            "UPDATE contract_questions SET question = ?, answer = '' WHERE contract_id IN (SELECT id FROM contracts WHERE "
            "client_id = ?)"),
        {gone, id});
    run(QStringLiteral(
            "UPDATE loan_tax_steps SET notes = '' WHERE contract_id IN (SELECT id FROM contracts WHERE client_id = ?)"),
        {id});
    run(QStringLiteral("UPDATE complaints SET description = ? WHERE client_id = ?"), {gone, id});
    run(QStringLiteral(
            "UPDATE complaint_events SET note = '' WHERE complaint_id IN (SELECT id FROM complaints WHERE client_id = ?)"),
        {id});
    run(QStringLiteral("UPDATE return_visits SET outcome = ? WHERE client_id = ?"), {gone, id});
    run(QStringLiteral("UPDATE scheduled_visits SET outcome = '' WHERE client_id = ?"), {id});
    run(QStringLiteral("UPDATE handovers SET notes = '', property_contact = '' WHERE client_id = ?"), {id});
    run(QStringLiteral(
            "UPDATE defects SET description = ?, reinspection_result = '' WHERE handover_id IN (SELECT id FROM handovers "
            "WHERE client_id = ?)"),
        {gone, id});
    run(QStringLiteral("UPDATE survey_responses SET comment = '' WHERE client_id = ?"), {id});
    result.rowsChanged += withdrawWhatWasOwed(session, clientId);
    return result;
}

QStringList Erasure::eraseOnRequest(const Session &session, qint64 clientId)
{
    // The supervisors who answer a client's requests about their data (PIPL arts. 45 and 47).
    if (!Permissions::allows(session.role, Action::ExportPersonalData))
        throw PermissionError(tr("Not allowed: only a supervisor may erase a client's personal data."));
    Transaction tx(*session.db);
    QSqlDatabase db = session.db->connection();
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT anonymised_at FROM clients WHERE id = ?"), {clientId});
    if (!q.next())
        throw NotFoundError(tr("The client No. %1 does not exist.").arg(clientId));
    if (!q.value(0).isNull())
        throw ValidationError(QStringLiteral("client"),
                              tr("Client: the personal data of No. %1 were erased already").arg(clientId));
    q.finish();
    QStringList kept;
    for (const Kept &k : keptByLaw(session, clientId))
        kept << k.contractNumber;
    const Result r = eraseClient(session, clientId, Keep::LegalRecords, QStringLiteral("erasure"));
    AuditLog::write(session, QStringLiteral("erase_personal_data"), QStringLiteral("clients"), clientId, {},
                    {{QStringLiteral("kept_contracts"), kept},
                     {QStringLiteral("audit_entries_redacted"), r.auditEntriesRedacted}});
    tx.commit();
    foldWriteAheadLog(*session.db); // the old pages in the write-ahead log go too
    return kept;
}

void Erasure::foldWriteAheadLog(const Database &db)
{
    if (db.backend() == Backend::Sqlite && !Transaction::isOpen(db))
        Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool Erasure::isErased(const Session &session, qint64 clientId)
{
    return !Sql::scalar(session.db->connection(),
                        QStringLiteral("SELECT anonymised_at FROM clients WHERE id = ?"), {clientId})
                .isNull();
}

QString Erasure::refusal(qint64 clientId, Refused what)
{
    // What is no longer done, by Refused (in its order).
    static const char *const refused[] = {
        QT_TR_NOOP("the record can no longer be changed."),
        QT_TR_NOOP("no phone number can be added or removed any more."),
        QT_TR_NOOP("it can no longer be merged with another record."),
        QT_TR_NOOP("no service act can be recorded for them any more."),
        QT_TR_NOOP("no follow-up task can be added for them any more."),
        QT_TR_NOOP("no viewing can be booked or changed for them any more (only cancelled)."),
        QT_TR_NOOP("no new contract can be made or signed for them any more."),
        QT_TR_NOOP("no consultation can be registered or answered for them any more."),
        QT_TR_NOOP("no return visit can be recorded for them any more."),
        QT_TR_NOOP("no survey answer can be recorded for them any more."),
    };
    static_assert(std::size(refused) == std::size_t(Refused::Survey) + 1);
    //: Why something is refused for an erased client; %2 is what may no longer be done ("no service
    //: act can be recorded for them any more.")
    return tr("The personal data of client No. %1 were erased; %2").arg(clientId).arg(tr(refused[int(what)]));
}

void Erasure::refuseIfErased(const Session &session, qint64 clientId, Refused what)
{
    if (isErased(session, clientId))
        throw ValidationError(QStringLiteral("client"), refusal(clientId, what));
}

QList<Erasure::Kept> Erasure::keptByLaw(const Session &session, qint64 clientId)
{
    // Every signed or filed contract, with or without an ID document on it: its buyer's name is
    // kept with it. Once erased, only while the name is still kept (until the retention rule).
    const int years = Retention(session).years();
    QSqlQuery q = Sql::run(
        session.db->connection(),
        QStringLiteral(
            "SELECT c.number, c.id_number, c.co_buyers, (SELECT MAX(h.handover_on) FROM handovers h WHERE "
            "h.client_id = c.client_id AND h.status = 'done') AS handed_over_on FROM contracts c JOIN clients k ON "
            "k.id = c.client_id WHERE c.client_id = ? AND %1 AND (k.anonymised_at IS NULL OR k.kept_by_law = 1) "
            "ORDER BY c.id")
            .arg(QLatin1String(kLegalStatus)),
        {clientId});
    QList<Kept> out;
    const SqlRow row(q);
    while (q.next()) {
        const QDate handedOver = row.date("handed_over_on");
        const bool idDocument = !row.text("id_number").isEmpty(), coBuyers = !row.text("co_buyers").isEmpty();
        const QString what =
            idDocument && coBuyers
                ? tr("the buyer's name, ID document and co-buyers; the price, payment plan and receipts")
            : idDocument ? tr("the buyer's name and ID document; the price, payment plan and receipts")
            : coBuyers   ? tr("the buyer's name and co-buyers; the price, payment plan and receipts")
                         : tr("the buyer's name (the contract records no ID document or co-buyers); the "
                                "price, payment plan and receipts");
        out.append(
            {row.text("number"), what,
             tr("The signed sales contract is the record of the sale, filed with the housing authority (网签备案); "
                "claims under it can be raised for three years (民法典 art. 188), counted here from the handover. "
                "Receipts are accounting records (会计档案管理办法) and name nobody once the client is anonymised."),
             handedOver.isValid() ? handedOver.addYears(years).toString(Qt::ISODate)
                                  : tr("%n year(s) after the handover", nullptr, years)});
    }
    return out;
}

QString Erasure::confirmationText(const Session &session, qint64 clientId)
{
    QSqlQuery q = Sql::run(session.db->connection(), QStringLiteral("SELECT name FROM clients WHERE id = ?"),
                           {clientId});
    if (!q.next())
        throw NotFoundError(tr("The client No. %1 does not exist.").arg(clientId));
    const QString name = q.value(0).toString();
    q.finish();
    QString text =
        tr("Erase the personal data of %1 (No. %2) on the client's request?\n\nPhone, notes, service records, "
           "follow-ups and the free text of every record are deleted, also from the audit log. This cannot be "
           "undone.")
            .arg(name)
            .arg(clientId);
    const QList<Kept> kept = keptByLaw(session, clientId);
    for (const Kept &k : kept)
        text +=
            QStringLiteral("\n\n") +
            tr("Kept by law: contract %1 — %2, until %3. %4").arg(k.contractNumber, k.what, k.until, k.why);
    if (kept.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("Nothing is kept by law (no signed or filed contract): the name is erased too.");
    return text;
}

} // namespace estatedesk
