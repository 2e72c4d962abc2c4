// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDocument.h"

#include "io/Csv.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

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
    QString h =
        QStringLiteral(
            "<html><head><meta charset=\"utf-8\"><title>%1</title></head><body style=\"font-size:10pt\">")
            .arg(esc(title));
    h += QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(esc(title));
    h += QStringLiteral("<p style=\"text-align:center\">%1</p>")
             .arg(esc(QStringList{officeName, period, tr("printed %1").arg(printedAt)}
                          .filter(QRegularExpression(QStringLiteral(".")))
                          .join(QStringLiteral(" · "))));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections.at(i);
        if (!s.heading.isEmpty())
            h += QStringLiteral("<h3%1>%2</h3>")
                     .arg(s.newPage && i > 0 ? QStringLiteral(" style=\"page-break-before: always\"")
                                             : QString(),
                          esc(s.heading));
        for (const QString &line : s.lines)
            h += QStringLiteral("<p>%1</p>").arg(esc(line));
        if (!s.chartCategories.isEmpty())
            h +=
                QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"600\" height=\"250\"/></p>")
                    .arg(i);
        if (s.headers.isEmpty())
            continue;
        h += QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr style=\"background:#e9ecef\">");
        for (const QString &head : s.headers)
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr></thead><tbody>");
        for (const QStringList &row : s.rows) {
            h += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c)
                h += QStringLiteral("<td%1%2>%3</td>")
                         .arg(s.rightAligned.contains(c) ? QStringLiteral(" align=\"right\"") : QString(),
                              // A number is never broken ("100.0" above "%" in a narrow column).
                              s.noWrap.contains(c) || s.rightAligned.contains(c)
                                  ? QStringLiteral(" style=\"white-space: nowrap\"")
                                  : QString(),
                              esc(row.at(c)));
            h += QStringLiteral("</tr>");
        }
        if (s.rows.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                     .arg(s.headers.size())
                     .arg(esc(tr("(none)")));
        h += QStringLiteral("</tbody></table>");
    }
    h +=
        QStringLiteral(
            "<br/><table width=\"100%\" cellpadding=\"6\"><tr><td>%1 ______________</td><td>%2 ______________</td></tr>"
            "</table>")
            .arg(esc(tr("Checked and signed by:")), esc(tr("Date:")));
    return h + QStringLiteral("</body></html>");
}

void ReportDocument::Section::addRow(const QList<Cell> &cells)
{
    QStringList texts;
    QVariantList typed;
    for (const Cell &c : cells) {
        if (texts.size() < headers.size())
            texts << c.text;
        typed << c.value;
    }
    rows << texts;
    values << typed;
}

QList<ReportDocument::Table> ReportDocument::tables() const
{
    QList<Table> out;
    for (const Section &s : sections) {
        if (s.headers.isEmpty())
            continue;
        // Without typed columns (a one-client paper): the printed text, column by column.
        QList<Column> given = s.columns;
        if (given.isEmpty())
            for (qsizetype c = 0; c < s.headers.size(); ++c)
                given << Column{QStringLiteral("column_%1").arg(c + 1), CellKind::Text, {}};
        // Columns without a key are for paper only (a bar drawn in text).
        QList<qsizetype> kept;
        QList<Column> columns;
        QStringList headers;
        for (qsizetype c = 0; c < given.size(); ++c) {
            if (given.at(c).key.isEmpty())
                continue;
            kept << c;
            columns << given.at(c);
            const QString header = c < s.headers.size() ? s.headers.at(c) : given.at(c).header;
            headers << (given.at(c).kind == CellKind::Minutes && c < s.headers.size()
                            ? tr("%1 (minutes)").arg(header)
                            : header);
        }
        const bool grouped = !s.groupColumn.key.isEmpty();
        if (grouped) {
            columns.prepend(s.groupColumn);
            headers.prepend(s.groupColumn.header);
        }
        const QString key = s.key.isEmpty() ? QStringLiteral("table%1").arg(out.size() + 1) : s.key;
        auto it = std::find_if(out.begin(), out.end(), [&key](const Table &t) { return t.key == key; });
        if (it == out.end()) {
            out.append(Table{key, grouped ? s.groupTitle : s.heading, columns, headers, {}, {}, {}});
            it = out.end() - 1;
        }
        for (qsizetype r = 0; r < s.rows.size(); ++r) {
            const QVariantList typed = s.columns.isEmpty()
                                           ? QVariantList(s.rows.at(r).cbegin(), s.rows.at(r).cend())
                                           : s.values.value(r);
            QVariantList row;
            QStringList text;
            if (grouped) {
                row << s.group;
                text << s.group;
            }
            for (qsizetype c : std::as_const(kept)) {
                row << typed.value(c);
                text << s.rows.at(r).value(c);
            }
            it->rows << row;
            it->texts << text;
        }
        for (const QString &line : s.lines)
            it->lines << (grouped ? tr("%1: %2").arg(s.heading, line) : line);
    }
    const auto main =
        std::find_if(out.begin(), out.end(), [this](const Table &t) { return t.key == mainTable; });
    if (main != out.end() && main != out.begin())
        std::rotate(out.begin(), main, main + 1);
    return out;
}

