// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace estatedesk {

// Makes the text layer of a PDF that Qt wrote give the characters that were printed.
//
// Why: Qt's PDF writer gives every embedded font a ToUnicode map (glyph -> character, what
// copy, search and pdftotext read), built by asking the font's cmap which character each glyph
// belongs to and keeping the LOWEST code point that maps to it (QFontSubset::getReverseMap). Noto
// Sans CJK draws a Kangxi radical (U+2F00-U+2FDF) or a radical supplement (U+2E80-U+2EFF) with
// the very glyph of the ideograph it looks like, and those blocks come before the ideographs:
// 户 is printed right but reads back as ⼾, 月 as ⽉, 黄 as ⻩. The page is right, the glyph is
// right; only that reverse map is wrong. So this repairs the map, not the page: every ToUnicode
// entry that names a radical is replaced by the ideograph the print font draws with the same
// glyph (found in the font's own cmap, so it is 户 in the simplified-Chinese face where NFKC
// would give the traditional 戶, and 黄 where NFKC leaves ⻩ alone). Radicals are never typed
// in an office's records; a glyph shared with an ideograph is read as that ideograph.
//
// Choosing another font does not help (every face of Noto Sans/Serif CJK shares these glyphs,
// and so do other CJK fonts), and shipping a changed font would mean a copy of 16 MB in the
// project; the repair is small and works with whatever CJK font the office has.
class PdfTextLayer
{
public:
    // The ideograph the print font draws with the same glyph as radical r, or 0 when none.
    static char16_t ideographForRadical(char16_t r);
    // The PDF with its ToUnicode maps repaired; the same bytes when nothing needed repair or the
    // file is not laid out as Qt writes PDFs (one cross-reference table, plain ToUnicode streams).
    static QByteArray repaired(const QByteArray &pdf);
    // repaired() on a PDF file in place (e.g. what a QPrinter wrote); false when it cannot be
    // read or written back.
    static bool repairFile(const QString &path);
};

} // namespace estatedesk
