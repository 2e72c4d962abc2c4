// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PdfTextLayer.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "print/ReportPrinter.h"

#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace estatedesk {

namespace {

bool isRadical(uint c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// Radical -> ideograph with the same glyph in the print font's Chinese face, read from that
// face's cmap once: the radicals' glyphs first, then the ideographs that use them (the unified
// block first, as typed text uses it, then extension A and the compatibility ideographs).
QHash<char16_t, char16_t> buildRadicalTable()
{
    QHash<char16_t, char16_t> table;
    const QRawFont font = QRawFont::fromFont(ReportPrinter::printFont(), QFontDatabase::SimplifiedChinese);
    if (!font.isValid())
        return table;
    auto glyphsOf = [&font](uint from, uint to) {
        QList<QChar> chars;
        for (uint c = from; c <= to; ++c)
            chars << QChar(char16_t(c));
        std::vector<quint32> glyphs(chars.size());
        int count = int(glyphs.size());
        font.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count);
        return glyphs;
    };
    QHash<quint32, QList<char16_t>> radicalsByGlyph;
    for (const auto &[from, to] : {std::pair<uint, uint>{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}}) {
        const std::vector<quint32> glyphs = glyphsOf(from, to);
        for (uint i = 0; i < glyphs.size(); ++i)
            if (glyphs[i] != 0)
                radicalsByGlyph[glyphs[i]] << char16_t(from + i);
    }
    for (const auto &[from, to] :
         {std::pair<uint, uint>{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xF900, 0xFAFF}}) {
        const std::vector<quint32> glyphs = glyphsOf(from, to);
        for (uint i = 0; i < glyphs.size(); ++i)
            for (char16_t r : radicalsByGlyph.value(glyphs[i]))
                if (!table.contains(r))
                    table.insert(r, char16_t(from + i));
    }
    return table;
}

// A ToUnicode CMap's entries, code -> destination (UTF-16BE as hex digits), from its bfchar and
// bfrange blocks; false when the text holds something else between them.
bool readCMap(const QByteArray &cmap, QMap<uint, QByteArray> &entries, qsizetype &first, qsizetype &last)
{
    static const QRegularExpression token(QStringLiteral(R"(<([0-9A-Fa-f]*)>|\[|\]|[A-Za-z]+)"));
    const QString text = QString::fromLatin1(cmap);
    enum
    {
        None,
        Char,
        Range
    } mode = None;
    QList<QByteArray> pending; // hex strings of the entry being read
    bool inArray = false;
    first = -1;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString t = m.captured(0);
        if (t == QLatin1String("beginbfchar") || t == QLatin1String("beginbfrange")) {
            mode = t == QLatin1String("beginbfchar") ? Char : Range;
            if (first < 0) // the start of the line with the block's entry count
                first = text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
            pending.clear();
            continue;
        }
        if (t == QLatin1String("endbfchar") || t == QLatin1String("endbfrange")) {
            if (!pending.isEmpty() || inArray)
                return false;
            mode = None;
            last = m.capturedEnd();
            continue;
        }
        if (mode == None)
            continue;
        if (t == QLatin1String("[")) {
            if (mode != Range || pending.size() != 2 || inArray)
                return false;
            inArray = true;
            continue;
        }
        if (t == QLatin1String("]")) {
            if (!inArray)
                return false;
            inArray = false;
            const uint lo = pending.at(0).toUInt(nullptr, 16), hi = pending.at(1).toUInt(nullptr, 16);
            if (hi < lo || uint(pending.size() - 2) != hi - lo + 1)
                return false;
            for (uint c = lo; c <= hi; ++c)
                entries.insert(c, pending.at(int(c - lo) + 2));
            pending.clear();
            continue;
        }
        if (m.captured(1).isNull())
            return false; // another keyword inside a block
        pending << m.captured(1).toLatin1().toUpper();
        if (mode == Char && pending.size() == 2) {
            entries.insert(pending.at(0).toUInt(nullptr, 16), pending.at(1));
            pending.clear();
        } else if (mode == Range && !inArray && pending.size() == 3) {
            // <lo> <hi> <dst>: consecutive destinations, the last UTF-16 unit counting up.
            const uint lo = pending.at(0).toUInt(nullptr, 16), hi = pending.at(1).toUInt(nullptr, 16);
            const QByteArray dst = pending.at(2);
            if (hi < lo || dst.size() < 4 || dst.size() % 4 != 0)
                return false;
            const uint base = dst.right(4).toUInt(nullptr, 16);
            for (uint c = lo; c <= hi; ++c)
                entries.insert(c,
                               dst.left(dst.size() - 4) +
                                   QByteArray::number(base + (c - lo), 16).toUpper().rightJustified(4, '0'));
            pending.clear();
        }
    }
    return first >= 0 && last > first && mode == None;
}

