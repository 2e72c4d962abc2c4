// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OfficeTime.h"

#include <QRegularExpression>

namespace estatedesk {

namespace {
QTimeZone &officeZone()
{
    static QTimeZone zone(OfficeTime::kDefaultZone);
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

QPair<qint64, qint64> OfficeTime::monthSpan(const QString &month, QDate *firstDay)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = form.match(month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (firstDay)
        *firstDay = first;
    if (!first.isValid())
        return {0, 0};
    return {QDateTime(first, QTime(0, 0), zone()).toMSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0), zone()).toMSecsSinceEpoch()};
}

QString OfficeTime::formatDate(qint64 utcMs)
{
    return toOffice(utcMs).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace estatedesk
