// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"
#include "AppIcon.h"
#include "ReadingLabel.h"

#include "ChecklistFlag.h"
#include "ConsultationResponder.h"
#include "DeadlineExplanation.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "deadlines/DeadlinePolicy.h"
#include "domain/Vocabulary.h"
#include "itemmodels/DeadlineListModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/StaffRepository.h"
#include "services/DashboardSnapshot.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace estatedesk {

struct DashboardPage::Shown
{
    DashboardSnapshot snapshot;
    QList<LineTableModel::Line> upcoming; // viewings in the next 24 hours
    QList<LineTableModel::Line> missed;   // not checked in, the last 7 days
    QList<LineTableModel::Line> tasks;    // follow-ups due, each line's id its client
    ChecklistFlag::Reading checklist;
};

DashboardPage::DashboardPage(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_model(new DeadlineListModel(session, this)),
      m_proxy(new StateColorProxy(DeadlineListModel::StateRole, this)), m_refreshTimer(new QTimer(this)),
      m_tickTimer(new QTimer(this)), m_reader(reader)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    // One card per kind: overdue and due soon.
    buildCountCards();
    layout->addLayout(m_countGrid);
    m_checklistFlag = new ChecklistFlag(m_session, this); // today's opening checklists, once late
    layout->addWidget(m_checklistFlag);

    buildDeadlineView();
    layout->addWidget(m_view, 1);
    m_responder = new ConsultationResponder(m_session, this, this);
    m_responder->setObjectName(QStringLiteral("dashboardResponder"));
    layout->addWidget(m_responder);

    // What can be done with the selected item: a button each, and the same in the row's menu.
    m_rowActions = new QHBoxLayout;
    auto *open = new QAction(tr("Open"), this);
    open->setObjectName(QStringLiteral("openRecord"));
    open->setToolTip(tr("Open the record of the selected item (or double-click it)"));
    connect(open, &QAction::triggered, this, &DashboardPage::openCurrent);
    m_view->addAction(open);
    addRowAction(open, QStringLiteral("openRecordButton"));
    m_explanation = new DeadlineExplanation(m_view, m_session, DeadlineListModel::DeadlineItemRole);
    addRowAction(m_explanation->action(), QStringLiteral("explainDeadlineButton"));
    m_rowActions->addStretch(1);
    layout->addLayout(m_rowActions);

    // Viewings: the next hours, and those whose start passed without a check-in.
    layout->addLayout(buildLists());

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    layout->addWidget(m_summary);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::applyScope);
    connect(m_show, &QComboBox::currentIndexChanged, this, &DashboardPage::applyScope);
    connect(m_view, &QTableView::doubleClicked, this, &DashboardPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const bool consultation =
                    current.isValid() &&
                    current.data(DeadlineListModel::EntityRole).toString() == QLatin1String("consultations");
                m_responder->setConsultation(
                    consultation ? current.data(DeadlineListModel::EntityIdRole).toLongLong() : 0);
            });
    connect(m_responder, &ConsultationResponder::responded, this,
            [this](qint64, qint64 clientId, const QString &message) {
                // The answered consultation leaves the list when the reader brings it again (at
                // office scale the read is longer than a frame).
                refreshInBackground();
                m_summary->setText(message);
                emit consultationAnswered(clientId);
            });
    connect(m_responder, &ConsultationResponder::failed, this, [this](const QString &message) {
        m_summary->setText(message);
        refreshInBackground();
    });
    connect(m_model, &DeadlineListModel::turnedOverdue, this, &DashboardPage::notifyOverdue);
    connect(m_tasks, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 client = m_taskLines->idAt(index.row()))
            emit openRecord(client, QStringLiteral("clients"), client);
    });
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_session.db->serverReachable()) // while the office server is down, the lists stay as they were
            refreshInBackground();
    });
    m_refreshTimer->start();
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &DashboardPage::tick);
    m_tickTimer->start();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("EstateDesk deadlines"));
        m_tray->show();
    }
    applyScope(); // reads everything shown in the starting scope (a consultant's: "mine")
}

// The title, what to show and whose items.
QLayout *DashboardPage::buildHeader()
{
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Deadlines that need attention"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title);
    m_reading = new ReadingLabel(QStringLiteral("dashboardReading"), this);
    top->addWidget(m_reading);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Show:"), this));
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("dashboardView"));
    m_show->addItem(tr("Overdue and due soon"), QStringLiteral("attention"));
    m_show->addItem(tr("All open items"), QStringLiteral("all"));
    m_show->setToolTip(
        tr("\"All open items\" also lists what is still on track, such as a complaint logged a minute ago."));
    top->addWidget(m_show);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->addItem(tr("Everyone"), QStringLiteral("everyone"));
    if (m_session.actorId > 0) {
        m_scope->addItem(tr("Mine"), QStringLiteral("mine"));
        m_scope->addItem(tr("My team"), QStringLiteral("team"));
        // Consultants look after their own clients first.
        if (m_session.role == Vocabulary::Role::Consultant)
            m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("mine")));
    } else {
        m_scope->setToolTip(
            tr("\"Mine\" and \"My team\" are offered once you sign in with your own account."));
    }
    top->addWidget(m_scope);
    return top;
}

