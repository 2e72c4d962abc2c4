// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Phone.h"

#include "core/Errors.h"
#include "core/TypedText.h"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

namespace estatedesk {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString Phone::tryNormalize(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    // The messages quote what was typed; the digits of a full-width input method count as digits.
    const QString trimmed = input.trimmed();
    const QString text = TypedText::halfWidth(trimmed);
    if (trimmed.isEmpty())
        return fail(tr("phone number is empty"));
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (c == u'+' && i == 0) {
            continue;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')') {
            return fail(tr("\"%1\" contains the character \"%2\"; use digits, spaces, dashes and a leading +")
                            .arg(trimmed, c));
        }
    }
    if (digits < 7)
        return fail(tr("\"%1\" is too short for a phone number").arg(trimmed));

    auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(tr("\"%1\" is not a phone number").arg(trimmed));
    if (!util->IsValidNumber(number))
        return fail(tr("\"%1\" is not a valid mobile or landline number (landlines need their area code)")
                        .arg(trimmed));
    switch (util->GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        break;
    default:
        return fail(tr("\"%1\" is a service number, not a client's mobile or landline").arg(trimmed));
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString Phone::normalize(const QString &input, const QString &field)
{
    QString why;
    QString e164 = tryNormalize(input, &why);
    if (e164.isEmpty())
        throw ValidationError(field, tr("Phone: %1").arg(why));
    return e164;
}

QString maskIdNumber(const QString &number)
{
    const QString n = number.trimmed();
    if (n.size() <= 10)
        return QString(n.size(), u'*');
    return n.left(6) + QString(n.size() - 10, u'*') + n.right(4);
}

static QString nationalDigits(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+86"))) {
        const QString n = e164.mid(3);
        // Mobiles are 11 digits starting with 1; landlines get their trunk prefix 0 back.
        return (n.size() == 11 && n.startsWith(u'1')) ? n : QStringLiteral("0") + n;
    }
    return e164.startsWith(u'+') ? e164.mid(1) : e164;
}

QString Phone::erasedPlaceholder(qint64 clientId)
{
    return ErasedPrefix + QString::number(clientId);
}

bool Phone::isErasedPlaceholder(const QString &phone)
{
    return phone.startsWith(ErasedPrefix);
}

QString Phone::erasedText()
{
    return tr("(removed)");
}

QString Phone::mask(const QString &e164)
{
    if (isErasedPlaceholder(e164))
        return erasedText();
    const QString n = nationalDigits(e164);
    if (n.size() <= 7)
        return QString(n.size(), u'*');
    return n.left(3) + QString(n.size() - 7, u'*') + n.right(4);
}

QString Phone::display(const QString &e164)
{
    if (e164.contains(u'*')) // already masked: never let the parser guess digits
        return e164;
    if (isErasedPlaceholder(e164))
        return erasedText();
    auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    if (number.country_code() == 86)
        util->Format(number, PhoneNumberUtil::NATIONAL, &out);
    else
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString Phone::digitsOnly(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input)
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
    return out;
}

QString Phone::internationalStart(const QString &digits)
{
    if (!digits.startsWith(QLatin1String("00")))
        return {};
    const QString dialled = digits.mid(2);
    auto *util = PhoneNumberUtil::GetInstance();
    // Country calling codes are one to three digits, and none is the start of another.
    for (qsizetype size = 1; size <= std::min<qsizetype>(3, dialled.size()); ++size) {
        if (dialled.startsWith(u'0'))
            break;
        std::string region;
        util->GetRegionCodeForCountryCode(dialled.left(size).toInt(), &region);
        if (region != "ZZ")
            return QStringLiteral("+") + dialled;
    }
    return {};
}

} // namespace estatedesk
