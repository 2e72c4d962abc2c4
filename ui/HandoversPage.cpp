// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoversPage.h"
#include "FileDialogs.h"

#include "DateTimeTyping.h"
#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "PrintPreview.h"
#include "RecordTable.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "print/ReportPrinter.h"
#include "reports/HandoverSheetReport.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"
#include "storage/BackgroundReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

HandoversPage::HandoversPage(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_tick(new QTimer(this)), m_reader(reader)
{
    wireActions();
    auto *layout = new QVBoxLayout(this);
    QList<QWidget *> writers; // what records handovers: disabled for roles that only read
    layout->addWidget(buildSchedule(writers));
    layout->addLayout(buildScopeBar());
    auto *split = new QSplitter(Qt::Vertical, this);
    buildHandoverTable(split);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(bottom);
    m_detail->setWordWrap(true);
    bottomLayout->addWidget(m_detail);
    bottomLayout->addLayout(buildHandoverSteps(bottom, writers));
    buildDefectTable(bottom);
    bottomLayout->addWidget(m_defects, 1);
    bottomLayout->addLayout(buildDefectForm(bottom, writers));
    bottomLayout->addLayout(buildDefectSteps(bottom, writers));
    m_status = new QLabel(bottom);
    m_status->setObjectName(QStringLiteral("handoversMessage"));
    m_status->setWordWrap(true);
    bottomLayout->addWidget(m_status);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    if (!Permissions::allows(m_session.role, Action::ManageHandovers)) {
        // Read-only for roles that may not record handovers (the models refuse them anyway).
        for (QWidget *w : std::as_const(writers))
            w->setEnabled(false);
        m_status->setText(
            tr("You can see the handovers; customer-service staff and supervisors record them."));
    }
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &HandoversPage::tick);
    m_tick->start();
    fillUnits();
    reloadInBackground();
}