void DashboardPage::buildCountCards()
{
    m_countGrid = new QGridLayout;
    const QStringList policies = DeadlinePolicy::names();
    for (int i = 0; i < policies.size(); ++i) {
        auto *card = new QLabel(this);
        card->setObjectName(QStringLiteral("count-") + policies.at(i));
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(6);
        card->setTextFormat(Qt::RichText);
        m_countLabels.insert(policies.at(i), card);
        m_countGrid->addWidget(card, i / 4, i % 4);
    }
}

void DashboardPage::buildDeadlineView()
{
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deadlineList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DeadlineListModel::StateColumn, 80);
    // The kind's column as wide as its longest name in the language shown ("Complaint first
    // response", not "Complaint first …").
    int kindWidth = 120;
    for (const QString &policy : DeadlinePolicy::names())
        kindWidth =
            std::max(kindWidth, m_view->fontMetrics().horizontalAdvance(DeadlinePolicy::label(policy)) + 16);
    m_view->setColumnWidth(DeadlineListModel::KindColumn, kindWidth);
    m_view->setColumnWidth(DeadlineListModel::ClientColumn, 90);
    m_view->setColumnWidth(DeadlineListModel::StaffColumn, 90);
    m_view->setColumnWidth(DeadlineListModel::DueColumn, 150);
    m_view->setColumnWidth(DeadlineListModel::RemainingColumn, 160);
}

// Viewings in the next hours, missed viewings, and the follow-up tasks due: at office scale a
// thousand lines or more each, handed over in one model reset (as QListWidget items, announced
// one by one, they took the GUI thread 9 ms of each refresh).
QLayout *DashboardPage::buildLists()
{
    auto *lists = new QHBoxLayout;
    m_upcoming = addList(lists, tr("Viewings in the next 24 hours:"), QStringLiteral("upcomingViewings"),
                         &m_upcomingLines);
    m_missed = addList(lists, tr("Missed viewings (not checked in, last 7 days):"),
                       QStringLiteral("missedViewings"), &m_missedLines);
    m_tasks = addList(lists, tr("Follow-up tasks due (anomalies and escalations in red):"),
                      QStringLiteral("dashboardTasks"), &m_taskLines);
    return lists;
}

QListView *DashboardPage::addList(QBoxLayout *box, const QString &title, const QString &name,
                                  LineTableModel **lines)
{
    auto *column = new QVBoxLayout;
    column->addWidget(new QLabel(title, this));
    *lines = new LineTableModel({title}, this);
    auto *view = new QListView(this);
    view->setObjectName(name);
    view->setModel(*lines);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Each line measured for the width it needs (none is cut off, the list scrolls sideways), a
    // hundred at a time while the page is on screen: a thousand lines do not hold the window up.
    view->setLayoutMode(QListView::Batched);
    view->setBatchSize(100);
    view->setMaximumHeight(view->fontMetrics().height() * 6);
    column->addWidget(view);
    box->addLayout(column);
    return view;
}

void DashboardPage::addRowAction(QAction *action, const QString &buttonName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(buttonName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rowActions->addWidget(button);
}

void DashboardPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    emit openRecord(index.data(DeadlineListModel::ClientIdRole).toLongLong(),
                    index.data(DeadlineListModel::EntityRole).toString(),
                    index.data(DeadlineListModel::EntityIdRole).toLongLong());
}

void DashboardPage::applyScope()
{
    DeadlineFilter filter;
    const QString scope = m_scope->currentData().toString();
    if (scope == QLatin1String("mine")) {
        filter.staffIds = {m_session.actorId};
    } else if (scope == QLatin1String("team")) {
        StaffRepository staff(m_session);
        const QString role = staff.get(m_session.actorId).role;
        for (const Staff &s : staff.list(true, role))
            filter.staffIds << s.id;
    }
    filter.includeOnTrack = m_show->currentData().toString() == QLatin1String("all");
    m_model->useFilter(filter);
    m_taskStaff = filter.staffIds;
    refreshInBackground(); // with the window's reader on its thread (the first read too), else at once
}

LineTableModel::Line DashboardPage::taskLine(const FollowUp &f, const QHash<qint64, QString> &staff)
{
    LineTableModel::Line line;
    line.id = f.clientId;
    line.cells = {tr("%1  %2 — %3 (%4)")
                      .arg(f.dueOn.toString(Qt::ISODate), f.clientName, f.task,
                           f.staffId ? staff.value(f.staffId) : tr("supervisors"))};
    line.tone = std::nullopt;
    if (f.kind == QLatin1String("anomaly") || f.kind == QLatin1String("escalation")) {
        line.tone = Tone::Alert;
        line.setValue(0, Qt::ForegroundRole, StatePalette::foreground(Tone::Alert));
    }
    return line;
}

