// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QWidget>
#include <QtTest>

#include <source_location>

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

// What the user sees is found by its objectName, as KeePassXC's TestGui does: the widget of that
// type and name under root, or a failed test naming what is missing (at the caller's line).
template <class W>
W *find(const QObject *root, const char *name, std::source_location where = std::source_location::current())
{
    W *widget = root->findChild<W *>(QLatin1String(name));
    if (!widget)
        QTest::qFail(qPrintable(QStringLiteral("no %1 named \"%2\" under %3")
                                    .arg(QLatin1String(W::staticMetaObject.className()), QLatin1String(name),
                                         QLatin1String(root->metaObject()->className()))),
                     where.file_name(), int(where.line()));
    return widget;
}

// Clicks the button with that name as the user would: it must be visible (the page shown) and
// enabled, otherwise the test fails naming it. False when it was not clicked.
inline bool click(const QObject *root, const char *name,
                  std::source_location where = std::source_location::current())
{
    QAbstractButton *button = find<QAbstractButton>(root, name, where);
    if (!button)
        return false;
    if (!button->isVisible() || !button->isEnabled()) {
        QTest::qFail(
            qPrintable(QStringLiteral("\"%1\" cannot be clicked: %2")
                           .arg(QLatin1String(name), button->isVisible() ? QStringLiteral("disabled")
                                                                         : QStringLiteral("not shown"))),
            where.file_name(), int(where.line()));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Replaces what a field holds with what the user types (Chinese through the input method).
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        typeText(edit, text);
}

// Picks the entry with that data in a combo box with the keyboard (Home, then Down), so that
// activated() fires as it does for the user. False when no entry has that data.
inline bool choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentIndex() == index;
}

// Clicks a cell of an item view (scrolled into sight first), as the user selects a row.
inline void clickCell(QTableWidget *table, int row, int column)
{
    table->scrollToItem(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, column)).center());
}

// The first row whose cell in that column holds that text (or that Qt::UserRole value); -1 if none.
inline int rowWith(const QTableWidget *table, int column, const QVariant &value, int role = Qt::DisplayRole)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->data(role) == value)
            return r;
    return -1;
}

// Brings a tab to the front by clicking its tab.
inline void clickTab(QTabWidget *tabs, int index)
{
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
}

// Replaces a spin box's value by typing it (the prefix and suffix stay).
inline void retype(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

// The row of the first selected cell; -1 when nothing is selected.
inline int selectedRow(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    return selected.isEmpty() ? -1 : selected.constFirst()->row();
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
