// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewingsPage.h"
#include "FileDialogs.h"
#include "ReadingLabel.h"
#include "RecordTable.h"

#include "DateTimeTyping.h"
#include "PrintPreview.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "io/ViewingIcs.h"
#include "print/ReportPrinter.h"
#include "reports/ViewingBriefReport.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"
#include "storage/BackgroundReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

ViewingsPage::ViewingsPage(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_reader(reader)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addLayout(buildDayBar());
    m_lines = new LineTableModel(
        {tr("Consultant / sample unit"), tr("Time"), tr("Client"), tr("Party"), tr("Where"), tr("Status")},
        this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("viewingsTable"));
    m_table->setModel(m_lines);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the widest of the first 100 lines, not of up to 1 000 (Qt's default): a week of
    // thousands of viewings is measured in 2 ms instead of 20, and its lines are alike in width.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    left->addWidget(m_table, 1);
    left->addLayout(buildStatusRow());
    layout->addLayout(left, 3);
    layout->addWidget(buildBookingForm(), 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ViewingsPage::updateStatusButtons);
    // A viewing's start passes while it is selected: its no-show becomes possible.
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, &ViewingsPage::updateStatusButtons);
    clock->start();
    const QDateTime now = OfficeTime::toOffice(m_session.clock->nowMs());
    m_start->setDate(now.date());
    m_start->setTime(QTime(std::min(now.time().hour() + 1, 23), 0));
    showDay(now.date(), false);
}

// The day or week shown, grouped by consultant or sample unit, and the calendar exports.
QLayout *ViewingsPage::buildDayBar()
{
    auto *top = new QHBoxLayout;
    m_date = new QDateEdit(this);
    DateTimeTyping::selectSectionOnClick(m_date);
    m_date->setObjectName(QStringLiteral("viewingsDay"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("viewingsSpan"));
    m_span->addItem(tr("Day"));
    m_span->addItem(tr("Week"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("viewingsGrouping"));
    m_group->addItem(tr("By consultant"));
    m_group->addItem(tr("By sample unit"));
    auto *ics = new QPushButton(tr("Consultant's week as .ics..."), this);
    auto *oneIcs = new QPushButton(tr("This viewing as .ics..."), this);
    ics->setObjectName(QStringLiteral("exportWeekIcsButton"));
    oneIcs->setObjectName(QStringLiteral("exportViewingIcsButton"));
    top->addWidget(m_date);
    top->addWidget(m_span);
    top->addWidget(m_group);
    m_reading = new ReadingLabel(QStringLiteral("viewingsReading"), this);
    top->addWidget(m_reading);
    top->addStretch(1);
    top->addWidget(oneIcs);
    top->addWidget(ics);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) { showDay(d, m_week); });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this](int i) { showDay(m_day, i == 1); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this](int i) { setGroupBySampleUnit(i == 1); });
    connect(ics, &QPushButton::clicked, this, [this] {
        const qint64 consultant = m_consultant->currentData().toLongLong();
        const QString path = FileDialogs::saveFile(
            this, tr("Export viewings"), QStringLiteral("viewings.ics"), tr("Calendar files (*.ics)"));
        if (!path.isEmpty())
            exportConsultantWeek(consultant, path);
    });
    connect(oneIcs, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Export viewings"), QStringLiteral("viewing.ics"),
                                                   tr("Calendar files (*.ics)"));
        if (!path.isEmpty())
            exportSelectedViewing(path);
    });
    return top;
}

