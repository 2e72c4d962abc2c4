// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineTableModel.h"

#include <utility>

namespace estatedesk {

const QVariant *LineTableModel::Line::value(int column, int role) const
{
    for (const CellValue &v : values)
        if (v.column == column && v.role == role)
            return &v.value;
    return nullptr;
}

void LineTableModel::Line::setValue(int column, int role, const QVariant &value)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).column == column && values.at(i).role == role) {
            if (value.isValid())
                values[i].value = value;
            else
                values.removeAt(i);
            return;
        }
    }
    if (value.isValid())
        values.append({column, role, value});
}

void LineTableModel::Line::clearValues(int column)
{
    values.removeIf([column](const CellValue &v) { return v.column == column; });
}

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

void LineTableModel::updateLines(const std::function<void(Line &line)> &change)
{
    if (m_lines.isEmpty())
        return;
    for (Line &line : m_lines)
        change(line);
    emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, int(m_headers.size()) - 1));
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
    if (const QVariant *own = line.value(index.column(), role))
        return *own;
    switch (role) {
    case Qt::DisplayRole:
        return line.cells.value(index.column());
    case Qt::UserRole:
        return line.id;
    case Qt::BackgroundRole:
        return line.tone ? QVariant(StatePalette::background(*line.tone)) : QVariant();
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
