// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

// Phone numbers through libphonenumber, region CN by default: mobiles and landlines with area
// codes, "+86"/"0086" prefixes, spaces, dashes and brackets are accepted and normalised to E.164
// ("+8613812345678"). Anything else is rejected with a message naming the field.
// Identity document numbers are masked like phones for roles that do not need them:
// "110101199003071234" -> "110101********1234" (the first six and the last four stay).
QString maskIdNumber(const QString &number);

class Phone
{
    Q_DECLARE_TR_FUNCTIONS(Phone)
public:
    // Returns the E.164 form; throws ValidationError(field) when the input is not a usable number.
    static QString normalize(const QString &input, const QString &field = QStringLiteral("phone"));
    // Same without throwing: empty string and the reason in *error when invalid.
    static QString tryNormalize(const QString &input, QString *error = nullptr);
    // "+8613812345678" -> "138****5678"; other numbers keep their first 3 and last 4 digits.
    // (An erased client's placeholder: erasedText().)
    static QString mask(const QString &e164);
    // "+8613812345678" -> "138 1234 5678"; landlines "010-1234 5678".
    static QString display(const QString &e164);
    // The phone an erased client is left with in place of their number: unique, as clients.phone
    // must be, and no real number (ErasedPrefix and the client's id; E.164 has no country code 0).
    // It is no number to search for: the search index holds no digits of it (ClientSearchIndex).
    static constexpr QLatin1String ErasedPrefix{"+0"};
    static QString erasedPlaceholder(qint64 clientId);
    static bool isErasedPlaceholder(const QString &phone);
    // What is shown instead of the placeholder: "(removed)". display() and mask() give it too.
    static QString erasedText();
    // The digits a user typed, for searching ("138-1234" -> "1381234").
    static QString digitsOnly(const QString &input);
    // The start of the E.164 number that digits dialled with the international prefix 00 stand
    // for: "0086138" -> "+86138", "00852" -> "+852", "0047" -> "+47"; empty when the digits do not
    // start with 00 followed by a country calling code ("0028", "0004": digits from a number's middle).
    static QString internationalStart(const QString &digits);
};

} // namespace estatedesk
