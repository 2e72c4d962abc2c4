// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionWindows.h"

#include "MainWindow.h"
#include "security/Accounts.h"

namespace estatedesk {

SessionWindows::SessionWindows(const Session &base, QObject *parent) : QObject(parent), m_base(base) {}

SessionWindows::~SessionWindows() = default;

MainWindow *SessionWindows::open(const Staff &staff)
{
    auto next = std::make_unique<MainWindow>(Accounts::sessionFor(m_base, staff));
    connect(next.get(), &MainWindow::switchUserRequested, this, &SessionWindows::open);
    if (m_window)
        next->restoreGeometry(m_window->saveGeometry());
    next->show();
    if (m_window) {
        // Deleted later: the old window may be in the middle of the signal that asked for this.
        MainWindow *old = m_window.release();
        old->hide();
        old->deleteLater();
    }
    m_window = std::move(next);
    emit opened(m_window.get());
    return m_window.get();
}

} // namespace estatedesk
