// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ClientListModel.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "storage/BackgroundReader.h"

#include <QDateTime>

namespace estatedesk {

ClientListModel::ClientListModel(const Session &session, QObject *parent, BackgroundReader *reader)
    : QAbstractTableModel(parent), m_session(session), m_reader(reader)
{
    refresh();
}

void ClientListModel::setFilterText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    refresh();
}

void ClientListModel::refresh()
{
    ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_exact = true;
    try {
        const ClientRepository repo(m_session);
        m_count = repo.count(m_query, m_countCap);
        if (m_count > m_countCap && !m_reader)
            m_count = repo.count(m_query);
        else if (m_count > m_countCap) {
            m_count = m_countCap;
            m_exact = false;
        }
    } catch (const Error &e) {
        m_count = 0;
        emit loadFailed(e.message());
    }
    endResetModel();
    if (!m_exact)
        countExactly(m_query);
    emit countChanged();
}

void ClientListModel::countExactly(const ClientQuery &query)
{
    m_reader->readLatest<qint64>(
        this, m_generation, m_generation,
        [session = m_session, query] { return ClientRepository(session).count(query); },
        [this](const qint64 &count) { exactCountRead(count); },
        [this](const QString &message) { emit loadFailed(message); });
}

void ClientListModel::exactCountRead(qint64 count)
{
    m_exact = true;
    if (count >= m_count) {
        // The rows the view has stay where they are; the rest follow them.
        if (count > m_count) {
            beginInsertRows({}, int(m_count), int(count - 1));
            m_count = count;
            endInsertRows();
        }
    } else {
        // Clients removed between the two counts (another PC): read again from the start.
        beginResetModel();
        m_pages.clear();
        m_pageOrder.clear();
        m_count = count;
        endResetModel();
    }
    emit countChanged();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClientRow *ClientListModel::rowAt(int row) const
{
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<ClientRow> rows;
        try {
            rows = ClientRepository(m_session).page(m_query, page * kPageSize, kPageSize);
        } catch (const Error &e) {
            emit const_cast<ClientListModel *>(this)->loadFailed(e.message());
            return nullptr;
        }
        if (m_pageOrder.size() >= 50)
            m_pages.remove(m_pageOrder.takeFirst());
        m_pageOrder << page;
        it = m_pages.insert(page, rows);
    }
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

int ClientListModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return int(it.key() * kPageSize + i);
    return -1;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const ClientRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == RawRole) {
        switch (index.column()) {
        case IdColumn:
            return r->id;
        case NameColumn:
            return r->name;
        case PhoneColumn:
            return r->phone;
        case GenderColumn:
            return r->gender;
        case SourceColumn:
            return r->source;
        case ConsultantColumn:
            return r->consultantName;
        case LastServiceColumn:
            return r->lastServiceAt;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return r->id;
        case NameColumn:
            return r->name;
        case PhoneColumn:
            return Phone::display(r->phone);
        case GenderColumn:
            return r->gender.isEmpty() ? QString() : Vocabulary::label(Vocabulary::genders(), r->gender);
        case SourceColumn:
            return r->source.isEmpty() ? QString()
                                       : Vocabulary::label(Vocabulary::sourceChannels(), r->source);
        case ConsultantColumn:
            return r->consultantName;
        case LastServiceColumn:
            return r->lastServiceAt ? OfficeTime::formatDate(r->lastServiceAt) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case GenderColumn:
        return tr("Gender");
    case SourceColumn:
        return tr("Source");
    case ConsultantColumn:
        return tr("Consultant");
    case LastServiceColumn:
        return tr("Last contact");
    }
    return {};
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    static const ClientQuery::Sort byColumn[] = {
        ClientQuery::Sort::Id,           ClientQuery::Sort::Name,   ClientQuery::Sort::Phone,
        ClientQuery::Sort::Id,           ClientQuery::Sort::Source, ClientQuery::Sort::Consultant,
        ClientQuery::Sort::LastServiceAt};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = byColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

int ClientListModel::findRow(qint64 id, int maxPages) const
{
    const int known = rowOfId(id);
    if (known >= 0)
        return known;
    for (qint64 page = 0; page < maxPages && page * kPageSize < m_count; ++page) {
        if (!rowAt(int(page * kPageSize)))
            return -1;
        const QList<ClientRow> &rows = m_pages.value(page);
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).id == id)
                return int(page * kPageSize + i);
    }
    return -1;
}

} // namespace estatedesk
