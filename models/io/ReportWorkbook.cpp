// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ReportWorkbook.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/PrivateFiles.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace estatedesk {

namespace {

using Kind = ReportDocument::CellKind;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

lxw_datetime excelTime(const QDateTime &t)
{
    const QDateTime local = t.toTimeZone(OfficeTime::zone());
    return {local.date().year(), local.date().month(),  local.date().day(),
            local.time().hour(), local.time().minute(), double(local.time().second())};
}

// Header and footer text: & starts a code there.
QByteArray headerText(const QString &text)
{
    QString t = text;
    return t.replace(u'&', QStringLiteral("&&")).left(80).toUtf8();
}

} // namespace

int ReportWorkbook::textWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString ReportWorkbook::sheetName(const QString &wanted, const QStringList &taken)
{
    QString base;
    for (const QChar c : wanted)
        base += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? u'_' : c;
    base = base.trimmed();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet");
    auto used = [&taken](const QString &name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base.left(31);
    for (int n = 2; used(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

void ReportWorkbook::write(const ReportDocument &report, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // libxlsxwriter writes a file by name: into a folder of our own (owner-only), then the
    // bytes go to path as one private file.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StorageError(
            tr("%1 cannot be written: no temporary folder (%2).").arg(shown, dir.errorString()));
    const QByteArray tempPath = QFile::encodeName(dir.filePath(QStringLiteral("report.xlsx")));
    const QByteArray tempFolder = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tempFolder.constData());
    lxw_workbook *book = workbook_new_opt(tempPath.constData(), &options);
    if (!book)
        throw StorageError(tr("%1 cannot be written: the workbook cannot be started.").arg(shown));

    const QByteArray title = report.title.toUtf8(), office = report.officeName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.company = const_cast<char *>(office.constData());
    workbook_set_properties(book, &properties);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xE9ECEF);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(book);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");
    lxw_format *percentFormat = workbook_add_format(book);
    format_set_num_format(percentFormat, "0.0%");
    lxw_format *numberFormat = workbook_add_format(book);
    format_set_num_format(numberFormat, "0.0##");

    const QString meta = QStringList{report.officeName, report.period, tr("printed %1").arg(report.printedAt)}
                             .filter(QRegularExpression(QStringLiteral("."))) // no empty period
                             .join(QStringLiteral(" · "));
    QList<ReportDocument::Table> tables = report.tables();
    // Sentences of sections without a table go on the first sheet.
    QStringList loose;
    for (const ReportDocument::Section &s : report.sections)
        if (s.headers.isEmpty())
            for (const QString &line : s.lines)
                loose << (s.heading.isEmpty() ? line : tr("%1: %2").arg(s.heading, line));
    if (tables.isEmpty())
        tables.append(ReportDocument::Table{QStringLiteral("notes"), report.title, {}, {}, {}, {}, {}});
    tables.first().lines = loose + tables.first().lines;

    QStringList names;
    for (const ReportDocument::Table &t : std::as_const(tables)) {
        names << sheetName(t.heading.isEmpty() ? report.title : t.heading, names);
        lxw_worksheet *sheet = workbook_add_worksheet(book, names.constLast().toUtf8().constData());
        if (!sheet) {
            workbook_close(book);
            throw StorageError(
                tr("%1 cannot be written: the sheet \"%2\" cannot be added.").arg(shown, names.constLast()));
        }
        lxw_row_t row = 0;
        worksheet_write_string(sheet, row++, 0, report.title.toUtf8().constData(), titleFormat);
        worksheet_write_string(sheet, row++, 0, meta.toUtf8().constData(), nullptr);
        for (const QString &line : t.lines)
            worksheet_write_string(sheet, row++, 0, line.toUtf8().constData(), nullptr);
        ++row; // a blank row before the table
        const lxw_row_t headerRow = row;
        QList<int> widths;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(sheet, headerRow, lxw_col_t(c), t.headers.value(c).toUtf8().constData(),
                                   headerFormat);
            widths << textWidth(t.headers.value(c));
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QVariantList &values = t.rows.at(r);
            ++row;
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const QVariant v = values.value(c);
                const lxw_col_t col = lxw_col_t(c);
                if (v.isNull() || !v.isValid())
                    continue;
                int width = 0;
                switch (t.columns.at(c).kind) {
                case Kind::Integer:
                case Kind::Minutes:
                    worksheet_write_number(sheet, row, col, double(v.toLongLong()), nullptr);
                    width = int(QString::number(v.toLongLong()).size());
                    break;
                case Kind::Number:
                    worksheet_write_number(sheet, row, col, v.toDouble(), numberFormat);
                    width = int(QString::number(v.toDouble(), 'f', 2).size());
                    break;
                case Kind::Percent:
                    worksheet_write_number(sheet, row, col, v.toDouble(), percentFormat);
                    width = 7;
                    break;
                case Kind::Date: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
                    width = 10;
                    break;
                }
                case Kind::DateTime: {
                    // As printed: a deadline that falls on a date ("2026-12-20", due within the
                    // day) is that date, not the next midnight it turns overdue at.
                    const QDate printedDate = QDate::fromString(t.texts.value(r).value(c), Qt::ISODate);
                    if (printedDate.isValid()) {
                        lxw_datetime dt{printedDate.year(), printedDate.month(), printedDate.day(), 0, 0, 0};
                        worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
                        width = 10;
                        break;
                    }
                    lxw_datetime dt = excelTime(v.toDateTime());
                    worksheet_write_datetime(sheet, row, col, &dt, dateTimeFormat);
                    width = 16;
                    break;
                }
                case Kind::Text:
                case Kind::Code: {
                    const QString printed = t.texts.value(r).value(c);
                    const QString text =
                        t.columns.at(c).kind == Kind::Code && !printed.isEmpty() ? printed : v.toString();
                    worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
                    width = textWidth(text);
                    break;
                }
                }
                widths[c] = std::max(widths.at(c), width);
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2, 6, 60),
                                 nullptr);
        // The header row stays in view, and is printed on every page.
        worksheet_freeze_panes(sheet, headerRow + 1, 0);
        worksheet_repeat_rows(sheet, headerRow, headerRow);
        const QByteArray pageHeader = "&L" + headerText(report.officeName) + "&C" + headerText(report.title) +
                                      "&R" + headerText(report.period);
        worksheet_set_header(sheet, pageHeader.constData());
        worksheet_set_footer(sheet, "&C&P / &N");
        if (t.columns.size() > 6)
            worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        throw StorageError(tr("%1 cannot be written: %2").arg(shown, QString::fromUtf8(lxw_strerror(error))));
    QFile written(dir.filePath(QStringLiteral("report.xlsx")));
    if (!written.open(QIODevice::ReadOnly))
        throw StorageError(tr("%1 cannot be written: %2").arg(shown, written.errorString()));
    PrivateFiles::writeFile(path, written.readAll());
}

} // namespace estatedesk
