// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "FileDialogs.h"

#include "print/PdfTextLayer.h"
#include "print/ReportPrinter.h"
#include "reports/ReportDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
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

namespace {

// The preview's Print button opens Qt's print dialog as the preview would, made safe for the
// database's locks first (FileDialogs::guard): the preview's own dialog cannot be reached before
// it lists the home folder.
void guardPrintButton(QPrintPreviewDialog &dialog, QPrinter &printer)
{
    const QString print = QCoreApplication::translate("QPrintPreviewDialog", "Print");
    QAction *button = nullptr;
    for (QAction *action : dialog.findChildren<QAction *>())
        if (action->text() == print)
            button = action;
    auto *pages = dialog.findChild<QPrintPreviewWidget *>();
    if (!button || !pages)
        return;
    QObject::disconnect(button, &QAction::triggered, &dialog, nullptr);
    QObject::connect(button, &QAction::triggered, &dialog, [&dialog, &printer, pages] {
        QPrintDialog choice(&printer, &dialog);
        FileDialogs::guard(choice);
        if (choice.exec() == QDialog::Accepted) {
            pages->print();
            dialog.accept();
        }
    });
}

} // namespace

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
    guardPrintButton(dialog, printer);
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
