// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ContractRepository.h"

#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EntityStore.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

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

Contract contractFrom(const SqlRow &r)
{
    Contract c;
    readCommonColumns(r, c);
    c.number = r.text("number");
    c.clientId = r.id("client_id");
    c.unitId = r.id("unit_id");
    c.consultantId = r.id("consultant_id");
    c.priceFen = r.int64("price_fen");
    c.discountFen = r.int64("discount_fen");
    c.status = r.text("status");
    c.signedOn = r.date("signed_on");
    c.cancelReason = r.text("cancel_reason");
    c.idType = r.text("id_type");
    c.idNumber = r.text("id_number");
    c.idVerifiedBy = r.id("id_verified_by");
    c.idVerifiedAt = r.int64("id_verified_at");
    c.coBuyers = r.text("co_buyers");
    return c;
}

EntityStore<Contract> contracts(const Session &s)
{
    return {s, QStringLiteral("contracts"), ContractRepository::tr("contract"), contractRow, contractFrom};
}

} // namespace

void ContractRepository::translateUnitTaken(const Contract &contract) const
{
    const QVariant other = Sql::scalar(
        m_session.db->connection(),
        QStringLiteral("SELECT number FROM contracts WHERE unit_id = ? AND status <> ? AND id <> ?"),
        {contract.unitId, Vocabulary::ContractStatus::Cancelled, contract.id});
    if (other.isValid())
        throw ValidationError(
            QStringLiteral("unit"),
            tr("Unit: this unit already has contract %1; cancel it before selling the unit again")
                .arg(other.toString()));
}

// The unit's sales state follows its contracts (销控): a draft (the subscription, 认购) reserves
// it, a signed or filed contract makes it contracted, none leaves it available; a unit handed
// over stays so.
void ContractRepository::syncUnitState(qint64 unitId) const
{
    QSqlDatabase db = m_session.db->connection();
    const QString live =
        Sql::scalar(db, QStringLiteral("SELECT status FROM contracts WHERE unit_id = ? AND status <> ?"),
                    {unitId, Vocabulary::ContractStatus::Cancelled})
            .toString();
    const bool handedOver =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM handovers WHERE unit_id = ? AND status = ?"),
                    {unitId, Vocabulary::HandoverStatus::Done})
            .toInt() > 0;
    const QString state = handedOver && !live.isEmpty()               ? Vocabulary::UnitState::HandedOver
                          : live == Vocabulary::ContractStatus::Draft ? Vocabulary::UnitState::Reserved
                          : live.isEmpty()                            ? Vocabulary::UnitState::Available
                                                                      : Vocabulary::UnitState::Contracted;
    const QString before =
        Sql::scalar(db, QStringLiteral("SELECT state FROM units WHERE id = ?"), {unitId}).toString();
    if (before == state)
        return;
    Sql::run(db,
             QStringLiteral(
                 "UPDATE units SET state = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
             {state, m_session.clock->nowMs(), unitId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("units"), unitId,
                    {{QStringLiteral("state"), before}}, {{QStringLiteral("state"), state}});
}

void ContractRepository::refuseDraftOfErased(qint64 clientId, const QString &status) const
{
    if (status == Vocabulary::ContractStatus::Draft)
        Erasure::refuseIfErased(m_session, clientId, Erasure::Refused::Contract);
}

void ContractRepository::requireOwnSale(const Contract &c) const
{
    if (m_session.role != Vocabulary::Role::Consultant)
        return;
    const QVariant clientsConsultant =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT consultant_id FROM clients WHERE id = ?"), {c.clientId});
    for (const qint64 owner :
         {c.consultantId, clientsConsultant.isNull() ? 0 : clientsConsultant.toLongLong()})
        if (owner > 0 && owner != m_session.actorId)
            throw PermissionError(
                tr("Not allowed: %1 is %2's sale (the client's or the contract's consultant); their supervisor "
                   "can act on it.")
                    .arg(c.number.isEmpty() ? tr("this contract") : tr("contract %1").arg(c.number),
                         StaffRepository(m_session).get(owner).name));
}

void ContractRepository::add(Contract &c)
{
    Permissions::require(m_session, Action::WriteContracts);
    c.validate();
    Transaction tx(*m_session.db);
    requireOwnSale(c);
    Erasure::refuseIfErased(m_session, c.clientId, Erasure::Refused::Contract);
    tx.lockRows(QStringLiteral("units"),
                {c.unitId}); // sales control: the unit's contracts and state decided by one PC at a time
    translateUnitTaken(c);
    try {
        contracts(m_session).insert(c);
    } catch (const UniqueClashError &e) {
        // Lost a race with another PC: the database's sales-control index said no.
        const QString text = e.databaseText();
        if (text.contains(QLatin1String("contracts_one_live_per_unit")) ||
            text.contains(QLatin1String("contracts.unit_id")))
            throw ValidationError(
                QStringLiteral("unit"),
                tr("Unit: another contract for this unit was saved a moment ago; nothing was saved"));
        // Contract numbers are unique: the database's index decides, whoever typed it first.
        if (text.contains(QLatin1String("contracts_number_unique")) ||
            text.contains(QLatin1String("contracts.number")))
            throw ValidationError(
                QStringLiteral("number"),
                tr("Number: contract number %1 is already used; nothing was saved").arg(c.number));
        throw;
    }
    addServiceRecord(m_session, c.clientId, c.consultantId, m_session.clock->nowMs(),
                     QStringLiteral("contract"), QString(), tr("Contract %1 created").arg(c.number),
                     Vocabulary::label(Vocabulary::contractStatuses(), c.status), QStringLiteral("contracts"),
                     c.id);
    syncUnitState(c.unitId);
    tx.commit();
}

static bool contractTransitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    using S = Vocabulary::ContractStatus;
    static const QHash<QString, QStringList> next = {
        {S::Draft, {S::Signed, S::Cancelled}},
        {S::Signed, {S::Filed, S::Cancelled}},
        {S::Filed, {S::Cancelled}},
    };
    return next.value(from).contains(to);
}

