// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace estatedesk {

// The window's font: the desktop's own, with Chinese drawn in simplified Chinese forms. Without
// it Qt takes the first CJK font fontconfig offers for Han characters, which outside a Chinese
// locale is Noto Sans CJK JP: 直, 骨, 户 in their Japanese shapes in a mainland office's names.
class InterfaceFont
{
public:
    static constexpr const char *ChineseFamily = "Noto Sans CJK SC";
    // base with the simplified Chinese family after its own (where base has no Chinese glyphs).
    static QFont withSimplifiedChinese(const QFont &base);
    // The application's font made so, for every widget created after.
    static void apply();
};

} // namespace estatedesk
