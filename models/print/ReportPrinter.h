// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QColor;
class QFont;
class QImage;
class QPageLayout;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace estatedesk {

struct ReportDocument;

// Prints a report's HTML to a PDF file: A4, 15 mm margins, the office font (Noto Sans CJK when
// installed, so Chinese is embedded and never boxes), a footer with the page number and the title.
// Qt Gui only, no widgets: the console program prints with it too (PDF needs a QGuiApplication).
// Failures throw StorageError naming the file.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // footer: the text before the page number on every page (the title when empty).
    // report: where the HTML comes from, for the charts its sections draw.
    static void writePdf(const QString &html, const QString &title, const QString &path,
                         const QString &footer = {}, const ReportDocument *report = nullptr);
    // The page of every printed report: A4 portrait, 15 mm margins, 20 mm at the foot.
    static QPageLayout pageLayout();
    // The resolution reports are laid out at, on a PDF writer and a printer alike.
    static constexpr int Resolution = 300;
    // The one page layout of saved and printed reports: lays html out for device's page and paints
    // every page with its footer ("footer — 2 / 3"), on a QPdfWriter or a QPrinter alike, so what
    // the printer prints is what the PDF shows. painter is active on device.
    static void paint(QPainter &painter, QPagedPaintDevice &device, const QString &html, const QString &title,
                      const QString &footer = {}, const ReportDocument *report = nullptr);
    // The colour of a chart's k-th series, on paper and on screen (ten, then again).
    static QColor seriesColour(int k);
    // A section's chart as a picture (grouped bars with axis, labels and legend).
    static QImage chartImage(const ReportDocument &report, int section);
    // An office report to a file, in the format of its suffix: .pdf, .xlsx, .csv or .html. A CSV
    // file holds one table (ReportDocument::csvFiles()): the further tables and the notes go to
    // FILE-KEY.csv beside it. Returns the files written, path first.
    static QStringList writeReport(const ReportDocument &report, const QString &path);
    // The font of printed pages (Chinese embedded, text extractable).
    static QFont printFont();
    // A document laid out like the printed page: the print font, the pictures "chart:N" the
    // report's HTML refers to (when report is given), then the HTML.
    static void prepare(QTextDocument &doc, const QString &html, const ReportDocument *report);
};

} // namespace estatedesk
