// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineTableModel.h"
#include "repositories/DeadlineRepository.h"

class QTableView;
class QTableWidgetItem;

namespace estatedesk {

// One deadline shown in a table cell of a board (complaints, handovers, defects): the live
// countdown or the outcome, coloured by the state the models decide; the due time as tooltip. The item is
// kept in the cell (Qt::UserRole + 10) so that a tick can move the countdown on without the database.
class DeadlineCell
{
public:
    static constexpr int ItemRole = 0x0100 + 10;  // the DeadlineItem
    static constexpr int StateRole = 0x0100 + 11; // its DeadlineState (int) at the last show or tick
    // Fills cell from item at nowMs; no item: "—" and no colour.
    static void show(QTableWidgetItem *cell, const DeadlineItem *item, qint64 nowMs);
    // Moves the countdown of a cell filled by show() on to nowMs.
    static void tick(QTableWidgetItem *cell, qint64 nowMs);
    // The same for the cell in column of a LineTableModel's line (made on any thread).
    static void show(LineTableModel::Line &line, int column, const DeadlineItem *item, qint64 nowMs);
    static void tick(LineTableModel::Line &line, int column, qint64 nowMs);
    static QString text(const DeadlineItem &item, qint64 nowMs);
    // "due 2026-12-02 18:00", the cell's tooltip.
    static QString dueText(const DeadlineItem &item);
    // Rows one line high and these columns wide enough for the longest countdown.
    static void fitColumns(QTableView *view, const QList<int> &columns);
};

} // namespace estatedesk
