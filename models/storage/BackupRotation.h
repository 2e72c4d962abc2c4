// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace estatedesk {

// Automatic backups: a consistent copy at most once a day (at start and while the program runs),
// thinned to the newest copy of each of the last 7 days, of each of the last 5 weeks and of each of
// the last 12 months. Copies older than that rotate out. The folder is a setting (backup.folder),
// by default "backups" beside the database file.
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
    // The automatic copies in folder, newest first.
    static QList<Copy> list(const QString &folder);
    // Every copy in folder, automatic and on demand, newest first: what can be restored.
    static QList<Copy> listAll(const QString &folder);
    // The file name of a copy taken at ms: estatedesk-auto-… or estatedesk-manual-…, then the
    // office time and its offset from UTC, e.g. estatedesk-auto-20261127-100000+0800.sqlite, so
    // that both kinds read alike and sort by time. (Older names without the offset are still
    // read: automatic ones were UTC, manual ones office time.)
    static QString fileName(bool automatic, qint64 ms);
    // Which copies the thinning rule drops at nowMs (pure: tested without files).
    static QList<Copy> toRemove(const QList<Copy> &copies, qint64 nowMs, const QTimeZone &zone);
    // Whether a copy is due: the newest is older than kMinimumGapMs, or there is none.
    static bool due(const Session &session);
    // Takes a copy when the newest is older than kMinimumGapMs (or there is none), then thins.
    // Returns the path of the new copy, or an empty string when none was due.
    static QString run(const Session &session);
    // The newest copy that verifies, or an empty string.
    static QString latestGood(const QString &folder);
};

} // namespace estatedesk
