// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ChangeFeed.h"

#include "core/Errors.h"
#include "repositories/Session.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace estatedesk {

QString ChangeFeed::channel(const QString &kind)
{
    return QStringLiteral("estatedesk_") + kind;
}

void ChangeFeed::announce(const Session &session, const QString &kind)
{
    if (session.db->backend() != Backend::Postgres)
        return;
    // Inside a unit the notice waits for the commit; once per kind is enough for the unit.
    if (!Transaction::firstInUnit(*session.db, QStringLiteral("notify:") + kind))
        return;
    Sql::run(session.db->connection(), QStringLiteral("SELECT pg_notify(?, '')"), {channel(kind)});
}

QStringList ChangeWatcher::allKinds()
{
    // Every table of the schema (a channel nobody announces on costs nothing).
    QStringList kinds = Migrations::tablesInDependencyOrder();
    kinds.removeAll(QStringLiteral("schema_version"));
    return kinds;
}

ChangeWatcher::ChangeWatcher(const DatabaseConfig &config, const QStringList &kinds, QObject *parent)
    : QObject(parent), m_db(std::make_unique<Database>(config))
{
    m_db->open();
    // Changes arriving within a fifth of a second are reported together.
    m_gather.setSingleShot(true);
    m_gather.setInterval(200);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<QString> kinds = std::exchange(m_pending, {});
        if (!kinds.isEmpty())
            emit changed(kinds);
    });
    QSqlDatabase connection = m_db->connection();
    if (config.backend == Backend::Postgres) {
        QSqlDriver *driver = connection.driver();
        for (const QString &kind : kinds)
            driver->subscribeToNotification(ChangeFeed::channel(kind));
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name.startsWith(QLatin1String("estatedesk_")))
                note(name.mid(int(qstrlen("estatedesk_"))));
        });
        return;
    }
    QSqlQuery last = Sql::run(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    m_lastAuditId = last.next() ? last.value(0).toLongLong() : 0;
    poll(); // the counter as it stands now
    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_pollTimer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    m_db->closeThreadConnection();
}

void ChangeWatcher::poll()
{
    if (m_db->backend() != Backend::Sqlite)
        return;
    try {
        QSqlDatabase connection = m_db->connection();
        QSqlQuery version = Sql::run(connection, QStringLiteral("PRAGMA data_version"));
        const qint64 now = version.next() ? version.value(0).toLongLong() : -1;
        const bool first = m_dataVersion < 0;
        const bool moved = now != m_dataVersion;
        m_dataVersion = now;
        if (first || !moved)
            return;
        QSqlQuery entries =
            Sql::run(connection, QStringLiteral("SELECT id, entity FROM audit_log WHERE id > ? ORDER BY id"),
                     {m_lastAuditId});
        bool named = false;
        const SqlRow row(entries);
        while (entries.next()) {
            m_lastAuditId = row.id("id");
            note(row.text("entity"));
            named = true;
        }
        if (!named)
            note(QStringLiteral("*"));
    } catch (const Error &) {
        // A busy or vanished file: the next poll tries again.
    }
}

void ChangeWatcher::note(const QString &kind)
{
    m_pending.insert(kind);
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace estatedesk
