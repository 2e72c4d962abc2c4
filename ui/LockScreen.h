// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace estatedesk {

class Clock;

// Watches the keyboard and mouse of the whole program and says when nobody has used it for the
// set time. Time comes from the injected clock, and check() can be called directly, so tests
// drive it without waiting (the timer only calls check() now and then).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(const Clock *clock, int idleMinutes, QObject *parent = nullptr);

    void setIdleMinutes(int minutes); // 0: never idle
    int idleMinutes() const { return m_minutes; }
    // Counts from now again (after unlocking).
    void restart();
    // Emits idle() once when the set time has passed without input; returns whether it did.
    bool check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock *m_clock;
    int m_minutes;
    qint64 m_lastInput;
    bool m_reported = false;
    QTimer *m_timer;
};

// Covers the window while it is locked: nothing of it shows and nothing in it takes input, but
// every page keeps what was typed. Signing in with the same account unlocks; another account
// signs in to a new window of its own (see MainWindow::switchUserRequested).
// A dialog that is open when the lock comes (a modal one takes all input) gets a cover of its
// own with the same sign-in, so it neither shows its contents nor keeps the lock from being
// lifted; it stays open with what was typed in it. While a dialog is open only the signed-in
// account can unlock: another account's window would sit behind that dialog.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Locked,
        SwitchUser
    };

    LockScreen(const Session &session, QWidget *window);

    // Covers the window and asks for a password (Locked: the signed-in name is filled in;
    // SwitchUser: the name is empty).
    void lock(Mode mode);
    bool isLocked() const { return m_locked; }

signals:
    void signedIn(const Staff &staff);
    // Covered or uncovered (e.g. to hold desktop notifications while nobody may read them).
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Checks the name and password; on success uncovers the window and emits signedIn().
    bool trySignIn();
    // A cover for an open dialog of the window, which only unlocks for the signed-in account.
    LockScreen(const Session &session, QWidget *dialog, LockScreen *main);
    void build();
    void setCovered(bool covered);
    void coverDialogs(bool covered);

    Session m_session;
    QString m_ownName;
    bool m_locked = false;
    QPointer<QWidget> m_focusBefore;
    LockScreen *m_main = nullptr; // set on a dialog's cover
    QList<QPointer<LockScreen>> m_dialogCovers;
    QSize m_minimumBefore; // a dialog grows to hold the sign-in while covered
    QLabel *m_title;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace estatedesk