// A new handover: the unit (and its buyer), the date, who receives the owner.
QGroupBox *HandoversPage::buildSchedule(QList<QWidget *> &writers)
{
    auto *scheduleBox = new QGroupBox(tr("Schedule a handover"), this);
    auto *scheduleRow = new QHBoxLayout(scheduleBox);
    m_unit = new QComboBox(scheduleBox);
    m_unit->setObjectName(QStringLiteral("handoverUnit"));
    m_unit->setMinimumContentsLength(30);
    m_date = new QDateEdit(scheduleBox);
    DateTimeTyping::selectSectionOnClick(m_date);
    m_date->setObjectName(QStringLiteral("handoverDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(OfficeTime::toOffice(m_session.clock->nowMs()).date().addDays(14));
    m_staff = new QComboBox(scheduleBox);
    m_staff->setObjectName(QStringLiteral("handoverReceiver"));
    try {
        for (const Staff &s : StaffRepository(m_session).list(true, Vocabulary::Role::Service))
            m_staff->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    auto *scheduleButton = new QPushButton(tr("Schedule"), scheduleBox);
    scheduleButton->setObjectName(QStringLiteral("scheduleHandoverButton"));
    scheduleRow->addWidget(new QLabel(tr("Unit and buyer:"), scheduleBox));
    scheduleRow->addWidget(m_unit, 2);
    scheduleRow->addWidget(new QLabel(tr("Date:"), scheduleBox));
    scheduleRow->addWidget(m_date);
    scheduleRow->addWidget(new QLabel(tr("Received by:"), scheduleBox));
    scheduleRow->addWidget(m_staff);
    scheduleRow->addWidget(scheduleButton);
    connect(scheduleButton, &QPushButton::clicked, this, [this] { schedule(); });

    writers << scheduleBox;
    return scheduleBox;
}

QLayout *HandoversPage::buildScopeBar()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("handoversScope"));
    m_scope->addItem(tr("Scheduled"), QString(Vocabulary::HandoverStatus::Scheduled));
    m_scope->addItem(tr("All handovers"), QStringLiteral("all"));
    top->addWidget(m_scope);
    top->addStretch(1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HandoversPage::reload);

    return top;
}

void HandoversPage::buildHandoverTable(QWidget *parent)
{
    m_table = new QTableWidget(parent);
    new DeadlineExplanation(m_table, m_session, DeadlineCell::ItemRole); // why each deadline is due then
    m_table->setObjectName(QStringLiteral("handoverList"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Date"), tr("Unit"), tr("Owner"), tr("Received by"),
                                        tr("Notice"), tr("Inspected"), tr("Open defects"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // At least ten handovers in view: the steps and the defects below give way (a tester saw six
    // at the window's first size and hunted for the one just completed).
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              10 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HandoversPage::showDefects);
}

// The selected handover's steps: notice, inspection, property contact, done, the sign-off sheet.
QLayout *HandoversPage::buildHandoverSteps(QWidget *parent, QList<QWidget *> &writers)
{
    auto *steps = new QHBoxLayout;
    m_noticeChannel = new QComboBox(parent);
    m_noticeChannel->setObjectName(QStringLiteral("noticeChannel"));
    m_noticeChannel->setEditable(true);
    m_noticeChannel->addItems({tr("Phone"), tr("SMS"), tr("Letter"), tr("WeChat")});
    auto *notice = new QPushButton(tr("Notice sent"), parent);
    notice->setObjectName(QStringLiteral("noticeSentButton"));
    auto *inspect = new QPushButton(tr("Inspected with the owner"), parent);
    inspect->setObjectName(QStringLiteral("inspectedButton"));
    m_contact = new QLineEdit(parent);
    m_contact->setObjectName(QStringLiteral("propertyContact"));
    m_contact->setPlaceholderText(tr("property management: office and phone"));
    auto *contact = new QPushButton(tr("Contact given"), parent);
    contact->setObjectName(QStringLiteral("contactGivenButton"));
    auto *done = new QPushButton(tr("Handover done"), parent);
    done->setObjectName(QStringLiteral("handoverDoneButton"));
    auto *print = new QPushButton(tr("Print sign-off sheet…"), parent);
    print->setObjectName(QStringLiteral("printSignOffButton"));
    auto *pdf = new QPushButton(tr("Save sign-off sheet as PDF…"), parent);
    pdf->setObjectName(QStringLiteral("signOffPdfButton"));
    steps->addWidget(m_noticeChannel);
    steps->addWidget(notice);
    steps->addWidget(inspect);
    steps->addWidget(m_contact, 1);
    steps->addWidget(contact);
    steps->addWidget(done);
    steps->addWidget(print);
    steps->addWidget(pdf);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::saveFile(this, HandoverSheetReport::title(), tr("handover-%1.pdf").arg(selectedId()),
                                  tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printSignOffSheet(path);
    });
    connect(notice, &QPushButton::clicked, this, [this] { sendNotice(); });
    connect(inspect, &QPushButton::clicked, this, [this] { recordInspection(); });
    connect(contact, &QPushButton::clicked, this, [this] { givePropertyContact(); });
    connect(done, &QPushButton::clicked, this, [this] { complete(); });
    connect(print, &QPushButton::clicked, this, [this] {
        m_act.run(
            [this](qint64 id) {
                PrintPreview::show(this, HandoverSheetReport::html(m_session, id),
                                   HandoverSheetReport::title());
                return QString();
            },
            RecordAction::Then::Nothing);
    });
    writers << m_noticeChannel << notice << inspect << m_contact << contact << done;
    return steps;
}

void HandoversPage::buildDefectTable(QWidget *parent)
{
    m_defects = new QTableWidget(parent);
    new DeadlineExplanation(m_defects, m_session, DeadlineCell::ItemRole);
    m_defects->setObjectName(QStringLiteral("defectList"));
    m_defects->setColumnCount(DefectColumnCount);
    m_defects->setHorizontalHeaderLabels({tr("No."), tr("Location"), tr("Defect"), tr("Responsible party"),
                                          tr("Deadline"), tr("Status"), tr("Complaint")});
    m_defects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_defects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_defects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_defects->verticalHeader()->hide();
    m_defects->horizontalHeader()->setStretchLastSection(true);
}

// A new defect found at the inspection.
QLayout *HandoversPage::buildDefectForm(QWidget *parent, QList<QWidget *> &writers)
{
    auto *defectRow = new QHBoxLayout;
    m_location = new QLineEdit(parent);
    m_location->setObjectName(QStringLiteral("defectLocation"));
    m_location->setPlaceholderText(tr("room or place"));
    m_defectText = new QLineEdit(parent);
    m_defectText->setObjectName(QStringLiteral("defectDescription"));
    m_defectText->setPlaceholderText(tr("the defect"));
    m_responsible = new QLineEdit(parent);
    m_responsible->setObjectName(QStringLiteral("defectResponsible"));
    m_responsible->setPlaceholderText(tr("who fixes it"));
    m_days = new QSpinBox(parent);
    m_days->setObjectName(QStringLiteral("defectDays"));
    m_days->setRange(0, 365);
    m_days->setSpecialValueText(tr("policy default"));
    m_days->setSuffix(tr(" working days"));
    auto *addDefectButton = new QPushButton(tr("Add defect"), parent);
    addDefectButton->setObjectName(QStringLiteral("addDefectButton"));
    defectRow->addWidget(m_location, 1);
    defectRow->addWidget(m_defectText, 3);
    defectRow->addWidget(m_responsible, 1);
    defectRow->addWidget(m_days);
    defectRow->addWidget(addDefectButton);
    connect(addDefectButton, &QPushButton::clicked, this, [this] { addDefect(); });
    connect(m_defectText, &QLineEdit::returnPressed, this, [this] { addDefect(); });
    writers << m_location << m_defectText << m_responsible << m_days << addDefectButton;
    return defectRow;
}

// The selected defect's steps: fixed, re-inspected, raised as a complaint.
QLayout *HandoversPage::buildDefectSteps(QWidget *parent, QList<QWidget *> &writers)
{
    auto *defectSteps = new QHBoxLayout;
    m_note = new QLineEdit(parent);
    m_note->setObjectName(QStringLiteral("defectNote"));
    m_note->setPlaceholderText(tr("note"));
    auto *fixed = new QPushButton(tr("Reported fixed"), parent);
    fixed->setObjectName(QStringLiteral("defectFixedButton"));
    auto *passed = new QPushButton(tr("Re-inspection passed"), parent);
    passed->setObjectName(QStringLiteral("reinspectionPassedButton"));
    auto *failed = new QPushButton(tr("Re-inspection failed"), parent);
    failed->setObjectName(QStringLiteral("reinspectionFailedButton"));
    auto *raise = new QPushButton(tr("Raise as complaint"), parent);
    raise->setObjectName(QStringLiteral("raiseComplaintButton"));
    raise->setToolTip(tr("An overdue defect becomes a complaint; its history stays with the defect."));
    defectSteps->addWidget(m_note, 1);
    defectSteps->addWidget(fixed);
    defectSteps->addWidget(passed);
    defectSteps->addWidget(failed);
    defectSteps->addWidget(raise);
    connect(fixed, &QPushButton::clicked, this, [this] { markFixed(); });
    connect(passed, &QPushButton::clicked, this, [this] { reinspect(true); });
    connect(failed, &QPushButton::clicked, this, [this] { reinspect(false); });
    connect(raise, &QPushButton::clicked, this, [this] { raiseAsComplaint(); });
    writers << m_note << fixed << passed << failed << raise;
    return defectSteps;
}

// What the step buttons act on, what they say, and what is read again after them.
void HandoversPage::wireActions()
{
    const auto say = [this](const QString &text, bool error) { this->say(text, error); };
    m_act.selectedId = [this] { return selectedId(); };
    m_act.selectFirst = tr("Select a handover first.");
    m_act.say = say;
    m_act.reload = [this](qint64 id) {
        reload();
        selectHandover(id);
    };
    m_defectAct.selectedId = [this] { return selectedDefectId(); };
    m_defectAct.selectFirst = tr("Select a defect first.");
    m_defectAct.say = say;
    m_defectAct.reload = [this](qint64 id) {
        reload(); // keeps the handover selected
        selectDefect(id);
    };
}

void HandoversPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void HandoversPage::fillUnits()
{
    const int generation = ++m_unitsGeneration;
    if (!m_reader) {
        try {
            showUnits(HandoverRepository(m_session).unitsAwaitingHandover());
        } catch (const Error &e) {
            say(e.message(), true);
        }
        return;
    }
    const Session session = m_session;
    m_reader->readLatest<QList<HandoverRepository::AwaitingUnit>>(
        this, m_unitsGeneration, generation,
        [session] { return HandoverRepository(session).unitsAwaitingHandover(); },
        [this](const QList<HandoverRepository::AwaitingUnit> &units) { showUnits(units); },
        [this](const QString &message) { say(message, true); });
}

void HandoversPage::showUnits(const QList<HandoverRepository::AwaitingUnit> &units)
{
    m_unit->clear();
    for (const HandoverRepository::AwaitingUnit &a : units)
        m_unit->addItem(tr("%1 — %2 (%3)").arg(a.unitLabel, a.clientName, a.contractNumber),
                        QVariantList{a.unitId, a.clientId, a.contractId});
}

HandoversPage::ListRead HandoversPage::readList(const Session &session, bool scheduledOnly)
{
    ListRead read;
    read.rows = HandoverRepository(session).rows(scheduledOnly);
    QList<qint64> ids;
    for (const auto &row : std::as_const(read.rows))
        ids << row.handover.id;
    read.notices = DeadlineRepository(session).latestForRecords(QStringLiteral("handovers"), ids);
    for (const Staff &s : StaffRepository(session).list())
        read.staff.insert(s.id, s.name);
    return read;
}

void HandoversPage::reload()
{
    ++m_listGeneration; // a background read still under way is older: it is dropped
    try {
        showList(
            readList(m_session, m_scope->currentData().toString() == Vocabulary::HandoverStatus::Scheduled));
    } catch (const Error &e) {
        say(e.message(), true);
        if (!selectHandover(selectedId()))
            showDefects();
    }
}

void HandoversPage::reloadInBackground()
{
    if (!m_reader)
        return reload();
    const int generation = ++m_listGeneration;
    const Session session = m_session;
    const bool scheduledOnly = m_scope->currentData().toString() == Vocabulary::HandoverStatus::Scheduled;
    m_reader->readLatest<ListRead>(
        this, m_listGeneration, generation,
        [session, scheduledOnly] { return readList(session, scheduledOnly); },
        [this](const ListRead &read) { showList(read); },
        [this](const QString &message) { say(message, true); });
}

void HandoversPage::showList(const ListRead &read)
{
    const qint64 keep = selectedId();
    const qint64 now = m_session.clock->nowMs();
    const QList<HandoverRepository::Row> &rows = read.rows;
    const auto &notices = read.notices;
    const QHash<qint64, QString> &staff = read.staff;
    m_rows.clear();
    for (const auto &row : rows)
        m_rows << row.handover;
    {
        const QSignalBlocker block(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(m_rows.size()));
        for (int r = 0; r < m_rows.size(); ++r) {
            const Handover &h = m_rows.at(r);
            const HandoverRepository::Row &listed = rows.at(r);
            auto put = [&](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setData(Qt::UserRole, h.id);
                m_table->setItem(r, column, item);
                return item;
            };
            put(NumberColumn, QString::number(h.id));
            put(DateColumn, h.handoverOn.toString(Qt::ISODate));
            put(UnitColumn, listed.unitLabel);
            put(ClientColumn, listed.clientName);
            put(StaffColumn, staff.value(h.staffId));
            auto *notice = put(NoticeColumn, QString());
            const auto byPolicy = notices.value(h.id);
            const auto it = byPolicy.constFind(QStringLiteral("handover-notice"));
            if (h.noticeSentAt > 0 ||
                h.status !=
                    Vocabulary::HandoverStatus::Scheduled) { // the outcome; nothing left to count down
                notice->setText(
                    h.noticeSentAt > 0
                        ? tr("sent %1 (%2)").arg(OfficeTime::formatDate(h.noticeSentAt), h.noticeChannel)
                        : tr("never sent"));
                if (it != byPolicy.constEnd()) {
                    notice->setBackground(StatePalette::background(it->stateAt(now)));
                    notice->setForeground(StatePalette::foreground(it->stateAt(now)));
                }
            } else {
                DeadlineCell::show(notice, it == byPolicy.constEnd() ? nullptr : &*it, now);
            }
            put(InspectedColumn, h.inspectedAt > 0 ? OfficeTime::formatDateTime(h.inspectedAt) : QString());
            put(DefectsColumn, tr("%1 of %2").arg(listed.openDefects).arg(listed.defects));
            put(StatusColumn, Vocabulary::label(Vocabulary::handoverStatuses(), h.status));
        }
        RecordTable::fitColumns(m_table);
        DeadlineCell::fitColumns(m_table, {NoticeColumn});
    }
    if (!selectHandover(keep))
        showDefects();
}

void HandoversPage::tick()
{
    const qint64 now = m_session.clock->nowMs();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *item = m_table->item(r, NoticeColumn))
            DeadlineCell::tick(item, now);
    for (int r = 0; r < m_defects->rowCount(); ++r)
        if (QTableWidgetItem *item = m_defects->item(r, DeadlineColumn))
            DeadlineCell::tick(item, now);
}

qint64 HandoversPage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(Qt::UserRole).toLongLong();
}

