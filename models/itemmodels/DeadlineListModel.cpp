// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/DeadlineListModel.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"

namespace estatedesk {

DeadlineListModel::DeadlineListModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void DeadlineListModel::useFilter(const DeadlineFilter &filter)
{
    m_filter = filter;
    m_firstLoad = true; // a different list: nothing "turns" overdue by switching the filter
}

void DeadlineListModel::setFilter(const DeadlineFilter &filter)
{
    useFilter(filter);
    refresh();
}

void DeadlineListModel::refresh()
{
    const qint64 now = m_session.clock->nowMs();
    QList<DeadlineItem> items;
    try {
        items = DeadlineRepository(m_session).open(now, m_filter);
    } catch (const Error &e) {
        beginResetModel();
        m_now = now;
        m_items.clear();
        m_counts.clear();
        endResetModel();
        emit loadFailed(e.message());
        return;
    }
    show(items, now);
}

void DeadlineListModel::show(const QList<DeadlineItem> &items, qint64 nowMs)
{
    beginResetModel();
    m_now = nowMs;
    m_items = items;
    m_counts = DeadlineRepository::countByPolicy(m_items, m_now);
    endResetModel();
    noticeNewlyOverdue();
}

void DeadlineListModel::tick()
{
    m_now = m_session.clock->nowMs();
    if (m_items.isEmpty())
        return;
    emit dataChanged(index(0, StateColumn), index(int(m_items.size()) - 1, RemainingColumn));
    noticeNewlyOverdue();
}

void DeadlineListModel::noticeNewlyOverdue()
{
    QList<DeadlineItem> fresh;
    QSet<qint64> overdue;
    for (const DeadlineItem &i : std::as_const(m_items)) {
        if (i.stateAt(m_now) != DeadlineState::Overdue)
            continue;
        overdue.insert(i.id);
        if (!m_firstLoad && !m_knownOverdue.contains(i.id))
            fresh << i;
    }
    m_knownOverdue = overdue;
    m_firstLoad = false;
    if (!fresh.isEmpty())
        emit turnedOverdue(fresh);
}

int DeadlineListModel::rowOfItem(qint64 itemId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return i;
    return -1;
}

QString DeadlineListModel::remainingText(qint64 dueMs, qint64 nowMs)
{
    const qint64 diff = dueMs - nowMs;
    const qint64 abs = diff < 0 ? -diff : diff;
    const qint64 days = abs / 86400'000, hours = (abs / 3600'000) % 24, minutes = (abs / 60'000) % 60,
                 seconds = (abs / 1000) % 60;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        span = tr("%1 min %2 s").arg(minutes).arg(seconds);
    return diff >= 0 ? tr("%1 left").arg(span) : tr("overdue %1").arg(span);
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DeadlineItem &i = m_items.at(index.row());
    const DeadlineState state = i.stateAt(m_now);
    switch (role) {
    case StateRole:
        return int(state);
    case ItemIdRole:
        return i.id;
    case ClientIdRole:
        return i.clientId;
    case EntityRole:
        return i.entity;
    case EntityIdRole:
        return i.entityId;
    case DueRole:
        return i.dueAt;
    case PolicyRole:
        return i.policy;
    case DeadlineItemRole:
        return QVariant::fromValue(i);
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StateColumn:
            return DeadlineEngine::stateLabel(state);
        case KindColumn:
            return DeadlinePolicy::label(i.policy);
        case ClientColumn:
            return i.clientName;
        case StaffColumn:
            return i.staffName;
        case DueColumn:
            return i.provisional ? tr("%1 (provisional)").arg(i.dueText()) : i.dueText();
        case RemainingColumn:
            return remainingText(i.dueAt, m_now);
        case RecordColumn:
            return DeadlineRepository::recordText(i);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn && i.provisional)
        return tr("Provisional: no official holiday schedule is published yet for a year counted here.");
    return {};
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Deadline");
    case ClientColumn:
        return tr("Client");
    case StaffColumn:
        return tr("Responsible");
    case DueColumn:
        return tr("Due");
    case RemainingColumn:
        return tr("Time left");
    case RecordColumn:
        return tr("Record");
    }
    return {};
}

} // namespace estatedesk
