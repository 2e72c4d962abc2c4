// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TypedText.h"

namespace estatedesk::TypedText {

QString halfWidth(const QString &typed)
{
    QString out = typed;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

} // namespace estatedesk::TypedText
