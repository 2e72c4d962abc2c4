// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace estatedesk::test {

// The text exactly as pdftotext (poppler-utils) extracts it, keeping the layout: what someone
// copying from the PDF gets, so a CJK radical where an ideograph should be ("客⼾" for "客户")
// stays visible. Without pdftotext, a line saying so (which no test expects).
inline QString rawPdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        return QStringLiteral("pdftotext (poppler-utils) is needed, and %1 must be a readable PDF").arg(path);
    return QString::fromUtf8(text.readAllStandardOutput());
}

// The same with NFKC: pdftotext gives ligatures ("ﬀ") and CJK radicals ("⾯" for "面") for some
// glyphs; NFKC folds them back to the characters the page shows.
inline QString pdfText(const QString &path)
{
    return rawPdfText(path).normalized(QString::NormalizationForm_KC);
}

} // namespace estatedesk::test
