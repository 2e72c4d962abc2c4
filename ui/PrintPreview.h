// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace estatedesk {

struct ReportDocument;

// The print preview (a modal dialog with the printer choice) of what ReportPrinter writes to PDF:
// the printer gets the same page, resolution and layout code (ReportPrinter::paint), so the
// preview, the paper and the saved PDF show the same pages. A PDF file the printer writes
// ("print to file") gets the same text-layer repair as a saved PDF (PdfTextLayer).
class PrintPreview
{
public:
    static void show(QWidget *parent, const QString &html, const QString &title);
    static void show(QWidget *parent, const ReportDocument &report);

    // Tests: the next preview is not shown; instead run(dialog, printer) is called with the dialog
    // and its printer, all set up (and connected) as the user would get them.
    using Handler = std::function<void(QPrintPreviewDialog &, QPrinter &)>;
    static void setNextHandler(Handler run);

private:
    static void show(QWidget *parent, const QString &html, const QString &title, const QString &footer,
                     const ReportDocument *report);
    static void print(QPrinter *printer, const QString &html, const QString &title, const QString &footer,
                      const ReportDocument *report);
    static Handler s_nextHandler;
};

} // namespace estatedesk
