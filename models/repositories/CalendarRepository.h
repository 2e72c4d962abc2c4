// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/WorkCalendar.h"
#include "repositories/Session.h"

namespace estatedesk {

// The holiday calendar in the database. Every change recomputes the open deadlines (closed ones
// keep their outcome) in the same transaction, and is audited.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
public:
    explicit CalendarRepository(const Session &session) : m_session(session) {}

    WorkCalendar load() const;
    // Replaces the entries of the dates listed and leaves other dates alone. Returns how many
    // dates were written. All or nothing.
    int importEntries(const QList<WorkCalendar::Entry> &entries, const QString &source);
    // Parses the CSV (every bad line is reported, nothing imported) and imports it.
    int importCsv(const QByteArray &bytes, const QString &fileLabel);
    QByteArray exportCsv(int year = 0) const;
    // Marks one day (Settings page); kind empty = back to the normal weekday/weekend rule.
    void setDay(const QDate &day, const QString &kind, const QString &name);
    // Adds the shipped schedules of the years the database does not have at all (a newer
    // program brings a newly published year); never touches years already present.
    int mergeShippedYears();

private:
    void writeEntries(const QList<WorkCalendar::Entry> &entries);
    Session m_session;
};

} // namespace estatedesk
