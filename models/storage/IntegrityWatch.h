// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace estatedesk {

// Reads a SQLite office file through (PRAGMA quick_check) while people work (issue 14 item 11),
// on a thread and a connection of its own, so nothing on the start path grows with the file
// (issue 18). A damaged file:
// - marks the Database (Database::setDamage): every write but a restore is then refused, with a
//   message that names the damage, so nothing more is written into broken pages;
// - leaves a note beside the file (damageNote()), so that the next start reads the file through
//   before opening it and offers the latest good backup in its place (Startup::openAndCheck).
// Backups check the file too (Backup::write): a damaged file is never copied over good backups.
class IntegrityWatch : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityWatch(Database &db, QObject *parent = nullptr);
    ~IntegrityWatch() override;

    // Starts the check (SQLite only; a PostgreSQL server keeps its own pages). checked() follows.
    void start();
    bool isRunning() const { return m_thread != nullptr; }

    // Runs the check on the calling thread and acts on what it finds as start() does; returns it.
    static QStringList checkNow(Database &db);
    // The note beside a SQLite file that its last check found it damaged (FILE.check-failed).
    static QString damageNote(const QString &databaseFile);

signals:
    // What the check found wrong (empty: the file is sound).
    void checked(const QStringList &problems);

private:
    static void record(Database &db, const QStringList &problems);
    Database &m_db;
    QThread *m_thread = nullptr;
};

} // namespace estatedesk
