// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupRotation.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backup.h"
#include "storage/SchemaUpgrade.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace estatedesk {

QString BackupRotation::folder(const Session &session)
{
    const QString configured = SettingsRepository(session).value(QString::fromLatin1(kFolderSetting));
    return configured.isEmpty() ? SchemaUpgrade::backupFolder(*session.db) : configured;
}

QList<BackupRotation::Copy> BackupRotation::list(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^estatedesk-auto-(\\d{8}-\\d{6})\\.sqlite$"));
    QList<Copy> out;
    for (const QFileInfo &f : QDir(folder).entryInfoList({QStringLiteral("estatedesk-auto-*.sqlite")}, QDir::Files)) {
        const auto m = name.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        QDateTime utc(t.date(), t.time(), Qt::UTC);
        out.append({f.absoluteFilePath(), utc.toMSecsSinceEpoch()});
    }
    std::sort(out.begin(), out.end(), [](const Copy &a, const Copy &b) { return a.takenAt > b.takenAt; });
    return out;
}

QList<BackupRotation::Copy> BackupRotation::toRemove(const QList<Copy> &copies, qint64 nowMs, const QTimeZone &zone)
{
    QList<Copy> sorted = copies;
    std::sort(sorted.begin(), sorted.end(), [](const Copy &a, const Copy &b) { return a.takenAt > b.takenAt; });
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
    const QList<Copy> copies = list(folder(session));
    return copies.isEmpty() || session.clock->nowMs() - copies.constFirst().takenAt >= kMinimumGapMs;
}

QString BackupRotation::run(const Session &session)
{
    const QString dir = folder(session);
    const qint64 now = session.clock->nowMs();
    // A killed automatic backup left its FILE.part: each automatic copy has a name of its own,
    // so no later run would replace it. Scheduled jobs run once at a time across the office.
    Backup::removeStaleParts(dir, QStringLiteral("estatedesk-auto-*.sqlite"));
    QString taken;
    if (due(session)) {
        taken = dir + QStringLiteral("/estatedesk-auto-")
                + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
        Backup::write(*session.db, taken);
    }
    const OfficeSettings office = SettingsRepository(session).office();
    for (const Copy &c : toRemove(list(dir), now, office.zone))
        QFile::remove(c.path);
    return taken;
}

QString BackupRotation::latestGood(const QString &folder)
{
    for (const Copy &c : list(folder)) {
        try {
            Backup::verify(c.path);
            return c.path;
        } catch (const Error &) {
        }
    }
    return {};
}

} // namespace estatedesk
