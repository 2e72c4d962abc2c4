// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeReportsTab.h"
#include "FileDialogs.h"

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
    // What the chosen report is for, in the field's placeholder.
    const auto hint = [this] {
        using Covers = OfficeReports::Covers;
        const Covers kind = OfficeReports::covers(m_report->currentData().toString());
        m_period->setPlaceholderText(
            kind == Covers::Day       ? tr("a day like 2026-11-27; empty: today")
            : kind == Covers::Quarter ? tr("a quarter like 2026-Q4; empty: this quarter")
            : kind == Covers::Nothing ? tr("none: the list is as of now")
                                      : tr("a month like 2026-11; empty: this month"));
    };
    hint();
    connect(m_report, &QComboBox::currentIndexChanged, this, hint);
    form->addRow(tr("Report:"), m_report);
    const QString periodLabel = tr("Day, month or quarter:");
    m_periodField = periodLabel.chopped(1); // without its colon (":" or "："), as messages name it
    form->addRow(periodLabel, m_period);
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
        try { // a period that cannot be read is said before the file dialog asks for a name
            OfficeReports::periodFromText(m_report->currentData().toString(), m_period->text().trimmed(),
                                          m_periodField);
        } catch (const Error &e) {
            say(e.message(), true);
            m_period->setFocus();
            return;
        }
        const QString path = FileDialogs::saveFile(
            this, tr("Save the report"), m_report->currentData().toString() + QStringLiteral(".pdf"),
            tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            saveReport(path);
    });
}

void OfficeReportsTab::withReport(std::function<QString(const ReportDocument &)> use)
{
    // The period field takes what the report is for: a day (2026-11-27), a month (2026-11) or a
    // quarter (2026-Q4). Anything else is refused naming the field, never read as "the current one".
    const QString text = m_period->text().trimmed();
    const QString name = m_report->currentData().toString();
    const Session session = m_session;
    const std::function<ReportDocument()> build = [session, name, text, field = m_periodField] {
        return OfficeReports::build(session, name, OfficeReports::periodFromText(name, text, field));
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
