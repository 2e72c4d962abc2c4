// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ServiceRecordModel.h"

#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"

#include <QDateTime>

namespace estatedesk {

ServiceRecordModel::ServiceRecordModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void ServiceRecordModel::setClient(qint64 clientId)
{
    beginResetModel();
    m_clientId = clientId;
    m_records.clear();
    try {
        if (clientId > 0) {
            m_staffNames.clear();
            for (const Staff &s : StaffRepository(m_session).list())
                m_staffNames.insert(s.id, s.name);
            m_records = ServiceRecordRepository(m_session).forClient(clientId);
        }
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

int ServiceRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ServiceRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ServiceRecord &r = m_records.at(index.row());
    if (role == StaffIdsRole && index.column() == StaffColumn)
        return QVariant::fromValue(QList<qint64>{r.staffId, r.recordedBy});
    if (role == RawRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.at;
        case KindColumn:
            return r.kind;
        case StaffColumn:
            return r.staffId;
        case ChannelColumn:
            return r.channel;
        case ContentColumn:
            return r.content;
        case ResultColumn:
            return r.result;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return OfficeTime::formatDateTime(r.at);
        case KindColumn:
            return Vocabulary::label(Vocabulary::serviceKinds(), r.kind);
        case StaffColumn:
            return ServiceRecordRepository::staffText(r, m_staffNames);
        case ChannelColumn:
            return r.channel.isEmpty() ? QString()
                                       : Vocabulary::label(Vocabulary::sourceChannels(), r.channel);
        case ContentColumn:
            return r.content;
        case ResultColumn:
            return r.result;
        }
    }
    return {};
}

QVariant ServiceRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case StaffColumn:
        return tr("Staff");
    case ChannelColumn:
        return tr("Channel");
    case ContentColumn:
        return tr("Content");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

void ServiceRecordFilter::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ServiceRecordFilter::setStaff(qint64 staffId)
{
    m_staffId = staffId;
    invalidateFilter();
}

bool ServiceRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_kind.isEmpty() && m->index(sourceRow, ServiceRecordModel::KindColumn, sourceParent)
                                     .data(ServiceRecordModel::RawRole)
                                     .toString() != m_kind)
        return false;
    if (m_staffId > 0 && !m->index(sourceRow, ServiceRecordModel::StaffColumn, sourceParent)
                              .data(ServiceRecordModel::StaffIdsRole)
                              .value<QList<qint64>>()
                              .contains(m_staffId))
        return false;
    return true;
}

} // namespace estatedesk
