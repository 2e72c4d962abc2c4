// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace estatedesk {

class ContractPaymentTab;
class ContractQuestionsTab;
class ContractStepsTab;
class ContractTab;

// Contracts (seed 二.(二)): the list, a new draft (the subscription that reserves the unit), and
// for the selected contract a tab each for its identity check and status moves, the questions
// log, the payment plan with installments and receipts, and the loan and tax checklist; under them
// the papers it prints — contract summary, payment schedule, the document checklist of each step.
class ContractsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContractsPage(const Session &session, QWidget *parent = nullptr);

    void reload();

private:
    bool selectContract(qint64 id);
    qint64 selectedId() const;
    // A new draft from the form for the client with that phone.
    bool createDraft(const QString &clientPhone);
    // The paper chosen in the paper box ("summary", "schedule", or a checklist step) as PDF.
    bool writePaper(const QString &paper, const QString &path);
    QGroupBox *buildNewDraft();
    QWidget *buildDetails(QWidget *parent);
    QLayout *buildPapers(QWidget *parent);
    void previewPaper();
    QString paperHtml(const QString &paper, qint64 id, QString *title = nullptr) const;
    void showSelected();
    void fillUnits();
    void say(const QString &text, bool error);

    Session m_session;
    RecordAction m_act;
    QLineEdit *m_filter;
    QLineEdit *m_phone;
    QComboBox *m_unit;
    QLineEdit *m_number;
    QDoubleSpinBox *m_discount;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    QLabel *m_detail;
    ContractTab *m_contract;
    ContractQuestionsTab *m_questions;
    ContractPaymentTab *m_payment;
    ContractStepsTab *m_steps;
    QComboBox *m_paper;
    QLabel *m_status;
    qint64 m_shownId = 0; // the contract the details show; another one starts with clean forms
};

} // namespace estatedesk
