// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatePalette.h"

#include <QLabel>

namespace estatedesk {

QColor StatePalette::background(Tone tone)
{
    switch (tone) {
    case Tone::Alert:
        return QColor(0xF8, 0xD7, 0xDA); // red
    case Tone::Warning:
        return QColor(0xFF, 0xF1, 0xC2); // amber
    case Tone::Good:
        return QColor(0xE3, 0xF2, 0xE6); // green
    case Tone::Neutral:
        return QColor(0xEE, 0xEE, 0xEE); // grey
    case Tone::Late:
        return QColor(0xF3, 0xE5, 0xF5); // violet
    case Tone::Waiting:
        return QColor(0xDD, 0xEB, 0xF7); // blue
    }
    return {};
}

QColor StatePalette::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Alert:
        return QColor(0x84, 0x20, 0x29);
    case Tone::Warning:
        return QColor(0x6D, 0x4C, 0x00);
    case Tone::Good:
        return QColor(0x1E, 0x5B, 0x2E);
    case Tone::Neutral:
        return QColor(0x44, 0x44, 0x44);
    case Tone::Late:
        return QColor(0x5B, 0x2C, 0x6F);
    case Tone::Waiting:
        return QColor(0x1F, 0x4E, 0x79);
    }
    return {};
}

Tone StatePalette::toneOf(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Overdue:
        return Tone::Alert;
    case DeadlineState::DueSoon:
        return Tone::Warning;
    case DeadlineState::OnTrack:
        return Tone::Good;
    case DeadlineState::Met:
        return Tone::Neutral;
    case DeadlineState::MetLate:
        return Tone::Late;
    case DeadlineState::Paused:
        return Tone::Waiting;
    }
    return Tone::Neutral;
}

void StatePalette::showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color:%1").arg(foreground(Tone::Alert).name()) : QString());
}

QVariant StateColorProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        const QVariant state = QIdentityProxyModel::data(index, m_stateRole);
        if (state.isValid()) {
            const auto s = DeadlineState(state.toInt());
            return role == Qt::BackgroundRole ? StatePalette::background(s) : StatePalette::foreground(s);
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace estatedesk
