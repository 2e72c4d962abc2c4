// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractQuestionsTab.h"

#include "StatePalette.h"
#include "contracts/ContractForms.h"
#include "repositories/ContractRepository.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace estatedesk {

ContractQuestionsTab::ContractQuestionsTab(const Session &session, const RecordAction &act, QWidget *parent)
    : QWidget(parent), m_session(session), m_act(act)
{
    auto *ql = new QVBoxLayout(this);
    m_questions = new QListWidget(this);
    m_questions->setObjectName(QStringLiteral("questionList"));
    ql->addWidget(m_questions, 1);
    auto *askRow = new QHBoxLayout;
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setPlaceholderText(tr("the client's question about a clause"));
    askRow->addWidget(m_question, 1);
    connect(ContractForms::button(tr("Add question"), "askQuestionButton", this, askRow),
            &QPushButton::clicked, this, [this] { askQuestion(); });
    ql->addLayout(askRow);
    auto *answerRow = new QHBoxLayout;
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setPlaceholderText(tr("the answer to the selected question"));
    answerRow->addWidget(m_answer, 1);
    connect(ContractForms::button(tr("Answer"), "answerQuestionButton", this, answerRow),
            &QPushButton::clicked, this, [this] { answerQuestion(); });
    ql->addLayout(answerRow);
}

void ContractQuestionsTab::showContract(qint64 contractId)
{
    m_questions->clear();
    if (contractId == 0)
        return;
    for (const auto &q : ContractRepository(m_session).questions(contractId)) {
        auto *item = new QListWidgetItem(q.answer.isEmpty() ? tr("Q: %1 — not answered yet").arg(q.question)
                                                            : tr("Q: %1 — A: %2").arg(q.question, q.answer));
        item->setData(Qt::UserRole, q.id);
        if (q.answer.isEmpty())
            item->setForeground(StatePalette::foreground(Tone::Warning));
        m_questions->addItem(item);
    }
}

void ContractQuestionsTab::clearTyping()
{
    m_question->clear();
    m_answer->clear();
}

bool ContractQuestionsTab::askQuestion()
{
    return m_act.run(
        [this](qint64 id) {
            ContractRepository(m_session).addQuestion(id, m_question->text());
            m_question->clear();
        },
        tr("Question recorded; answer it before signing."));
}

bool ContractQuestionsTab::answerQuestion()
{
    QListWidgetItem *item = m_questions->currentItem();
    if (!item) {
        m_act.say(tr("Select a question first."), true);
        return false;
    }
    const qint64 question = item->data(Qt::UserRole).toLongLong();
    return m_act.run(
        [this, question](qint64) {
            ContractRepository(m_session).answerQuestion(question, m_answer->text());
            m_answer->clear();
        },
        tr("Answer recorded."));
}

} // namespace estatedesk