// The CMap with radicals replaced, or empty when nothing changes (or it cannot be read).
QByteArray repairedCMap(const QByteArray &cmap)
{
    QMap<uint, QByteArray> entries;
    qsizetype first = -1, last = -1;
    if (!readCMap(cmap, entries, first, last))
        return {};
    bool changed = false;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->size() != 4)
            continue;
        const uint c = it->toUInt(nullptr, 16);
        if (isRadical(c)) {
            if (const char16_t ideograph = PdfTextLayer::ideographForRadical(char16_t(c))) {
                *it = QByteArray::number(uint(ideograph), 16).toUpper().rightJustified(4, '0');
                changed = true;
            }
        } else if (c >= 0xFB00 && c <= 0xFB06) {
            // A Latin ligature glyph (ﬀ, ﬁ, …) reads back as the letters it joins.
            const QString letters = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
            it->clear();
            for (QChar l : letters)
                *it += QByteArray::number(l.unicode(), 16).toUpper().rightJustified(4, '0');
            changed = true;
        }
    }
    if (!changed)
        return {};
    // Rewritten as bfchar blocks of at most 100 entries (the limit the CMap format sets).
    QByteArray blocks;
    const QList<uint> codes = entries.keys();
    for (qsizetype i = 0; i < codes.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, codes.size() - i);
        blocks += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            blocks += '<' + QByteArray::number(codes.at(k), 16).toUpper().rightJustified(4, '0') + "> <" +
                      entries.value(codes.at(k)) + ">\n";
        blocks += "endbfchar\n";
    }
    return cmap.left(first) + blocks + cmap.mid(last);
}

struct Edit
{
    qsizetype from;
    qsizetype to; // exclusive
    QByteArray bytes;
};

} // namespace

char16_t PdfTextLayer::ideographForRadical(char16_t r)
{
    static const QHash<char16_t, char16_t> table = buildRadicalTable();
    return table.value(r, 0);
}

