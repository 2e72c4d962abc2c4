// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/IntegrityWatch.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "storage/Backup.h"

#include <QFile>

namespace estatedesk {

IntegrityWatch::IntegrityWatch(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

IntegrityWatch::~IntegrityWatch()
{
    if (m_thread) {
        m_thread->wait(); // a quick check cannot be interrupted; it ends within seconds
        delete m_thread;
    }
}

QString IntegrityWatch::damageNote(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".check-failed");
}

void IntegrityWatch::record(Database &db, const QStringList &problems)
{
    if (db.backend() != Backend::Sqlite)
        return;
    const QString note = damageNote(db.config().sqlitePath);
    if (problems.isEmpty()) {
        db.setDamage({});
        QFile::remove(note);
        return;
    }
    db.setDamage(problems.constFirst());
    try {
        PrivateFiles::writeFile(note, problems.join(u'\n').toUtf8());
    } catch (const Error &) {
        // A folder that cannot be written: the window says so anyway; the next start checks as usual.
    }
}

QStringList IntegrityWatch::checkNow(Database &db)
{
    const QStringList problems = Backup::quickCheck(db);
    record(db, problems);
    return problems;
}

void IntegrityWatch::start()
{
    if (m_db.backend() != Backend::Sqlite || m_thread)
        return;
    const DatabaseConfig config = m_db.config();
    m_thread = QThread::create([this, config] {
        Database own(config);
        QStringList problems;
        try {
            own.open();
            problems = Backup::quickCheck(own);
        } catch (const Error &e) {
            problems << e.message();
        }
        own.closeThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                record(m_db, problems);
                emit checked(problems);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("IntegrityWatch"));
    m_thread->start(QThread::LowPriority);
}

} // namespace estatedesk
