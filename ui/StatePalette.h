// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlineEngine.h"

#include <QColor>
#include <QIdentityProxyModel>

namespace estatedesk {

// The colours of deadline states. The models library decides the state; this decides how it
// looks (the KeePassXC split of PasswordHealth and StateColorPalette).
class StatePalette
{
public:
    static QColor background(DeadlineState state);
    static QColor foreground(DeadlineState state);
};

// Colours the rows of a model that offers a state role (DeadlineListModel::StateRole).
class StateColorProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    StateColorProxy(int stateRole, QObject *parent = nullptr) : QIdentityProxyModel(parent), m_stateRole(stateRole) {}
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_stateRole;
};

} // namespace estatedesk
