// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageTab.h"
#include "repositories/Session.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

// The month's training (seed 四.(二)): its sessions, the assessments in each with their results,
// and who has not been trained yet.
class TrainingTab : public PageTab
{
    Q_OBJECT
public:
    explicit TrainingTab(const Session &session, QWidget *parent = nullptr);

    void showMonth(const QString &month);
    void reload(); // the shown month again
    bool addSession();
    bool assess(); // the selected session, the chosen staff member, the score

private:
    QLayout *buildNewSession();
    QLayout *buildAssessment();
    void showResults(); // of the selected session

    Session m_session;
    QString m_month;
    QLineEdit *m_monthEdit;
    QTableWidget *m_sessions;
    QDateEdit *m_sessionDate;
    QComboBox *m_topic;
    QLineEdit *m_sessionTitle;
    QSpinBox *m_passMark;
    QComboBox *m_assessStaff;
    QSpinBox *m_score;
    QTableWidget *m_sessionResults;
    QListWidget *m_untrained;
};

} // namespace estatedesk
