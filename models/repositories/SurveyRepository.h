// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <algorithm>

namespace estatedesk {

// Quarterly satisfaction surveys (seed 四.(一)): one campaign per quarter; the clients to ask
// chosen by stage (prospect, contracted, handed over) and by who served them; responses scored
// 1–5 on attitude, efficiency and problem resolution, each credited to the staff member who
// served the client (the client's consultant, or else whoever served them last); results by
// dimension and staff member; improvement actions per campaign, followed up to done. An answer
// with any score of kUnsatisfiedScore or less is an unsatisfied client: like an unsatisfied return
// visit it becomes a follow-up task (FollowUpRepository::flagAnomaly) for the staff member it is
// credited to, due the day it is recorded, naming the scores and the comment.
class SurveyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)
public:
    struct Target
    {
        qint64 clientId = 0;
        QString clientName;
        QString stage; // prospect, contracted, handed_over
        qint64 staffId = 0;
        QString staffName;
    };
    struct Response
    {
        qint64 clientId = 0;
        int attitude = 0, efficiency = 0, resolution = 0; // 1–5
        QString comment;
        qint64 respondedAt = 0; // 0: now
    };
    struct Score
    {
        qint64 staffId = 0; // 0: the whole office
        QString staffName;
        int responses = 0;
        double attitude = 0, efficiency = 0, resolution = 0, overall = 0;
    };
    struct ImprovementAction
    {
        qint64 id = 0;
        QString action;
        qint64 ownerId = 0;
        QDate dueOn;
        qint64 doneAt = 0;
        QString result;
    };

    // Scores run 1–5; an answer with any score at or below this one makes a follow-up task.
    static constexpr int kUnsatisfiedScore = 2;

    static bool unsatisfied(const Response &r)
    {
        return std::min({r.attitude, r.efficiency, r.resolution}) <= kUnsatisfiedScore;
    }

    explicit SurveyRepository(const Session &session) : m_session(session) {}
    static QStringList stages();
    static QString stageLabel(const QString &stage);
    // "2026-Q4" → its first day and the first day after it; throws ValidationError("--quarter").
    static QPair<QDate, QDate> quarterDays(const QString &quarter);

    // The campaign of a quarter, created on first use. Returns its id.
    qint64 campaign(const QString &quarter);
    // Clients to ask: of the given stages (empty: all) and served by the given staff (0: anyone),
    // who have not answered this campaign yet; the first `limit` of them by number.
    QList<Target> targets(qint64 campaignId, const QStringList &stages = {}, qint64 staffId = 0,
                          int limit = 500) const;
    // Records the answer, audited; an unsatisfied one (kUnsatisfiedScore) also makes its follow-up
    // task, in the same transaction. Returns the answer's id. An erased client is no longer
    // surveyed: refused (Erasure::refuseIfErased).
    qint64 addResponse(qint64 campaignId, Response response);
    // Averages per staff member (and the office as a whole, staffId 0, first).
    QList<Score> results(qint64 campaignId) const;
    // Averages of the responses received in [fromMs, toMs) credited to one staff member.
    Score scoreOf(qint64 staffId, qint64 fromMs, qint64 toMs) const;

    qint64 addAction(qint64 campaignId, const QString &action, qint64 ownerId, const QDate &dueOn);
    void completeAction(qint64 actionId, const QString &result);
    QList<ImprovementAction> actions(qint64 campaignId) const;

private:
    Session m_session;
};

} // namespace estatedesk
