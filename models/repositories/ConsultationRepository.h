// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Consultations (walk-ins, calls, messages) and their 15-minute response clock; each write also
// adds the matching service record, in the same transaction (DESIGN §3).

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
    // Both refuse an erased client (Erasure::refuseIfErased).
    void add(Consultation &consultation);
    // Records the first response (by staffId at respondedAt) with what was said.
    void recordResponse(Consultation &consultation, qint64 respondedAt, qint64 staffId,
                        const QString &content);
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
    // Every consultation (or those still awaiting a response, which an erased client's are not:
    // Erasure), oldest first; clientId > 0: only that client's.
    QList<Row> list(bool openOnly, qint64 clientId = 0) const;

private:
    Session m_session;
};

} // namespace estatedesk
