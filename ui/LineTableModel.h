// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatePalette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace estatedesk {

// A read-only table of lines prepared elsewhere (on a BackgroundReader's thread): each line a
// record's id (every cell's Qt::UserRole), its cells' text and its tone (the row's background).
// setLines() hands them all to the view in one reset: a week's 7 000 viewings as QTableWidget
// items took the GUI thread 50 ms (44 000 items, each announced to the view), as lines about 1.
class LineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Line
    {
        qint64 id = 0;
        QStringList cells;
        Tone tone = Tone::Good;
    };
    LineTableModel(const QStringList &headers, QObject *parent);

    void setLines(QList<Line> lines);
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