bool HandoversPage::selectHandover(qint64 id)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, NumberColumn));
            showDefects();
            return true;
        }
    return false;
}

qint64 HandoversPage::selectedDefectId() const
{
    const QList<QTableWidgetItem *> selected = m_defects->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(Qt::UserRole).toLongLong();
}

bool HandoversPage::selectDefect(qint64 id)
{
    for (int r = 0; r < m_defects->rowCount(); ++r)
        if (m_defects->item(r, DefectNumberColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_defects->selectRow(r);
            return true;
        }
    return false;
}

void HandoversPage::showDefects()
{
    const qint64 id = selectedId();
    const qint64 keepDefect = selectedDefectId();
    if (id != m_shownHandover) { // another handover: what was typed for the last one does not carry over
        m_shownHandover = id;
        m_contact->clear();
        m_note->clear();
        clearDefectForm();
    }
    m_defects->clearContents();
    m_defects->setRowCount(0);
    if (id == 0) {
        m_detail->setText(tr("Select a handover to see its defects and take the next step."));
        return;
    }
    const qint64 now = m_session.clock->nowMs();
    try {
        HandoverRepository repo(m_session);
        const Handover h = repo.get(id);
        QStringList facts;
        facts << tr("<b>Handover No. %1</b> on %2").arg(h.id).arg(h.handoverOn.toString(Qt::ISODate));
        facts << (h.noticeSentAt > 0
                      ? tr("notice sent %1 by %2")
                            .arg(OfficeTime::formatDate(h.noticeSentAt), h.noticeChannel.toHtmlEscaped())
                      : tr("notice not sent yet"));
        facts << (h.inspectedAt > 0 ? tr("inspected %1").arg(OfficeTime::formatDateTime(h.inspectedAt))
                                    : tr("not inspected yet"));
        facts << (h.propertyContactGivenAt > 0
                      ? tr("property management: %1").arg(h.propertyContact.toHtmlEscaped())
                      : tr("property-management contact not given yet"));
        m_detail->setText(facts.join(QStringLiteral(" · ")));
        const QList<Defect> defects = repo.defects(id);
        QList<qint64> ids;
        for (const Defect &d : defects)
            ids << d.id;
        const auto deadlines = DeadlineRepository(m_session).latestForRecords(QStringLiteral("defects"), ids);
        m_defects->setRowCount(int(defects.size()));
        for (int r = 0; r < defects.size(); ++r) {
            const Defect &d = defects.at(r);
            auto put = [&](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setData(Qt::UserRole, d.id);
                m_defects->setItem(r, column, item);
                return item;
            };
            put(DefectNumberColumn, QString::number(d.id));
            put(LocationColumn, d.location);
            put(DescriptionColumn, d.description);
            put(ResponsibleColumn, d.responsible);
            auto *deadline = put(DeadlineColumn, QString());
            const auto byPolicy = deadlines.value(d.id);
            const auto it = byPolicy.constFind(QStringLiteral("defect-rectification"));
            DeadlineCell::show(deadline, it == byPolicy.constEnd() ? nullptr : &*it, now);
            const bool failed = d.status == Vocabulary::DefectStatus::Open &&
                                d.reinspectionResult == Vocabulary::Reinspection::Failed;
            put(DefectStatusColumn, failed ? tr("Open (re-inspection failed)")
                                           : Vocabulary::label(Vocabulary::defectStatuses(), d.status));
            put(ComplaintColumn, d.complaintId > 0 ? tr("No. %1").arg(d.complaintId) : QString());
        }
        RecordTable::fitColumns(m_defects);
        DeadlineCell::fitColumns(m_defects, {DeadlineColumn});
        selectDefect(keepDefect);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool HandoversPage::schedule()
{
    const QVariantList unit = m_unit->currentData().toList();
    if (unit.size() != 3) {
        say(tr("Unit: choose a sold unit to hand over"), true);
        return false;
    }
    try {
        Handover h;
        h.unitId = unit.at(0).toLongLong();
        h.clientId = unit.at(1).toLongLong();
        h.contractId = unit.at(2).toLongLong();
        h.handoverOn = m_date->date();
        h.staffId = m_staff->currentData().toLongLong();
        HandoverRepository(m_session).add(h);
        say(tr("Handover No. %1 scheduled for %2; send the notice in time.")
                .arg(h.id)
                .arg(h.handoverOn.toString(Qt::ISODate)),
            false);
        fillUnits();
        reload();
        selectHandover(h.id);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool HandoversPage::sendNotice()
{
    return m_act.run(
        [this](qint64 id) { HandoverRepository(m_session).sendNotice(id, m_noticeChannel->currentText()); },
        tr("Notice recorded."));
}

bool HandoversPage::recordInspection()
{
    return m_act.run([this](qint64 id) { HandoverRepository(m_session).recordInspection(id, QString()); },
                     tr("Inspection recorded."));
}

bool HandoversPage::givePropertyContact()
{
    return m_act.run(
        [this](qint64 id) { HandoverRepository(m_session).givePropertyContact(id, m_contact->text()); },
        tr("Property-management contact recorded."));
}

bool HandoversPage::complete()
{
    return m_act.run(
        [this](qint64 id) {
            HandoverRepository(m_session).complete(id);
            m_contact->clear(); // typed for this handover, not for the next one
        },
        tr("Handover done; the unit is handed over."));
}

// Each new defect starts at the defaults: no location, text or party, the policy's deadline.
void HandoversPage::clearDefectForm()
{
    m_location->clear();
    m_defectText->clear();
    m_responsible->clear();
    m_days->setValue(0);
}

bool HandoversPage::addDefect()
{
    return m_act.run(
        [this](qint64 id) {
            Defect d;
            d.handoverId = id;
            d.location = m_location->text();
            d.description = m_defectText->text();
            d.responsible = m_responsible->text();
            d.deadlineDays = m_days->value();
            HandoverRepository(m_session).addDefect(d);
            clearDefectForm(); // the next defect starts empty: nothing of this one carries over
            m_location->setFocus();
        },
        tr("Defect recorded with its deadline."));
}

bool HandoversPage::markFixed()
{
    return m_defectAct.run(
        [this](qint64 d) { HandoverRepository(m_session).markDefectFixed(d, m_note->text()); },
        tr("Defect reported fixed; re-inspect it with the owner."));
}

bool HandoversPage::reinspect(bool passed)
{
    return m_defectAct.run(
        [this, passed](qint64 d) {
            HandoverRepository(m_session).reinspectDefect(d, passed, m_note->text());
        },
        passed ? tr("Re-inspection passed; the defect is closed.")
               : tr("Re-inspection failed; the defect stays open."));
}

bool HandoversPage::raiseAsComplaint()
{
    qint64 complaint = 0;
    const bool ok = m_defectAct.run(
        [this, &complaint](qint64 d) { complaint = HandoverRepository(m_session).raiseDefectAsComplaint(d); },
        tr("The defect is now a complaint on the complaints board."));
    if (ok)
        emit complaintRaised(complaint);
    return ok;
}

bool HandoversPage::printSignOffSheet(const QString &path)
{
    return m_act.run(
        [&](qint64 id) {
            ReportPrinter::writePdf(HandoverSheetReport::html(m_session, id), HandoverSheetReport::title(),
                                    path);
            return tr("Sign-off sheet written to %1.").arg(path);
        },
        RecordAction::Then::Nothing);
}

} // namespace estatedesk
