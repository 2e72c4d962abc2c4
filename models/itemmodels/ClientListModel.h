// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ClientRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace estatedesk {

// The client list: every client matching the filter, rowCount from COUNT(*), rows read a page
// at a time only when a view asks for them (no long-lived query, no open read transaction).
// Sorting and filtering are done by the database on raw values.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        PhoneColumn,
        GenderColumn,
        SourceColumn,
        ConsultantColumn,
        LastServiceColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole
    };

    explicit ClientListModel(const Session &session, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_query.text; }
    // Re-reads the count and drops cached pages (after an import or an edit).
    void refresh();
    // Row of the client with that id among the loaded pages, or -1.
    int rowOfId(qint64 id) const;
    // The same, reading up to maxPages pages of the list in order until the client is found.
    int findRow(qint64 id, int maxPages) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int kPageSize = 200;

signals:
    void loadFailed(const QString &message);

private:
    const ClientRow *rowAt(int row) const;

    Session m_session;
    ClientQuery m_query;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<ClientRow>> m_pages;
    mutable QList<qint64> m_pageOrder; // oldest first, for dropping pages
};

} // namespace estatedesk
