// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace estatedesk {

// Automatic backups: a consistent copy at most once a day (at start and while the program runs),
// thinned to the newest copy of each of the last 7 days, of each of the last 5 weeks and of each of
// the last 12 months. Copies older than that rotate out. The folder is a setting (backup.folder),
// by default "backups" beside the database file.
//
// Several databases may share a folder (a copy or a training file beside the office file, or one
// backup.folder setting a copy inherited), so every backup is named after the database it was
// taken of (owner(): "office" for office.sqlite): office-auto-…, office-manual-…,
// office-v28-before-v29-…. A database lists, thins, restores and deletes only the backups that
// bear its name. Names of earlier versions (estatedesk-auto-… and the like) and the backups of a
// database file since renamed are claimed (renamed to this database's name) only by a database
// that is the only one in its folder; otherwise they are left alone for whoever made them.
class BackupRotation
{
public:
    struct Copy
    {
        QString path;
        qint64 takenAt = 0;
        bool automatic = true; // false: taken on demand (Settings → Backups → Back up now)
    };

    static constexpr qint64 kMinimumGapMs = 20 * 3600'000LL;

    static QString folder(const Session &session);
    // The name db's backups start with: the SQLite file's base name, or the PostgreSQL database
    // name ("estatedesk" when it names none).
    static QString owner(const Database &db);
    // Every backup of db in folder (automatic, on demand, before an upgrade), after claiming the
    // unowned ones when db is the only database of its folder (see above).
    static QFileInfoList ownFiles(const Database &db, const QString &folder);
    // The automatic copies of db in folder, newest first.
    static QList<Copy> list(const Database &db, const QString &folder);
    // Every copy of db in folder, automatic and on demand, newest first: what can be restored.
    static QList<Copy> listAll(const Database &db, const QString &folder);
    // The file name of a copy of db taken at ms: OWNER-auto-… or OWNER-manual-…, then the
    // office time and its offset from UTC, e.g. office-auto-20261127-100000+0800.sqlite, so
    // that both kinds read alike and sort by time. (Older names without the offset are still
    // read: automatic ones were UTC, manual ones office time.)
    static QString fileName(const Database &db, bool automatic, qint64 ms);
    // The file name of the copy taken before upgrading db from schema from to to.
    static QString upgradeFileName(const Database &db, int from, int to, const QString &stamp);
    // Which copies the thinning rule drops at nowMs (pure: tested without files).
    static QList<Copy> toRemove(const QList<Copy> &copies, qint64 nowMs, const QTimeZone &zone);
    // Whether a copy is due: the newest is older than kMinimumGapMs, or there is none.
    static bool due(const Session &session);
    // Takes a copy when the newest is older than kMinimumGapMs (or there is none), then thins.
    // Returns the path of the new copy, or an empty string when none was due.
    static QString run(const Session &session);
    // The newest copy of db that verifies, or an empty string.
    static QString latestGood(const Database &db, const QString &folder);
};

} // namespace estatedesk
