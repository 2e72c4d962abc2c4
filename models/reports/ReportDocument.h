// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace estatedesk {

// A printed report as data: a title, the period, the office, when it was printed, and sections
// of tables and lines. The same document becomes HTML (for print preview and PDF — table headers
// repeat on every page) and CSV (one block per section), so the figures on paper and in the
// spreadsheet are the same.
struct ReportDocument
{
    struct Section
    {
        QString heading;
        QStringList lines;   // sentences above the table (totals, shares)
        QStringList headers; // empty: no table
        QList<QStringList> rows;
        QList<int> rightAligned; // columns of numbers
        // A grouped bar chart of the section (printed as a picture above the table): one group
        // per category, one bar per series, on a scale from 0 to chartMax.
        QStringList chartSeries;
        QStringList chartCategories;
        QList<QList<double>> chartValues; // [category][series]
        double chartMax = 0;
    };

    QString name; // CLI name, e.g. "complaint-compliance"
    QString title;
    QString period; // "2026-11", "2026-11-27", or empty
    QString officeName;
    QString printedAt; // office time, "2026-11-27 10:00"
    QList<Section> sections;

    // Sections with a chart refer to the picture "chart:N" (N the section's index), which the
    // printer supplies; without it the table still carries the figures.
    QString toHtml() const;
    // UTF-8 with a byte-order mark so that Excel reads the Chinese right.
    QByteArray toCsv() const;
    // The line every printed page ends with: office, title, period, printed at.
    QString footer() const;

    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

} // namespace estatedesk
