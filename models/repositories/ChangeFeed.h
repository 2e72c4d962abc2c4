// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace estatedesk {

struct Session;

// Keeps every screen live while several PCs (or a second program on this PC) share the data.
// A kind of record is its table's name as the audit log names it ("clients", "appointments",
// "rotation_places", ...).
//
// On PostgreSQL each kind has its own channel ("estatedesk_clients", ...): a change announces its
// kind once per transaction, and the server delivers it to every listening program when the
// change commits (never for a change rolled back). On SQLite there is no server to tell: the
// watcher reads the file's change counter (PRAGMA data_version), and when another connection has
// committed, the kinds from the audit log's new entries (or "*" for a change the log does not
// name, such as a status on the rotation board).
class ChangeFeed
{
public:
    // Called with every change on the writing connection (AuditLog::write does it for audited
    // changes). Nothing is sent on SQLite.
    static void announce(const Session &session, const QString &kind);
    // The channel of a kind on PostgreSQL.
    static QString channel(const QString &kind);
};

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches with a connection of its own (opened here; throws StorageError when it cannot).
    // kinds: what to listen for on PostgreSQL (SQLite reports whatever changed).
    ChangeWatcher(const DatabaseConfig &config, const QStringList &kinds, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Every kind the screens show; what the main window listens for.
    static QStringList allKinds();
    // Checks the change counter now (SQLite; a timer calls it twice a second).
    void poll();

signals:
    // What changed since the last signal, gathered for a moment so that a burst of changes (an
    // import, a merge) arrives once; "*" when the kind is not known.
    void changed(const QSet<QString> &kinds);

private:
    void note(const QString &kind);
    std::unique_ptr<Database> m_db;
    QTimer m_pollTimer;
    QTimer m_gather;
    QSet<QString> m_pending;
    qint64 m_dataVersion = -1;
    qint64 m_lastAuditId = 0;
};

} // namespace estatedesk
