// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageTab.h"
#include "reports/ReportDocument.h"
#include "repositories/Session.h"

class QComboBox;
class QLineEdit;

namespace estatedesk {

// Every office report (OfficeReports) for a day, month or quarter: previewed and printed, or saved.
class OfficeReportsTab : public PageTab
{
    Q_OBJECT
public:
    explicit OfficeReportsTab(const Session &session, QWidget *parent = nullptr);

private:
    // The chosen report and period to a file (.pdf, .xlsx, .csv or .html; a CSV writes its further
    // tables beside it).
    bool saveReport(const QString &path);
    ReportDocument buildReport() const;

    Session m_session;
    QComboBox *m_report;
    QLineEdit *m_period;
};

} // namespace estatedesk
