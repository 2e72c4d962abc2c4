// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace estatedesk {

// The office's scheduled work, run by the program itself (the "system" actor) whoever is signed in:
// payment follow-ups, complaint escalations and missed-installment flags every hour, retention and
// the automatic backup once a day. Each job runs once per period across all PCs: it claims its
// (job, period) row in job_runs inside its own transaction, so a second PC (or a second `jobs run`)
// waits for the first and then finds the work done. A job that fails leaves no claim and is tried
// again at the next run; the others still run.
class ScheduledJobs
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledJobs)
public:
    enum class Outcome
    {
        Done,       // this run did the job (count says how many records it touched)
        AlreadyRun, // another run did it in this period
        NotDue,     // nothing to do yet (the newest backup is recent)
        Failed      // message says why; nothing of the job was saved
    };
    struct Result
    {
        QString job;
        Outcome outcome = Outcome::Done;
        int count = 0;
        QString path;    // the backup written
        QString message; // why it failed
    };

    explicit ScheduledJobs(const Session &session);

    // The jobs in the order they run (the names `jobs run` prints).
    static QStringList names();
    static QString label(const QString &job);
    // Runs every job that is due; one result per job, in names() order.
    QList<Result> runDue();
    // One line for people: what the job did, or why it failed, named by its label.
    static QString describe(const Result &result);
    static QString outcomeName(Outcome outcome);

private:
    Result runInTransaction(const QString &job, const QString &period, const std::function<int()> &work);
    Result runBackup(const QString &period);
    bool claim(const QString &job, const QString &period);
    void finish(const QString &job, const QString &period, const QString &result);
    Session m_system;
};

} // namespace estatedesk
