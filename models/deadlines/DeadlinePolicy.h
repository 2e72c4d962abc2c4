// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace estatedesk {

// How a deadline is counted (DESIGN §4).
enum class DeadlineClock
{
    WallClock,      // start + length (minutes), paused time added back
    WorkingDays,    // the Nth working day after the day of the start, at close of business
    DaysBeforeDate, // N calendar days before a date (e.g. the handover date), end of that day
    EndOfDate,      // the end of a given date (e.g. an installment's due date)
};

struct DeadlinePolicy
{
    QString name; // CLI name, e.g. "complaint-solution"
    DeadlineClock clock = DeadlineClock::WallClock;
    qint64 lengthMinutes = 0; // WallClock
    int lengthDays = 0;       // WorkingDays, DaysBeforeDate
    int dueSoonPercent = 20;  // the last share of the window that counts as "due soon"
    bool pausable = false;    // "waiting for the client" stops the clock
    int rowVersion = 0;

    // The policies of DESIGN §4 with the seed's defaults.
    static QList<DeadlinePolicy> defaults();
    static QStringList names();
    // The translated name people read ("Complaint solution").
    static QString label(const QString &name);
    static QString clockKey(DeadlineClock clock);
    static DeadlineClock clockFromKey(const QString &key, bool *ok = nullptr);
    static QString clockLabel(DeadlineClock clock);
    // "3 working days", "15 minutes", ...
    QString lengthText() const;
    // Throws ValidationError naming the field.
    void validate() const;

    Q_DECLARE_TR_FUNCTIONS(DeadlinePolicy) // last: the macro ends in "private:"
};

} // namespace estatedesk
