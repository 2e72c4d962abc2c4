// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineTableModel.h"
#include "StatePalette.h"
#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace estatedesk {

class BackgroundReader;

// Viewings (看房): a day or a week, grouped by consultant or by sample unit; booking with the
// conflicts named; moving a viewing on (confirm, check in, done, no-show, cancel); a consultant's
// week as an iCalendar file.
class ViewingsPage : public QWidget
{
    Q_OBJECT
public:
    // With a reader, the viewings are read on its thread (a busy week is thousands of rows).
    explicit ViewingsPage(const Session &session, QWidget *parent = nullptr,
                          BackgroundReader *reader = nullptr);

    // The day or week shown, as the database has it now; the selected viewing stays selected.
    // With a background reader the rows are read on its thread and shown when they come (the rows
    // shown before stay meanwhile, "Reading…" beside the day); without one, at once.
    void reload();

signals:
    // What was read has been shown (at once, or when the background read came back).
    void reloaded();

private:
    // What the table shows, one line a viewing of the span, grouped (by consultant or sample unit)
    // and in order, its cells written out: prepared with the read (on the reader's thread when
    // there is one), so the GUI thread only fills the table.
    using Line = LineTableModel::Line;
    // What the rule for the moves a viewing's time allows reads of it (not the whole viewing, for
    // a week of thousands).
    struct Timing
    {
        QString status;
        qint64 startsAt = 0;
    };
    struct Rows
    {
        QList<Line> lines;
        QHash<qint64, Timing> timings; // by viewing id
    };
    static Rows read(const Session &session, qint64 fromMs, qint64 toMs, bool bySampleUnit, bool week);
    void showRows(const Rows &rows);
    void showDay(const QDate &day, bool week);
    void setGroupBySampleUnit(bool bySampleUnit);
    // Books what the form holds for the client with that phone; false (after saying why) on error.
    bool book(const QString &clientPhone);
    // Moves the selected viewing to status (confirmed, checked_in, done, no_show, cancelled).
    bool setSelectedStatus(const QString &status);
    // Disables the moves the selected viewing's time does not allow yet (no-show before its
    // start, check-in before its day), saying why in the tooltip; the rest stay for the
    // repository to answer.
    void updateStatusButtons();
    // Writes the selected consultant's week (of the day shown) to path as an .ics file.
    bool exportConsultantWeek(qint64 consultantId, const QString &path);
    // Writes the selected viewing alone to path as an .ics file (to send to the client).
    bool exportSelectedViewing(const QString &path);
    // Writes the client brief of the selected viewing to path (.pdf or .html).
    bool saveSelectedBrief(const QString &path);

    QLayout *buildDayBar();
    QLayout *buildStatusRow();
    QWidget *buildBookingForm();
    bool writeIcs(const QString &path, const QList<Appointment> &viewings);
    // The id of the selected viewing, or 0 after saying to select one.
    qint64 selectedViewing();

    Session m_session;
    QDate m_day;
    bool m_week = false;
    bool m_bySampleUnit = false;
    QDateEdit *m_date;
    QComboBox *m_span;
    QComboBox *m_group;
    QTableView *m_table;
    LineTableModel *m_lines;
    QLineEdit *m_phone;
    QComboBox *m_consultant;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QSpinBox *m_party;
    QComboBox *m_location;
    QLineEdit *m_bring;
    QCheckBox *m_escort;
    QLineEdit *m_needs;
    QHash<QString, QPushButton *> m_statusButtons; // by the status each moves to
    QHash<qint64, Timing> m_timings;               // of the rows shown
    QLabel *m_status;
    QLabel *m_reading;
    BackgroundReader *m_reader;
    int m_readGeneration = 0; // the latest read asked for; an older one's result is dropped
};

} // namespace estatedesk
