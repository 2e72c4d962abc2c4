// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace estatedesk {

// What the front desk types for a visit, a call or a message (seed 二.(一)1(3)).
struct VisitForm
{
    QString name;
    QString phone;
    QString gender; // '', Vocabulary::genders()
    QString occupation;
    QString channel = QStringLiteral("walk_in"); // Vocabulary::sourceChannels()
    QStringList interests;
    QString needs;
    qint64 budgetFen = -1;
    QString notes;
    qint64 receivedAt = 0; // 0: now
};

struct VisitResult
{
    qint64 clientId = 0;
    qint64 consultationId = 0;
    bool returning = false;
    bool afterHours = false;
    qint64 responseDue = 0;
    // Walk-ins: who the rotation gave the client to (empty when no consultant was available).
    QString assignedTo;
    bool assignedReturning = false;
    QString notAssignedReason;
};

// Registering a visit or call in one transaction: a new client when the phone is unknown (a known
// phone is the returning client — no duplicate is ever created), and a consultation with its
// 15-minute response deadline. Outside office hours the consultation waits in the after-hours
// queue and its deadline counts from the next opening.
class VisitRegistration
{
    Q_DECLARE_TR_FUNCTIONS(VisitRegistration)
public:
    explicit VisitRegistration(const Session &session) : m_session(session) {}
    VisitResult registerVisit(const VisitForm &form);

    // Consultations received outside office hours and not answered yet, oldest first (an erased
    // client's are no longer awaited).
    struct Waiting
    {
        qint64 consultationId = 0;
        qint64 clientId = 0;
        QString clientName;
        QString channel;
        qint64 receivedAt = 0;
    };
    QList<Waiting> afterHoursQueue() const;

private:
    Session m_session;
};

} // namespace estatedesk
