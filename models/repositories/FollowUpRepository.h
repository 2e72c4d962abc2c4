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
    QString kind; // "" (by hand), payment, escalation, anomaly
};

class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)
public:
    explicit FollowUpRepository(const Session &session) : m_session(session) {}

    // Validates (a client, a day, a task), saves and audits; returns the id.
    // kind marks tasks the program makes itself ("payment": following a payment plan).
    qint64 add(qint64 clientId, qint64 staffId, const QDate &dueOn, const QString &task, const QString &kind = {});
    // An anomaly (a missed installment, a rejected loan; seed 二.(二)2(3) "及时反馈异常情况"): a task
    // due on day for the consultant and for every active supervisor, once per record
    // (refEntity, refId) — flagging the same record again does nothing. Returns the tasks made.
    int flagAnomaly(qint64 clientId, qint64 consultantId, const QDate &day, const QString &task, const QString &refEntity,
                    qint64 refId);
    // Marks the task done; done means a service act, so it also writes a service record.
    void complete(qint64 id, const QString &result);
    QList<FollowUp> forClient(qint64 clientId, bool openOnly = true) const;
    // Open tasks due on or before day (of one staff member, or everyone when 0), oldest first.
    QList<FollowUp> due(const QDate &day, qint64 staffId = 0) const;

private:
    QList<FollowUp> query(const QString &where, const QVariantList &values) const;
    Session m_session;
};

} // namespace estatedesk
