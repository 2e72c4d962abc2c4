// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace estatedesk {

// The office calendar: which days are public holidays and which weekend days are make-up
// working days (调休). Every other Monday–Friday is a working day, every other Saturday and
// Sunday is not. A year for which no entry exists has no published schedule (yet).
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    enum class Kind
    {
        Holiday,
        Workday
    };
    struct Entry
    {
        QDate date;
        Kind kind = Kind::Holiday;
        QString name;
    };

    void set(const Entry &entry);
    void remove(const QDate &date);
    void clear() { m_entries.clear(); }
    const QHash<QDate, Entry> &entries() const { return m_entries; }
    // Entries of one year (or all when year is 0), by date.
    QList<Entry> entriesOf(int year = 0) const;

    bool isWorkingDay(const QDate &day, QString *reason = nullptr) const;
    // True when the calendar has at least one entry in that year.
    bool isPublished(int year) const;
    QList<int> years() const;

    // The CSV format of DESIGN §4: header "date,kind,name". Throws ValidationError("file") with
    // every bad line ("Line 3: ...") in the message; nothing is returned then.
    static QList<Entry> parseCsv(const QByteArray &bytes);
    static QByteArray toCsv(const QList<Entry> &entries);
    static QString kindKey(Kind kind)
    {
        return kind == Kind::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
    }
    // The calendar shipped with the program (resources/calendar/cn-holidays.csv).
    static QList<Entry> shipped();

private:
    QHash<QDate, Entry> m_entries;
};

} // namespace estatedesk
