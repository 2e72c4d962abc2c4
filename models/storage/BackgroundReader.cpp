// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackgroundReader.h"

#include "storage/Database.h"

namespace estatedesk {

BackgroundReader::BackgroundReader(Database *db, QObject *parent)
    : QObject(parent), m_db(db), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    // The last job: the reads posted before it run first.
    post([this] {
        m_db->closeThreadConnection();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

} // namespace estatedesk
