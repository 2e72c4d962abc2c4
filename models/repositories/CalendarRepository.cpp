// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/CalendarRepository.h"

#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

WorkCalendar CalendarRepository::load() const
{
    WorkCalendar calendar;
    QSqlQuery q =
        Sql::run(m_session.db->connection(), QStringLiteral("SELECT day, kind, name FROM calendar_days"));
    const SqlRow row(q);
    while (q.next())
        calendar.set({row.date("day"),
                      row.text("kind") == QLatin1String("workday") ? WorkCalendar::Kind::Workday
                                                                   : WorkCalendar::Kind::Holiday,
                      row.text("name")});
    return calendar;
}

void CalendarRepository::writeEntries(const QList<WorkCalendar::Entry> &entries)
{
    QSqlDatabase db = m_session.db->connection();
    QSqlQuery del = Sql::prepare(db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"));
    QSqlQuery ins =
        Sql::prepare(db, QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"));
    for (const WorkCalendar::Entry &e : entries) {
        del.bindValue(0, e.date.toString(Qt::ISODate));
        Sql::exec(del);
        ins.bindValue(0, e.date.toString(Qt::ISODate));
        ins.bindValue(1, WorkCalendar::kindKey(e.kind));
        ins.bindValue(2, e.name);
        Sql::exec(ins);
    }
}

int CalendarRepository::importEntries(const QList<WorkCalendar::Entry> &entries, const QString &source)
{
    Permissions::require(m_session, Action::EditCalendar);
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral(
        "calendar_days")); // the calendar changed, and open deadlines recomputed, by one PC at a time
    writeEntries(entries);
    AuditLog::write(m_session, QStringLiteral("import"), QStringLiteral("calendar_days"), 0, {},
                    {{QStringLiteral("dates"), entries.size()}, {QStringLiteral("source"), source}});
    DeadlineRepository(m_session).recomputeOpen();
    tx.commit();
    return int(entries.size());
}

int CalendarRepository::importCsv(const QByteArray &bytes, const QString &fileLabel)
{
    QList<WorkCalendar::Entry> entries;
    try {
        entries = WorkCalendar::parseCsv(bytes);
    } catch (const ValidationError &e) {
        QStringList lines = e.message().split(u'\n');
        for (QString &l : lines)
            l = fileLabel + QStringLiteral(": ") + l;
        throw ValidationError(QStringLiteral("file"), lines.join(u'\n'));
    }
    return importEntries(entries, fileLabel);
}

QByteArray CalendarRepository::exportCsv(int year) const
{
    return WorkCalendar::toCsv(load().entriesOf(year));
}

void CalendarRepository::setDay(const QDate &day, const QString &kind, const QString &name)
{
    Permissions::require(m_session, Action::EditCalendar);
    if (!day.isValid())
        throw ValidationError(QStringLiteral("date"), tr("Date: not a valid date"));
    if (!kind.isEmpty() && kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
        throw ValidationError(QStringLiteral("kind"),
                              tr("Kind: \"%1\" must be holiday or workday").arg(kind));
    Transaction tx(*m_session.db);
    tx.lockKey(QStringLiteral("calendar_days"));
    QSqlDatabase db = m_session.db->connection();
    const QString key = day.toString(Qt::ISODate);
    QSqlQuery before =
        Sql::run(db, QStringLiteral("SELECT kind, name FROM calendar_days WHERE day = ?"), {key});
    QVariantMap beforeMap;
    const SqlRow row(before);
    if (before.next())
        beforeMap = {{QStringLiteral("day"), key},
                     {QStringLiteral("kind"), row.value("kind")},
                     {QStringLiteral("name"), row.value("name")}};
    before.finish();
    Sql::run(db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {key});
    QVariantMap afterMap{{QStringLiteral("day"), key}};
    if (!kind.isEmpty()) {
        Sql::run(db, QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"),
                 {key, kind, name.trimmed()});
        afterMap.insert(QStringLiteral("kind"), kind);
        afterMap.insert(QStringLiteral("name"), name.trimmed());
    }
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("calendar_days"), 0, beforeMap,
                    afterMap);
    DeadlineRepository(m_session).recomputeOpen();
    tx.commit();
}

int CalendarRepository::mergeShippedYears()
{
    const QList<int> present = load().years();
    QList<WorkCalendar::Entry> missing;
    for (const WorkCalendar::Entry &e : WorkCalendar::shipped())
        if (!present.contains(e.date.year()))
            missing << e;
    if (missing.isEmpty())
        return 0;
    // The program itself adds a newly published year, whoever is signed in.
    Session system = m_session;
    system.role = Vocabulary::Role::System;
    return CalendarRepository(system).importEntries(missing, QStringLiteral("shipped calendar"));
}

} // namespace estatedesk
