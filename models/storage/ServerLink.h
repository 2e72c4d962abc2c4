// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace estatedesk {

class ServerProbe;

// Keeps a window's link to the office server (issue 13: "when the server goes away mid-session
// the window says so in a banner, keeps what was typed, and reconnects by itself").
//
// A worker thread asks the server every few seconds on a connection of its own, so a server that
// went away is noticed while nobody clicks, and a connect that hangs never freezes the window.
// When the server does not answer, or a statement of the window finds its connection broken
// (Database::noteConnectionLost), lost() is emitted and the Database refuses to make new
// connections until the server answers again (an action fails at once with a message that says
// so, instead of waiting for a timeout). The worker then asks every second; when the server
// answers, the window's own connection is made anew and restored() is emitted.
//
// On SQLite there is no server: the link is always up and asks nothing.
class ServerLink : public QObject
{
    Q_OBJECT
public:
    // db: the window's database; the link lives on (and resets the connection of) this thread.
    explicit ServerLink(Database &db, QObject *parent = nullptr);
    ~ServerLink() override;

    bool isUp() const { return m_up; }
    // Why the server is not reachable (empty while it is).
    QString problem() const { return m_problem; }
    // Asks the server now instead of at the next beat.
    void checkNow();

    // How often the server is asked while it answers, and while it does not.
    static constexpr int kBeatMs = 3000;
    static constexpr int kRetryMs = 1000;

signals:
    void lost(const QString &why);
    void restored();

private:
    void markLost(const QString &why);
    void answered(bool ok, const QString &why);

    Database &m_db;
    QThread m_thread;
    ServerProbe *m_probe = nullptr;
    QTimer m_beat;
    bool m_asking = false;
    bool m_up = true;
    QString m_problem;
};

// The worker of ServerLink: runs on its thread, with a connection of its own.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(DatabaseConfig config) : m_config(std::move(config)) {}
    // Asks the server (SELECT 1), connecting first if need be; answers with answered().
    void ask();
    // Closes the connection (on the worker thread, before it ends).
    void shutdown();

signals:
    void answered(bool ok, const QString &why);

private:
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
};

} // namespace estatedesk
