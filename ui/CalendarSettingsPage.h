// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

// Settings → holiday calendar: the year's public holidays and make-up working days, marking a
// day, importing and exporting the CSV of DESIGN §4.
class CalendarSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarSettingsPage(const Session &session, QWidget *parent = nullptr);

    // Reads what is shown again (another PC's change; the editor keeps what is being typed).
    void reload();

signals:
    void calendarChanged();

private:
    void showYear(int year);
    // Marks the selected day: "holiday", "workday" or "" (back to the weekday rule).
    void markSelectedDay(const QString &kind);
    void importFile();
    void exportFile();

    Session m_session;
    QSpinBox *m_year;
    QCalendarWidget *m_calendar;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLabel *m_status;
};

} // namespace estatedesk
