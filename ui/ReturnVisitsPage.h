// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ScheduledVisitRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace estatedesk {

// The regular return visits (定期回访) on the after-sales page: every visit owed after a signing or
// a handover with its live deadline, oldest first; below, the outcome and the client's
// satisfaction of the selected visit, recorded in one click.
class ReturnVisitsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ClientColumn,
        KindColumn,
        StaffColumn,
        OwedColumn,
        DeadlineColumn,
        StatusColumn,
        SatisfactionColumn,
        OutcomeColumn,
        ColumnCount
    };
    explicit ReturnVisitsPage(const Session &session, QWidget *parent = nullptr);

    // Re-reads the visits, keeping the selection.
    void reload();
    // Moves the countdowns on (every second).
    void tick();
    bool selectVisit(qint64 id);
    qint64 selectedId() const;
    int rowOf(qint64 id) const;
    // Records the form for the selected visit; false (after saying why) on error.
    bool recordSelected();

signals:
    void openClient(qint64 clientId);
    void recorded(qint64 visitId);

private:
    void say(const QString &text, bool error);
    // A score that says the opposite of the Satisfied box (4 or 5 unticked, 1 or 2 ticked) is asked
    // about; false when the user would rather correct the form.
    bool verdictConfirmed();
    static QString recordedText(const ScheduledVisit &v);

    Session m_session;
    QList<ScheduledVisit> m_rows;
    QTableWidget *m_table;
    QCheckBox *m_showDone;
    QComboBox *m_channel;
    QSpinBox *m_satisfaction;
    QCheckBox *m_satisfied;
    QLineEdit *m_outcome;
    QPushButton *m_record;
    QLabel *m_summary;
    QLabel *m_status;
    QTimer *m_tick;
};

} // namespace estatedesk
