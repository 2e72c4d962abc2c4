// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines/DeadlineSetup.h"

#include "core/Clock.h"
#include "deadlines/DeadlinePolicy.h"
#include "deadlines/WorkCalendar.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace estatedesk {

void DeadlineSetup::seed(const Database &db)
{
    addMissingPolicies(db);
    QSqlDatabase conn = db.connection();
    Sql::run(
        conn, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
        {QString::fromLatin1(Settings::TimeZone.key), SettingText::format(Settings::TimeZone.fallback())});
    Sql::run(conn, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
             {QString::fromLatin1(Settings::CloseOfBusiness.key),
              SettingText::format(Settings::CloseOfBusiness.fallback())});
    QSqlQuery day =
        Sql::prepare(conn, QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"));
    for (const WorkCalendar::Entry &e : WorkCalendar::shipped()) {
        day.bindValue(0, e.date.toString(Qt::ISODate));
        day.bindValue(1, WorkCalendar::kindKey(e.kind));
        day.bindValue(2, e.name);
        Sql::exec(day);
    }
}

void DeadlineSetup::addMissingPolicies(const Database &db)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery policy = Sql::prepare(
        conn, QStringLiteral("INSERT INTO deadline_policies (name, clock, length_minutes, length_days, "
                             "due_soon_percent, pausable) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery present = Sql::run(conn, QStringLiteral("SELECT name FROM deadline_policies"));
    QStringList have;
    while (present.next())
        have << present.value(0).toString();
    present.finish();
    for (const DeadlinePolicy &p : DeadlinePolicy::defaults()) {
        if (have.contains(p.name))
            continue;
        policy.bindValue(0, p.name);
        policy.bindValue(1, DeadlinePolicy::clockKey(p.clock));
        policy.bindValue(2, p.lengthMinutes);
        policy.bindValue(3, p.lengthDays);
        policy.bindValue(4, p.dueSoonPercent);
        policy.bindValue(5, p.pausable ? 1 : 0);
        Sql::exec(policy);
    }
}

void DeadlineSetup::trackExistingRecords(const Database &db)
{
    SystemClock clock; // only consulted for pauses still open; there are none yet
    DeadlineRepository(Session{const_cast<Database *>(&db), &clock, 0}).rebuildMissing();
}

} // namespace estatedesk
