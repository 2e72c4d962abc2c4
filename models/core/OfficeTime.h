// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace estatedesk {

// Times are stored as UTC milliseconds; people read them in the office's time zone (the office
// setting Settings::TimeZone, kDefaultZone until one is read), whatever the PC's own zone is.
class OfficeTime
{
public:
    // The office's zone unless its settings say otherwise: the one place that names it.
    static constexpr const char *kDefaultZone = "Asia/Shanghai";

    static QTimeZone zone();
    static void setZone(const QTimeZone &zone);
    static QDateTime toOffice(qint64 utcMs);
    // "2026-11-27 10:00"
    static QString formatDateTime(qint64 utcMs);
    // "2026-11-27"
    static QString formatDate(qint64 utcMs);
    // A "YYYY-MM" month as the UTC span [from, to) between local midnights in the office time
    // zone, and its first day; an invalid month gives an invalid date and {0, 0}.
    static QPair<qint64, qint64> monthSpan(const QString &month, QDate *firstDay = nullptr);
};

} // namespace estatedesk
