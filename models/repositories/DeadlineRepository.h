// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlineEngine.h"
#include "repositories/Session.h"
#include "repositories/SettingsRepository.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace estatedesk {

// One watched deadline of one record: a consultation's first response, a complaint's solution…
struct DeadlineItem
{
    qint64 id = 0;
    QString policy;
    QString entity; // table of the record: "consultations", "complaints", ...
    qint64 entityId = 0;
    qint64 clientId = 0;
    QString clientName;
    qint64 staffId = 0;
    QString staffName;
    qint64 startedAt = 0;
    QDate anchorDate; // date-based policies
    qint64 dueAt = 0;
    qint64 dueSoonAt = 0;
    bool provisional = false;
    qint64 stoppedAt = 0;
    int round = 1;          // a reopened complaint owes a second solution: round 2
    int lengthDays = 0;     // this record's own length (a defect's deadline), 0: the policy's
    qint64 pausedSince = 0; // the clock stands still since then (0: running)

    DeadlineState stateAt(qint64 nowMs) const
    {
        if (pausedSince > 0 && stoppedAt == 0)
            return DeadlineState::Paused;
        return DeadlineEngine::state(dueAt, dueSoonAt, stoppedAt, nowMs);
    }
    // The deadline as screens and paper show it. One that falls on a date (an installment's due
    // date, the day a handover notice must go out: anchorDate set) is that date, due within the
    // day: "2026-12-20", although dueAt is the instant it turns overdue, the next midnight
    // ("2026-12-21 00:00"), which machine outputs (CSV, JSON, `sla due`) keep. Others are the
    // office time "2026-12-02 18:00".
    QString dueText() const;
};

struct DeadlineFilter
{
    QList<qint64> staffIds; // empty = everyone
    bool includeOnTrack = false;
    QString entity; // only items of this table ("complaints"); empty = all
};

// Deadline items in the database: started and stopped by the repositories of the records they
// watch, in the same transaction; their due time stored and indexed so the dashboard reads a
// few rows. Open items are recomputed when a policy, the calendar or the office settings
// change; stopped items keep their due time and outcome.
class DeadlineRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRepository)
public:
    explicit DeadlineRepository(const Session &session) : m_session(session) {}

    // Starts the item; when the record already had one of this policy, a new round (the latest
    // round is the one find/stop/pause/resume act on). lengthDays > 0 replaces the policy's
    // length in days for this record only (a defect's own deadline).
    void start(const QString &policy, const QString &entity, qint64 entityId, qint64 clientId, qint64 staffId,
               qint64 startedAt, int lengthDays = 0);
    void startForDate(const QString &policy, const QString &entity, qint64 entityId, qint64 clientId,
                      qint64 staffId, const QDate &anchor, qint64 createdAt);
    // Stops the item (no-op when there is none or it is stopped already).
    void stop(const QString &policy, const QString &entity, qint64 entityId, qint64 stoppedAt);
    void pause(const QString &policy, const QString &entity, qint64 entityId, qint64 at);
    void resume(const QString &policy, const QString &entity, qint64 entityId, qint64 at);
    // Removes an open item that is no longer owed (a return visit when the complaint reopens
    // before it). Stopped items are history and stay.
    void withdraw(const QString &policy, const QString &entity, qint64 entityId);
    // Recomputes the due time of every open item (of one policy, or all). Returns how many.
    int recomputeOpen(const QString &policy = {});
    // Creates the items of every consultation and complaint that has none (upgrades, demo data).
    int rebuildMissing();

    // Open items that are due soon or overdue at nowMs (or all open ones), most overdue first.
    // Paused items are listed (state Paused) but never counted overdue.
    QList<DeadlineItem> open(qint64 nowMs, const DeadlineFilter &filter = {}) const;
    QList<DeadlineItem> overdue(qint64 nowMs, const DeadlineFilter &filter = {}) const;
    QList<DeadlineItem> forRecord(const QString &entity, qint64 entityId) const;
    // Every item (every round) of the given records, read 400 records a statement (a report of a
    // month's complaints: one statement per record cost PostgreSQL a plan each).
    QList<DeadlineItem> forRecords(const QString &entity, const QList<qint64> &ids) const;
    // The latest round of every policy of the given records (a board of complaints or defects):
    // keyed by record id, then policy.
    QHash<qint64, QHash<QString, DeadlineItem>> latestForRecords(const QString &entity,
                                                                 const QList<qint64> &ids) const;
    // The same of items already read: the latest round of each policy, by record, then policy.
    static QHash<qint64, QHash<QString, DeadlineItem>> latestRounds(const QList<DeadlineItem> &items);
    std::optional<DeadlineItem> find(const QString &policy, const QString &entity, qint64 entityId) const;
    // Number of open items per policy that are overdue / due soon at nowMs (paused ones neither).
    QHash<QString, QPair<int, int>> countsByPolicy(qint64 nowMs, const DeadlineFilter &filter = {}) const;
    // The same counting over items already read.
    static QHash<QString, QPair<int, int>> countByPolicy(const QList<DeadlineItem> &items, qint64 nowMs);

    // "Why is this due then?" for a stored item, and the same for a hypothetical start.
    DeadlineResult explain(const DeadlineItem &item) const;
    // The same for people, one line each: the record, its client and staff, its state at nowMs,
    // its own length, round and pauses, then every counting step. The dashboard, the boards and
    // `sla explain --item` all show this text.
    QStringList explainText(const DeadlineItem &item, qint64 nowMs) const;
    // The item as `overdue` names it: the policy (its kind) and the record's id; the latest round.
    // Throws NotFoundError when there is none.
    DeadlineItem findByKind(const QString &policy, qint64 entityId) const;
    // "Complaint No. 12": the record an item watches.
    static QString recordText(const DeadlineItem &item);
    DeadlineResult preview(const QString &policy, qint64 startMs, const QDate &anchor = {}) const;
    // The deadline of something received at receivedMs, as the office applies it: a consultation
    // received outside office hours counts from the next opening (said in the explanation).
    DeadlineResult previewFromReceipt(const QString &policy, qint64 receivedMs) const;
    QString iso(qint64 ms) const;
    // When a consultation's response clock starts: at once during office hours, otherwise at the
    // next opening (the after-hours queue).
    qint64 consultationClockStart(qint64 receivedAt) const;

private:
    void loadContext() const;
    int nextRound(const QString &policy, const QString &entity, qint64 entityId) const;
    DeadlineResult computeFor(const QString &policy, qint64 startedAt, const QDate &anchor, qint64 itemId,
                              int lengthDays = 0) const;
    QList<PauseInterval> pausesOf(qint64 itemId) const;
    DeadlineResult endPauseAndRecompute(const DeadlineItem &item, qint64 at);
    QList<DeadlineItem> query(const QString &where, QVariantList values, const DeadlineFilter &filter) const;

    Session m_session;
    mutable bool m_loaded = false;
    mutable WorkCalendar m_calendar;
    mutable OfficeSettings m_office;
    mutable QHash<QString, DeadlinePolicy> m_policies;
};

} // namespace estatedesk

Q_DECLARE_METATYPE(estatedesk::DeadlineItem)
