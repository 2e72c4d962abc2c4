// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IdDocument.h"

#include "core/Errors.h"

#include <QRegularExpression>

namespace estatedesk {

QString IdDocument::typeKey(Type type)
{
    switch (type) {
    case Type::ResidentId:
        return QStringLiteral("resident_id");
    case Type::Passport:
        return QStringLiteral("passport");
    case Type::HongKongMacaoPermit:
        return QStringLiteral("hk_macao_permit");
    case Type::TaiwanPermit:
        return QStringLiteral("taiwan_permit");
    }
    return {};
}

bool IdDocument::typeFromKey(const QString &key, Type *type)
{
    for (Type t : {Type::ResidentId, Type::Passport, Type::HongKongMacaoPermit, Type::TaiwanPermit}) {
        if (typeKey(t) == key) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString IdDocument::typeLabel(Type type)
{
    switch (type) {
    case Type::ResidentId:
        return tr("Resident ID card");
    case Type::Passport:
        return tr("Passport");
    case Type::HongKongMacaoPermit:
        return tr("Hong Kong / Macao permit");
    case Type::TaiwanPermit:
        return tr("Taiwan permit");
    }
    return {};
}

QChar IdDocument::residentIdCheck(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return QChar::fromLatin1(checks[sum % 11]);
}

static void fail(const QString &why)
{
    throw ValidationError(QStringLiteral("id_number"), IdDocument::tr("ID number: %1").arg(why));
}

QString IdDocument::validate(Type type, const QString &input, const QDate &today)
{
    QString n = input.trimmed().toUpper();
    n.remove(u' ');
    if (n.isEmpty())
        fail(tr("required"));
    switch (type) {
    case Type::ResidentId: {
        static const QRegularExpression eighteen(QStringLiteral("^\\d{17}[\\dX]$"));
        static const QRegularExpression fifteen(QStringLiteral("^\\d{15}$"));
        QDate birth;
        if (n.size() == 18) {
            if (!eighteen.match(n).hasMatch())
                fail(tr("\"%1\" must be 17 digits and a check digit or X").arg(input.trimmed()));
            birth = QDate::fromString(n.mid(6, 8), QStringLiteral("yyyyMMdd"));
            if (!birth.isValid())
                fail(tr("\"%1\" holds no real birth date (%2)").arg(input.trimmed(), n.mid(6, 8)));
            if (residentIdCheck(n.left(17)) != n.at(17))
                fail(tr("\"%1\": the check digit should be %2")
                         .arg(input.trimmed())
                         .arg(residentIdCheck(n.left(17))));
        } else if (n.size() == 15) {
            if (!fifteen.match(n).hasMatch())
                fail(tr("\"%1\" must be 15 digits").arg(input.trimmed()));
            birth = QDate::fromString(QStringLiteral("19") + n.mid(6, 6), QStringLiteral("yyyyMMdd"));
            if (!birth.isValid())
                fail(tr("\"%1\" holds no real birth date (%2)").arg(input.trimmed(), n.mid(6, 6)));
        } else {
            fail(tr("\"%1\" has %n character(s); a resident ID has 18 (or 15 in the old form)", nullptr,
                    int(n.size()))
                     .arg(input.trimmed()));
        }
        if (birth > today)
            fail(tr("\"%1\": the birth date %2 is in the future")
                     .arg(input.trimmed(), birth.toString(Qt::ISODate)));
        return n;
    }
    case Type::Passport: {
        // Chinese passports: E, G, D, S or P and 8 digits, or E, a letter and 7 digits; foreign
        // passports: 5 to 20 letters and digits.
        static const QRegularExpression passport(
            QStringLiteral("^(?:[EGDSP]\\d{8}|E[A-Z]\\d{7}|[A-Z0-9]{5,20})$"));
        if (!passport.match(n).hasMatch())
            fail(tr("\"%1\" is not a passport number").arg(input.trimmed()));
        return n;
    }
    case Type::HongKongMacaoPermit: {
        // 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 or 10 digits.
        static const QRegularExpression permit(QStringLiteral("^[HM]\\d{8}(?:\\d{2})?$"));
        if (!permit.match(n).hasMatch())
            fail(tr("\"%1\" is not a Hong Kong / Macao permit number (H or M and 8 or 10 digits)")
                     .arg(input.trimmed()));
        return n;
    }
    case Type::TaiwanPermit: {
        // 台湾居民来往大陆通行证: 8 digits (newer cards), or 10 with a letter suffix in older ones.
        static const QRegularExpression permit(QStringLiteral("^(?:\\d{8}|\\d{10}(?:\\([A-Z]\\))?)$"));
        if (!permit.match(n).hasMatch())
            fail(tr("\"%1\" is not a Taiwan permit number (8 digits)").arg(input.trimmed()));
        return n;
    }
    }
    return n;
}

} // namespace estatedesk
