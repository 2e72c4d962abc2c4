// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QStringList>
#include <QTableWidget>
#include <QWidget>
#include <QtTest>

namespace estatedesk::test {

// Helpers shared by the widget tests.

// With ESTATEDESK_SCREENSHOT_DIR set, GUI tests save what they show there (for the README);
// otherwise nothing happens.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    return dir.isEmpty() || widget->grab().save(dir + u'/' + name);
}

// Chinese arrives through the input method, as a committed string.
inline void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Every cell of a table, row by row, joined with '|': what a test compares before and after.
inline QString tableText(const QTableWidget *table)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells.join(u'|');
}

} // namespace estatedesk::test
