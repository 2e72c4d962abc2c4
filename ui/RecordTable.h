// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QTableView;
class QTableWidget;
class QWidget;

namespace estatedesk {

// A read-only list of records in a QTableWidget: one row selected at a time, each row's record id
// behind Qt::UserRole of its cells.
namespace RecordTable {

QTableWidget *create(const QStringList &headers, QWidget *parent);
// Replaces the rows; ids.at(r) goes behind every cell of row r.
void fill(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids = {});
// Each column as wide as its contents, the last one still filling the rest of the view when it
// stretches: Qt's resizeColumnsToContents() sizes the stretched last column to its contents too
// and leaves it so until the view's size changes (after a refresh, a grey band on the right and
// squeezed columns).
void fitColumns(QTableView *table);
// The selected row's id; 0 when none is selected.
qint64 selectedId(const QTableWidget *table);
// Selects the row of that id and returns it; -1 when no row has it.
int select(QTableWidget *table, qint64 id);

} // namespace RecordTable

} // namespace estatedesk
