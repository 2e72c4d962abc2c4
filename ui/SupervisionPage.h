// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace estatedesk {

class AppraisalTab;
class BackgroundReader;
class OfficeReportsTab;
class SurveysTab;
class TrainingTab;
class TrendsView;

// Supervision (seed 四): a tab each for the quarter's satisfaction survey, the month's training
// and assessments, the monthly appraisal with its rewards and coaching, every office report, and
// the 12-month trends; one status line under them. Staff who do not print the office reports see
// only the appraisal tab: their own row of published months, their rewards and coaching, and their
// own pack to print.
class SupervisionPage : public QWidget
{
    Q_OBJECT
public:
    // With the window's background reader the appraisal month and the trends (a year of records)
    // are read on its thread; without one, at once.
    explicit SupervisionPage(const Session &session, QWidget *parent = nullptr,
                             BackgroundReader *reader = nullptr);
    // Reads the shown quarter, training month and appraisal month again, keeping each list's
    // selected row (what another PC recorded).
    void reload();

private:
    void addTeamTabs();
    void say(const QString &text, bool error);

    Session m_session;
    BackgroundReader *m_reader;
    QTabWidget *m_tabs;
    QLabel *m_status;
    SurveysTab *m_surveys = nullptr;
    TrainingTab *m_training = nullptr;
    AppraisalTab *m_appraisal;
    OfficeReportsTab *m_reports = nullptr;
    TrendsView *m_trends = nullptr;
};

} // namespace estatedesk
