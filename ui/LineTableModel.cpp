// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineTableModel.h"

#include <utility>

namespace estatedesk {

LineTableModel::LineTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

void LineTableModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

qint64 LineTableModel::idAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).id : 0;
}

int LineTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).id == id)
            return row;
    return -1;
}

int LineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant LineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.cells.value(index.column());
    case Qt::UserRole:
        return line.id;
    case Qt::BackgroundRole:
        return StatePalette::background(line.tone);
    default:
        return {};
    }
}

QVariant LineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace estatedesk
