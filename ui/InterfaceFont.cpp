// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceFont.h"

#include <QApplication>
#include <QFontInfo>

namespace estatedesk {

QFont InterfaceFont::withSimplifiedChinese(const QFont &base)
{
    // The family the desktop's font resolves to: a fontconfig alias ("Sans Serif") first in the
    // list would match nothing, and Latin letters would be drawn in the Chinese font as well.
    QStringList families{QFontInfo(base).family()};
    const QString chinese = QString::fromLatin1(ChineseFamily);
    if (!families.contains(chinese))
        families << chinese;
    QFont font = base;
    font.setFamilies(families);
    return font;
}

void InterfaceFont::apply()
{
    QApplication::setFont(withSimplifiedChinese(QApplication::font()));
}

} // namespace estatedesk
