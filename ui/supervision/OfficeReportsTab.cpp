// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeReportsTab.h"

#include "PrintPreview.h"
#include "ReadingLabel.h"
#include "core/Errors.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"
#include "storage/BackgroundReader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace estatedesk {

OfficeReportsTab::OfficeReportsTab(const Session &session, QWidget *parent, BackgroundReader *reader)
    : PageTab(parent), m_session(session), m_reader(reader)
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
    m_preview = new QPushButton(tr("Print preview…"), this);
    m_preview->setObjectName(QStringLiteral("reportPreviewButton"));
    m_save = new QPushButton(tr("Save as PDF, Excel, CSV or HTML…"), this);
    m_save->setObjectName(QStringLiteral("reportSaveButton"));
    m_readingLabel = new ReadingLabel(QStringLiteral("reportReading"), this);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    buttons->addWidget(m_readingLabel);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        withReport([this](const ReportDocument &doc) {
            PrintPreview::show(this, doc);
            return QString();
        });
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the report"), m_report->currentData().toString() + QStringLiteral(".pdf"),
            tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            saveReport(path);
    });
}

void OfficeReportsTab::withReport(std::function<QString(const ReportDocument &)> use)
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
    const QString name = m_report->currentData().toString();
    const Session session = m_session;
    const std::function<ReportDocument()> build = [session, name, period] {
        return OfficeReports::build(session, name, period);
    };
    // Reading the report and using it are one action: what it says, or why not, is said.
    const auto finish = [this, use](const std::function<ReportDocument()> &report) {
        action().run([&](qint64) { return use(report()); }, RecordAction::Then::Nothing);
        emit reportDone();
    };
    if (!m_reader) {
        finish(build);
        return;
    }
    const auto reading = [this](bool on) {
        m_reading = on;
        m_readingLabel->setVisible(on);
        m_preview->setEnabled(!on);
        m_save->setEnabled(!on);
    };
    reading(true);
    m_reader->read<ReportDocument>(
        this, build,
        [reading, finish](const ReportDocument &doc) {
            reading(false);
            finish([&doc] { return doc; });
        },
        [this, reading](const QString &message) {
            reading(false);
            say(message, true);
            emit reportDone();
        });
}

void OfficeReportsTab::saveReport(const QString &path)
{
    withReport([this, path](const ReportDocument &doc) {
        const QStringList written = ReportPrinter::writeReport(doc, path);
        return written.size() == 1 ? tr("%1 written to %2.").arg(doc.title, path)
                                   : tr("%1 written to %2 (further tables: %3).")
                                         .arg(doc.title, path, written.mid(1).join(QStringLiteral(", ")));
    });
}

} // namespace estatedesk
