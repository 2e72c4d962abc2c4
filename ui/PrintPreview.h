// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace estatedesk {

struct ReportDocument;

// The print preview (a modal dialog with the printer choice) of what ReportPrinter writes to PDF:
// the same font and chart pictures.
class PrintPreview
{
public:
    static void show(QWidget *parent, const QString &html, const QString &title);
    static void show(QWidget *parent, const ReportDocument &report);

private:
    static void show(QWidget *parent, const QString &html, const QString &title, const ReportDocument *report);
};

} // namespace estatedesk
