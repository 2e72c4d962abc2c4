// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace estatedesk::test {

// The text exactly as pdftotext (poppler-utils) extracts it, keeping the layout: what someone
// copying from the PDF or searching it gets. Never normalised: a CJK radical where an ideograph
// was printed ("客⼾" for "客户") must stay visible to the tests. Without pdftotext, a line saying
// so (which no test expects).
inline QString rawPdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        return QStringLiteral("pdftotext (poppler-utils) is needed, and %1 must be a readable PDF").arg(path);
    return QString::fromUtf8(text.readAllStandardOutput());
}

// The characters of text in the CJK radical blocks (U+2E80–U+2EFF, U+2F00–U+2FDF), which a
// PDF's text layer gives only when it maps an ideograph's glyph back wrongly; empty when none.
inline QString cjkRadicals(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    return found;
}

} // namespace estatedesk::test
