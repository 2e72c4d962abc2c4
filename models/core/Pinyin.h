// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <future>

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
    // The forms of many names at once, in the same order: each distinct name is transliterated once.
    static QList<Forms> ofNames(const QStringList &names);

    // The forms of many names worked out on a thread of its own from construction, while the
    // caller does other work (an import checks its phone numbers meanwhile: ICU takes about 20 µs
    // a name, seconds for 100 000). One thread, not one a core: every transliterator built from
    // ICU's own rules shares them behind one process-wide lock, so two threads take as long as one.
    class InAdvance
    {
    public:
        explicit InAdvance(const QStringList &names);
        ~InAdvance(); // waits for the thread
        InAdvance(const InAdvance &) = delete;
        InAdvance &operator=(const InAdvance &) = delete;
        // The forms of names, in their order (waits for the thread): what it worked out, and any
        // name it was not given transliterated here.
        QList<Forms> of(const QStringList &names);

    private:
        std::future<QHash<QString, Forms>> m_work;
        QHash<QString, Forms> m_done;
    };
};

} // namespace estatedesk
