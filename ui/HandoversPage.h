// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "domain/Entities.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace estatedesk {

class BackgroundReader;

// Handovers (交房): the list with the notice deadline of each; the selected one's steps (notice,
// inspection, property-management contact, done) and its defect list with the live deadline of
// every defect; an overdue defect raised as a complaint in one click; the sign-off sheet printed.
class HandoversPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        DateColumn,
        UnitColumn,
        ClientColumn,
        StaffColumn,
        NoticeColumn,
        InspectedColumn,
        DefectsColumn,
        StatusColumn,
        ColumnCount
    };
    enum DefectColumn
    {
        DefectNumberColumn,
        LocationColumn,
        DescriptionColumn,
        ResponsibleColumn,
        DeadlineColumn,
        DefectStatusColumn,
        ComplaintColumn,
        DefectColumnCount
    };
    // With a reader, the sold units awaiting a handover (thousands at office scale) are read on
    // its thread, and the unit choice filled when they come.
    explicit HandoversPage(const Session &session, QWidget *parent = nullptr,
                           BackgroundReader *reader = nullptr);

    // Reads the list of handovers again at once, keeping the selected one.
    void reload();
    // With a reader, the same read on its thread (the list shown when it comes; the first read and
    // what other changes ask for); without one, reload(). A reload() meanwhile wins over it.
    void reloadInBackground();
    void tick();
    bool selectHandover(qint64 id);
    bool selectDefect(qint64 id);
    // Schedules a handover of the unit chosen in the form (to its buyer) on the date in the form.
    bool schedule();
    // The steps of the selected handover: notice, inspection, contact, done.
    bool sendNotice();
    bool recordInspection();
    bool givePropertyContact();
    bool complete();
    // The defect form, and the steps of the selected defect.
    bool addDefect();
    bool markFixed();
    bool reinspect(bool passed);
    bool raiseAsComplaint();
    QComboBox *scopeBox() const { return m_scope; }

signals:
    void complaintRaised(qint64 complaintId);

private:
    qint64 selectedId() const;
    qint64 selectedDefectId() const;
    // Writes the sign-off sheet of the selected handover to a PDF file.
    bool printSignOffSheet(const QString &path);
    QGroupBox *buildSchedule(QList<QWidget *> &writers);
    QLayout *buildScopeBar();
    void buildHandoverTable(QWidget *parent);
    QLayout *buildHandoverSteps(QWidget *parent, QList<QWidget *> &writers);
    void buildDefectTable(QWidget *parent);
    QLayout *buildDefectForm(QWidget *parent, QList<QWidget *> &writers);
    QLayout *buildDefectSteps(QWidget *parent, QList<QWidget *> &writers);
    // The list of handovers as read (rows with their units, clients and defect counts, the notices'
    // deadlines, the staff's names).
    struct ListRead
    {
        QList<HandoverRepository::Row> rows;
        QHash<qint64, QHash<QString, DeadlineItem>> notices;
        QHash<qint64, QString> staff;
    };
    static ListRead readList(const Session &session, bool scheduledOnly);
    void showList(const ListRead &read);
    void showDefects();
    void clearDefectForm();
    // Reads the units awaiting a handover into the unit choice (on the reader's thread, if any).
    void fillUnits();
    void showUnits(const QList<HandoverRepository::AwaitingUnit> &units);
    void wireActions();
    void say(const QString &text, bool error);

    Session m_session;
    QComboBox *m_scope;
    QComboBox *m_unit;
    QDateEdit *m_date;
    QComboBox *m_staff;
    QTableWidget *m_table;
    QLabel *m_detail;
    QComboBox *m_noticeChannel;
    QLineEdit *m_contact;
    QTableWidget *m_defects;
    QLineEdit *m_location;
    QLineEdit *m_defectText;
    QLineEdit *m_responsible;
    QSpinBox *m_days;
    QLineEdit *m_note;
    QLabel *m_status;
    QTimer *m_tick;
    QList<Handover> m_rows;
    qint64 m_shownHandover = 0; // the handover whose steps and defect form are shown
    // The steps of the selected handover, and of the selected defect.
    RecordAction m_act;
    RecordAction m_defectAct;
    BackgroundReader *m_reader;
    int m_unitsGeneration = 0; // the latest read of the units asked for; an older one is dropped
    int m_listGeneration = 0;  // the same for the list of handovers
};

} // namespace estatedesk
