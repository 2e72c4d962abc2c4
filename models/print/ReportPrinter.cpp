// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ReportPrinter.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "io/ReportWorkbook.h"
#include "print/PdfTextLayer.h"
#include "reports/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

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

QColor ReportPrinter::seriesColour(int k)
{
    // Ten colours: a line per deadline kind stays told apart.
    static const QColor colours[] = {QColor(0x1F, 0x77, 0xB4), QColor(0x8C, 0xC0, 0x4B),
                                     QColor(0xF0, 0xA2, 0x2E), QColor(0xC0, 0x39, 0x2B),
                                     QColor(0x7F, 0x4F, 0xA8), QColor(0x17, 0xBE, 0xCF),
                                     QColor(0x8C, 0x56, 0x4B), QColor(0xE3, 0x77, 0xC2),
                                     QColor(0x7F, 0x7F, 0x7F), QColor(0x2C, 0x3E, 0x50)};
    return colours[k % int(std::size(colours))];
}

namespace {

// Where each legend entry of a chart goes (a swatch, then its label), relative to the legend's
// first line: as many on a line as fit in width at the chart's font, then the next line. The
// legend is never shrunk to fit one line: ten series on one line were too small to read.
QList<QPointF> legendPlaces(const QStringList &labels, const QFontMetricsF &metrics, double left,
                            double width)
{
    QList<QPointF> places;
    double x = left;
    double y = 0;
    for (const QString &label : labels) {
        const double entry = 38 + metrics.horizontalAdvance(label);
        if (x > left && x + entry > left + width) {
            x = left;
            y += 48;
        }
        places << QPointF(x, y);
        x += entry + 50;
    }
    return places;
}

} // namespace

QImage ReportPrinter::chartImage(const ReportDocument &report, int section)
{
    const ReportDocument::Section &s = report.sections.at(section);
    QImage image(1800, 750, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = printFont();
    font.setPixelSize(26);
    p.setFont(font);
    // The legend's lines under the chart, which is as much lower as they need; its words a little
    // larger than the scale's (they name what is drawn).
    QFont legendFont = font;
    legendFont.setPixelSize(32);
    const QList<QPointF> legend =
        legendPlaces(s.chartSeries, QFontMetricsF(legendFont), 110, image.width() - 110 - 20);
    const double legendLift = legend.isEmpty() ? 0 : legend.constLast().y();
    const QRectF plot(110, 30, 1650, 540 - legendLift);
    const double max = s.chartMax > 0 ? s.chartMax : 1;
    // Grid and scale.
    p.setPen(QColor(0xDD, 0xDD, 0xDD));
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 16, plot.left() - 12, 32), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(max * i / 5.0, 'f', max <= 10 ? 0 : 1));
        p.setPen(QColor(0xDD, 0xDD, 0xDD));
    }
    const int groups = int(s.chartCategories.size());
    const int series = int(s.chartSeries.size());
    const double groupWidth = plot.width() / std::max(1, groups);
    const double barWidth = groupWidth * 0.7 / std::max(1, series);
    auto y = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v, 0.0, max) / max; };
    if (s.chartLines) {
        // A line per series through the middle of each category; a missing value breaks it.
        for (int k = 0; k < series; ++k) {
            p.setPen(QPen(seriesColour(k), 5));
            p.setBrush(seriesColour(k));
            QPointF previous;
            bool joined = false;
            for (int g = 0; g < groups; ++g) {
                const double v = s.chartValues.value(g).value(k, qQNaN());
                if (qIsNaN(v)) {
                    joined = false;
                    continue;
                }
                const QPointF point(plot.left() + (g + 0.5) * groupWidth, y(v));
                if (joined)
                    p.drawLine(previous, point);
                p.drawEllipse(point, 8, 8);
                previous = point;
                joined = true;
            }
        }
        p.setBrush(Qt::NoBrush);
    }
    for (int g = 0; g < groups; ++g) {
        const double x0 = plot.left() + g * groupWidth + groupWidth * 0.15;
        for (int k = 0; !s.chartLines && k < series && k < s.chartValues.value(g).size(); ++k) {
            const double v = std::clamp(s.chartValues.at(g).at(k), 0.0, max);
            const QRectF bar(x0 + k * barWidth, y(v), barWidth * 0.9, plot.height() * v / max);
            p.fillRect(bar, seriesColour(k));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 8, groupWidth, 40),
                   Qt::AlignHCenter | Qt::AlignTop, s.chartCategories.at(g));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setFont(legendFont);
    for (int k = 0; k < series; ++k) {
        const QPointF at = legend.at(k) + QPointF(0, 680 - legendLift);
        p.fillRect(QRectF(at.x(), at.y() + 10, 28, 28), seriesColour(k));
        p.drawText(QRectF(at.x() + 38, at.y(), 600, 48), Qt::AlignLeft | Qt::AlignVCenter,
                   s.chartSeries.at(k));
    }
    return image;
}

void ReportPrinter::prepare(QTextDocument &doc, const QString &html, const ReportDocument *report)
{
    doc.setDefaultFont(printFont());
    if (report)
        for (int i = 0; i < report->sections.size(); ++i)
            if (!report->sections.at(i).chartCategories.isEmpty())
                doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                                chartImage(*report, i));
    doc.setHtml(html);
    // Every line in a table at least as tall as a line of Chinese: Latin-only cells (DejaVu Sans,
    // shorter lines) otherwise stay on a page while the Chinese cells of their row move to the
    // next one, splitting the row. With equal lines the row moves whole.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (!cursor.currentTable())
            continue;
        QFont chinese(QStringLiteral("Noto Sans CJK SC"));
        chinese.setPointSizeF(block.charFormat().font().pointSizeF() > 0
                                  ? block.charFormat().font().pointSizeF()
                                  : printFont().pointSizeF());
        QTextBlockFormat format = block.blockFormat();
        // In the layout's logical pixels (it scales them to the device, as it does margins).
        format.setLineHeight(QFontMetricsF(chinese).lineSpacing(), QTextBlockFormat::MinimumHeight);
        cursor.setBlockFormat(format);
    }
    // Lay everything out again: after those changes the incremental layout left the blocks that
    // follow some tables (a heading, its sentences, a chart) without a place, and they were not
    // printed.
    doc.markContentsDirty(0, doc.characterCount());
}