// The status moves of the selected viewing, and its client brief.
QLayout *ViewingsPage::buildStatusRow()
{
    auto *statusRow = new QHBoxLayout;
    struct Move
    {
        QString status, label;
        const char *name;
    };
    const QList<Move> moves = {
        {Vocabulary::AppointmentStatus::Confirmed, tr("Confirm"), "confirmViewingButton"},
        {Vocabulary::AppointmentStatus::CheckedIn, tr("Check in"), "checkInViewingButton"},
        {Vocabulary::AppointmentStatus::Done, tr("Done"), "viewingDoneButton"},
        {Vocabulary::AppointmentStatus::NoShow, tr("No-show"), "noShowViewingButton"},
        {Vocabulary::AppointmentStatus::Cancelled, tr("Cancel viewing"), "cancelViewingButton"}};
    for (const Move &m : moves) {
        auto *button = new QPushButton(m.label, this);
        button->setObjectName(QLatin1String(m.name));
        const QString status = m.status;
        connect(button, &QPushButton::clicked, this, [this, status] { setSelectedStatus(status); });
        statusRow->addWidget(button);
        m_statusButtons.insert(status, button);
    }
    statusRow->addStretch(1);
    // The client brief before the viewing (seed 二.(一)1(1)), for the roles that prepare viewings.
    if (Permissions::allows(m_session.role, Action::PrepareViewing)) {
        auto *brief = new QPushButton(tr("Client brief…"), this);
        brief->setObjectName(QStringLiteral("briefPreview"));
        auto *briefPdf = new QPushButton(tr("Client brief as PDF…"), this);
        briefPdf->setObjectName(QStringLiteral("briefPdf"));
        statusRow->addWidget(brief);
        statusRow->addWidget(briefPdf);
        connect(brief, &QPushButton::clicked, this, [this] {
            try {
                if (const qint64 id = selectedViewing())
                    PrintPreview::show(this, ViewingBriefReport::build(m_session, id));
            } catch (const Error &e) {
                m_status->setText(e.message());
            }
        });
        connect(briefPdf, &QPushButton::clicked, this, [this] {
            const QString path = FileDialogs::saveFile(this, tr("Client brief"), QStringLiteral("brief.pdf"),
                                                       tr("PDF files (*.pdf)"));
            if (!path.isEmpty())
                saveSelectedBrief(path);
        });
    }
    return statusRow;
}

