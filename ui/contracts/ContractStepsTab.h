// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "repositories/Session.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace estatedesk {

// The selected contract's loan and tax checklist (LoanTaxSteps): each step done or rejected by
// the bank, with its date and notes.
class ContractStepsTab : public QWidget
{
    Q_OBJECT
public:
    ContractStepsTab(const Session &session, const RecordAction &act, QWidget *parent = nullptr);

    void showContract(qint64 contractId); // 0: none
    void clearTyping();                   // the date and notes typed for another contract
    bool markStep(const QString &status); // the selected step: done or rejected (Vocabulary::LoanTaxStatus)

private:
    Session m_session;
    RecordAction m_act;
    QTableWidget *m_steps;
    QDateEdit *m_stepDate;
    QLineEdit *m_stepNotes;
};

} // namespace estatedesk
