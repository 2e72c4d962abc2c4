// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace estatedesk {

// The loan and tax steps of a contract as a checklist (seed 二.(二)2(2)): loan application, bank
// approval and disbursement for a loan plan; deed tax, maintenance fund and registration for
// every plan; with the date and who helped. A loan the bank rejects is an anomaly: the consultant
// gets a follow-up task due at once, and the timeline says so.
class LoanTaxSteps
{
    Q_DECLARE_TR_FUNCTIONS(LoanTaxSteps)
public:
    struct Step
    {
        qint64 id = 0;
        QString
            step; // loan_application, bank_approval, disbursement, deed_tax, maintenance_fund, registration
        QString status; // pending, done, rejected
        QDate doneOn;
        qint64 helpedBy = 0;
        QString notes;
    };

    explicit LoanTaxSteps(const Session &session) : m_session(session) {}

    static QString stepLabel(const QString &step);
    // The checklist of a contract, created from its plan's kind on first use.
    QList<Step> checklist(qint64 contractId);
    // Marks a step done or rejected (only the bank approval can be rejected).
    void mark(qint64 stepId, const QString &status, const QDate &on, const QString &notes);

private:
    Session m_session;
};

} // namespace estatedesk