namespace {

// A heading never ends a page while what it heads starts the next one ("梁鑫辉 —— 第 2 名" and its
// coaching line at the foot of page 1, its table on page 2): a heading whose sentences, chart and
// first table row do not all fit below it on its page starts the next page instead. Qt's text
// layout has no "keep with next", so the document is laid out, the first such heading gets a page
// break before it, and the rest is laid out again. A heading whose part is taller than a page
// stays where it is.
void keepHeadingsWithWhatFollows(QTextDocument &doc)
{
    const double pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || QTextCursor(block).currentTable())
            continue;
        // What it heads: the blocks up to the next heading, or up to the first cell of a table.
        QTextBlock last = block;
        for (QTextBlock next = block.next(); next.isValid() && next.blockFormat().headingLevel() == 0;
             next = next.next()) {
            last = next;
            if (QTextCursor(next).currentTable())
                break;
        }
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF end = layout->blockBoundingRect(last);
        const int page = int(heading.top() / pageHeight);
        if (int(end.top() / pageHeight) == page || end.bottom() - heading.top() > pageHeight)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
    }
}

} // namespace

QPageLayout ReportPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 20),
                       QPageLayout::Millimeter);
}

void ReportPrinter::paint(QPainter &painter, QPagedPaintDevice &device, const QString &html,
                          const QString &title, const QString &footer, const ReportDocument *report)
{
    // Everything in millimetres of the device's own page, so a 300 dpi PDF writer and a 1200 dpi
    // printer get the same page: same width, same line breaks, same page breaks.
    const double dpi = device.logicalDpiY();
    auto mm = [dpi](double millimetres) { return millimetres * dpi / 25.4; };
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double footerBox = mm(7); // the footer's line, at the foot of the printable area
    QTextDocument doc;
    // Lay the text out for the device's resolution, so that 10.5 pt is 10.5 pt on paper.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(QSizeF(page.width(), page.height() - mm(10)));
    prepare(doc, html, report);
    keepHeadingsWithWhatFollows(doc);
    const QString footerText = footer.isEmpty() ? title : footer;
    const int pages = doc.pageCount();
    // The footer at 9 pt, or smaller down to 7.5 pt where that keeps it whole (an English office
    // name, title and period are longer than the Chinese ones): "Client brief before the viewing",
    // not "Client brief befor…wing".
    const QString widest = QStringLiteral(" — %1 / %1").arg(pages);
    QFont footerFont = printFont();
    for (double points = 9; points >= 7.5; points -= 0.5) {
        footerFont.setPointSizeF(points);
        if (QFontMetricsF(footerFont, &device).horizontalAdvance(footerText + widest) <= page.width())
            break;
    }
    const QFontMetricsF footerMetrics(footerFont, &device);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -p * doc.pageSize().height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * doc.pageSize().height(), doc.pageSize().width(), doc.pageSize().height());
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        // A footer longer than the line loses its middle, never the page number or its ends.
        const QString number = QStringLiteral(" — %1 / %2").arg(p + 1).arg(pages);
        const QString line =
            footerMetrics.elidedText(footerText, Qt::ElideMiddle,
                                     page.width() - footerMetrics.horizontalAdvance(number)) +
            number;
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, page.height() - footerBox, page.width(), footerBox), Qt::AlignCenter,
                         line);
    }
}

void ReportPrinter::writePdf(const QString &html, const QString &title, const QString &path,
                             const QString &footer, const ReportDocument *report)
{
    // Fonts and text layout belong to Qt Gui: without its application object there are none.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw StorageError(
            tr("%1 cannot be written: printing to PDF needs the program's graphics part, which is not running.")
                .arg(QDir::toNativeSeparators(path)));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("EstateDesk"));
        writer.setResolution(Resolution);
        writer.setPageLayout(pageLayout());
        QPainter painter;
        if (!painter.begin(&writer))
            throw StorageError(tr("%1 cannot be written: the file cannot be created there.")
                                   .arg(QDir::toNativeSeparators(path)));
        paint(painter, writer, html, title, footer, report);
        if (!painter.end())
            throw StorageError(tr("%1 cannot be written: the file could not be completed.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    // Printed reports name clients: the file is the owner's alone (0600) and appears only whole.
    const QByteArray pdf = PdfTextLayer::repaired(buffer.data());
    PrivateFiles::writeFile(path, pdf);
}

QStringList ReportPrinter::writeReport(const ReportDocument &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        writePdf(report.toHtml(), report.title, path, report.footer(), &report);
        return {path};
    }
    if (suffix == QLatin1String("xlsx")) {
        ReportWorkbook::write(report, path);
        return {path};
    }
    if (suffix != QLatin1String("csv")) {
        PrivateFiles::writeFile(path, report.toHtml().toUtf8());
        return {path};
    }
    // One rectangular table a file: the main one at path, each further one beside it.
    const QString stem = path.left(path.size() - suffix.size() - 1);
    QStringList written;
    for (const auto &[tail, bytes] : report.csvFiles()) {
        written << (tail.isEmpty() ? path : stem + tail + QStringLiteral(".csv"));
        PrivateFiles::writeFile(written.constLast(), bytes);
    }
    return written;
}

} // namespace estatedesk
