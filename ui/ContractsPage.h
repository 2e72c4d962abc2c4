// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace estatedesk {

// Contracts (seed 二.(二)): the list, a new draft (the subscription that reserves the unit), and
// for the selected contract its identity check and status moves, the questions log, the payment
// plan with installments and receipts, the loan and tax checklist, and the papers it prints —
// contract summary, payment schedule, the document checklist of each step.
class ContractsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContractsPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    bool selectContract(qint64 id);
    qint64 selectedId() const;

    // A new draft from the form for the client with that phone.
    bool createDraft(const QString &clientPhone);
    bool verifyIdentity();
    bool sign();
    bool file();
    bool cancel();
    bool saveCoBuyers();
    bool askQuestion();
    bool answerQuestion();
    bool createPlan();
    bool recordReceipt();
    bool markStep(const QString &status);
    // The paper chosen in the paper box ("summary", "schedule", or a checklist step) as PDF.
    bool writePaper(const QString &paper, const QString &path);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *numberEdit() const { return m_number; }
    QDoubleSpinBox *discountBox() const { return m_discount; }
    QComboBox *idTypeBox() const { return m_idType; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QDateEdit *signDateEdit() const { return m_signDate; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *coBuyersEdit() const { return m_coBuyers; }
    QListWidget *questionList() const { return m_questions; }
    QLineEdit *questionEdit() const { return m_question; }
    QLineEdit *answerEdit() const { return m_answer; }
    QComboBox *planKindBox() const { return m_planKind; }
    QDateEdit *planStartEdit() const { return m_planStart; }
    QTableWidget *installmentTable() const { return m_installments; }
    QDoubleSpinBox *receiptAmountBox() const { return m_amount; }
    QTableWidget *stepTable() const { return m_steps; }
    QComboBox *paperBox() const { return m_paper; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailLabel() const { return m_detail; }

private:
    void showSelected();
    void fillUnits();
    void say(const QString &text, bool error);
    bool act(const std::function<void(qint64)> &action, const QString &done);

    Session m_session;
    QLineEdit *m_filter;
    QLineEdit *m_phone;
    QComboBox *m_unit;
    QLineEdit *m_number;
    QDoubleSpinBox *m_discount;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    QLabel *m_detail;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    QDateEdit *m_signDate;
    QLineEdit *m_reason;
    QLineEdit *m_coBuyers;
    QListWidget *m_questions;
    QLineEdit *m_question;
    QLineEdit *m_answer;
    QComboBox *m_planKind;
    QDateEdit *m_planStart;
    QTableWidget *m_installments;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_receivedOn;
    QLineEdit *m_method;
    QTableWidget *m_steps;
    QDateEdit *m_stepDate;
    QLineEdit *m_stepNotes;
    QComboBox *m_paper;
    QLabel *m_status;
};

} // namespace estatedesk
