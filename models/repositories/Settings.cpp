// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/Settings.h"

namespace estatedesk::SettingText {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
} // namespace

QString format(int value)
{
    return QString::number(value);
}

QString format(double value)
{
    return QString::number(value);
}

QString format(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString format(const QString &value)
{
    return value;
}

QString format(const QStringList &value)
{
    return value.join(u'\n');
}

QString format(const QTime &value)
{
    return value.toString(kTimeFormat);
}

QString format(const QDate &value)
{
    return value.toString(Qt::ISODate);
}

QString format(const QTimeZone &value)
{
    return QString::fromUtf8(value.id());
}

bool parse(const QString &text, int &value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok;
}

bool parse(const QString &text, double &value)
{
    bool ok = false;
    value = text.toDouble(&ok);
    return ok;
}

bool parse(const QString &text, bool &value)
{
    value = text == QLatin1String("1");
    return value || text == QLatin1String("0");
}

bool parse(const QString &text, QString &value)
{
    value = text;
    return true;
}

bool parse(const QString &text, QStringList &value)
{
    value = text.split(u'\n', Qt::SkipEmptyParts);
    return true;
}

bool parse(const QString &text, QTime &value)
{
    value = QTime::fromString(text, kTimeFormat);
    return value.isValid();
}

bool parse(const QString &text, QDate &value)
{
    value = QDate::fromString(text, Qt::ISODate);
    return value.isValid();
}

bool parse(const QString &text, QTimeZone &value)
{
    value = QTimeZone(text.toUtf8());
    return value.isValid();
}

} // namespace estatedesk::SettingText
