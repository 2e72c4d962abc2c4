// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

// The payment schedule of a contract as an HTML page for printing (QTextDocument): contract,
// buyer, unit, price, and every installment with its due date, amount, what is paid and what is
// owed, the totals adding up to the price. Money in yuan with two decimals; the buyer's phone
// masked as the session's role requires.
class PaymentScheduleReport
{
    Q_DECLARE_TR_FUNCTIONS(PaymentScheduleReport)
public:
    static QString html(const Session &session, qint64 contractId);
    static QString yuan(qint64 fen); // "1,234,567.89"
};

} // namespace estatedesk