QByteArray PdfTextLayer::repaired(const QByteArray &pdf)
{
    // The cross-reference table: where each object starts.
    static const QRegularExpression startxrefRe(QStringLiteral(R"(startxref\s+(\d+)\s+%%EOF\s*$)"));
    const QString tail = QString::fromLatin1(pdf.right(64));
    const QRegularExpressionMatch sx = startxrefRe.match(tail);
    if (!sx.hasMatch())
        return pdf;
    const qsizetype xrefAt = sx.captured(1).toLongLong();
    const qsizetype startxrefNumberAt = pdf.size() - tail.size() + sx.capturedStart(1);
    if (xrefAt <= 0 || xrefAt >= pdf.size() || !pdf.mid(xrefAt).startsWith("xref"))
        return pdf;
    const qsizetype trailerAt = pdf.indexOf("trailer", xrefAt);
    if (trailerAt < 0)
        return pdf;
    struct XrefEntry
    {
        qsizetype fieldAt; // where its 10-digit offset is written
        qsizetype offset;
    };
    QHash<uint, XrefEntry> objects;
    {
        static const QRegularExpression lineRe(
            QStringLiteral(R"((\d+) (\d+)\s*[\r\n]+|(\d{10}) (\d{5}) ([nf])\s*[\r\n]+)"));
        const QString xref = QString::fromLatin1(pdf.mid(xrefAt + 4, trailerAt - xrefAt - 4));
        uint next = 0;
        qsizetype pos = 0;
        while (pos < xref.size()) {
            while (pos < xref.size() && xref.at(pos).isSpace())
                ++pos;
            if (pos >= xref.size())
                break;
            const QRegularExpressionMatch m = lineRe.match(xref, pos, QRegularExpression::NormalMatch,
                                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return pdf;
            if (!m.captured(1).isEmpty()) {
                next = m.captured(1).toUInt();
            } else {
                if (m.captured(5) == QLatin1String("n"))
                    objects.insert(next,
                                   {xrefAt + 4 + m.capturedStart(3), qsizetype(m.captured(3).toLongLong())});
                ++next;
            }
            pos = m.capturedEnd();
        }
    }

    // Every font's ToUnicode stream, repaired.
    std::vector<Edit> edits;
    QList<uint> seen;
    static const QRegularExpression toUnicodeRe(QStringLiteral(R"(/ToUnicode\s+(\d+)\s+0\s+R)"));
    static const QRegularExpression lengthRe(QStringLiteral(R"(/Length\s+(\d+)\b(?!\s+\d+\s+R))"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = toUnicodeRe.globalMatch(latin); it.hasNext();) {
        const uint id = it.next().captured(1).toUInt();
        if (seen.contains(id) || !objects.contains(id))
            continue;
        seen << id;
        const qsizetype at = objects.value(id).offset;
        const qsizetype streamAt = pdf.indexOf("stream", at);
        const qsizetype dictEnd = pdf.lastIndexOf(">>", streamAt);
        if (streamAt < 0 || dictEnd < at)
            continue;
        const QString dict = latin.mid(at, dictEnd - at);
        if (!dict.startsWith(QStringLiteral("%1 0 obj").arg(id)) || dict.contains(QLatin1String("/Filter")))
            continue; // not where the table says, or compressed: left as it is
        const QRegularExpressionMatch length = lengthRe.match(dict);
        if (!length.hasMatch())
            continue;
        qsizetype dataAt = streamAt + 6;
        if (pdf.mid(dataAt, 2) == "\r\n")
            dataAt += 2;
        else if (pdf.at(dataAt) == '\n')
            dataAt += 1;
        const qsizetype dataLength = length.captured(1).toLongLong();
        if (dataAt + dataLength > pdf.size() ||
            !QByteArray(pdf.mid(dataAt + dataLength, 16)).trimmed().startsWith("endstream"))
            continue;
        const QByteArray cmap = repairedCMap(pdf.mid(dataAt, dataLength));
        if (cmap.isEmpty())
            continue;
        edits.push_back(
            {at + length.capturedStart(1), at + length.capturedEnd(1), QByteArray::number(cmap.size())});
        edits.push_back({dataAt, dataAt + dataLength, cmap});
    }
    if (edits.empty())
        return pdf;
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.from < b.from; });
    // Where an old offset lands once the edits before it are made.
    auto moved = [&edits](qsizetype offset) {
        qsizetype shift = 0;
        for (const Edit &e : edits)
            if (e.to <= offset)
                shift += e.bytes.size() - (e.to - e.from);
        return offset + shift;
    };
    std::vector<Edit> all = edits;
    for (const XrefEntry &e : std::as_const(objects))
        all.push_back(
            {e.fieldAt, e.fieldAt + 10, QByteArray::number(moved(e.offset)).rightJustified(10, '0')});
    all.push_back(
        {startxrefNumberAt, startxrefNumberAt + sx.capturedLength(1), QByteArray::number(moved(xrefAt))});
    std::sort(all.begin(), all.end(), [](const Edit &a, const Edit &b) { return a.from < b.from; });
    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype pos = 0;
    for (const Edit &e : all) {
        out += pdf.mid(pos, e.from - pos);
        out += e.bytes;
        pos = e.to;
    }
    out += pdf.mid(pos);
    return out;
}

bool PdfTextLayer::repairFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pdf = in.readAll();
    in.close();
    const QByteArray fixed = repaired(pdf);
    if (fixed == pdf)
        return true;
    try {
        PrivateFiles::writeFile(path, fixed);
    } catch (const StorageError &) {
        return false;
    }
    return true;
}

} // namespace estatedesk
