// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineTableModel.h"
#include "repositories/Session.h"

#include <QWidget>

class QAction;
class QBoxLayout;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QListView;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace estatedesk {

class DeadlineExplanation;
class ChecklistFlag;
class ConsultationResponder;
class BackgroundReader;
class DeadlineListModel;
class StateColorProxy;
struct Appointment;
struct DashboardSnapshot;
struct DeadlineFilter;
struct DeadlineItem;
struct FollowUp;

// The home page of supervisors and customer-service staff: counts per kind, then every open item
// that is overdue or due soon (or every open item), most overdue first, coloured by state, with
// live countdowns; below the list the actions on the selected item (open it, why is it due then).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // With a background reader the page shows its frame at once and its first read runs on the
    // reader's thread ("Reading…" until it comes back): nothing that grows with the office is read
    // before the window's first paint. Without one (tools, tests) it reads at once.
    explicit DashboardPage(const Session &session, QWidget *parent = nullptr,
                           BackgroundReader *reader = nullptr);

    // Re-reads the items at once, keeping the selected item and the scroll position.
    void refresh();
    // The timed refresh, the first read and what other changes ask for: with a background reader,
    // reads on its thread and shows the result when it comes (refreshed()); without one, refresh().
    // A refresh() meanwhile wins over it.
    void refreshInBackground();
    void setBackgroundReader(BackgroundReader *reader);
    // True while a background read is under way (the "Reading…" label is shown).
    bool isReading() const;
    // Moves the countdowns on (every second while shown).
    void tick();

    DeadlineListModel *model() const { return m_model; }
    ChecklistFlag *checklistFlag() const { return m_checklistFlag; }

    static constexpr int kRefreshMs = 30'000;
    // While the window is locked, no desktop notification names a client on the locked screen.
    void holdNotifications(bool held) { m_notificationsHeld = held; }

signals:
    // A desktop notification went out (title and text as shown).
    void notified(const QString &title, const QString &text);
    // Double-click on an item: show its client (and the record).
    void openRecord(qint64 clientId, const QString &entity, qint64 entityId);
    void consultationAnswered(qint64 clientId);
    // What was read has been shown (after refresh(), or when a background read came back).
    void refreshed();

private:
    // Opens the selected item's record (the "Open" action, a double-click).
    void openCurrent();
    QLayout *buildHeader();
    void buildCountCards();
    void buildDeadlineView();
    QLayout *buildLists();
    // A button under the list for an action on the selected item (also in the row's context menu).
    void addRowAction(QAction *action, const QString &buttonName);
    void applyScope();
    void updateCounts();
    void notifyOverdue(const QList<DeadlineItem> &items);

    Session m_session;
    DeadlineListModel *m_model;
    StateColorProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_scope;
    QComboBox *m_show;
    DeadlineExplanation *m_explanation;
    QHBoxLayout *m_rowActions;
    QLabel *m_summary;
    QLabel *m_reading;
    ConsultationResponder *m_responder;
    // Everything the page shows, read and written out at one moment: on the reader's thread when
    // there is one, so the GUI thread only hands it to the views (defined in the .cpp).
    struct Shown;
    static Shown read(const Session &session, const DeadlineFilter &filter, const QList<qint64> &taskStaff,
                      qint64 nowMs);
    static LineTableModel::Line viewingLine(const Appointment &a, const QHash<qint64, QString> &staff);
    static LineTableModel::Line taskLine(const FollowUp &f, const QHash<qint64, QString> &staff);
    // A list of one-line entries (viewings, tasks): a view over lines written out with the read.
    QListView *addList(QBoxLayout *box, const QString &title, const QString &name, LineTableModel **lines);
    void showRead(const Shown &shown);
    QListView *m_upcoming;
    QListView *m_missed;
    QListView *m_tasks = nullptr;
    LineTableModel *m_upcomingLines;
    LineTableModel *m_missedLines;
    LineTableModel *m_taskLines;
    QList<qint64> m_taskStaff;
    QGridLayout *m_countGrid;
    QHash<QString, QLabel *> m_countLabels;
    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_notificationsHeld = false;
    ChecklistFlag *m_checklistFlag = nullptr;
    BackgroundReader *m_reader = nullptr;
    int m_readGeneration = 0; // the latest read asked for; an older one's result is dropped
};

} // namespace estatedesk
