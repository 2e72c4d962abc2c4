// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace estatedesk {

// Identity documents checked before a contract is signed (seed 二.(二)1(3)).
// Mainland resident ID (GB 11643-1999): 18 characters, ISO 7064 MOD 11-2 check digit (X or x for
// 10), a real birth date not in the future; the legacy 15-digit form (no check digit, 19YY birth).
// Passports, Hong Kong / Macao and Taiwan permits by their formats.
class IdDocument
{
    Q_DECLARE_TR_FUNCTIONS(IdDocument)
public:
    enum class Type
    {
        ResidentId,
        Passport,
        HongKongMacaoPermit,
        TaiwanPermit
    };
    static QString typeKey(Type type);
    static bool typeFromKey(const QString &key, Type *type);
    static QString typeLabel(Type type);

    // The number normalised (upper case, no spaces) when valid; throws ValidationError("id_number")
    // saying what is wrong otherwise.
    static QString validate(Type type, const QString &number, const QDate &today);
    // ISO 7064 MOD 11-2 check character of the first 17 digits.
    static QChar residentIdCheck(const QString &first17);
};

} // namespace estatedesk
