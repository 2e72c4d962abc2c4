// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QObject>

#include <memory>

namespace estatedesk {

class MainWindow;

// The signed-in window of the program, one at a time. When someone else signs in at the lock
// screen (File → Switch user, or after the idle lock), the window is built anew for that account:
// every page, menu and list is made for a role and its scope, so nothing of the previous account
// — its pages, its filters, its unsaved typing — is carried over to a role that may not see it.
class SessionWindows : public QObject
{
    Q_OBJECT
public:
    // base: the program's session before sign-in (database and clock).
    explicit SessionWindows(const Session &base, QObject *parent = nullptr);
    ~SessionWindows() override;

    // Opens the window of staff in place of the current one (which is closed and deleted later).
    MainWindow *open(const Staff &staff);
    MainWindow *window() const { return m_window.get(); }

signals:
    // A new window is shown (the first one and after each switch).
    void opened(MainWindow *window);

private:
    Session m_base;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace estatedesk
