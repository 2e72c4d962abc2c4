// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarSettingsPage.h"
#include "FileDialogs.h"

#include "MessageBox.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/PrivateFiles.h"
#include "repositories/CalendarRepository.h"
#include "security/Permissions.h"

#include <QCalendarWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace estatedesk {

CalendarSettingsPage::CalendarSettingsPage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    top->addWidget(m_year);
    top->addStretch(1);
    auto *importButton = new QPushButton(tr("Import CSV..."), this);
    auto *exportButton = new QPushButton(tr("Export CSV..."), this);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("calendarMonth"));
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    left->addWidget(m_calendar);
    auto *markRow = new QHBoxLayout;
    markRow->addWidget(new QLabel(tr("Name:"), this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarDayName"));
    m_name->setPlaceholderText(tr("e.g. National Day"));
    markRow->addWidget(m_name, 1);
    left->addLayout(markRow);
    auto *buttons = new QHBoxLayout;
    auto *holiday = new QPushButton(tr("Mark as holiday"), this);
    auto *workday = new QPushButton(tr("Mark as make-up working day"), this);
    auto *clear = new QPushButton(tr("Clear mark"), this);
    buttons->addWidget(holiday);
    buttons->addWidget(workday);
    buttons->addWidget(clear);
    left->addLayout(buttons);
    middle->addLayout(left);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("calendarDays"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name", "of a holiday, not a person")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    middle->addWidget(m_table, 1);
    layout->addLayout(middle, 1);

    auto *note = new QLabel(
        tr("Deadlines counted in working days skip weekends and the holidays marked here, and count "
           "the make-up working days (调休). Open deadlines are recomputed at once; deadlines already "
           "met keep their outcome."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    // Only the administrator changes the calendar; everyone else reads it (and may export it).
    importButton->setObjectName(QStringLiteral("calendarImportButton"));
    exportButton->setObjectName(QStringLiteral("calendarExportButton"));
    holiday->setObjectName(QStringLiteral("markHolidayButton"));
    workday->setObjectName(QStringLiteral("markWorkdayButton"));
    clear->setObjectName(QStringLiteral("clearMarkButton"));
    if (!Permissions::allows(m_session.role, Action::EditCalendar)) {
        for (QWidget *w : std::initializer_list<QWidget *>{importButton, holiday, workday, clear, m_name})
            w->setVisible(false);
        markRow->itemAt(0)->widget()->setVisible(false); // the "Name:" label
    }
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarSettingsPage::showYear);
    connect(holiday, &QPushButton::clicked, this, [this] { markSelectedDay(QStringLiteral("holiday")); });
    connect(workday, &QPushButton::clicked, this, [this] { markSelectedDay(QStringLiteral("workday")); });
    connect(clear, &QPushButton::clicked, this, [this] { markSelectedDay(QString()); });
    connect(importButton, &QPushButton::clicked, this, &CalendarSettingsPage::importFile);
    connect(exportButton, &QPushButton::clicked, this, &CalendarSettingsPage::exportFile);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        m_calendar->setSelectedDate(QDate::fromString(m_table->item(row, 0)->text(), Qt::ISODate));
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this](int year) {
        if (year != m_year->value())
            m_year->setValue(year);
    });

    const int thisYear = OfficeTime::toOffice(m_session.clock->nowMs()).date().year();
    m_year->setValue(thisYear);
    showYear(thisYear);
}

void CalendarSettingsPage::showYear(int year)
{
    if (m_calendar->yearShown() != year)
        m_calendar->setCurrentPage(year, m_calendar->monthShown());
    reload();
}

void CalendarSettingsPage::reload()
{
    const int year = m_year->value();
    WorkCalendar calendar;
    try {
        calendar = CalendarRepository(m_session).load();
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clear all
    QTextCharFormat holidayFormat, workdayFormat;
    holidayFormat.setBackground(StatePalette::background(Tone::Alert));
    holidayFormat.setForeground(StatePalette::foreground(Tone::Alert));
    workdayFormat.setBackground(StatePalette::background(Tone::Good));
    workdayFormat.setForeground(StatePalette::foreground(Tone::Good));
    const QList<WorkCalendar::Entry> entries = calendar.entriesOf(year);
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const WorkCalendar::Entry &e = entries.at(i);
        const bool isHoliday = e.kind == WorkCalendar::Kind::Holiday;
        m_calendar->setDateTextFormat(e.date, isHoliday ? holidayFormat : workdayFormat);
        m_table->setItem(i, 0, new QTableWidgetItem(e.date.toString(Qt::ISODate)));
        m_table->setItem(i, 1, new QTableWidgetItem(isHoliday ? tr("Holiday") : tr("Make-up working day")));
        m_table->setItem(i, 2, new QTableWidgetItem(e.name));
    }
    if (calendar.isPublished(year))
        m_status->setText(tr("%1: %n marked day(s). Red: holidays; green: make-up working days.", nullptr,
                             int(entries.size()))
                              .arg(year));
    else
        m_status->setText(
            tr("%1: no official schedule has been published or imported yet. Deadlines that fall in this "
               "year count only weekends and are shown as provisional.")
                .arg(year));
}

void CalendarSettingsPage::markSelectedDay(const QString &kind)
{
    try {
        CalendarRepository(m_session).setDay(m_calendar->selectedDate(), kind, m_name->text());
        m_name->clear();
        reload();
        emit calendarChanged();
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Holiday calendar"), e.message());
    }
}

void CalendarSettingsPage::importFile()
{
    const QString path =
        FileDialogs::openFile(this, tr("Import holiday calendar"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Holiday calendar"),
                             tr("%1 cannot be opened: %2").arg(path, f.errorString()));
        return;
    }
    try {
        const int n = CalendarRepository(m_session).importCsv(f.readAll(), QFileInfo(path).fileName());
        reload();
        emit calendarChanged();
        MessageBox::information(this, tr("Holiday calendar"), tr("Imported %n day(s).", nullptr, n));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Holiday calendar"),
                             tr("Nothing was imported.\n\n%1").arg(e.message()));
    }
}

void CalendarSettingsPage::exportFile()
{
    const QString path = FileDialogs::saveFile(this, tr("Export holiday calendar"),
                                               QStringLiteral("calendar-%1.csv").arg(m_year->value()),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        PrivateFiles::writeFile(path, CalendarRepository(m_session).exportCsv(m_year->value()));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Holiday calendar"), e.message());
    }
}

} // namespace estatedesk
