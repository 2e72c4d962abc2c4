// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDocument.h"

#include "io/Csv.h"

#include <QRegularExpression>

namespace estatedesk {

QString ReportDocument::footer() const
{
    QStringList parts{officeName, title};
    if (!period.isEmpty())
        parts << period;
    parts << tr("printed %1").arg(printedAt);
    return parts.join(QStringLiteral(" · "));
}

QString ReportDocument::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body style=\"font-size:10pt\">")
                    .arg(esc(title));
    h += QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(esc(title));
    h += QStringLiteral("<p style=\"text-align:center\">%1</p>")
             .arg(esc(QStringList{officeName, period, tr("printed %1").arg(printedAt)}.filter(QRegularExpression(QStringLiteral(".")))
                          .join(QStringLiteral(" · "))));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections.at(i);
        if (!s.heading.isEmpty())
            h += QStringLiteral("<h3>%1</h3>").arg(esc(s.heading));
        for (const QString &line : s.lines)
            h += QStringLiteral("<p>%1</p>").arg(esc(line));
        if (!s.chartCategories.isEmpty())
            h += QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"600\" height=\"250\"/></p>").arg(i);
        if (s.headers.isEmpty())
            continue;
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr style=\"background:#e9ecef\">");
        for (const QString &head : s.headers)
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr></thead><tbody>");
        for (const QStringList &row : s.rows) {
            h += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c)
                h += QStringLiteral("<td%1>%2</td>")
                         .arg(s.rightAligned.contains(c) ? QStringLiteral(" align=\"right\"") : QString(), esc(row.at(c)));
            h += QStringLiteral("</tr>");
        }
        if (s.rows.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>").arg(s.headers.size()).arg(esc(tr("(none)")));
        h += QStringLiteral("</tbody></table>");
    }
    h += QStringLiteral("<br/><table width=\"100%\" cellpadding=\"6\"><tr><td>%1 ______________</td><td>%2 ______________</td></tr>"
                        "</table>")
             .arg(esc(tr("Checked and signed by:")), esc(tr("Date:")));
    return h + QStringLiteral("</body></html>");
}

QByteArray ReportDocument::toCsv() const
{
    QString out = Csv::formatRow({Csv::protect(title), Csv::protect(period), Csv::protect(officeName), printedAt}) + u'\n';
    for (const Section &s : sections) {
        out += u'\n';
        if (!s.heading.isEmpty())
            out += Csv::formatRow({Csv::protect(s.heading)}) + u'\n';
        for (const QString &line : s.lines)
            out += Csv::formatRow({Csv::protect(line)}) + u'\n';
        if (s.headers.isEmpty())
            continue;
        out += Csv::formatRow(s.headers) + u'\n';
        for (const QStringList &row : s.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells << Csv::protect(cell);
            out += Csv::formatRow(cells) + u'\n';
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace estatedesk
