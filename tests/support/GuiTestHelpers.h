// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QWidget>
#include <QtTest>

#include <functional>
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

// The program in Chinese, the office's language, while it lives (the tests run in English):
// `const InChinese chinese; QVERIFY(chinese.loaded());`.
class InChinese
{
public:
    InChinese()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/estatedesk_zh_CN.qm")) &&
                   QCoreApplication::installTranslator(&m_translator);
    }
    ~InChinese() { QCoreApplication::removeTranslator(&m_translator); }
    InChinese(const InChinese &) = delete;
    InChinese &operator=(const InChinese &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

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

// Picks the entry with that data (or, with Qt::DisplayRole, that text) in a combo box with the
// keyboard (Home, then Down), so that activated() fires as it does for the user. False when no
// entry has it.
inline bool choose(QComboBox *box, const QVariant &data, int role = Qt::UserRole)
{
    const int index = box->findData(data, role);
    if (index < 0)
        return false;
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentIndex() == index;
}

// Clicks a cell of an item view (scrolled into sight first), as the user selects a row: a table
// of items or a view over a model.
inline void clickCell(QAbstractItemView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// A cell of a view's model: its text, or its value in another role.
inline QVariant cellData(const QAbstractItemView *view, int row, int column, int role = Qt::DisplayRole)
{
    return view->model()->index(row, column).data(role);
}

// The first row whose cell in that column holds that text (or that Qt::UserRole value); -1 if none.
// For a table of items and a view over a model alike.
inline int rowWith(const QAbstractItemView *view, int column, const QVariant &value,
                   int role = Qt::DisplayRole)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (cellData(view, r, column, role) == value)
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

// Types a date (and a time) into a date field, in the format the field shows; true when the
// field then holds it.
inline bool typeDate(QDateTimeEdit *edit, const QDateTime &when)
{
    retype(edit, when.toString(edit->displayFormat()));
    QTest::keyClick(edit, Qt::Key_Enter);
    return edit->dateTime() == when;
}
inline bool typeDate(QDateTimeEdit *edit, const QDate &day)
{
    return typeDate(edit, QDateTime(day, edit->time()));
}

// Clicks a day in a calendar as the user does: the month arrows until its month shows, then the
// day's cell. True when that day is then the selected one.
inline bool clickDate(QCalendarWidget *calendar, const QDate &day)
{
    const auto shown = [calendar] { return calendar->yearShown() * 12 + calendar->monthShown() - 1; };
    const int target = day.year() * 12 + day.month() - 1;
    auto *next = calendar->findChild<QAbstractButton *>(QStringLiteral("qt_calendar_nextmonth"));
    auto *previous = calendar->findChild<QAbstractButton *>(QStringLiteral("qt_calendar_prevmonth"));
    for (int guard = 0; guard < 240 && shown() != target && next && previous; ++guard)
        QTest::mouseClick(shown() < target ? next : previous, Qt::LeftButton);
    auto *view = calendar->findChild<QAbstractItemView *>(QStringLiteral("qt_calendar_calendarview"));
    if (!view || shown() != target)
        return false;
    // The month's own cell: the first with that number for the early days (the previous month's
    // last days come before it), the last for the late ones (the next month's first days follow).
    const QString number = QString::number(day.day());
    QModelIndex cell;
    const QAbstractItemModel *model = view->model();
    const int firstRow = calendar->horizontalHeaderFormat() == QCalendarWidget::NoHorizontalHeader ? 0 : 1;
    const int firstColumn = calendar->verticalHeaderFormat() == QCalendarWidget::NoVerticalHeader ? 0 : 1;
    for (int r = firstRow; r < model->rowCount(); ++r)
        for (int c = firstColumn; c < model->columnCount(); ++c)
            if (model->index(r, c).data().toString() == number && (day.day() >= 15 || !cell.isValid()))
                cell = model->index(r, c);
    if (!cell.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    return calendar->selectedDate() == day;
}

// Brings the tab with that text to the front by clicking it; fails (at the caller's line) when
// there is none.
inline bool clickTab(QTabWidget *tabs, const QString &text,
                     std::source_location where = std::source_location::current())
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(u'&') == text) {
            clickTab(tabs, i);
            return tabs->currentIndex() == i;
        }
    QTest::qFail(qPrintable(QStringLiteral("no tab \"%1\" in %2").arg(text, tabs->objectName())),
                 where.file_name(), int(where.line()));
    return false;
}

// Clicks every tab, outermost first, that leads to page (a page in tabs within tabs): how the
// user brings an already built page to the screen. True when it shows.
inline bool clickTabsTo(QWidget *page)
{
    QList<QPair<QTabWidget *, QWidget *>> path;
    for (QWidget *w = page; w && w->parentWidget(); w = w->parentWidget())
        if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                path.prepend({tabs, w});
    for (const auto &[tabs, tab] : path)
        clickTab(tabs, tabs->indexOf(tab));
    return page->isVisible();
}

// Clicks the tab with the first text, then in the tabs it shows the tab with the next text, and
// so on (Settings → Staff accounts): the page at the end, or null after failing the test.
inline QWidget *clickTabsTo(QTabWidget *tabs, const QStringList &texts,
                            std::source_location where = std::source_location::current())
{
    QWidget *shown = nullptr;
    for (const QString &text : texts) {
        if (!tabs || !clickTab(tabs, text, where))
            return nullptr;
        shown = tabs->currentWidget();
        tabs = qobject_cast<QTabWidget *>(shown);
    }
    return shown;
}

// The texts of a tab widget's tabs, as the user reads them.
inline QStringList tabTexts(const QTabWidget *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i).remove(u'&');
    return texts;
}