QWidget *ViewingsPage::buildBookingForm()
{
    auto *form = new QGroupBox(tr("Book a viewing"), this);
    auto *f = new QFormLayout(form);
    m_phone = new QLineEdit(form);
    m_phone->setObjectName(QStringLiteral("viewingPhone"));
    m_phone->setPlaceholderText(tr("the client's phone"));
    m_consultant = new QComboBox(form);
    m_consultant->setObjectName(QStringLiteral("viewingConsultant"));
    try {
        for (const Staff &s : StaffRepository(m_session).list(true, Vocabulary::Role::Consultant))
            m_consultant->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    m_start = new QDateTimeEdit(form);
    DateTimeTyping::selectSectionOnClick(m_start);
    m_start->setObjectName(QStringLiteral("viewingStart"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_minutes = new QSpinBox(form);
    m_minutes->setRange(15, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    m_party = new QSpinBox(form);
    m_party->setObjectName(QStringLiteral("viewingParty"));
    m_party->setRange(1, 50);
    m_party->setValue(2);
    m_location = new QComboBox(form);
    m_location->setEditable(true);
    try {
        for (const auto &room : AppointmentRepository(m_session).showrooms())
            m_location->addItem(room.first);
    } catch (const Error &) {
    }
    m_bring = new QLineEdit(tr("ID card"), form);
    m_escort = new QCheckBox(tr("Security escort"), form);
    m_needs = new QLineEdit(form);
    m_needs->setPlaceholderText(tr("e.g. reduced mobility"));
    f->addRow(tr("Client phone:"), m_phone);
    f->addRow(tr("Consultant:"), m_consultant);
    f->addRow(tr("Start:"), m_start);
    f->addRow(tr("Length:"), m_minutes);
    f->addRow(tr("Party size:"), m_party);
    f->addRow(tr("Sample unit or building:"), m_location);
    f->addRow(tr("Please bring:"), m_bring);
    f->addRow(QString(), m_escort);
    f->addRow(tr("Special needs:"), m_needs);
    auto *bookButton = new QPushButton(tr("Book"), form);
    f->addRow(QString(), bookButton);
    bookButton->setObjectName(QStringLiteral("bookViewingButton"));
    bookButton->setEnabled(Permissions::allows(m_session.role, Action::BookViewing));
    m_status = new QLabel(form);
    m_status->setObjectName(QStringLiteral("viewingsMessage"));
    m_status->setWordWrap(true);
    f->addRow(m_status);
    connect(bookButton, &QPushButton::clicked, this, [this] { book(m_phone->text()); });
    return form;
}

void ViewingsPage::showDay(const QDate &day, bool week)
{
    m_day = day;
    m_week = week;
    // Keep the controls saying what is shown.
    const QSignalBlocker blockDate(m_date), blockSpan(m_span);
    m_date->setDate(day);
    m_span->setCurrentIndex(week ? 1 : 0);
    reload();
}

void ViewingsPage::setGroupBySampleUnit(bool bySampleUnit)
{
    m_bySampleUnit = bySampleUnit;
    const QSignalBlocker block(m_group);
    m_group->setCurrentIndex(bySampleUnit ? 1 : 0);
    reload();
}

void ViewingsPage::reload()
{
    const QTimeZone zone = OfficeTime::zone();
    const QDate first = m_week ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day;
    const qint64 from = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(first.addDays(m_week ? 7 : 1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const int generation = ++m_readGeneration; // a read still under way is older: it is dropped
    const bool bySampleUnit = m_bySampleUnit, week = m_week;
    if (!m_reader) {
        try {
            showRows(read(m_session, from, to, bySampleUnit, week));
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
        return;
    }
    m_reading->show();
    const Session session = m_session;
    m_reader->readLatest<Rows>(
        this, m_readGeneration, generation,
        [=] { return ViewingsPage::read(session, from, to, bySampleUnit, week); },
        [this](const Rows &rows) { showRows(rows); },
        [this](const QString &message) {
            m_reading->hide();
            m_status->setText(message);
        });
}

ViewingsPage::Rows ViewingsPage::read(const Session &session, qint64 fromMs, qint64 toMs, bool bySampleUnit,
                                      bool week)
{
    QList<Appointment> list = AppointmentRepository(session).between(fromMs, toMs); // with the clients' names
    QHash<qint64, QString> staff;
    for (const Staff &s : StaffRepository(session).list())
        staff.insert(s.id, s.name);
    auto group = [&](const Appointment &a) {
        return bySampleUnit ? (a.location.isEmpty() ? tr("(no place)") : a.location)
                            : (a.consultantId ? staff.value(a.consultantId) : tr("(no consultant)"));
    };
    std::stable_sort(list.begin(), list.end(), [&](const Appointment &x, const Appointment &y) {
        const QString gx = group(x), gy = group(y);
        return gx != gy ? gx < gy : x.startsAt < y.startsAt;
    });
    Rows rows;
    rows.lines.reserve(list.size());
    for (const Appointment &a : std::as_const(list)) {
        const QString when = (week ? OfficeTime::formatDateTime(a.startsAt)
                                   : OfficeTime::toOffice(a.startsAt).toString(QStringLiteral("HH:mm"))) +
                             QStringLiteral("–") +
                             OfficeTime::toOffice(a.endsAt).toString(QStringLiteral("HH:mm"));
        // Colour: booked (not yet confirmed) amber, no-show red, cancelled grey, the rest green.
        using S = Vocabulary::AppointmentStatus;
        const Tone look = a.status == S::NoShow      ? Tone::Alert
                          : a.status == S::Cancelled ? Tone::Neutral
                          : a.status == S::Booked    ? Tone::Warning
                                                     : Tone::Good;
        rows.timings.insert(a.id, {a.status, a.startsAt});
        rows.lines << Line{a.id,
                           {group(a), when, a.clientName, QString::number(a.partySize),
                            bySampleUnit ? staff.value(a.consultantId) : a.location,
                            Vocabulary::label(Vocabulary::appointmentStatuses(), a.status)},
                           look};
    }
    return rows;
}

void ViewingsPage::showRows(const Rows &rows)
{
    m_reading->hide();
    const qint64 keep = m_lines->idAt(m_table->currentIndex().row());
    m_lines->setLines(rows.lines);
    m_timings = rows.timings;
    if (const int row = keep != 0 ? m_lines->rowOf(keep) : -1; row >= 0)
        m_table->selectRow(row);
    RecordTable::fitColumns(m_table);
    updateStatusButtons();
    emit reloaded();
}

bool ViewingsPage::book(const QString &clientPhone)
{
    try {
        const Client client = ClientRepository(m_session).findByPhone(clientPhone);
        if (client.id == 0)
            throw ValidationError(
                QStringLiteral("client"),
                tr("Client: no client has the phone \"%1\"; register them at the front desk first")
                    .arg(clientPhone));
        Appointment a;
        a.clientId = client.id;
        a.consultantId = m_consultant->currentData().toLongLong();
        // The editor shows office time; read it as such, whatever the PC's own zone.
        a.startsAt = QDateTime(m_start->date(), m_start->time(), OfficeTime::zone()).toMSecsSinceEpoch();
        a.endsAt = a.startsAt + qint64(m_minutes->value()) * 60'000;
        a.partySize = m_party->value();
        a.location = m_location->currentText().trimmed();
        a.bring = m_bring->text();
        a.securityEscort = m_escort->isChecked();
        a.specialNeeds = m_needs->text();
        AppointmentRepository(m_session).add(a);
        m_status->setText(tr("Booked viewing No. %1 for %2.").arg(a.id).arg(client.name));
        m_status->setStyleSheet(QString());
    } catch (const Error &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(QStringLiteral("color:%1").arg(StatePalette::foreground(Tone::Alert).name()));
        return false;
    }
    reload();
    return true;
}

bool ViewingsPage::setSelectedStatus(const QString &status)
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return false;
    try {
        Appointment a = AppointmentRepository(m_session).get(m_lines->idAt(row));
        a.status = status;
        AppointmentRepository(m_session).update(a);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    reload();
    m_table->selectRow(row);
    return true;
}

void ViewingsPage::updateStatusButtons()
{
    Appointment selected; // what the rule reads of it
    selected.id = m_lines->idAt(m_table->currentIndex().row());
    const auto timing = m_timings.constFind(selected.id);
    if (timing != m_timings.cend()) {
        selected.status = timing->status;
        selected.startsAt = timing->startsAt;
    }
    const qint64 now = m_session.clock->nowMs();
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it) {
        const QString why = timing == m_timings.cend()
                                ? QString()
                                : AppointmentRepository::refusalByTime(selected, it.key(), now);
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
}

qint64 ViewingsPage::selectedViewing()
{
    const qint64 id = m_lines->idAt(m_table->currentIndex().row());
    if (id <= 0)
        m_status->setText(tr("Select a viewing first."));
    return id;
}

bool ViewingsPage::saveSelectedBrief(const QString &path)
{
    try {
        const qint64 id = selectedViewing();
        if (id <= 0)
            return false;
        ReportPrinter::writeReport(ViewingBriefReport::build(m_session, id), path);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    m_status->setText(tr("Client brief written to %1.").arg(path));
    return true;
}

bool ViewingsPage::exportSelectedViewing(const QString &path)
{
    const qint64 id = m_lines->idAt(m_table->currentIndex().row());
    if (id <= 0)
        return false;
    try {
        return writeIcs(path, {AppointmentRepository(m_session).get(id)});
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
}

bool ViewingsPage::exportConsultantWeek(qint64 consultantId, const QString &path)
{
    try {
        return writeIcs(path, ViewingIcs::consultantWeek(m_session, consultantId, m_day));
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
}

bool ViewingsPage::writeIcs(const QString &path, const QList<Appointment> &viewings)
{
    try {
        ViewingIcs::writeFile(m_session, viewings, path);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    return true;
}

} // namespace estatedesk
