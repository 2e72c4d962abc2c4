// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
    // The forms of many names at once (an import), in the same order: each distinct name is
    // transliterated once, the distinct names shared among the processor's cores (ICU takes about
    // 10 µs a character; a 100 000-row import would spend seconds on one core).
    static QList<Forms> ofNames(const QStringList &names);
};

} // namespace estatedesk
