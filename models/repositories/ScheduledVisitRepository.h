// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace estatedesk {

struct Contract;
struct Handover;

// A regular return visit (定期回访, seed 二.(三)2(3)) owed to a client after the contract is signed
// or after the handover, as opposed to the return visit that follows a resolved complaint.
struct ScheduledVisit
{
    qint64 id = 0;
    QString kind; // after_signing, after_handover
    qint64 clientId = 0;
    QString clientName;
    qint64 contractId = 0;
    qint64 handoverId = 0;
    qint64 staffId = 0; // who owes it: the consultant after signing, the receiving staff after handover
    QString staffName;
    qint64 owedFrom = 0; // the signing or the handover
    QString status = Vocabulary::VisitStatus::Due;
    // The outcome, once visited.
    qint64 visitedAt = 0;
    qint64 visitedBy = 0;
    QString channel;      // phone, wechat, visit, ...
    int satisfaction = 0; // 1–5
    bool satisfied = true;
    QString outcome; // what the client said
    int rowVersion = 0;
};

// The regular visits: scheduled by the contract and handover repositories in the transaction that
// signs or hands over (each with its deadline item, policies visit-after-signing and
// visit-after-handover), recorded here with the outcome and the client's satisfaction, which
// stops the deadline and writes the client's timeline.
class ScheduledVisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledVisitRepository)
public:
    explicit ScheduledVisitRepository(const Session &session) : m_session(session) {}

    static constexpr const char *kEntity = "scheduled_visits";
    // The deadline policy of a kind ("visit-after-signing").
    static QString policyOf(const QString &kind);
    static QString kindLabel(const QString &kind);
    static QStringList channels();
    static QString channelLabel(const QString &channel);

    // Called inside the transaction that signs the contract / completes the handover; once per
    // contract or handover (a second call does nothing), and never for an erased client.
    void scheduleAfterSigning(const Contract &contract, qint64 at);
    void scheduleAfterHandover(const Handover &handover, qint64 at);
    // A cancelled contract owes no visit: a visit still due is withdrawn with its deadline.
    void withdrawForContract(qint64 contractId);

    // Records the visit: visit.channel, satisfaction (1–5), satisfied, outcome and visitedAt (0:
    // now; never in the future) are taken; visit.rowVersion must be the one read. Stops the
    // deadline, writes the service record and the audit entry; a client who is not satisfied
    // becomes a follow-up task for the staff member and the supervisors. One transaction. Refused
    // for an erased client (whose due visits the erasure withdrew).
    void record(ScheduledVisit &visit);

    ScheduledVisit get(qint64 id) const;
    // Visits still due (oldest first), or every visit (newest first).
    QList<ScheduledVisit> list(bool dueOnly = true, int limit = 500) const;
    QList<ScheduledVisit> forClient(qint64 clientId) const;

private:
    void schedule(const QString &kind, qint64 clientId, qint64 contractId, qint64 handoverId, qint64 staffId,
                  qint64 at);
    QList<ScheduledVisit> query(const QString &where, const QVariantList &values, const QString &order,
                                int limit) const;

    Session m_session;
};

} // namespace estatedesk
