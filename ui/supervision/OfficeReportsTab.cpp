// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeReportsTab.h"

#include "PrintPreview.h"
#include "core/Errors.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace estatedesk {

OfficeReportsTab::OfficeReportsTab(const Session &session, QWidget *parent)
    : PageTab(parent), m_session(session)
{
    auto *form = new QFormLayout(this);
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportBox"));
    const QStringList labels = {tr("Daily reception log (day)"),
                                tr("Overdue list"),
                                tr("Complaint deadline compliance (month)"),
                                tr("Monthly appraisal (month)"),
                                tr("Quarterly satisfaction survey (quarter)"),
                                tr("Training and assessment (month)"),
                                tr("Trends over 12 months (month)"),
                                tr("Service data analysis (month)")};
    const QStringList names = OfficeReports::names();
    for (int i = 0; i < names.size(); ++i)
        m_report->addItem(labels.value(i, names.at(i)), names.at(i));
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setPlaceholderText(tr("2026-11-27, 2026-11 or 2026-Q4; empty: the current one"));
    form->addRow(tr("Report:"), m_report);
    form->addRow(tr("Day, month or quarter:"), m_period);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Print preview…"), this);
    preview->setObjectName(QStringLiteral("reportPreviewButton"));
    auto *save = new QPushButton(tr("Save as PDF, Excel, CSV or HTML…"), this);
    save->setObjectName(QStringLiteral("reportSaveButton"));
    buttons->addWidget(preview);
    buttons->addWidget(save);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(preview, &QPushButton::clicked, this, [this] {
        action().run(
            [this](qint64) {
                PrintPreview::show(this, buildReport());
                return QString();
            },
            RecordAction::Then::Nothing);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the report"), m_report->currentData().toString() + QStringLiteral(".pdf"),
            tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            saveReport(path);
    });
}

ReportDocument OfficeReportsTab::buildReport() const
{
    // The period field takes a day (2026-11-27), a month (2026-11) or a quarter (2026-Q4).
    OfficeReports::Period period;
    const QString text = m_period->text().trimmed();
    if (text.contains(QLatin1Char('Q')))
        period.quarter = text;
    else if (text.size() == 10)
        period.date = QDate::fromString(text, Qt::ISODate);
    else
        period.month = text;
    return OfficeReports::build(m_session, m_report->currentData().toString(), period);
}

bool OfficeReportsTab::saveReport(const QString &path)
{
    return action().run(
        [&](qint64) {
            const ReportDocument doc = buildReport();
            const QStringList written = ReportPrinter::writeReport(doc, path);
            return written.size() == 1 ? tr("%1 written to %2.").arg(doc.title, path)
                                       : tr("%1 written to %2 (further tables: %3).")
                                             .arg(doc.title, path, written.mid(1).join(QStringLiteral(", ")));
        },
        RecordAction::Then::Nothing);
}

} // namespace estatedesk
