// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace estatedesk {

// Chooses the interface language and installs EstateDesk's and Qt's own translations.
// Chinese (zh_CN) is the main language: it is used unless the environment asks for English
// (ESTATEDESK_LANG=en, or an English system locale). ESTATEDESK_LANG=zh_CN forces Chinese.
class Translations
{
public:
    static QString chooseLanguage(const QLocale &systemLocale, const QString &override);
    // Installs translators on app for the chosen language; returns it ("zh_CN" or "en").
    static QString install(QCoreApplication &app);
};

} // namespace estatedesk
