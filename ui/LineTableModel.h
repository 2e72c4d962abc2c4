// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatePalette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace estatedesk {

// A read-only table of lines prepared elsewhere (on a BackgroundReader's thread): each line a
// record's id (every cell's Qt::UserRole), its cells' text and its tone (the row's background).
// setLines() hands them all to the view in one reset: a week's 7 000 viewings as QTableWidget
// items took the GUI thread 50 ms (44 000 items, each announced to the view), as lines about 1.
class LineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What one cell shows in a role other than its text, over the line's: a colour, a tooltip, a
    // deadline item.
    struct CellValue
    {
        int column = 0;
        int role = 0;
        QVariant value;
    };
    struct Line
    {
        qint64 id = 0;
        QStringList cells;
        std::optional<Tone> tone = Tone::Good; // none: the view's own background
        // Few per line (a red cell on a plain line; a complaint's four deadlines, five values
        // each), so a flat list: a hash per cell took some 2 KB (10 MiB more at the peak of
        // browsing every page of the 100 000-client office).
        QList<CellValue> values = {};

        // The value of the cell in column in that role; nullptr when the cell has none of its own.
        const QVariant *value(int column, int role) const;
        // Sets the value of the cell in column in that role; an invalid value removes it.
        void setValue(int column, int role, const QVariant &value);
        // Removes every value of the cell in column.
        void clearValues(int column);
    };
    LineTableModel(const QStringList &headers, QObject *parent);

    void setLines(QList<Line> lines);
    // Changes each line in place (its cells' text and roles, not the lines' number or order), then
    // tells the view once that every cell may have changed: a countdown moved on each second.
    void updateLines(const std::function<void(Line &line)> &change);
    // The id of the line in row; 0 when there is none.
    qint64 idAt(int row) const;
    // The row of the line with that id; -1 when none.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Line> m_lines;
};

} // namespace estatedesk
