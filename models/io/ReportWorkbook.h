// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

struct ReportDocument;

// A report as an Excel workbook (libxlsxwriter), for offices that work in Excel or WPS: one
// sheet per table (ReportDocument::tables()), named after it. Each sheet starts with the report's
// title, then office, period and time printed, then the table's sentences; below them the header
// row, bold and frozen (it stays in view while scrolling and repeats on every printed page);
// numbers are numbers, shares percentages, dates and times Excel dates in office time. Columns
// are as wide as their text (a Chinese character counts two). The printed page's header names
// office, title and period.
class ReportWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ReportWorkbook)
public:
    // Writes path as one owner-only file (printed reports name clients); throws StorageError
    // naming the file when it cannot.
    static void write(const ReportDocument &report, const QString &path);
    // A sheet name Excel takes: at most 31 characters, none of []:*?/\, not quoted at either end,
    // not blank, and not one of taken (compared without case); "(2)" etc. added when it is.
    static QString sheetName(const QString &wanted, const QStringList &taken);
    // Width units of text in a cell: a Chinese (wide) character counts two.
    static int textWidth(const QString &text);
};

} // namespace estatedesk
