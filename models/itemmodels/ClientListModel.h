// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ClientRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace estatedesk {

class BackgroundReader;

// The client list: every client matching the filter, rowCount from COUNT(*), rows read a page
// at a time only when a view asks for them (no long-lived query, no open read transaction).
// Sorting and filtering are done by the database on raw values.
//
// Counting 90 000 matches can take longer than a frame (issue 18: 5 ms for the filter "1" on
// 100 000 clients on a quiet machine, 30 ms and more on a busy one), so the count is capped: past
// kCountCap matches the list has kCountCap rows at once and, with a background reader, the exact
// count is read on its thread; the rows past the cap are added when it arrives (countChanged).
// Without a reader the exact count is read at once.
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

    explicit ClientListModel(const Session &session, QObject *parent = nullptr,
                             BackgroundReader *reader = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_query.text; }
    // Re-reads the count and drops cached pages (after an import or an edit).
    void refresh();
    // False while the exact count of a list past kCountCap is being read (rowCount() is then
    // kCountCap, and more clients match).
    bool isCountExact() const { return m_exact; }
    // Another cap than kCountCap (tests; the next refresh uses it).
    void setCountCap(qint64 cap) { m_countCap = cap; }
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
    static constexpr int kCountCap = 10000;

signals:
    void loadFailed(const QString &message);
    // After every refresh, and when the exact count of a capped list arrives.
    void countChanged();

private:
    const ClientRow *rowAt(int row) const;
    void countExactly(const ClientQuery &query);
    void exactCountRead(qint64 count);

    Session m_session;
    BackgroundReader *m_reader;
    ClientQuery m_query;
    qint64 m_count = 0;
    qint64 m_countCap = kCountCap;
    bool m_exact = true;
    quint64 m_generation = 0; // refreshes so far: a count read for an earlier one is dropped
    mutable QHash<qint64, QList<ClientRow>> m_pages;
    mutable QList<qint64> m_pageOrder; // oldest first, for dropping pages
};

} // namespace estatedesk
