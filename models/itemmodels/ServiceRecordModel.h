// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace estatedesk {

// One client's service timeline, newest first.
class ServiceRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        StaffColumn,
        ChannelColumn,
        ContentColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        // The staff column: the ids of the staff member credited and of who entered the act.
        StaffIdsRole
    };

    explicit ServiceRecordModel(const Session &session, QObject *parent = nullptr);
    // Loads the records of clientId (0 clears). Throws estatedesk::Error when reading fails.
    void setClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session m_session;
    qint64 m_clientId = 0;
    QList<ServiceRecord> m_records;
    QHash<qint64, QString> m_staffNames;
};

// The timeline filtered by kind of service act and by staff member (the acts credited to them or
// entered by them), on the raw values.
class ServiceRecordFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(const QString &kind); // empty: every kind
    void setStaff(qint64 staffId);     // 0: everyone

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    qint64 m_staffId = 0;
};

} // namespace estatedesk
