// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFont;
class QImage;
class QTextDocument;

namespace estatedesk {
struct ReportDocument;
}
class QWidget;

namespace estatedesk {

// Prints a report's HTML to a PDF file: A4, 15 mm margins, the office font (Noto Sans CJK when
// installed, so Chinese is embedded and never boxes), a footer with the page number and the title.
class ReportPrinter
{
public:
    // footer: the text before the page number on every page (the title when empty).
    // report: where the HTML comes from, for the charts its sections draw.
    static bool writePdf(const QString &html, const QString &title, const QString &path, QString *error = nullptr,
                         const QString &footer = {}, const ReportDocument *report = nullptr);
    // A section's chart as a picture (grouped bars with axis, labels and legend).
    static QImage chartImage(const ReportDocument &report, int section);
    // An office report to a file, in the format of its suffix: .pdf, .csv or .html.
    static bool writeReport(const ReportDocument &report, const QString &path, QString *error);
    // The print preview (a modal dialog with the printer choice) of a report's HTML.
    static void preview(QWidget *parent, const QString &html, const QString &title);
    static void preview(QWidget *parent, const ReportDocument &report);
    // The font of printed pages (Chinese embedded, text extractable).
    static QFont printFont();

private:
    // Supplies the pictures "chart:N" the report's HTML refers to.
    static void addCharts(QTextDocument &doc, const ReportDocument &report);
};

} // namespace estatedesk
