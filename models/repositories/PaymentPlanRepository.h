// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariant>
#include <optional>

namespace estatedesk {

struct Installment
{
    qint64 id = 0;
    int seq = 0;
    QString label;
    QDate dueOn;
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    qint64 contractId = 0;
    QString contractNumber;
};

// A payment received against an installment. A mistaken one is reversed (冲正), never deleted:
// it stays, marked, and no longer counts as paid.
struct Receipt
{
    qint64 id = 0;
    qint64 installmentId = 0;
    int installmentSeq = 0;
    QString installmentLabel;
    QDate receivedOn;
    qint64 amountFen = 0;
    QString method;
    QString staffName; // who entered it
    qint64 createdAt = 0;
    QString evidence; // what shows money entered late was received in time (bank slip No. …)
    qint64 reversedAt = 0;
    QString reversedByName;
    QString reversalReason;

    bool reversed() const { return reversedAt > 0; }
};

// Payment plans (seed 二.(二)2): a schedule of installments in integer fen whose sum is always the
// contract's price after discount; receipts against installments; every installment a deadline
// item (`installment`, due at the end of its date) until it is paid in full.
class PaymentPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanRepository)
public:
    struct Step
    {
        QString label;
        int dayOffset = 0; // days after the start date
        int percent = 0;   // share of the price; the shares add up to 100
    };

    explicit PaymentPlanRepository(const Session &session) : m_session(session) {}

    static QStringList kinds(); // full, commercial_loan, provident_loan, combined_loan, installments
    static QString kindLabel(const QString &kind);
    // The office's standard schedule for a kind of plan.
    static QList<Step> standardSteps(const QString &kind);
    // Splits total by the percentages; the last part takes the rounding so the sum is exact.
    static QList<qint64> split(qint64 totalFen, const QList<int> &percents);

    // Creates the plan of a contract from start with the kind's standard steps (or the steps given).
    // A contract has one plan: a second is refused (field "plan").
    qint64 create(qint64 contractId, const QString &kind, const QDate &start, QList<Step> steps = {});
    // The kind of the contract's payment plan (kinds()); none while it has no plan.
    std::optional<QString> planKind(qint64 contractId) const;
    QList<Installment> installments(qint64 contractId) const;
    // Every installment of one contract (or of all when contractId is 0), by contract and order;
    // openOnly: those not yet paid in full.
    QList<Installment> list(qint64 contractId, bool openOnly) const;
    // One installment as list() gives it; NotFoundError when there is none.
    Installment installment(qint64 id) const;
    // A payment received against an installment; more than is still owed is refused. Paid in
    // full stops the installment's deadline. Entered after the installment's due date passed for
    // money received on or before it (a late entry, 补录, which turns overdue into met), evidence is
    // required (the bank slip number …, field "evidence"), kept with the receipt and audited.
    void addReceipt(qint64 installmentId, qint64 amountFen, const QDate &receivedOn, const QString &method,
                    const QString &evidence = {});
    // The receipts of a contract's installments, by installment and entry, reversed ones too.
    QList<Receipt> receipts(qint64 contractId) const;
    // Reverses a receipt entered by mistake (Action::ReverseReceipt: supervisors and
    // administrators), reason required: the receipt stays, marked; its amount no longer counts
    // as paid; an installment it had paid in full is owed again (its deadline's next round);
    // audited and on the client's timeline. A reversed receipt is not reversed again. Returns the
    // receipt as reversed.
    Receipt reverseReceipt(qint64 receiptId, const QString &reason);

    // Following payment progress regularly (seed 二.(二)2(3)): every plan with money still owed
    // gets a follow-up task for its consultant every Settings::PaymentFollowUpDays days, unless one
    // is still open. Returns how many tasks were created. Run daily by the program.
    int scheduleFollowUps();
    // Every installment past its due date and not paid in full is an anomaly flagged once to the
    // consultant and the supervisors (FollowUpRepository::flagAnomaly). Run with the daily tasks.
    // Returns how many installments were flagged now.
    int flagMissedInstallments();

private:
    QList<Installment> query(const QString &where, const QVariantList &values) const;
    QList<Receipt> queryReceipts(const QString &where, const QVariantList &values) const;
    Session m_session;
};

} // namespace estatedesk
