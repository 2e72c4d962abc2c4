// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QImage>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace estatedesk::test {

// The PDF's pages as pictures (pdftoppm at dpi); empty without pdftoppm or for an unreadable file.
inline QList<QImage> pdfPages(const QString &path, int dpi = 100)
{
    QTemporaryDir dir;
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), path,
                  dir.filePath(QStringLiteral("page"))});
    if (!render.waitForFinished(60000) || render.exitCode() != 0)
        return {};
    QList<QImage> pages;
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        pages << QImage(dir.filePath(file)).convertToFormat(QImage::Format_RGB32);
    return pages;
}

} // namespace estatedesk::test
