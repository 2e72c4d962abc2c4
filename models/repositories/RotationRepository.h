// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace estatedesk {

// The walk-in rotation board (轮排): today's consultants in order. A new walk-in goes to the first
// consultant who is available; they then move to the end of the line. Consultants who are not
// available (with a client, on leave, on a break) are skipped with that reason recorded and keep
// their place, so they are next once free. A returning client goes back to the consultant who
// served them (or, when their record names nobody, to whoever served them within the claim
// window), without using anyone's turn. Supervisors can reorder. Everything is recorded.
class RotationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RotationRepository)
public:
    struct Place
    {
        qint64 staffId = 0;
        QString name;
        int position = 0;
        QString status;     // available, with_client, on_leave, on_break
        int receptions = 0; // walk-ins assigned today (turns and returning clients)
    };
    struct Assignment
    {
        qint64 staffId = 0;
        QString staffName;
        bool returning = false;
        QStringList skipped; // "name: reason"
    };

    explicit RotationRepository(const Session &session) : m_session(session) {}

    // Today's board (office date), created from the active consultants on first use.
    QList<Place> board() const;
    void setStatus(qint64 staffId, const QString &status);
    // Supervisors: move a consultant to position (1 = first in line).
    void moveTo(qint64 staffId, int position);
    // Assigns the walk-in client to a consultant by the rules above; records it, sets the client's
    // consultant when they had none. Throws ValidationError when nobody is available.
    Assignment assignWalkIn(qint64 clientId);
    // Receptions per consultant on a day (the ledger).
    QList<QPair<QString, int>> ledger(const QDate &day) const;

    // The statuses a consultant can have on the board, in the order the board offers them.
    static QStringList statuses();
    static QString statusLabel(const QString &status);

private:
    QDate today() const;
    void ensureBoard() const;
    void record(const QString &kind, qint64 staffId, qint64 clientId, const QString &reason);
    Session m_session;
};

} // namespace estatedesk
