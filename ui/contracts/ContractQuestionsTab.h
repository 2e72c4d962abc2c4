// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "repositories/Session.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace estatedesk {

// The selected contract's questions log: every clause question the client asks, and its answer.
class ContractQuestionsTab : public QWidget
{
    Q_OBJECT
public:
    ContractQuestionsTab(const Session &session, const RecordAction &act, QWidget *parent = nullptr);

    void showContract(qint64 contractId); // 0: none
    void clearTyping();                   // the question and answer typed for another contract
    bool askQuestion();
    bool answerQuestion(); // the selected one

private:
    Session m_session;
    RecordAction m_act;
    QListWidget *m_questions;
    QLineEdit *m_question;
    QLineEdit *m_answer;
};

} // namespace estatedesk
