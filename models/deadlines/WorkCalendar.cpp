// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines/WorkCalendar.h"

#include "core/Errors.h"
#include "io/Csv.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace estatedesk {

void WorkCalendar::set(const Entry &entry)
{
    m_entries.insert(entry.date, entry);
}

void WorkCalendar::remove(const QDate &date)
{
    m_entries.remove(date);
}

QList<WorkCalendar::Entry> WorkCalendar::entriesOf(int year) const
{
    QList<Entry> out;
    for (const Entry &e : m_entries)
        if (year == 0 || e.date.year() == year)
            out << e;
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.date < b.date; });
    return out;
}

namespace {
// Whether a calendar entry's name already says the day is worked: the shipped calendar names
// make-up days "国庆节调休上班" (resources/calendar), an imported one may say "补班".
bool namesAWorkday(const QString &name)
{
    return name.contains(QStringLiteral("调休")) || name.contains(QStringLiteral("补班")) ||
           name.contains(QStringLiteral("上班"));
}
} // namespace

bool WorkCalendar::isWorkingDay(const QDate &day, QString *reason) const
{
    const auto it = m_entries.constFind(day);
    if (it != m_entries.constEnd()) {
        if (it->kind == Kind::Workday) {
            if (reason)
                *reason = it->name.isEmpty() ? tr("make-up working day")
                          : namesAWorkday(it->name)
                              ? it->name // "国庆节调休上班", not "调休上班日（国庆节调休上班）"
                              : tr("make-up working day (%1)").arg(it->name);
            return true;
        }
        if (reason)
            *reason = it->name.isEmpty() ? tr("public holiday") : tr("public holiday (%1)").arg(it->name);
        return false;
    }
    const int dow = day.dayOfWeek();
    if (dow >= 6) {
        if (reason)
            *reason = dow == 6 ? tr("Saturday") : tr("Sunday");
        return false;
    }
    if (reason)
        *reason = tr("working day");
    return true;
}

bool WorkCalendar::isPublished(int year) const
{
    for (const Entry &e : m_entries)
        if (e.date.year() == year)
            return true;
    return false;
}

QList<int> WorkCalendar::years() const
{
    QSet<int> set;
    for (const Entry &e : m_entries)
        set.insert(e.date.year());
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// Why the text on a line is no date: not in the form YYYY-MM-DD, or in that form but not a day
// of the calendar ("2027-02-30": February 2027 has 28 days).
QString notADate(int line, const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() == 0)
        return WorkCalendar::tr("Line %1: \"%2\" is not a date in the form YYYY-MM-DD").arg(line).arg(text);
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return WorkCalendar::tr("Line %1: \"%2\" is not a real date: there is no month %3")
            .arg(line)
            .arg(text)
            .arg(month);
    return WorkCalendar::tr("Line %1: \"%2\" is not a real date: %3 has only %4 days") // 28 to 31
        .arg(line)
        .arg(text, m.captured(1) + u'-' + m.captured(2))
        .arg(QDate(year, month, 1).daysInMonth());
}

} // namespace

QList<WorkCalendar::Entry> WorkCalendar::parseCsv(const QByteArray &bytes)
{
    const QList<Csv::Row> rows = Csv::parse(Csv::decode(bytes));
    QStringList errors;
    if (rows.isEmpty())
        throw ValidationError(QStringLiteral("file"),
                              tr("The calendar file is empty; expected the header date,kind,name."));
    const QStringList header = rows.constFirst().fields;
    QStringList trimmed;
    for (const QString &h : header)
        trimmed << h.trimmed().toLower();
    if (trimmed != QStringList({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")}))
        errors << tr("Line %1: the header must be date,kind,name").arg(rows.constFirst().line);
    QList<Entry> out;
    QHash<QDate, int> seen;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const Csv::Row &row = rows.at(i);
        if (row.fields.size() < 2 || row.fields.size() > 3) {
            errors << tr("Line %1: expected 3 fields (date,kind,name), found %2")
                          .arg(row.line)
                          .arg(row.fields.size());
            continue;
        }
        const QString dateText = row.fields.at(0).trimmed();
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid() || dateText.size() != 10) {
            errors << notADate(row.line, dateText);
            continue;
        }
        const QString kind = row.fields.at(1).trimmed().toLower();
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday")) {
            errors << tr("Line %1: kind \"%2\" must be holiday or workday")
                          .arg(row.line)
                          .arg(row.fields.at(1).trimmed());
            continue;
        }
        if (seen.contains(date)) {
            errors << tr("Line %1: %2 is already listed on line %3")
                          .arg(row.line)
                          .arg(dateText)
                          .arg(seen.value(date));
            continue;
        }
        seen.insert(date, row.line);
        out.append({date, kind == QLatin1String("holiday") ? Kind::Holiday : Kind::Workday,
                    row.fields.size() > 2 ? row.fields.at(2).trimmed() : QString()});
    }
    if (!errors.isEmpty())
        throw ValidationError(QStringLiteral("file"), errors.join(u'\n'));
    return out;
}

QByteArray WorkCalendar::toCsv(const QList<Entry> &entries)
{
    QByteArray out = "date,kind,name\n";
    for (const Entry &e : entries)
        out += Csv::formatRow({e.date.toString(Qt::ISODate), kindKey(e.kind), e.name}).toUtf8() + '\n';
    return out;
}

QList<WorkCalendar::Entry> WorkCalendar::shipped()
{
    QFile f(QStringLiteral(":/calendar/cn-holidays.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(f.readAll());
}

} // namespace estatedesk
