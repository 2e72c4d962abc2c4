// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupRotation.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SchemaUpgrade.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace estatedesk {

QString BackupRotation::folder(const Session &session)
{
    const QString configured = SettingsRepository(session).get(Settings::BackupFolder);
    return configured.isEmpty() ? SchemaUpgrade::backupFolder(*session.db) : configured;
}

namespace {

// OWNER-KIND-STAMP[OFFSET].sqlite, KIND: auto, manual or vN-before-vM.
const QRegularExpression &backupName()
{
    static const QRegularExpression name(QStringLiteral(
        "^(.+)-(auto|manual|v\\d+-before-v\\d+)-(\\d{8}-\\d{6})(?:([+-])(\\d{2})(\\d{2}))?\\.sqlite$"));
    return name;
}

// The name earlier versions gave every backup, whichever database it was taken of.
const QString kLegacyOwner = QStringLiteral("estatedesk");

// Whether db is the only SQLite database in its folder: then the backups of no other database
// can be in its default backups folder, and the unowned ones there are its own.
bool aloneInFolder(const Database &db)
{
    if (db.backend() != Backend::Sqlite)
        return true; // the folder is the user's own, named after no file
    const QFileInfo self(db.config().sqlitePath);
    const QFileInfoList files =
        QDir(self.absolutePath()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    return std::all_of(files.begin(), files.end(),
                       [&](const QFileInfo &f) { return f.canonicalFilePath() == self.canonicalFilePath(); });
}

// Whether the backup named for other in folder belongs to no database this one may take it from:
// a name of an earlier version, or, in the default folder beside a SQLite file, a database file
// no longer beside this one (renamed). A folder set by hand may serve offices elsewhere.
bool unowned(const Database &db, const QString &folder, const QString &other)
{
    if (other == kLegacyOwner)
        return true;
    if (db.backend() != Backend::Sqlite ||
        QFileInfo(folder).absoluteFilePath() != QFileInfo(SchemaUpgrade::backupFolder(db)).absoluteFilePath())
        return false;
    const QFileInfo self(db.config().sqlitePath);
    return !QFileInfo::exists(self.absolutePath() + u'/' + other + QStringLiteral(".sqlite"));
}

} // namespace

QString BackupRotation::owner(const Database &db)
{
    if (db.backend() == Backend::Sqlite)
        return QFileInfo(db.config().sqlitePath).completeBaseName();
    static const QRegularExpression dbname(QStringLiteral("(?:^|\\s)dbname=(\\S+)"));
    const auto m = dbname.match(db.config().pgConnection);
    return m.hasMatch() ? m.captured(1) : kLegacyOwner;
}

QString BackupRotation::fileName(const Database &db, bool automatic, qint64 ms)
{
    const QDateTime local = OfficeTime::toOffice(ms);
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("%1%2%3")
                               .arg(offsetMinutes < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3%4.sqlite")
        .arg(owner(db), automatic ? QStringLiteral("auto") : QStringLiteral("manual"),
             local.toString(QStringLiteral("yyyyMMdd-HHmmss")), offset);
}

QString BackupRotation::upgradeFileName(const Database &db, int from, int to, const QString &stamp)
{
    return QStringLiteral("%1-v%2-before-v%3-%4.sqlite").arg(owner(db)).arg(from).arg(to).arg(stamp);
}

QFileInfoList BackupRotation::ownFiles(const Database &db, const QString &folder)
{
    const QString me = owner(db);
    const bool alone = aloneInFolder(db);
    QFileInfoList out;
    for (const QFileInfo &f : QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = backupName().match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QString other = m.captured(1);
        if (other == me) {
            out << f;
            continue;
        }
        if (!alone || !unowned(db, folder, other))
            continue;
        // Claimed: named after this database from now on, so that a file put beside it later
        // never takes it for its own.
        const QString claimed = f.absolutePath() + u'/' + me + f.fileName().mid(other.size());
        if (!QFileInfo::exists(claimed) && QFile::rename(f.absoluteFilePath(), claimed))
            out << QFileInfo(claimed);
    }
    return out;
}

QList<BackupRotation::Copy> BackupRotation::listAll(const Database &db, const QString &folder)
{
    QList<Copy> out;
    for (const QFileInfo &f : ownFiles(db, folder)) {
        const auto m = backupName().match(f.fileName());
        const bool automatic = m.captured(2) == QLatin1String("auto");
        if (!automatic && m.captured(2) != QLatin1String("manual"))
            continue; // taken before an upgrade: kept, not restored from here
        const QDateTime t = QDateTime::fromString(m.captured(3), QStringLiteral("yyyyMMdd-HHmmss"));
        QDateTime at;
        if (m.hasCaptured(4)) {
            const int seconds = (m.captured(5).toInt() * 60 + m.captured(6).toInt()) * 60;
            at = QDateTime(t.date(), t.time(), Qt::OffsetFromUTC,
                           m.captured(4) == QLatin1String("-") ? -seconds : seconds);
        } else {
            at = automatic ? QDateTime(t.date(), t.time(), Qt::UTC)
                           : QDateTime(t.date(), t.time(), OfficeTime::zone());
        }
        out.append({f.absoluteFilePath(), at.toMSecsSinceEpoch(), automatic});
    }
    std::sort(out.begin(), out.end(), [](const Copy &a, const Copy &b) { return a.takenAt > b.takenAt; });
    return out;
}

QList<BackupRotation::Copy> BackupRotation::list(const Database &db, const QString &folder)
{
    QList<Copy> out = listAll(db, folder);
    out.removeIf([](const Copy &c) { return !c.automatic; });
    return out;
}

QList<BackupRotation::Copy> BackupRotation::toRemove(const QList<Copy> &copies, qint64 nowMs,
                                                     const QTimeZone &zone)
{
    QList<Copy> sorted = copies;
    std::sort(sorted.begin(), sorted.end(),
              [](const Copy &a, const Copy &b) { return a.takenAt > b.takenAt; });
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    QSet<QString> days, weeks, months;
    QList<Copy> drop;
    for (const Copy &c : std::as_const(sorted)) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(c.takenAt, zone).date();
        const qint64 age = d.daysTo(today);
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const QString dayKey = d.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString monthKey = d.toString(QStringLiteral("yyyy-MM"));
        bool keep = false;
        // The newest copy of each period is the first one met in this newest-first walk.
        if (age < 7 && !days.contains(dayKey)) {
            days.insert(dayKey);
            keep = true;
        }
        if (age < 35 && !weeks.contains(weekKey)) {
            weeks.insert(weekKey);
            keep = true;
        }
        if (age < 366 && !months.contains(monthKey)) {
            months.insert(monthKey);
            keep = true;
        }
        if (!keep)
            drop << c;
    }
    return drop;
}

bool BackupRotation::due(const Session &session)
{
    const QList<Copy> copies = list(*session.db, folder(session));
    return copies.isEmpty() || session.clock->nowMs() - copies.constFirst().takenAt >= kMinimumGapMs;
}

QString BackupRotation::run(const Session &session)
{
    const QString dir = folder(session);
    const qint64 now = session.clock->nowMs();
    // A killed automatic backup left its FILE.part: each automatic copy has a name of its own,
    // so no later run would replace it. Scheduled jobs run once at a time across the office.
    Backup::removeStaleParts(dir, owner(*session.db) + QStringLiteral("-auto-*.sqlite"));
    QString taken;
    if (due(session)) {
        taken = dir + u'/' + fileName(*session.db, true, now);
        Backup::take(session, taken);
    }
    const OfficeSettings office = SettingsRepository(session).office();
    for (const Copy &c : toRemove(list(*session.db, dir), now, office.zone))
        QFile::remove(c.path);
    return taken;
}

QString BackupRotation::latestGood(const Database &db, const QString &folder)
{
    for (const Copy &c : list(db, folder)) {
        try {
            Backup::verify(c.path);
            return c.path;
        } catch (const Error &) {
        }
    }
    return {};
}

} // namespace estatedesk
