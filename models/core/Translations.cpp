// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace estatedesk {

QString Translations::chooseLanguage(const QLocale &systemLocale, const QString &override)
{
    const QString wanted = override.trimmed();
    if (wanted.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    if (wanted.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    for (const QString &lang : systemLocale.uiLanguages()) {
        if (lang.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive) &&
            systemLocale.language() != QLocale::C)
            return QStringLiteral("en");
    }
    return QStringLiteral("zh_CN");
}

QString Translations::install(QCoreApplication &app)
{
    const QString lang = chooseLanguage(QLocale::system(), qEnvironmentVariable("ESTATEDESK_LANG"));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/estatedesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (lang == QLatin1String("zh_CN")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    return lang;
}

} // namespace estatedesk
