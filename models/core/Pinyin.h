// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace estatedesk {

// Pinyin of a person's name through ICU's "Han-Latin/Names" transliterator, which reads surnames
// the way surnames are read (单 shan, 曾 zeng, 解 xie, 区 ou). Lower-case ASCII without tones.
class Pinyin
{
public:
    struct Forms
    {
        QString full;     // "zhangsan"
        QString initials; // "zs"
    };
    static Forms ofName(const QString &name);
};

} // namespace estatedesk