QString ReportDocument::machineText(const QVariant &value, CellKind kind)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case CellKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case CellKind::DateTime:
        return value.toDateTime().toOffsetFromUtc(value.toDateTime().offsetFromUtc()).toString(Qt::ISODate);
    case CellKind::Number:
    case CellKind::Percent:
        return QString::number(value.toDouble(), 'g', 10);
    case CellKind::Integer:
    case CellKind::Minutes:
        return QString::number(value.toLongLong());
    case CellKind::Text:
    case CellKind::Code:
        break;
    }
    return Csv::protect(value.toString());
}

QByteArray ReportDocument::toCsv(const QString &table) const
{
    QList<QStringList> lines;
    if (table == QLatin1String("notes")) {
        lines << QStringList{QStringLiteral("table"), QStringLiteral("kind"), QStringLiteral("text")};
        lines << QStringList{QStringLiteral("report"), QStringLiteral("name"), name}
              << QStringList{QStringLiteral("report"), QStringLiteral("title"), title}
              << QStringList{QStringLiteral("report"), QStringLiteral("office"), officeName}
              << QStringList{QStringLiteral("report"), QStringLiteral("period"), period}
              << QStringList{QStringLiteral("report"), QStringLiteral("printed_at"), printedAt};
        for (const Section &s : sections) {
            const QString key = s.key.isEmpty() ? QStringLiteral("report") : s.key;
            if (!s.heading.isEmpty())
                lines << QStringList{key, QStringLiteral("heading"), s.heading};
            for (const QString &line : s.lines)
                lines << QStringList{key, QStringLiteral("line"), line};
        }
        for (qsizetype i = 1; i < lines.size(); ++i)
            for (QString &cell : lines[i])
                cell = Csv::protect(cell);
    } else {
        const QList<Table> all = tables();
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&table](const Table &t) { return table.isEmpty() || t.key == table; });
        if (it != all.end()) {
            QStringList header;
            for (const Column &c : it->columns)
                header << c.key;
            lines << header;
            for (const QVariantList &row : it->rows) {
                QStringList cells;
                for (qsizetype c = 0; c < it->columns.size(); ++c)
                    cells << machineText(row.value(c), it->columns.at(c).kind);
                lines << cells;
            }
        }
    }
    QString out;
    for (const QStringList &line : std::as_const(lines))
        out += Csv::formatRow(line) + u'\n';
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QList<QPair<QString, QByteArray>> ReportDocument::csvFiles() const
{
    QList<QPair<QString, QByteArray>> files;
    const QList<Table> all = tables();
    if (all.isEmpty()) // only sentences: they are the report
        return {{QString(), toCsv(QStringLiteral("notes"))}};
    for (qsizetype i = 0; i < all.size(); ++i)
        files.append({i == 0 ? QString() : u'-' + all.at(i).key, toCsv(all.at(i).key)});
    files.append({QStringLiteral("-notes"), toCsv(QStringLiteral("notes"))});
    return files;
}

} // namespace estatedesk
