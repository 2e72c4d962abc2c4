// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace estatedesk {

// Monthly training (seed 四.(二)): sessions on service rules, communication, emergency handling
// or other topics, each with a pass mark; every attendee assessed, and re-assessed (attempt 2,
// 3, …) until passed; who has not been trained in a month.
class TrainingRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)
public:
    struct Result
    {
        qint64 sessionId = 0;
        qint64 staffId = 0;
        QString staffName;
        int attempt = 0;
        int score = 0;
        bool passed = false;
    };
    struct TrainingSession
    {
        qint64 id = 0;
        QDate heldOn;
        QString topic;
        QString title;
        int passMark = 0;
    };

    explicit TrainingRepository(const Session &session) : m_session(session) {}
    static QStringList topics(); // service_rules, communication, emergency, other
    static QString topicLabel(const QString &topic);

    qint64 addSession(const QDate &heldOn, const QString &topic, const QString &title, int passMark);
    QList<TrainingSession> sessionsIn(const QDate &from, const QDate &to) const;
    // Records an assessment: attempt 1, or the next attempt after a failed one; refused once passed.
    Result assess(qint64 sessionId, qint64 staffId, int score);
    // The latest attempt of each attendee of a session.
    QList<Result> results(qint64 sessionId) const;
    // The team of [from, to) (StaffRepository::teamCondition, as the appraisal counts it: staff whose
    // account was made after the period are left out) with no session attended in it (seed 四.(二)1:
    // the monthly training is for sales and customer-service staff).
    QList<QPair<qint64, QString>> untrained(const QDate &from, const QDate &to) const;
    // Best passing score in [from, to), or -1 with no pass (the month's training result).
    int bestPassedScore(qint64 staffId, const QDate &from, const QDate &to) const;

private:
    Session m_session;
};

} // namespace estatedesk
