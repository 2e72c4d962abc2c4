// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QHash>
#include <QThread>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

namespace estatedesk {

namespace {

// ICU transliterators are not thread-safe: one per thread, created on first use.
icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return t.get();
}

} // namespace

Pinyin::Forms Pinyin::ofName(const QString &name)
{
    Forms forms;
    icu::Transliterator *t = transliterator();
    if (!t)
        return forms;
    icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    t->transliterate(text);
    const QString latin = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    // "zhang san" -> "zhangsan" and "zs"; other characters (digits, punctuation) are dropped.
    bool wordStart = true;
    for (QChar c : latin) {
        if (c >= u'a' && c <= u'z') {
            forms.full.append(c);
            if (wordStart)
                forms.initials.append(c);
            wordStart = false;
        } else {
            wordStart = true;
        }
    }
    return forms;
}

QList<Pinyin::Forms> Pinyin::ofNames(const QStringList &names)
{
    QHash<QString, qsizetype> slot; // distinct name -> index in distinct
    QStringList distinct;
    QList<qsizetype> slotOf;
    slotOf.reserve(names.size());
    for (const QString &n : names) {
        auto it = slot.constFind(n);
        if (it == slot.constEnd()) {
            it = slot.insert(n, distinct.size());
            distinct << n;
        }
        slotOf << it.value();
    }
    QList<Forms> forms(distinct.size());
    // A thread costs a transliterator of its own (tens of milliseconds to build): only for
    // thousands of names.
    constexpr qsizetype kPerThread = 4000;
    const qsizetype threads =
        std::clamp<qsizetype>(distinct.size() / kPerThread, 1, std::max(1, QThread::idealThreadCount()));
    Forms *const results = forms.data(); // detached once here, written by one thread per index
    auto work = [&](qsizetype part) {
        for (qsizetype i = part; i < distinct.size(); i += threads)
            results[i] = ofName(distinct.at(i));
    };
    std::vector<std::thread> helpers;
    for (qsizetype part = 1; part < threads; ++part)
        helpers.emplace_back(work, part);
    work(0);
    for (std::thread &t : helpers)
        t.join();
    QList<Forms> out;
    out.reserve(names.size());
    for (const qsizetype i : std::as_const(slotOf))
        out << forms.at(i);
    return out;
}

} // namespace estatedesk
