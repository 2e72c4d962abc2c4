// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ServerLink.h"

#include "core/Errors.h"
#include "storage/Sql.h"

namespace estatedesk {

ServerLink::ServerLink(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (db.backend() != Backend::Postgres)
        return;
    // The probe gives up connecting sooner than the window would: it only asks whether the
    // server answers, and asks again a second later.
    m_probe = new ServerProbe(db.config().withConnectTimeout(3));
    m_probe->moveToThread(&m_thread);
    connect(m_probe, &ServerProbe::answered, this, &ServerLink::answered, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("ServerLink"));
    m_thread.start();
    // A statement of the window that found its connection broken: said on the thread that ran it,
    // handled here once the action that failed has shown its message.
    m_db.setOnConnectionLost([this](const QString &why) {
        QMetaObject::invokeMethod(
            this, [this, why] { markLost(why); }, Qt::QueuedConnection);
    });
    m_beat.setInterval(kBeatMs);
    connect(&m_beat, &QTimer::timeout, this, &ServerLink::checkNow);
    m_beat.start();
}

ServerLink::~ServerLink()
{
    if (!m_probe)
        return;
    m_db.setOnConnectionLost({});
    QMetaObject::invokeMethod(
        m_probe, [probe = m_probe] { probe->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_probe;
}

void ServerLink::checkNow()
{
    if (!m_probe || m_asking)
        return;
    m_asking = true;
    QMetaObject::invokeMethod(
        m_probe, [probe = m_probe] { probe->ask(); }, Qt::QueuedConnection);
}

void ServerLink::markLost(const QString &why)
{
    if (!m_probe)
        return;
    m_db.setServerReachable(false);
    m_problem = why;
    m_beat.setInterval(kRetryMs);
    if (m_up) {
        m_up = false;
        emit lost(why);
    }
    checkNow();
}

void ServerLink::answered(bool ok, const QString &why)
{
    m_asking = false;
    if (!ok) {
        markLost(why);
        return;
    }
    if (m_up && m_db.serverReachable())
        return;
    // Back: the window's connection broke with the server's going away (or was never noticed to);
    // the next statement makes it anew.
    m_db.closeThreadConnection();
    m_db.setServerReachable(true);
    m_problem.clear();
    m_beat.setInterval(kBeatMs);
    const bool wasDown = !m_up;
    m_up = true;
    if (wasDown)
        emit restored();
}

void ServerProbe::ask()
{
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(m_config);
        m_db->setServerReachable(true); // this probe always tries to connect
        Sql::scalar(m_db->connection(), QStringLiteral("SELECT 1"));
        emit answered(true, {});
    } catch (const Error &e) {
        m_db->closeThreadConnection();
        emit answered(false, e.message());
    }
}

void ServerProbe::shutdown()
{
    if (m_db)
        m_db->closeThreadConnection();
    m_db.reset();
}

} // namespace estatedesk
