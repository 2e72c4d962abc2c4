// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "print/PdfTextLayer.h"
#include "print/ReportPrinter.h"
#include "reports/ReportDocument.h"

#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <utility>

namespace estatedesk {

PrintPreview::Handler PrintPreview::s_nextHandler;

void PrintPreview::setNextHandler(Handler run)
{
    s_nextHandler = std::move(run);
}

void PrintPreview::print(QPrinter *printer, const QString &html, const QString &title, const QString &footer,
                         const ReportDocument *report)
{
    QPainter painter;
    if (!painter.begin(printer))
        return; // the dialog's printer says why
    ReportPrinter::paint(painter, *printer, html, title, footer, report);
    // "Print to file" writes a PDF with Qt's writer: its text layer needs the same repair.
    const bool pdfFile = printer->outputFormat() == QPrinter::PdfFormat &&
                         !printer->outputFileName().isEmpty() && printer->paintEngine() &&
                         printer->paintEngine()->type() == QPaintEngine::Pdf;
    if (painter.end() && pdfFile)
        PdfTextLayer::repairFile(printer->outputFileName());
}

void PrintPreview::show(QWidget *parent, const QString &html, const QString &title, const QString &footer,
                        const ReportDocument *report)
{
    // The page of a saved PDF: A4, the report margins, laid out at the same resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(ReportPrinter::Resolution);
    printer.setPageLayout(ReportPrinter::pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { print(p, html, title, footer, report); });
    if (s_nextHandler) {
        const Handler run = std::exchange(s_nextHandler, {});
        run(dialog, printer);
        return;
    }
    dialog.exec();
}

void PrintPreview::show(QWidget *parent, const QString &html, const QString &title)
{
    show(parent, html, title, {}, nullptr);
}

void PrintPreview::show(QWidget *parent, const ReportDocument &report)
{
    show(parent, report.toHtml(), report.title, report.footer(), &report);
}

} // namespace estatedesk
