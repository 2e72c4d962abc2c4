// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace estatedesk {

// Prints a report's HTML to a PDF file: A4, 15 mm margins, the office font (Noto Sans CJK when
// installed, so Chinese is embedded and never boxes), a footer with the page number and the title.
class ReportPrinter
{
public:
    static bool writePdf(const QString &html, const QString &title, const QString &path, QString *error = nullptr);
    // The print preview (a modal dialog with the printer choice) of a report's HTML.
    static void preview(QWidget *parent, const QString &html, const QString &title);
};

} // namespace estatedesk
