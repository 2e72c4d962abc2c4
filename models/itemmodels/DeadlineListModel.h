// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/DeadlineRepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace estatedesk {

// The dashboard's list: open deadline items that are due soon or overdue, most overdue first.
// The state of each row is decided here (StateRole); views only choose colours for it.
// refresh() re-reads the rows; tick() only moves the countdowns and states on.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StateColumn,
        KindColumn,
        ClientColumn,
        StaffColumn,
        DueColumn,
        RemainingColumn,
        RecordColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // DeadlineState as int
        ItemIdRole,
        ClientIdRole,
        EntityRole,
        EntityIdRole,
        DueRole,
        PolicyRole,
        DeadlineItemRole, // the whole DeadlineItem (for "why is this due then?")
    };

    explicit DeadlineListModel(const Session &session, QObject *parent = nullptr);

    // A different list, read at the next refresh() or show(): nothing "turns" overdue by switching.
    void useFilter(const DeadlineFilter &filter);
    // useFilter(), then refresh().
    void setFilter(const DeadlineFilter &filter);
    const DeadlineFilter &filter() const { return m_filter; }
    // Reads the items again at the session clock's "now".
    void refresh();
    // Shows items read elsewhere (on a worker thread) at nowMs, as refresh() would have read them.
    void show(const QList<DeadlineItem> &items, qint64 nowMs);
    // Updates countdowns and states to the session clock's "now" without reading the database.
    void tick();
    const QList<DeadlineItem> &items() const { return m_items; }
    int rowOfItem(qint64 itemId) const;
    // Counts per policy at the last refresh: overdue, due soon.
    const QHash<QString, QPair<int, int>> &counts() const { return m_counts; }

    // "12 min 5 s left", "overdue 3 h 20 min": the live countdown text.
    static QString remainingText(qint64 dueMs, qint64 nowMs);
    // Whether the policy's countdown is short enough to show seconds (15 min, 2 h).
    static bool isShortDeadline(const DeadlineItem &item)
    {
        return item.dueAt - item.startedAt <= 4 * 3600'000;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Items that were not overdue at the previous refresh or tick and are now.
    void turnedOverdue(const QList<estatedesk::DeadlineItem> &items);
    void loadFailed(const QString &message);

private:
    void noticeNewlyOverdue();

    Session m_session;
    DeadlineFilter m_filter;
    QList<DeadlineItem> m_items;
    QHash<QString, QPair<int, int>> m_counts;
    QSet<qint64> m_knownOverdue;
    bool m_firstLoad = true;
    qint64 m_now = 0;
};

} // namespace estatedesk
