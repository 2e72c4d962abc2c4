// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace estatedesk {

// A follow-up task on a client, due on a day ("call back about the loan pre-approval by Friday").
struct FollowUp
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    qint64 staffId = 0;
    QDate dueOn;
    QString task;
    qint64 doneAt = 0;
    QString kind;      // "" (by hand), payment, escalation, anomaly
    QString refEntity; // the record the program made it for ("installments", "contracts", ...)
    qint64 refId = 0;
};

class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)
public:
    explicit FollowUpRepository(const Session &session) : m_session(session) {}

    // Validates (a client, a day, a task), saves and audits; returns the id.
    // kind marks tasks the program makes itself ("payment": following a payment plan), refEntity
    // and refId the record it is about. A task by hand (no kind) for an erased client is refused
    // (Erasure::refuseIfErased).
    qint64 add(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task,
               const QString &kind = {}, const QString &refEntity = {}, qint64 refId = 0);
    // An anomaly (a missed installment, a rejected loan, an unsatisfied client at a return visit or
    // in a survey; seed 二.(二)2(3) "及时反馈异常情况"): one task due on day for the consultant, once
    // per record (refEntity, refId) — flagging the same record again does nothing. Supervisors see
    // every anomaly (see due()). Returns the tasks made. The program makes it on behalf of a change
    // the caller was allowed to make (a supervisor's or an administrator's survey answer too), so it
    // asks for no permission of its own; it joins the caller's transaction.
    int flagAnomaly(qint64 clientId, qint64 consultantId, const QDate &day, const QString &task,
                    const QString &refEntity, qint64 refId);
    // Marks the task done; done means a service act, so it also writes a service record of what
    // the task was (actKindOf), never as an incoming call.
    void complete(qint64 id, const QString &result);
    // The service-record kind of a done task: payment follow-ups and missed payments "payment",
    // escalated complaints "complaint", an unsatisfied client called back (return visit, survey)
    // "return_visit", tasks written by hand "other".
    static QString actKindOf(const QString &taskKind, const QString &refEntity);
    // A task's text is read as it is now: a missed installment says what is still owed after
    // later receipts, and roles that may not see contracts read it without contract numbers and
    // amounts.
    QList<FollowUp> forClient(qint64 clientId, bool openOnly = true) const;
    // Open tasks due on or before day of these staff members (everyone when empty), oldest first.
    // A supervisor's list also holds every anomaly and escalation: those are theirs to watch.
    QList<FollowUp> due(const QDate &day, const QList<qint64> &staffIds = {}) const;

    // The texts of the tasks the program makes, as stored and as read.
    static QString missedInstallmentText(const QString &contractNumber, const QString &label,
                                         const QString &dueOn, qint64 owedFen);
    static QString paymentProgressText(const QString &contractNumber);
    static QString loanRejectedText(const QString &contractNumber);
    // An escalated complaint: latePolicies are the policy names (DeadlinePolicy::names()) that
    // were past due; the task stores them as names, so each reader gets the text in their own
    // language. A stored text that is not a list of names (older rows) is read as it was written.
    static QString escalationStored(const QStringList &latePolicies);
    static QString escalationText(qint64 complaintId, const QString &stored);

private:
    qint64 insert(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task,
                  const QString &kind, const QString &refEntity, qint64 refId);
    QList<FollowUp> query(const QString &where, const QVariantList &values) const;
    Session m_session;
};

} // namespace estatedesk
