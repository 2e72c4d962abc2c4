// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace estatedesk {

// Every question the UI asks goes through here, so that tests can answer in advance and never
// block on a modal dialog (the KeePassXC seam).
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next dialog is not shown and returns this answer instead.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last dialog that was answered in advance.
    static QString lastText();

private:
    static bool takeAnswer(const QString &text, QMessageBox::StandardButton *answer);
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

} // namespace estatedesk