void ContractRepository::verifyIdentity(Contract &c, const QString &typeKey, const QString &number)
{
    Permissions::require(m_session, Action::WriteContracts);
    requireOwnSale(get(c.id));
    IdDocument::Type type;
    if (!IdDocument::typeFromKey(typeKey, &type))
        throw ValidationError(QStringLiteral("id_type"),
                              tr("Document type: \"%1\" is not resident_id, passport, "
                                 "hk_macao_permit or taiwan_permit")
                                  .arg(typeKey));
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
    requireOwnSale(c);
    refuseDraftOfErased(c.clientId, c.status);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO contract_questions (contract_id, asked_at, question) VALUES (?, ?, ?) RETURNING id"),
        {contractId, m_session.clock->nowMs(), question.trimmed()});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(
        m_session, QStringLiteral("insert"), QStringLiteral("contract_questions"), id, {},
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
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT q.contract_id, c.client_id, c.number, c.status, q.question FROM contract_questions q JOIN "
            "contracts c ON c.id = q.contract_id WHERE q.id = ?"),
        {questionId});
    const SqlRow row(q);
    if (!q.next())
        throw NotFoundError(tr("The contract question No. %1 does not exist.").arg(questionId));
    const qint64 clientId = row.id("client_id");
    const QString number = row.text("number"), question = row.text("question"), status = row.text("status");
    const qint64 contractId = row.id("contract_id");
    q.finish();
    requireOwnSale(get(contractId));
    refuseDraftOfErased(clientId, status);
    Sql::run(m_session.db->connection(),
             QStringLiteral(
                 "UPDATE contract_questions SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?"),
             {answer.trimmed(), Sql::nullableId(m_session.actorId), m_session.clock->nowMs(), questionId});
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("contract_questions"), questionId, {},
                    {{QStringLiteral("answer"), answer.trimmed()}});
    addServiceRecord(m_session, clientId, m_session.actorId, m_session.clock->nowMs(),
                     QStringLiteral("contract"), QString(), tr("Contract %1: %2").arg(number, question),
                     answer.trimmed(), QStringLiteral("contract_questions"), questionId);
    tx.commit();
}

