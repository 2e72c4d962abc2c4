// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineTableModel.h"
#include "RecordAction.h"
#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFont;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace estatedesk {

class BackgroundReader;
struct ComplaintsBoard;

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
    // With a reader, the board is read on its thread (at office scale it is thousands of rows).
    explicit ComplaintsPage(const Session &session, QWidget *parent = nullptr,
                            BackgroundReader *reader = nullptr);

    // Re-reads the board (escalating overdue complaints first), keeping the selection. With a
    // background reader the escalation (a write) and the read run on its thread and the rows are
    // shown when they come (the rows shown before stay meanwhile, "Reading…" beside the scope);
    // without one, at once.
    void reload();
    // Re-reads the board and selects that complaint once its rows are shown.
    void reloadSelecting(qint64 complaintId);
    // Selects the complaint, reading the board again (as "All complaints" when it is not among
    // the ones shown) if it is not on the board yet.
    void showComplaint(qint64 complaintId);
    // Moves the countdowns on (every second while shown).
    void tick();
    // Records what the intake form holds for the client with that phone; false (after saying why) on error.
    bool intake(const QString &clientPhone);
    // Takes a step on the selected complaint with the note in the note field (first_response,
    // solution_proposed, onsite, waiting, resumed, resolved, return_visit, closed, reopened).
    bool act(const QString &step);
    bool selectComplaint(qint64 id);
    qint64 selectedId() const;

signals:
    void openClient(qint64 clientId);
    // What was read has been shown (at once, or when the background read came back).
    void reloaded();

private:
    QGroupBox *buildIntake();
    QLayout *buildScopeBar();
    void buildBoard(QWidget *parent);
    QLayout *buildHistory(QWidget *parent);
    QGroupBox *buildSteps(QWidget *parent);
    // The board as the table shows it, its cells written out at nowMs: prepared with the read (on
    // the reader's thread when there is one), so the GUI thread only hands the lines to the view.
    struct Lines
    {
        QList<Complaint> complaints; // newest first, a line each
        QList<LineTableModel::Line> lines;
        int late = 0;      // complaints with an overdue deadline
        QList<int> widest; // by column, the line of its widest text in the view's font; -1: none
    };
    // Thread-safe: font is the view's, taken on the GUI thread.
    static Lines linesOf(const ComplaintsBoard &board, qint64 nowMs, const QFont &font);
    static LineTableModel::Line lineOf(const Complaint &c, const ComplaintsBoard &board, qint64 nowMs,
                                       bool *overdue);
    void showSelected();
    void clearIntake();
    void clearReturnVisit();
    void showBoard(const Lines &board);
    void fitColumns(const QList<int> &widestRows);
    void say(const QString &text, bool error = false);
    // A read of the board failed: said until a read succeeds.
    void readFailed(const QString &message);

    Session m_session;
    QComboBox *m_scope;
    QLineEdit *m_phone;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QLineEdit *m_category;
    QLineEdit *m_description;
    QTableView *m_table;
    LineTableModel *m_lines;
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
    RecordAction m_act;          // the steps of the selected complaint
    qint64 m_shownComplaint = 0; // the complaint whose next step is shown
    QLabel *m_reading;
    BackgroundReader *m_reader;
    int m_readGeneration = 0;      // the latest read asked for; an older one's result is dropped
    qint64 m_wanted = 0;           // the complaint to select when the next rows are shown
    bool m_widenForWanted = false; // … and if it is not among them, show "All complaints"
    bool m_readFailed = false;     // the message shown is the last read's failure
};

} // namespace estatedesk
