// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

namespace estatedesk {

class ChangeWatcher;

// Brings pages up to date when another PC (or a second program on this PC) changes what they
// show (issue 13: every page within 2 seconds). A page on screen reloads at once; a page behind
// another tab is marked and reloads when it is next shown. Around each reload the page keeps what
// the user sees: the scroll position of every list and the text of every field the user has
// typed into and not saved (pages keep their own selection by record id). While a dialog or a
// pop-up is open, or a cell is being edited, the reload waits until it is closed.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    explicit LiveRefresh(QObject *parent = nullptr);

    // Takes the changes watcher reports (a new watcher after a reconnect to the office server).
    void follow(ChangeWatcher *watcher);
    // Every page as if everything had changed: after a reconnect, when changes may have been missed.
    void reloadAll();

    // reload runs when a change of one of kinds (table names; empty: any change) reaches page.
    void watch(QWidget *page, const QStringList &kinds, std::function<void()> reload);
    // Runs reload of page as a change would, keeping what the user sees.
    static void reloadKeepingView(QWidget *page, const std::function<void()> &reload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QWidget> page;
        QSet<QString> kinds;
        std::function<void()> reload;
        bool stale = false;
    };
    void changed(const QSet<QString> &kinds);
    void catchUp();
    static bool userIsBusyWith(const QWidget *page);
    std::vector<Entry> m_entries;
    QTimer m_retry;
};

} // namespace estatedesk
