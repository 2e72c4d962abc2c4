// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlineEngine.h"

#include <QColor>
#include <QIdentityProxyModel>

class QLabel;

namespace estatedesk {

// How a cell, a line or a banner looks. Pages map what they show to a tone (a missed viewing,
// a rejected loan, a holiday: Alert; a booked viewing, an unanswered question: Warning; ...).
enum class Tone
{
    Good,    // green: on track, checked in, a working day, a returning client
    Warning, // amber: due soon, waiting for something, a new client
    Alert,   // red: overdue, refused, an error, a holiday
    Neutral, // grey: over and done with, cancelled
    Late,    // violet: done, but late
    Waiting, // blue: paused
};

// The colours of the tones. The models library decides the state; this decides how it looks
// (the KeePassXC split of PasswordHealth and StateColorPalette).
class StatePalette
{
public:
    static QColor background(Tone tone);
    static QColor foreground(Tone tone);
    // A deadline state's tone, and its colours.
    static Tone toneOf(DeadlineState state);
    static QColor background(DeadlineState state) { return background(toneOf(state)); }
    static QColor foreground(DeadlineState state) { return foreground(toneOf(state)); }
    // A page's status line: the text, in the alert colour when it reports an error.
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