QList<ContractRepository::Question> ContractRepository::questions(qint64 contractId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral(
                     "SELECT id, question, answer, answered_by FROM contract_questions WHERE contract_id = ? "
                     "ORDER BY id"),
                 {contractId});
    QList<Question> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("question"), row.text("answer"), row.id("answered_by")});
    return out;
}

void ContractRepository::update(Contract &c)
{
    Permissions::require(m_session, Action::WriteContracts);
    c.validate();
    Transaction tx(*m_session.db);
    const Contract before = get(c.id);
    requireOwnSale(before);
    if (c.consultantId != before.consultantId || c.clientId != before.clientId)
        requireOwnSale(c); // handed to a colleague, or moved to a colleague's client
    tx.lockRows(QStringLiteral("units"), {c.unitId, before.unitId});
    if (!contractTransitionAllowed(before.status, c.status))
        throw ValidationError(QStringLiteral("status"),
                              tr("Status: a %1 contract cannot become %2")
                                  .arg(Vocabulary::label(Vocabulary::contractStatuses(), before.status),
                                       Vocabulary::label(Vocabulary::contractStatuses(), c.status)));
    // An erased client's draft is only cancelled: checking the buyer's ID on it or signing it would
    // be a new sale. A signed or filed contract the law keeps is finished as before.
    if (c.status != Vocabulary::ContractStatus::Cancelled)
        refuseDraftOfErased(before.clientId, before.status);
    if (c.clientId != before.clientId)
        Erasure::refuseIfErased(m_session, c.clientId, Erasure::Refused::Contract);
    if (before.status == Vocabulary::ContractStatus::Draft &&
        c.status == Vocabulary::ContractStatus::Signed && c.idVerifiedAt == 0)
        throw ValidationError(QStringLiteral("id_number"),
                              tr("ID number: verify the buyer's identity before signing"));
    if (c.status != Vocabulary::ContractStatus::Cancelled)
        translateUnitTaken(c);
    contracts(m_session).update(c);
    if (before.status != c.status)
        addServiceRecord(
            m_session, c.clientId, c.consultantId, m_session.clock->nowMs(),
            Vocabulary::ServiceKind::Contract, QString(), tr("Contract %1 status changed").arg(c.number),
            Vocabulary::label(Vocabulary::contractStatuses(), c.status), QStringLiteral("contracts"), c.id);
    // A signed contract owes the client a return visit (seed 二.(三)2(3)); a cancelled one no longer.
    if (before.status == Vocabulary::ContractStatus::Draft && c.status == Vocabulary::ContractStatus::Signed)
        ScheduledVisitRepository(m_session).scheduleAfterSigning(c, m_session.clock->nowMs());
    if (c.status == Vocabulary::ContractStatus::Cancelled && before.status != c.status) {
        ScheduledVisitRepository(m_session).withdrawForContract(c.id);
        // Nothing more is owed on a cancelled contract: its unpaid installments leave the dashboard.
        QSqlQuery q = Sql::run(
            m_session.db->connection(),
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
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT c.id, c.number, k.name, u.building, u.entrance, u.room, c.status, c.price_fen - "
            "c.discount_fen AS net_fen, c.signed_on FROM contracts c JOIN clients k ON k.id = c.client_id JOIN "
            "units u ON u.id = c.unit_id WHERE (? = '' OR c.number LIKE ? OR k.name LIKE ?) ORDER BY "
            "c.id DESC LIMIT ?"),
        {text.trimmed(), like, like, limit});
    QList<Overview> out;
    const SqlRow row(q);
    while (q.next()) {
        Unit u;
        u.building = row.text("building");
        u.entrance = row.text("entrance");
        u.room = row.text("room");
        out.append({row.id("id"), row.text("number"), row.text("name"), u.label(), row.text("status"),
                    row.int64("net_fen"), row.date("signed_on")});
    }
    return out;
}

QList<Contract> ContractRepository::forClient(qint64 clientId) const
{
    Permissions::require(m_session, Action::ReadContracts);
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT * FROM contracts WHERE client_id = ? ORDER BY id"), {clientId});
    QList<Contract> out;
    const SqlRow row(q);
    while (q.next())
        out << contractFrom(row);
    return out;
}

} // namespace estatedesk
