// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Repositories of the records that are service acts: each write also adds the matching service
// record, in the same transaction, so a client's timeline is complete (DESIGN §3).

#include "domain/Entities.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/Session.h"

#include <QList>

namespace estatedesk {

class ConsultationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationRepository)
public:
    explicit ConsultationRepository(const Session &session) : m_session(session) {}
    void add(Consultation &consultation);
    // Records the first response (by staffId at respondedAt) with what was said.
    void recordResponse(Consultation &consultation, qint64 respondedAt, qint64 staffId, const QString &content);
    // Answers consultation id now, as the session's staff member (Action::RespondConsultation):
    // stops its 15-minute clock (met or met late) and writes the service record, in one
    // transaction. A consultation answered meanwhile on another PC is refused, naming when.
    Consultation respond(qint64 id, const QString &note);
    Consultation get(qint64 id) const;
    qint64 countAwaitingResponse() const;

    // One line of a consultations list, with its response deadline (id 0 when it has none).
    struct Row
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString clientName;
        QString channel;
        QString staffName;
        qint64 receivedAt = 0;
        qint64 respondedAt = 0;
        bool afterHours = false;
        DeadlineItem deadline;
    };
    // Every consultation (or those still awaiting a response), oldest first; clientId > 0: only
    // that client's.
    QList<Row> list(bool openOnly, qint64 clientId = 0) const;

private:
    Session m_session;
};

class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
public:
    explicit UnitRepository(const Session &session) : m_session(session) {}
    void add(Unit &unit);
    void update(Unit &unit);
    Unit get(qint64 id) const;
    // Every unit, or those in one state ("available", …), by building, entrance, floor, room.
    QList<Unit> list(const QString &state = {}) const;

private:
    Session m_session;
};

class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    explicit AppointmentRepository(const Session &session) : m_session(session) {}
    void add(Appointment &appointment);
    void update(Appointment &appointment);
    Appointment get(qint64 id) const;
    // Viewings that start in [fromMs, toMs), by start time. These lists carry each client's name
    // (Appointment::clientName), read with the same query.
    QList<Appointment> between(qint64 fromMs, qint64 toMs) const;
    // Viewings still to come within hours from now, and viewings whose start has passed without a
    // check-in (missed: booked or confirmed only), for the dashboard.
    QList<Appointment> upcoming(qint64 nowMs, int hours) const;
    QList<Appointment> missed(qint64 nowMs, int days) const;
    // A sample unit and how many people it holds at once.
    void setShowroom(const QString &name, int capacity);
    QList<QPair<QString, int>> showrooms() const;

private:
    // A consultant in two places, or a sample unit over capacity: refused naming the other booking.
    void refuseConflicts(const Appointment &appointment) const;
    Session m_session;
};

class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)
public:
    explicit ContractRepository(const Session &session) : m_session(session) {}
    // Refuses a unit that already has a live (not cancelled) contract: sales control.
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
    void translateUnitTaken(const Contract &contract) const;
    void syncUnitState(qint64 unitId) const;
    Session m_session;
};

} // namespace estatedesk
