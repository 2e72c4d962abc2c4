// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

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

namespace {

// Each distinct name's forms.
QHash<QString, Pinyin::Forms> formsOfEach(const QStringList &names)
{
    QHash<QString, Pinyin::Forms> forms;
    for (const QString &n : names)
        if (!forms.contains(n))
            forms.insert(n, Pinyin::ofName(n));
    return forms;
}

QList<Pinyin::Forms> inOrder(const QStringList &names, QHash<QString, Pinyin::Forms> &known)
{
    QList<Pinyin::Forms> out;
    out.reserve(names.size());
    for (const QString &n : names) {
        auto it = known.constFind(n);
        if (it == known.constEnd())
            it = known.insert(n, Pinyin::ofName(n));
        out << it.value();
    }
    return out;
}

} // namespace

QList<Pinyin::Forms> Pinyin::ofNames(const QStringList &names)
{
    QHash<QString, Forms> known = formsOfEach(names);
    return inOrder(names, known);
}

Pinyin::InAdvance::InAdvance(const QStringList &names)
    : m_work(std::async(std::launch::async, &formsOfEach, names))
{
}

Pinyin::InAdvance::~InAdvance()
{
    if (m_work.valid())
        m_work.wait();
}

QList<Pinyin::Forms> Pinyin::InAdvance::of(const QStringList &names)
{
    if (m_work.valid())
        m_done = m_work.get();
    return inOrder(names, m_done);
}

} // namespace estatedesk
