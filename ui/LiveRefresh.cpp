// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveRefresh.h"

#include "repositories/ChangeFeed.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>

namespace estatedesk {

LiveRefresh::LiveRefresh(QObject *parent) : QObject(parent)
{
    // A page that had to wait for a dialog is tried again every second.
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &LiveRefresh::catchUp);
}

void LiveRefresh::follow(ChangeWatcher *watcher)
{
    connect(watcher, &ChangeWatcher::changed, this, &LiveRefresh::changed);
}

void LiveRefresh::reloadAll()
{
    changed({QStringLiteral("*")});
}

void LiveRefresh::watch(QWidget *page, const QStringList &kinds, std::function<void()> reload)
{
    m_entries.push_back({page, QSet<QString>(kinds.begin(), kinds.end()), std::move(reload), false});
    page->installEventFilter(this);
}

void LiveRefresh::changed(const QSet<QString> &kinds)
{
    const bool unknown = kinds.contains(QStringLiteral("*"));
    for (Entry &e : m_entries)
        if (e.page && (unknown || e.kinds.isEmpty() || e.kinds.intersects(kinds)))
            e.stale = true;
    catchUp();
}

void LiveRefresh::catchUp()
{
    bool waiting = false;
    for (Entry &e : m_entries) {
        if (!e.stale || !e.page || !e.page->isVisible())
            continue; // hidden pages reload when shown
        if (userIsBusyWith(e.page)) {
            waiting = true;
            continue;
        }
        e.stale = false;
        reloadKeepingView(e.page, e.reload);
    }
    if (waiting)
        m_retry.start();
    else
        m_retry.stop();
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show)
        for (const Entry &e : m_entries)
            if (e.page == watched && e.stale) {
                // After the show: the page's own show handling comes first.
                QMetaObject::invokeMethod(this, &LiveRefresh::catchUp, Qt::QueuedConnection);
                break;
            }
    return QObject::eventFilter(watched, event);
}

bool LiveRefresh::userIsBusyWith(const QWidget *page)
{
    if (QApplication::activePopupWidget() || QApplication::activeModalWidget())
        return true;
    // A cell editor is a child of a list's viewport.
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !page->isAncestorOf(focus) || !focus->parentWidget())
        return false;
    const auto *view = qobject_cast<const QAbstractItemView *>(focus->parentWidget()->parentWidget());
    return view && focus->parentWidget() == view->viewport();
}

void LiveRefresh::reloadKeepingView(QWidget *page, const std::function<void()> &reload)
{
    struct Scroll
    {
        QPointer<QScrollBar> bar;
        int value;
    };
    std::vector<Scroll> scrolls;
    for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>())
        for (QScrollBar *bar : {area->verticalScrollBar(), area->horizontalScrollBar()})
            scrolls.push_back({bar, bar->value()});
    // What the user typed and has not saved: line edits they changed, documents they changed.
    struct Typed
    {
        QPointer<QLineEdit> edit;
        QString text;
        int cursor;
    };
    std::vector<Typed> typed;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>())
        if (edit->isModified() && !edit->isReadOnly())
            typed.push_back({edit, edit->text(), edit->cursorPosition()});
    struct Document
    {
        QPointer<QWidget> editor;
        QString text;
    };
    std::vector<Document> documents;
    for (QPlainTextEdit *edit : page->findChildren<QPlainTextEdit *>())
        if (edit->document()->isModified() && !edit->isReadOnly())
            documents.push_back({edit, edit->toPlainText()});
    for (QTextEdit *edit : page->findChildren<QTextEdit *>())
        if (edit->document()->isModified() && !edit->isReadOnly())
            documents.push_back({edit, edit->toHtml()});

    reload();

    for (const Typed &t : typed)
        if (t.edit && t.edit->text() != t.text) {
            t.edit->setText(t.text);
            t.edit->setCursorPosition(t.cursor);
            t.edit->setModified(true);
        }
    for (const Document &d : documents) {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(d.editor.data());
            plain && plain->toPlainText() != d.text) {
            plain->setPlainText(d.text);
            plain->document()->setModified(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(d.editor.data());
                   rich && rich->toHtml() != d.text) {
            rich->setHtml(d.text);
            rich->document()->setModified(true);
        }
    }
    for (const Scroll &s : scrolls)
        if (s.bar)
            s.bar->setValue(s.value);
}

} // namespace estatedesk
