// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace estatedesk {

// The complaints board (投诉处理): intake at the top; every complaint with the live deadlines of
// each (first response, solution, arrival on site, return visit), coloured by state; below, the
// selected complaint's history and the steps its status allows, all with a note in one line.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ClientColumn,
        SeverityColumn,
        StatusColumn,
        ReceivedColumn,
        FirstResponseColumn,
        SolutionColumn,
        OnSiteColumn,
        ReturnVisitColumn,
        HandlerColumn,
        EscalatedColumn,
        ColumnCount
    };
    explicit ComplaintsPage(const Session &session, QWidget *parent = nullptr);

    // Re-reads the board (escalating overdue complaints first), keeping the selection.
    void reload();
    // Moves the countdowns on (every second while shown).
    void tick();
    // Records what the intake form holds for the client with that phone; false (after saying why) on error.
    bool intake(const QString &clientPhone);
    // Takes a step on the selected complaint with the note in the note field (first_response,
    // solution_proposed, onsite, waiting, resumed, resolved, return_visit, closed, reopened).
    bool act(const QString &step);
    bool selectComplaint(qint64 id);
    qint64 selectedId() const;
    int rowOf(qint64 complaintId) const;

    QComboBox *scopeBox() const { return m_scope; }

signals:
    void openClient(qint64 clientId);

private:
    QGroupBox *buildIntake();
    QLayout *buildScopeBar();
    void buildBoard(QWidget *parent);
    QLayout *buildHistory(QWidget *parent);
    QGroupBox *buildSteps(QWidget *parent);
    void showSelected();
    void say(const QString &text, bool error);

    Session m_session;
    QComboBox *m_scope;
    QLineEdit *m_phone;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QLineEdit *m_category;
    QLineEdit *m_description;
    QTableWidget *m_table;
    QListWidget *m_history;
    QLabel *m_detail;
    QLineEdit *m_note;
    QSpinBox *m_satisfaction;
    QCheckBox *m_satisfied;
    QHash<QString, QPushButton *> m_stepButtons;
    QLabel *m_status;
    QLabel *m_summary;
    QTimer *m_tick;
    QTimer *m_refresh;
    QList<Complaint> m_rows;
    RecordAction m_act; // the steps of the selected complaint
};

} // namespace estatedesk
