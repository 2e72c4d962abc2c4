// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OfficeTime.h"

namespace estatedesk {

namespace {
QTimeZone &officeZone()
{
    static QTimeZone zone("Asia/Shanghai");
    return zone;
}
} // namespace

QTimeZone OfficeTime::zone()
{
    return officeZone();
}

void OfficeTime::setZone(const QTimeZone &zone)
{
    if (zone.isValid())
        officeZone() = zone;
}

QDateTime OfficeTime::toOffice(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, officeZone());
}

QString OfficeTime::formatDateTime(qint64 utcMs)
{
    return toOffice(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString OfficeTime::formatDate(qint64 utcMs)
{
    return toOffice(utcMs).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace estatedesk
