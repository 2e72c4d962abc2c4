// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace estatedesk::RecordTable {

QTableWidget *create(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids)
{
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (r < ids.size())
                item->setData(Qt::UserRole, ids.at(r));
            table->setItem(r, c, item);
        }
    fitColumns(table);
}

void fitColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    if (header->stretchLastSection()) { // stretched again, over what is left
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
    }
}

qint64 selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> s = table->selectedItems();
    return s.isEmpty() ? 0 : s.constFirst()->data(Qt::UserRole).toLongLong();
}

int select(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return row;
        }
    return -1;
}

} // namespace estatedesk::RecordTable
