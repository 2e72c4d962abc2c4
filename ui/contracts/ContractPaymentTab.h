// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "repositories/Session.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace estatedesk {

// The selected contract's payment plan: its installments with their deadlines, and the receipts,
// reversed ones (冲正) marked with their reason.
class ContractPaymentTab : public QWidget
{
    Q_OBJECT
public:
    ContractPaymentTab(const Session &session, const RecordAction &act, QWidget *parent = nullptr);

    // Shows the contract's installments (0: none); false when it has no payment plan yet.
    bool showContract(qint64 contractId);
    // Back to the defaults: the receipt typed for another contract (amount, date, method), the plan form.
    void clearTyping();
    bool createPlan();
    bool recordReceipt(); // for the selected installment
    // Reverses the selected receipt (supervisors), asking why first.
    bool reverseReceipt();

private:
    QLayout *buildPlanRow();
    QLayout *buildReceiptRow();
    QLayout *buildReceiptList();
    void showReceipts(qint64 contractId);
    void showPlanKind(const std::optional<QString> &kind);

    Session m_session;
    RecordAction m_act;
    QComboBox *m_planKind;
    QDateEdit *m_planStart;
    QPushButton *m_createPlan;
    QTableWidget *m_installments;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_receivedOn;
    QLineEdit *m_method;
    QLineEdit *m_evidence;
    QTableWidget *m_receipts;
};

} // namespace estatedesk