// Clicks an item of a view (scrolled into sight first), as the user selects a row.
inline void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Double-clicks an item of a view, as the user opens what it shows.
inline void doubleClickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    clickIndex(view, index);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Clicks the first row of a view whose cell in that column holds that value (display text, or
// the given role); false when no row does.
inline bool chooseRow(QAbstractItemView *view, int column, const QVariant &value, int role = Qt::DisplayRole)
{
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, column);
        if (index.data(role) == value) {
            clickIndex(view, index);
            return view->currentIndex().row() == r;
        }
    }
    return false;
}

// Opens a menu of the window's menu bar with the mouse and clicks the entry of that name in it.
// False (after failing the test) when the menu or the entry is missing, hidden or disabled.
inline bool clickMenu(QMainWindow *window, const char *menuName, const char *actionName,
                      std::source_location where = std::source_location::current())
{
    auto *menu = find<QMenu>(window, menuName, where);
    QAction *action = nullptr;
    for (QAction *a : menu ? menu->actions() : QList<QAction *>())
        if (a->objectName() == QLatin1String(actionName))
            action = a;
    if (!action) {
        QTest::qFail(qPrintable(QStringLiteral("no entry \"%1\" in the menu").arg(QLatin1String(actionName))),
                     where.file_name(), int(where.line()));
        return false;
    }
    QMenuBar *bar = window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!menu->isVisible() || !action->isVisible() || !action->isEnabled()) {
        QTest::qFail(qPrintable(QStringLiteral("\"%1\" cannot be chosen").arg(QLatin1String(actionName))),
                     where.file_name(), int(where.line()));
        menu->close();
        return false;
    }
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

namespace detail {
inline void actOnModal(std::function<void(QWidget *)> act, int triesLeft, std::source_location where)
{
    QTimer::singleShot(0, [act = std::move(act), triesLeft, where]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget())
            act(modal);
        else if (triesLeft > 0)
            actOnModal(std::move(act), triesLeft - 1, where);
        else
            QTest::qFail("no modal dialog appeared", where.file_name(), int(where.line()));
    });
}
} // namespace detail

// Acts on the next modal dialog (a file dialog, an input dialog) once it is shown, so that the
// test never blocks on it: act runs inside the dialog's own event loop and must close it. The
// test fails when no modal dialog comes within a few turns of the event loop.
inline void onNextModal(std::function<void(QWidget *)> act,
                        std::source_location where = std::source_location::current())
{
    detail::actOnModal(std::move(act), 100, where);
}

// Answers the next file dialog by typing path as the file name and pressing Enter (an existing
// file is overwritten without the dialog's question).
inline void typeIntoNextFileDialog(const QString &path,
                                   std::source_location where = std::source_location::current())
{
    onNextModal(
        [path, where](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name) {
                QTest::qFail("the modal dialog is not a file dialog", where.file_name(), int(where.line()));
                modal->close();
                return;
            }
            dialog->setOption(QFileDialog::DontConfirmOverwrite);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        },
        where);
}

// The row of the first selected cell (of items, or of a view over a model); -1 when nothing is selected.
inline int selectedRow(const QAbstractItemView *view)
{
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

// Every cell of a table (of items, or a view over a model), row by row, joined with '|': what a
// test compares before and after.
inline QString tableText(const QAbstractItemView *view)
{
    QStringList cells;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c)
            cells << cellData(view, r, c).toString();
    return cells.join(u'|');
}

} // namespace estatedesk::test
