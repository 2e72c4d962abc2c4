// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace estatedesk {

// A printed report as data: a title, the period, the office, when it was printed, and sections
// of tables and lines. The same document becomes HTML (for print preview and PDF — table headers
// repeat on every page), CSV and an Excel workbook, so the figures on paper and in the
// spreadsheet are the same. Paper shows each cell's text; CSV and workbook its typed value
// (numbers as numbers, dates as dates, "overdue by" in minutes).
struct ReportDocument
{
    // How programs read a column (CSV, workbook).
    enum class CellKind
    {
        Text,
        Code,     // QString a program reads ("overdue", "complaint-solution"); the workbook shows the printed
                  // words
        Integer,  // qint64
        Number,   // double
        Percent,  // double, a share 0..1 (the workbook shows 66.7%)
        Date,     // QDate
        DateTime, // QDateTime (CSV: ISO 8601 with the office's offset; workbook: office time)
        Minutes,  // qint64 minutes (a duration)
    };
    struct Column
    {
        QString key; // machine name, the CSV header: "overdue_minutes"
        CellKind kind = CellKind::Text;
        QString header; // the workbook's header of a column that is not printed (empty: the printed one)
    };
    // One cell: the text printed and the value programs get (null: empty).
    struct Cell
    {
        Cell(const QString &t) : text(t), value(t) {}
        Cell(qint64 n) : text(QString::number(n)), value(n) {}
        Cell(int n) : Cell(qint64(n)) {}
        Cell(const QString &t, const QVariant &v) : text(t), value(v) {}
        QString text;
        QVariant value;
    };

    struct Section
    {
        QString key; // machine name of its table ("items"): CSV file and workbook sheet
        QString heading;
        QStringList lines;   // sentences above the table (totals, shares)
        QStringList headers; // empty: no table
        QList<QStringList> rows;
        QList<int> rightAligned; // columns of numbers (never wrapped either)
        QList<int> noWrap;       // columns kept on one line (a month: "2026-11", not "2026-1 / 1")
        bool newPage = false;    // printed from the top of a page
        // The typed table: one column per printed header, then columns only programs get
        // (CSV, workbook). values[r] belongs to rows[r]; empty when the section has no columns.
        QList<Column> columns;
        QList<QVariantList> values;
        // Sections with the same key are one table in the CSV and the workbook (one staff
        // member's page after another): group names the section there, in groupColumn.
        QString group;
        Column groupColumn;
        QString groupTitle; // the merged table's heading (its sheet)
        // A grouped bar chart of the section (printed as a picture above the table): one group
        // per category, one bar per series, on a scale from 0 to chartMax. With chartLines, a
        // line per series through the categories (months) instead; a NaN value is a gap.
        QStringList chartSeries;
        QStringList chartCategories;
        QList<QList<double>> chartValues; // [category][series]
        double chartMax = 0;
        bool chartLines = false;

        // Appends a row: the text of the printed columns to rows, every value to values.
        void addRow(const QList<Cell> &cells);
    };

    // A table as programs read it: sections of one key merged, a header for every column.
    struct Table
    {
        QString key;
        QString heading;
        QList<Column> columns;
        QStringList headers; // for people (the workbook)
        QList<QVariantList> rows;
        QList<QStringList> texts; // the printed words of each cell (empty where not printed)
        QStringList lines;        // the sentences of its sections
    };

    QString name; // CLI name, e.g. "complaint-compliance"
    QString title;
    QString period; // "2026-11", "2026-11-27", or empty
    QString officeName;
    QString printedAt; // office time, "2026-11-27 10:00"
    QString mainTable; // key of the table the CSV file itself holds (empty: the first table)
    QList<Section> sections;

    // Sections with a chart refer to the picture "chart:N" (N the section's index), which the
    // printer supplies; without it the table still carries the figures.
    QString toHtml() const;
    // The report's tables in order, the main one first.
    QList<Table> tables() const;
    // One rectangular CSV table (UTF-8 with a byte-order mark, so that Excel reads the Chinese
    // right): header of machine names, then one line per row. table: a key of tables(), or
    // "notes" (the title, office, period, headings and sentences: table,kind,text); empty: the
    // main table.
    QByteArray toCsv(const QString &table = {}) const;
    // The CSV files of the report: {suffix, content}; "" is the main table (FILE.csv), then
    // "-KEY" for every further table and "-notes" (FILE-KEY.csv).
    QList<QPair<QString, QByteArray>> csvFiles() const;
    // The line every printed page ends with: office, title, period, printed at.
    QString footer() const;
    // A typed value as CSV writes it: ISO dates, numbers with a dot, text as is.
    static QString machineText(const QVariant &value, CellKind kind);

    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

} // namespace estatedesk
