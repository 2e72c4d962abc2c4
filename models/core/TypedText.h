// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace estatedesk::TypedText {

// What a Chinese input method types in its full-width mode, as the ASCII it stands for: the
// digits, letters and signs U+FF01–U+FF5E ("１３９", "ｚｓ", "＋") and the ideographic space.
// Nothing else changes (Chinese characters, the full-width comma 、 and the like stay).
QString halfWidth(const QString &typed);

} // namespace estatedesk::TypedText
