// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "print/ReportPrinter.h"
#include "reports/ReportDocument.h"

#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace estatedesk {

void PrintPreview::show(QWidget *parent, const QString &html, const QString &title, const ReportDocument *report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        QTextDocument doc;
        ReportPrinter::prepare(doc, html, report);
        doc.print(p);
    });
    dialog.exec();
}

void PrintPreview::show(QWidget *parent, const QString &html, const QString &title)
{
    show(parent, html, title, nullptr);
}

void PrintPreview::show(QWidget *parent, const ReportDocument &report)
{
    show(parent, report.toHtml(), report.title, &report);
}

} // namespace estatedesk
