// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrinter.h"

#include "reports/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QSaveFile>
#include <QFont>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace estatedesk {

// Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK. (With Noto Sans CJK
// alone, digits inside a run of Latin text are shaped into alternate glyphs that Qt's PDF
// writer cannot map back to text: the page looks right but its text cannot be copied or
// searched.)
QFont ReportPrinter::printFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.5);
    return font;
}

bool ReportPrinter::writePdf(const QString &html, const QString &title, const QString &path, QString *error, const QString &footer)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("EstateDesk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 20), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    QTextDocument doc;
    // Lay the text out for the writer's resolution, so that 10.5 pt is 10.5 pt on paper.
    doc.documentLayout()->setPaintDevice(&writer);
    const QFont font = printFont();
    doc.setDefaultFont(font);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.setPageSize(QSizeF(page.width(), page.height() - 120));
    doc.setHtml(html);
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * doc.pageSize().height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * doc.pageSize().height(), doc.pageSize().width(), doc.pageSize().height());
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        QFont footerFont = font;
        footerFont.setPointSizeF(9);
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, page.height() - 80, page.width(), 80), Qt::AlignCenter,
                         QStringLiteral("%1 — %2 / %3").arg(footer.isEmpty() ? title : footer).arg(p + 1).arg(pages));
    }
    painter.end();
    return true;
}

void ReportPrinter::preview(QWidget *parent, const QString &html, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&html](QPrinter *p) {
        QTextDocument doc;
        doc.setDefaultFont(printFont());
        doc.setHtml(html);
        doc.print(p);
    });
    dialog.exec();
}

bool ReportPrinter::writeReport(const ReportDocument &report, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(report.toHtml(), report.title, path, error, report.footer());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(suffix == QLatin1String("csv") ? report.toCsv() : report.toHtml().toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace estatedesk