LineTableModel::Line DashboardPage::viewingLine(const Appointment &a, const QHash<qint64, QString> &staff)
{
    LineTableModel::Line line;
    line.id = a.id;
    line.cells = {tr("%1  %2 (%n person(s)), %3, %4", nullptr, a.partySize)
                      .arg(OfficeTime::formatDateTime(a.startsAt), a.clientName, staff.value(a.consultantId),
                           a.location)};
    line.tone = std::nullopt;
    return line;
}

DashboardPage::Shown DashboardPage::read(const Session &session, const DeadlineFilter &filter,
                                         const QList<qint64> &taskStaff, qint64 nowMs)
{
    Shown shown;
    shown.snapshot = DashboardSnapshot::read(session, filter, taskStaff, nowMs);
    const DashboardSnapshot &s = shown.snapshot;
    for (const Appointment &a : s.upcomingViewings)
        shown.upcoming << viewingLine(a, s.staffNames);
    for (const Appointment &a : s.missedViewings) {
        shown.missed << viewingLine(a, s.staffNames);
        shown.missed.last().tone = Tone::Alert;
    }
    for (const FollowUp &f : s.tasks)
        shown.tasks << taskLine(f, s.staffNames);
    shown.checklist = ChecklistFlag::read(session, nowMs);
    return shown;
}

void DashboardPage::refresh()
{
    ++m_readGeneration; // a background read still under way is older than this one: it is dropped
    m_reading->hide();
    try {
        showRead(read(m_session, m_model->filter(), m_taskStaff, m_session.clock->nowMs()));
    } catch (const Error &e) {
        StatePalette::showStatus(m_summary, e.message(), true);
    }
}

void DashboardPage::setBackgroundReader(BackgroundReader *reader)
{
    m_reader = reader;
}

void DashboardPage::refreshInBackground()
{
    if (!m_reader)
        return refresh();
    const int generation = ++m_readGeneration;
    const Session session = m_session;
    const DeadlineFilter filter = m_model->filter();
    const QList<qint64> taskStaff = m_taskStaff;
    const qint64 now = m_session.clock->nowMs();
    m_reader->readLatest<Shown>(
        this, m_readGeneration, generation, [=] { return read(session, filter, taskStaff, now); },
        [this](const Shown &shown) { showRead(shown); },
        [this](const QString &message) {
            m_reading->hide();
            StatePalette::showStatus(m_summary, message, true);
        });
    m_reading->show();
}

bool DashboardPage::isReading() const
{
    return !m_reading->isHidden();
}

void DashboardPage::showRead(const Shown &shown)
{
    const DashboardSnapshot &snapshot = shown.snapshot;
    // Keep what the user is looking at: the selected item and the scroll position.
    const QModelIndex current = m_view->currentIndex();
    const qint64 selectedItem =
        current.isValid() ? current.data(DeadlineListModel::ItemIdRole).toLongLong() : 0;
    const int scroll = m_view->verticalScrollBar()->value();
    m_reading->hide();
    m_model->show(snapshot.deadlines, snapshot.nowMs);
    if (selectedItem) {
        const int row = m_model->rowOfItem(selectedItem);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->index(row, current.column()));
    }
    m_view->verticalScrollBar()->setValue(scroll);
    updateCounts();
    m_upcomingLines->setLines(shown.upcoming);
    m_missedLines->setLines(shown.missed);
    m_taskLines->setLines(shown.tasks);
    m_checklistFlag->showReading(shown.checklist);
    emit refreshed();
}

void DashboardPage::tick()
{
    m_model->tick();
}

void DashboardPage::updateCounts()
{
    int overdue = 0, soon = 0;
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it) {
        const QPair<int, int> c = m_model->counts().value(it.key());
        overdue += c.first;
        soon += c.second;
        const QColor colour = c.first > 0 ? StatePalette::foreground(Tone::Alert)
                                          : (c.second > 0 ? StatePalette::foreground(Tone::Warning)
                                                          : palette().color(QPalette::WindowText));
        it.value()->setText(tr("<b>%1</b><br><span style=\"color:%2\">%3 overdue</span> · %4 due soon")
                                .arg(DeadlinePolicy::label(it.key()), colour.name())
                                .arg(c.first)
                                .arg(c.second));
    }
    StatePalette::showStatus(
        m_summary,
        tr("%1 overdue, %2 due soon. The list refreshes every 30 seconds; double-click an item to open "
           "the record (a complaint, a handover) or its client; Ctrl+E or the row's menu says why it is due then.")
            .arg(overdue)
            .arg(soon),
        false);
}

void DashboardPage::notifyOverdue(const QList<DeadlineItem> &items)
{
    QStringList lines;
    for (const DeadlineItem &i : items.mid(0, 5))
        lines << tr("%1: %2").arg(DeadlinePolicy::label(i.policy), i.clientName);
    const QString title = tr("%n item(s) just became overdue", nullptr, int(items.size()));
    m_summary->setToolTip(title + u'\n' + lines.join(u'\n'));
    if (m_notificationsHeld)
        return; // the dashboard shows them once someone signs in again
    if (m_tray)
        m_tray->showMessage(title, lines.join(u'\n'), QSystemTrayIcon::Warning, 10'000);
    emit notified(title, lines.join(u'\n'));
}

} // namespace estatedesk
