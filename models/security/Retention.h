// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace estatedesk {

struct RetentionCandidate
{
    qint64 clientId = 0;
    QString name;
    QDate handedOverOn;
    qint64 serviceRecords = 0;
};

// Records are kept for a period after handover (seed 三.(三)2: 3 years), then the client's personal
// data are anonymised and their service records removed. The period is a setting; a preview shows
// who would go; each run is one transaction with one audit entry; backup copies older than the
// period are removed as well.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    explicit Retention(const Session &session) : m_session(session) {}

    int years() const;
    void setYears(int years);
    // The last day a handover may have happened for the client's records to go.
    QDate cutoff() const;
    // Clients whose last handover (done) is on or before the cutoff and who are not anonymised yet.
    QList<RetentionCandidate> preview() const;
    // Anonymises every candidate; returns how many.
    int run();
    // Runs at most once a day (the program calls this at start and every hour).
    int runIfDue();

private:
    Session m_session;
};

} // namespace estatedesk
