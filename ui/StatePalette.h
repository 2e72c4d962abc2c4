// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlineEngine.h"

#include <QColor>
#include <QIdentityProxyModel>

class QLabel;

namespace estatedesk {

// The colours of deadline states. The models library decides the state; this decides how it
// looks (the KeePassXC split of PasswordHealth and StateColorPalette).
class StatePalette
{
public:
    static QColor background(DeadlineState state);
    static QColor foreground(DeadlineState state);
    // A page's status line: the text, in the overdue colour when it reports an error.
    static void showStatus(QLabel *label, const QString &text, bool error);
};

// Colours the rows of a model that offers a state role (DeadlineListModel::StateRole).
class StateColorProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    StateColorProxy(int stateRole, QObject *parent = nullptr)
        : QIdentityProxyModel(parent), m_stateRole(stateRole)
    {
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_stateRole;
};

} // namespace estatedesk
