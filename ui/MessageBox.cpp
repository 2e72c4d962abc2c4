// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace estatedesk {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

bool MessageBox::takeAnswer(const QString &text, QMessageBox::StandardButton *answer)
{
    if (s_nextAnswer == QMessageBox::NoButton)
        return false;
    *answer = s_nextAnswer;
    s_nextAnswer = QMessageBox::NoButton;
    s_lastText = text;
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer;
    if (!takeAnswer(text, &answer))
        QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer;
    if (!takeAnswer(text, &answer))
        QMessageBox::information(parent, title, text);
}

} // namespace estatedesk
