// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageTab.h"
#include "repositories/Session.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

class SurveyChart;

// The quarter's satisfaction survey (seed 四.(一)): the clients to ask, their answers, the results
// by staff member with a chart, and the improvement actions that follow.
class SurveysTab : public PageTab
{
    Q_OBJECT
public:
    explicit SurveysTab(const Session &session, QWidget *parent = nullptr);

    void showQuarter(const QString &quarter);
    // Reads the shown quarter again, keeping the selected improvement action.
    void reload();
    bool recordResponse(); // for the selected target, with the three scores and the comment
    bool addAction();
    // Marks the selected improvement action done, the action field's text as its result.
    bool completeAction();

private:
    QLayout *buildTargets();
    QLayout *buildResults();
    // Runs a change of the survey: shows the quarter again and says done, or the error.
    bool change(const std::function<void()> &work, const QString &done);

    Session m_session;
    QString m_quarter;
    qint64 m_campaign = 0;
    QLineEdit *m_quarterEdit;
    QComboBox *m_stage;
    QTableWidget *m_targets;
    QSpinBox *m_attitude;
    QSpinBox *m_efficiency;
    QSpinBox *m_resolution;
    QLineEdit *m_comment;
    QTableWidget *m_results;
    SurveyChart *m_chart;
    QLineEdit *m_action;
    QDateEdit *m_actionDue;
    QListWidget *m_actions;
};

} // namespace estatedesk
