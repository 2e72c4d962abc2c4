// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineCell.h"

#include "StatePalette.h"
#include "core/OfficeTime.h"
#include "itemmodels/DeadlineListModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidgetItem>

namespace estatedesk {

QString DeadlineCell::text(const DeadlineItem &item, qint64 nowMs)
{
    switch (item.stateAt(nowMs)) {
    case DeadlineState::Met:
        return DeadlineEngine::stateLabel(DeadlineState::Met);
    case DeadlineState::MetLate:
        return DeadlineEngine::stateLabel(DeadlineState::MetLate);
    case DeadlineState::Paused:
        return DeadlineEngine::stateLabel(DeadlineState::Paused);
    default:
        return DeadlineListModel::remainingText(item.dueAt, nowMs);
    }
}

QString DeadlineCell::dueText(const DeadlineItem &item)
{
    return QCoreApplication::translate("DeadlineCell", "due %1").arg(item.dueText());
}

void DeadlineCell::fitColumns(QTableView *view, const QList<int> &columns)
{
    const QFontMetrics fm = view->fontMetrics();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fm.lineSpacing() + 10);
    const qint64 longest = -(88 * 86400'000LL + 23 * 3600'000LL); // "overdue 88 d 23 h"
    const int width = fm.horizontalAdvance(DeadlineListModel::remainingText(longest, 0)) + 24;
    for (int column : columns)
        view->setColumnWidth(column, std::max(width, view->columnWidth(column)));
}

void DeadlineCell::show(QTableWidgetItem *cell, const DeadlineItem *item, qint64 nowMs)
{
    if (!item) {
        cell->setText(QStringLiteral("—"));
        cell->setData(ItemRole, QVariant());
        cell->setData(Qt::BackgroundRole, QVariant());
        cell->setData(Qt::ForegroundRole, QVariant());
        return;
    }
    cell->setData(ItemRole, QVariant::fromValue(*item));
    tick(cell, nowMs);
}

void DeadlineCell::tick(QTableWidgetItem *cell, qint64 nowMs)
{
    const QVariant stored = cell->data(ItemRole);
    if (!stored.isValid())
        return;
    const DeadlineItem item = stored.value<DeadlineItem>();
    const DeadlineState state = item.stateAt(nowMs);
    cell->setText(text(item, nowMs));
    cell->setToolTip(dueText(item));
    cell->setBackground(StatePalette::background(state));
    cell->setForeground(StatePalette::foreground(state));
    cell->setData(StateRole, int(state));
}

void DeadlineCell::show(LineTableModel::Line &line, int column, const DeadlineItem *item, qint64 nowMs)
{
    line.clearValues(column);
    if (!item) {
        line.cells[column] = QStringLiteral("—");
        return;
    }
    line.setValue(column, ItemRole, QVariant::fromValue(*item));
    tick(line, column, nowMs);
}

void DeadlineCell::tick(LineTableModel::Line &line, int column, qint64 nowMs)
{
    const QVariant *stored = line.value(column, ItemRole);
    if (!stored)
        return;
    const DeadlineItem item = stored->value<DeadlineItem>();
    const DeadlineState state = item.stateAt(nowMs);
    line.cells[column] = text(item, nowMs);
    if (const QVariant *shown = line.value(column, StateRole); shown && shown->toInt() == int(state))
        return; // the colours and the tooltip stay
    line.setValue(column, Qt::ToolTipRole, dueText(item));
    line.setValue(column, Qt::BackgroundRole, StatePalette::background(state));
    line.setValue(column, Qt::ForegroundRole, StatePalette::foreground(state));
    line.setValue(column, StateRole, int(state));
}

} // namespace estatedesk
