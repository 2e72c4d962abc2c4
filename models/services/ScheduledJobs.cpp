// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScheduledJobs.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "security/Erasure.h"
#include "security/Retention.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QSysInfo>

namespace estatedesk {

namespace {
const QString kFollowUps = QStringLiteral("payment-follow-ups");
const QString kEscalations = QStringLiteral("escalations");
const QString kMissedInstallments = QStringLiteral("missed-installments");
const QString kRetention = QStringLiteral("retention");
const QString kBackup = QStringLiteral("backup");
} // namespace

ScheduledJobs::ScheduledJobs(const Session &session) : m_system(session)
{
    m_system.role = Vocabulary::Role::System; // the program's own run, whoever is signed in
    m_system.actorId = 0;
}

QStringList ScheduledJobs::names()
{
    return {kFollowUps, kEscalations, kMissedInstallments, kRetention, kBackup};
}

QString ScheduledJobs::label(const QString &job)
{
    if (job == kFollowUps)
        return tr("Payment follow-ups");
    if (job == kEscalations)
        return tr("Complaint escalations");
    if (job == kMissedInstallments)
        return tr("Missed installments");
    if (job == kRetention)
        return tr("Retention");
    if (job == kBackup)
        return tr("Automatic backup");
    return job;
}

QString ScheduledJobs::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::AlreadyRun:
        return QStringLiteral("already-run");
    case Outcome::NotDue:
        return QStringLiteral("not-due");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QList<ScheduledJobs::Result> ScheduledJobs::runDue()
{
    const QDateTime now = OfficeTime::toOffice(m_system.clock->nowMs());
    const QString hour = now.toString(QStringLiteral("yyyy-MM-ddTHH"));
    const QString day = now.toString(QStringLiteral("yyyy-MM-dd"));
    QList<Result> results;
    // Payment progress followed regularly; late complaints go to the supervisors; missed payments too.
    results << runInTransaction(kFollowUps, hour,
                                [this] { return PaymentPlanRepository(m_system).scheduleFollowUps(); });
    results << runInTransaction(kEscalations, hour,
                                [this] { return ComplaintRepository(m_system).escalateOverdue(); });
    results << runInTransaction(kMissedInstallments, hour,
                                [this] { return PaymentPlanRepository(m_system).flagMissedInstallments(); });
    results << runInTransaction(kRetention, day, [this] { return Retention(m_system).runIfDue(); });
    if (results.constLast().outcome == Outcome::Done && results.constLast().count > 0)
        Erasure::foldWriteAheadLog(*m_system.db); // now that the retention unit is committed
    results << runBackup(day);
    return results;
}

bool ScheduledJobs::claim(const QString &job, const QString &period)
{
    // The key decides: on PostgreSQL a second claim of the same (job, period) waits for the first
    // transaction and then inserts nothing; on SQLite the write lock orders the two.
    QSqlQuery q = Sql::run(
        m_system.db->connection(),
        QStringLiteral(
            "INSERT INTO job_runs (job, period, started_at, host) VALUES (?, ?, CAST(? AS BIGINT), ?) "
            "ON CONFLICT (job, period) DO NOTHING"),
        {job, period, m_system.clock->nowMs(), QSysInfo::machineHostName()});
    return q.numRowsAffected() == 1;
}

void ScheduledJobs::finish(const QString &job, const QString &period, const QString &result)
{
    Sql::run(
        m_system.db->connection(),
        QStringLiteral(
            "UPDATE job_runs SET finished_at = CAST(? AS BIGINT), result = ? WHERE job = ? AND period = ?"),
        {m_system.clock->nowMs(), result, job, period});
}

ScheduledJobs::Result ScheduledJobs::runInTransaction(const QString &job, const QString &period,
                                                      const std::function<int()> &work)
{
    Result r;
    r.job = job;
    try {
        Transaction tx(*m_system.db);
        if (!claim(job, period)) {
            r.outcome = Outcome::AlreadyRun;
            return r;
        }
        r.count = work();
        finish(job, period, QString::number(r.count));
        tx.commit();
    } catch (const Error &e) {
        r = Result{job, Outcome::Failed, 0, {}, e.message()};
    }
    return r;
}

ScheduledJobs::Result ScheduledJobs::runBackup(const QString &period)
{
    // A consistent copy cannot be taken inside a transaction: the claim is committed first and
    // given back when the copy fails, so that the next run tries again.
    Result r;
    r.job = kBackup;
    bool claimed = false;
    try {
        if (!BackupRotation::due(m_system)) {
            BackupRotation::run(m_system); // thins the copies only
            r.outcome = Outcome::NotDue;
            return r;
        }
        Transaction tx(*m_system.db);
        if (!claim(kBackup, period)) {
            r.outcome = Outcome::AlreadyRun;
            return r;
        }
        tx.commit();
        claimed = true;
        r.path = BackupRotation::run(m_system);
        if (r.path.isEmpty())
            throw StorageError(tr("No copy was taken."));
        finish(kBackup, period, r.path);
        r.count = 1;
    } catch (const Error &e) {
        r = Result{kBackup, Outcome::Failed, 0, {}, e.message()};
        if (claimed) {
            try {
                Sql::run(m_system.db->connection(),
                         QStringLiteral("DELETE FROM job_runs WHERE job = ? AND period = ?"),
                         {kBackup, period});
            } catch (const Error &) {
                // the server is gone: the claim stays, tomorrow's run takes the copy
            }
        }
    }
    return r;
}

QString ScheduledJobs::describe(const Result &r)
{
    switch (r.outcome) {
    case Outcome::Failed:
        return tr("%1 failed: %2").arg(label(r.job), r.message);
    case Outcome::AlreadyRun:
        return tr("%1: already done in this period (by this or another PC).").arg(label(r.job));
    case Outcome::NotDue:
        return tr("%1: not due yet.").arg(label(r.job));
    case Outcome::Done:
        break;
    }
    if (r.job == kBackup)
        return tr("Automatic backup written to %1.").arg(QDir::toNativeSeparators(r.path));
    if (r.job == kRetention)
        return tr("Retention: the records of %n client(s) past the keeping period were anonymised.", nullptr,
                  r.count);
    return tr("%1: %n record(s).", nullptr, r.count).arg(label(r.job));
}

} // namespace estatedesk
