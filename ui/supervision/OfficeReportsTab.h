// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageTab.h"
#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace estatedesk {

class BackgroundReader;
class ReadingLabel;

// Every office report (OfficeReports) for a day, month or quarter: previewed and printed, or saved.
// With the window's BackgroundReader a report is read on its thread (the trends read a year of
// records): the window stays live, "Reading…" shows, and the buttons wait until it is there.
class OfficeReportsTab : public PageTab
{
    Q_OBJECT
public:
    explicit OfficeReportsTab(const Session &session, QWidget *parent = nullptr,
                              BackgroundReader *reader = nullptr);

    bool isReading() const { return m_reading; }

signals:
    // A report was read and handed to the preview or written (or refused, said on the status line).
    void reportDone();

private:
    // The chosen report and period to a file (.pdf, .xlsx, .csv or .html; a CSV writes its further
    // tables beside it).
    void saveReport(const QString &path);
    // Reads the chosen report for the chosen period, then gives it to `use` (what `use` says, or
    // why the report or `use` failed, goes to the status line).
    void withReport(std::function<QString(const ReportDocument &)> use);

    Session m_session;
    BackgroundReader *m_reader;
    QComboBox *m_report;
    QLineEdit *m_period;
    QString m_periodField; // the period field's label, as refusals name it
    QPushButton *m_preview;
    QPushButton *m_save;
    ReadingLabel *m_readingLabel;
    bool m_reading = false;
};

} // namespace estatedesk
