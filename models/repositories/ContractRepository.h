// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sales contracts: sales control of their unit, identity check, status moves and the clause
// questions log; each write also adds the matching service record, in the same transaction
// (DESIGN §3).

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QDate>
#include <QList>

namespace estatedesk {

class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)
public:
    explicit ContractRepository(const Session &session) : m_session(session) {}
    // A consultant writes the contracts they sell, as they edit only their own clients: a
    // colleague's contract, or a new contract for a colleague's client, is refused (PermissionError
    // naming the colleague); supervisors write any. Every write here and of the payment plans
    // (PaymentPlanRepository) asks this first.
    void requireOwnSale(const Contract &contract) const;
    // Refuses a unit that already has a live (not cancelled) contract: sales control. Refuses an
    // erased client (Erasure::refuseIfErased); so does every change of an erased client's draft but
    // its cancellation (update, verifyIdentity, its questions).
    void add(Contract &contract);
    void update(Contract &contract);
    Contract get(qint64 id) const;
    QList<Contract> forClient(qint64 clientId) const;
    // The contracts list: number, buyer, unit and status, newest first; text filters on the
    // number or the buyer's name.
    struct Overview
    {
        qint64 id = 0;
        QString number;
        QString buyer;
        QString unitLabel;
        QString status;
        qint64 netFen = 0;
        QDate signedOn;
    };
    QList<Overview> overview(const QString &text = {}, int limit = 500) const;
    // Checks the buyer's document (IdDocument) and records who verified it and when; a draft can
    // only be signed after this. Status moves: draft → signed → filed, any of them → cancelled
    // (with a reason); nothing else.
    void verifyIdentity(Contract &contract, const QString &typeKey, const QString &number);
    // The questions log: every clause question the client asks, and its answer (seed 二.(二)1(2)).
    struct Question
    {
        qint64 id = 0;
        QString question;
        QString answer;
        qint64 answeredBy = 0;
    };
    qint64 addQuestion(qint64 contractId, const QString &question);
    void answerQuestion(qint64 questionId, const QString &answer);
    QList<Question> questions(qint64 contractId) const;

private:
    // A draft of an erased client is refused anything but its cancellation (Erasure::Refused::Contract).
    void refuseDraftOfErased(qint64 clientId, const QString &status) const;
    void translateUnitTaken(const Contract &contract) const;
    void syncUnitState(qint64 unitId) const;
    Session m_session;
};

} // namespace estatedesk
