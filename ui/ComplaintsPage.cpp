// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintsPage.h"
#include "ReadingLabel.h"

#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Permissions.h"
#include "services/ComplaintsBoard.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

QString channelLabel(const QString &key)
{
    if (key == QLatin1String("defect"))
        return ComplaintsPage::tr("Handover defect");
    return Vocabulary::label(Vocabulary::sourceChannels(), key);
}

} // namespace

ComplaintsPage::ComplaintsPage(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_tick(new QTimer(this)), m_refresh(new QTimer(this)),
      m_reader(reader)
{
    m_act.selectedId = [this] { return selectedId(); };
    m_act.selectFirst = tr("Select a complaint first.");
    m_act.say = [this](const QString &text, bool error) { say(text, error); };
    m_act.reload = [this](qint64 id) { reloadSelecting(id); };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildIntake());
    layout->addLayout(buildScopeBar());
    auto *split = new QSplitter(Qt::Vertical, this);
    buildBoard(split);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buildHistory(bottom), 3);
    bottomLayout->addWidget(buildSteps(bottom), 2);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ComplaintsPage::tick);
    m_tick->start();
    m_refresh->setInterval(30'000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_session.db->serverReachable()) // while the office server is down, the board stays as it was
            reload();
    });
    m_refresh->start();
    reload();
}

// Intake: one line, keyboard only (the phone first, Enter records).
QGroupBox *ComplaintsPage::buildIntake()
{
    auto *intakeBox = new QGroupBox(tr("New complaint"), this);
    auto *intakeRow = new QHBoxLayout(intakeBox);
    m_phone = new QLineEdit(intakeBox);
    m_phone->setObjectName(QStringLiteral("complaintPhone"));
    m_phone->setPlaceholderText(tr("the client's phone"));
    m_severity = new QComboBox(intakeBox);
    m_severity->setObjectName(QStringLiteral("complaintSeverity"));
    for (const Vocabulary::Entry &e : Vocabulary::complaintSeverities())
        m_severity->addItem(e.label, e.key);
    m_channel = new QComboBox(intakeBox);
    m_channel->setObjectName(QStringLiteral("complaintChannel"));
    for (const Vocabulary::Entry &e : Vocabulary::sourceChannels())
        m_channel->addItem(e.label, e.key);
    m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone")));
    m_category = new QLineEdit(intakeBox);
    m_category->setObjectName(QStringLiteral("complaintCategory"));
    m_category->setPlaceholderText(tr("category, e.g. quality, service"));
    m_description = new QLineEdit(intakeBox);
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    m_description->setPlaceholderText(tr("what the client says"));
    auto *record = new QPushButton(tr("Record complaint"), intakeBox);
    record->setObjectName(QStringLiteral("recordComplaintButton"));
    intakeBox->setEnabled(Permissions::allows(m_session.role, Action::AddComplaint));
    intakeRow->addWidget(new QLabel(tr("Phone:"), intakeBox));
    intakeRow->addWidget(m_phone, 1);
    intakeRow->addWidget(m_severity);
    intakeRow->addWidget(m_channel);
    intakeRow->addWidget(m_category, 1);
    intakeRow->addWidget(m_description, 3);
    intakeRow->addWidget(record);
    connect(record, &QPushButton::clicked, this, [this] { intake(m_phone->text()); });
    connect(m_description, &QLineEdit::returnPressed, this, [this] { intake(m_phone->text()); });
    connect(m_phone, &QLineEdit::returnPressed, this, [this] { intake(m_phone->text()); }); // as the button

    return intakeBox;
}

QLayout *ComplaintsPage::buildScopeBar()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("complaintsScope"));
    m_scope->addItem(tr("Open complaints"), QStringLiteral("open"));
    m_scope->addItem(tr("Escalated"), QStringLiteral("escalated"));
    m_scope->addItem(tr("All complaints"), QStringLiteral("all"));
    top->addWidget(m_scope);
    m_summary = new QLabel(this);
    top->addWidget(m_summary, 1);
    m_reading = new ReadingLabel(QStringLiteral("complaintsReading"), this);
    top->addWidget(m_reading);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshComplaints"));
    top->addWidget(refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ComplaintsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &ComplaintsPage::reload);

    return top;
}

// The board of complaints with their deadlines, a view over the lines read (one model reset for
// hundreds of complaints, not an item per cell); a double click opens the client.
void ComplaintsPage::buildBoard(QWidget *parent)
{
    m_lines = new LineTableModel({tr("No."), tr("Client"), tr("Severity"), tr("Status"), tr("Received"),
                                  tr("First response"), tr("Solution"), tr("On site"), tr("Return visit"),
                                  tr("Handler"), tr("Escalated")},
                                 this);
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("complaintsBoard"));
    m_table->setModel(m_lines);
    new DeadlineExplanation(m_table, m_session, DeadlineCell::ItemRole); // why each deadline is due then
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns are fitted to their widest text by fitColumns(); a double click on a header's edge
    // fits that column to the widest of 100 lines, not of up to 1 000 (Qt's default).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComplaintsPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_rows.size())
            emit openClient(m_rows.at(index.row()).clientId);
    });
}

// The selected complaint's facts and history.
QLayout *ComplaintsPage::buildHistory(QWidget *parent)
{
    auto *historyBox = new QVBoxLayout;
    m_detail = new QLabel(parent);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyBox->addWidget(m_detail);
    m_history = new QListWidget(parent);
    m_history->setObjectName(QStringLiteral("complaintHistory"));
    historyBox->addWidget(m_history, 1);
    return historyBox;
}

// The next step of the selected complaint: a note, the return visit's score, a button per step.
QGroupBox *ComplaintsPage::buildSteps(QWidget *parent)
{
    auto *steps = new QGroupBox(tr("Next step"), parent);
    auto *stepsLayout = new QVBoxLayout(steps);
    m_note = new QLineEdit(steps);
    m_note->setObjectName(QStringLiteral("complaintNote"));
    m_note->setPlaceholderText(tr("note: what was said or done"));
    stepsLayout->addWidget(m_note);
    auto *visitRow = new QHBoxLayout;
    visitRow->addWidget(new QLabel(tr("Return visit: satisfaction"), steps));
    m_satisfaction = new QSpinBox(steps);
    m_satisfaction->setObjectName(QStringLiteral("complaintSatisfaction"));
    m_satisfaction->setRange(1, 5);
    m_satisfaction->setValue(5);
    m_satisfaction->setSuffix(tr(" / 5"));
    visitRow->addWidget(m_satisfaction);
    m_satisfied = new QCheckBox(tr("Client satisfied"), steps);
    m_satisfied->setObjectName(QStringLiteral("complaintSatisfied"));
    m_satisfied->setChecked(true);
    visitRow->addWidget(m_satisfied);
    visitRow->addStretch(1);
    stepsLayout->addLayout(visitRow);
    auto *grid = new QGridLayout;
    const QList<QPair<QString, QString>> buttons = {
        {Vocabulary::ComplaintStatus::FirstResponse, tr("First response")},
        {Vocabulary::ComplaintStatus::SolutionProposed, tr("Propose solution")},
        {QStringLiteral("onsite"), tr("Arrived on site")},
        {QStringLiteral("waiting"), tr("Wait for client")},
        {QStringLiteral("resumed"), tr("Client replied")},
        {Vocabulary::ComplaintStatus::Resolved, tr("Resolved")},
        {Vocabulary::ComplaintStatus::ReturnVisit, tr("Record return visit")},
        {Vocabulary::ComplaintStatus::Closed, tr("Close")},
        {QStringLiteral("reopened"), tr("Reopen")},
    };
    for (int i = 0; i < buttons.size(); ++i) {
        auto *b = new QPushButton(buttons.at(i).second, steps);
        b->setObjectName(QStringLiteral("step-") + buttons.at(i).first);
        const QString step = buttons.at(i).first;
        connect(b, &QPushButton::clicked, this, [this, step] { act(step); });
        b->setEnabled(false); // until a complaint is selected (the board may not be read yet)
        m_stepButtons.insert(step, b);
        grid->addWidget(b, i / 3, i % 3);
    }
    stepsLayout->addLayout(grid);
    m_status = new QLabel(steps);
    m_status->setObjectName(QStringLiteral("complaintsMessage"));
    m_status->setWordWrap(true);
    stepsLayout->addWidget(m_status);
    stepsLayout->addStretch(1);
    return steps;
}

void ComplaintsPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void ComplaintsPage::reload()
{
    const QString scopeKey = m_scope->currentData().toString();
    const ComplaintsBoard::Scope scope = scopeKey == QLatin1String("all") ? ComplaintsBoard::Scope::All
                                         : scopeKey == QLatin1String("escalated")
                                             ? ComplaintsBoard::Scope::Escalated
                                             : ComplaintsBoard::Scope::Open;
    const int generation = ++m_readGeneration; // a read still under way is older: it is dropped
    if (!m_reader) {
        try {
            // The office rule: a late complaint goes to the supervisors, then the board is read.
            ComplaintRepository(m_session).escalateOverdue();
            const ComplaintsBoard board = ComplaintsBoard::read(m_session, scope);
            showBoard(linesOf(board, m_session.clock->nowMs(), m_table->font()));
        } catch (const Error &e) {
            readFailed(e.message());
        }
        return;
    }
    m_reading->show();
    const Session session = m_session;
    const qint64 now = m_session.clock->nowMs();
    const QFont font = m_table->font(); // the lines' widths are measured with the read
    // The escalation writes on the reader's thread (its own connection), never on this one; the
    // board is read there after it, so it shows what the escalation changed, and written out there.
    m_reader->readLatest<Lines>(
        this, m_readGeneration, generation,
        [=] {
            ComplaintRepository(session).escalateOverdue();
            return linesOf(ComplaintsBoard::read(session, scope), now, font);
        },
        [this](const Lines &board) { showBoard(board); },
        [this](const QString &message) {
            m_reading->hide();
            readFailed(message);
        });
}

void ComplaintsPage::readFailed(const QString &message)
{
    m_readFailed = true;
    say(message, true);
}

void ComplaintsPage::reloadSelecting(qint64 complaintId)
{
    m_wanted = complaintId;
    m_widenForWanted = false;
    reload();
}

void ComplaintsPage::showComplaint(qint64 complaintId)
{
    m_widenForWanted = true;
    m_wanted = complaintId;
    if (m_reading->isHidden() && selectComplaint(complaintId)) {
        m_wanted = 0;
        return;
    }
    if (m_reading->isHidden()) // shown, and not among them: read the board again
        reload();
}

void ComplaintsPage::showBoard(const Lines &board)
{
    m_reading->hide();
    if (m_readFailed) // the board is read again: its failure is over (a reconnected server)
        say(QString());
    m_readFailed = false;
    const qint64 keep = m_wanted ? m_wanted : selectedId();
    m_rows = board.complaints;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_lines->setLines(board.lines);
        fitColumns(board.widest);
        m_summary->setText(tr("%n complaint(s) shown", nullptr, int(m_rows.size())) + QStringLiteral(" · ") +
                           tr("%n with an overdue deadline", nullptr, board.late));
    }
    const bool found = selectComplaint(keep);
    if (!found)
        showSelected();
    const bool widen =
        !found && m_wanted && m_widenForWanted && m_scope->currentData().toString() != QLatin1String("all");
    if (!widen)
        m_wanted = 0;
    emit reloaded();
    if (widen) // the complaint asked for is not among these: every complaint (reads again)
        m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("all")));
}

// Each column as wide as its header and its widest text, the one found with the read, measured by
// the view's delegate like every cell: no text is cut off with "…" (the lines past the first 100
// too), and the GUI thread measures one cell a column instead of 100 lines (resizeColumnsToContents
// with setResizeContentsPrecision(100): 7 ms for the board's 500 lines on a slow machine).
void ComplaintsPage::fitColumns(const QList<int> &widestRows)
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int grid = m_table->showGrid() ? 1 : 0;
    // The item views measure Chinese text a little narrower than it is drawn (with the Noto CJK
    // fallback the last character of "已初步响应 · 等待客户回复" was cut off at any window width):
    // the text columns get one character more.
    const int slack = m_table->fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (int column = 0; column < ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        if (const int row = widestRows.value(column, -1); row >= 0)
            width = std::max(width, m_table->sizeHintForIndex(m_lines->index(row, column)).width() + grid);
        if (column == ClientColumn || column == SeverityColumn || column == StatusColumn ||
            column == HandlerColumn)
            width += slack;
        m_table->setColumnWidth(column, width);
    }
    DeadlineCell::fitColumns(m_table, {FirstResponseColumn, SolutionColumn, OnSiteColumn, ReturnVisitColumn});
}

ComplaintsPage::Lines ComplaintsPage::linesOf(const ComplaintsBoard &board, qint64 nowMs, const QFont &font)
{
    Lines out;
    out.complaints = board.complaints;
    out.lines.reserve(board.complaints.size());
    for (const Complaint &c : board.complaints) {
        bool overdue = false;
        out.lines << lineOf(c, board, nowMs, &overdue);
        out.late += overdue ? 1 : 0;
    }
    // Each column's widest text in the view's font, each text measured once.
    const QFontMetrics fm(font);
    for (int column = 0; column < ColumnCount; ++column) {
        QSet<QString> measured;
        int widest = -1, widestRow = -1;
        for (int row = 0; row < out.lines.size(); ++row) {
            const QString &text = out.lines.at(row).cells.at(column);
            if (measured.contains(text))
                continue;
            measured.insert(text);
            if (const int width = fm.horizontalAdvance(text); width > widest) {
                widest = width;
                widestRow = row;
            }
        }
        out.widest << widestRow;
    }
    return out;
}

LineTableModel::Line ComplaintsPage::lineOf(const Complaint &c, const ComplaintsBoard &board, qint64 now,
                                            bool *overdue)
{
    LineTableModel::Line line;
    line.id = c.id;
    line.tone = std::nullopt; // only the deadlines, the severity and the escalation are coloured
    QString status = Vocabulary::label(Vocabulary::complaintStatuses(), c.status);
    if (c.waitingSince > 0)
        status += tr(" · waiting for the client");
    if (c.reopened > 0)
        status += tr(" · reopened");
    line.cells = {QString::number(c.id),
                  board.clientNames.value(c.clientId),
                  Vocabulary::label(Vocabulary::complaintSeverities(), c.severity),
                  status,
                  OfficeTime::formatDateTime(c.receivedAt),
                  {},
                  {},
                  {},
                  {},
                  board.staffNames.value(c.staffId),
                  c.escalatedAt > 0 ? OfficeTime::formatDateTime(c.escalatedAt) : QString()};
    if (c.severity != Vocabulary::ComplaintSeverity::Normal)
        line.setValue(SeverityColumn, Qt::ForegroundRole, StatePalette::foreground(Tone::Alert));
    const auto byPolicy = board.deadlines.value(c.id);
    const QList<QPair<int, QString>> cells = {
        {FirstResponseColumn, QStringLiteral("complaint-first-response")},
        {SolutionColumn, QStringLiteral("complaint-solution")},
        {OnSiteColumn, QStringLiteral("emergency-onsite")},
        {ReturnVisitColumn, QStringLiteral("return-visit")}};
    *overdue = false;
    for (const auto &cell : cells) {
        const auto it = byPolicy.constFind(cell.second);
        DeadlineCell::show(line, cell.first, it == byPolicy.constEnd() ? nullptr : &*it, now);
        *overdue = *overdue || (it != byPolicy.constEnd() && it->stateAt(now) == DeadlineState::Overdue);
    }
    if (c.escalatedAt > 0) {
        line.setValue(EscalatedColumn, Qt::BackgroundRole, StatePalette::background(Tone::Alert));
        line.setValue(EscalatedColumn, Qt::ForegroundRole, StatePalette::foreground(Tone::Alert));
    }
    return line;
}

void ComplaintsPage::tick()
{
    const qint64 now = m_session.clock->nowMs();
    m_lines->updateLines([now](LineTableModel::Line &line) {
        for (int column : {FirstResponseColumn, SolutionColumn, OnSiteColumn, ReturnVisitColumn})
            DeadlineCell::tick(line, column, now);
    });
}

bool ComplaintsPage::selectComplaint(qint64 id)
{
    const int row = m_lines->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_lines->index(row, NumberColumn));
    showSelected();
    return true;
}

qint64 ComplaintsPage::selectedId() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? 0 : m_lines->idAt(selected.constFirst().row());
}

void ComplaintsPage::showSelected()
{
    const qint64 id = selectedId();
    if (id != m_shownComplaint) { // another complaint: nothing typed or scored for the last one carries over
        m_shownComplaint = id;
        m_note->clear();
        clearReturnVisit();
    }
    m_history->clear();
    const int row = m_lines->rowOf(id);
    if (row < 0) {
        m_detail->setText(tr("Select a complaint to see its history and take the next step."));
        for (QPushButton *b : std::as_const(m_stepButtons))
            b->setEnabled(false);
        return;
    }
    const Complaint &c = m_rows.at(row);
    QString detail =
        tr("<b>Complaint No. %1</b> — %2, %3, via %4<br/>%5")
            .arg(c.id)
            .arg(Vocabulary::label(Vocabulary::complaintSeverities(), c.severity).toHtmlEscaped(),
                 c.category.toHtmlEscaped(), channelLabel(c.channel).toHtmlEscaped(),
                 c.description.toHtmlEscaped());
    try {
        if (c.unitId > 0)
            detail +=
                QStringLiteral("<br/>") +
                tr("About the home %1").arg(UnitRepository(m_session).get(c.unitId).label()).toHtmlEscaped();
        ComplaintRepository repo(m_session);
        for (const ComplaintEvent &e : repo.events(id)) {
            QString line = QStringLiteral("%1  %2").arg(OfficeTime::formatDateTime(e.at),
                                                        ComplaintRepository::stepLabel(e.kind));
            if (!e.staffName.isEmpty())
                line += QStringLiteral("  (%1)").arg(e.staffName);
            if (!e.note.isEmpty())
                line += QStringLiteral("：") + e.note;
            m_history->addItem(line);
        }
    } catch (const Error &e) {
        say(e.message(), true);
    }
    m_detail->setText(detail);
    const bool mayHandle = Permissions::allows(m_session.role, Action::HandleComplaint);
    for (auto it = m_stepButtons.constBegin(); it != m_stepButtons.constEnd(); ++it) {
        bool enabled = mayHandle && ComplaintRepository::allows(c.status, it.key());
        if (it.key() == QLatin1String("onsite"))
            enabled = enabled && c.severity == Vocabulary::ComplaintSeverity::Emergency && c.onsiteAt == 0;
        if (it.key() == QLatin1String("waiting"))
            enabled = enabled && c.waitingSince == 0;
        if (it.key() == QLatin1String("resumed"))
            enabled = enabled && c.waitingSince > 0;
        it.value()->setEnabled(enabled);
    }
}

// The next complaint starts at the defaults: no phone or text, a normal one received by phone.
void ComplaintsPage::clearIntake()
{
    m_phone->clear();
    m_severity->setCurrentIndex(m_severity->findData(QString(Vocabulary::ComplaintSeverity::Normal)));
    m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone")));
    m_category->clear();
    m_description->clear();
}

// The next return visit starts at the defaults, as on the return-visits page: 5 / 5, satisfied.
void ComplaintsPage::clearReturnVisit()
{
    m_satisfaction->setValue(5);
    m_satisfied->setChecked(true);
}

bool ComplaintsPage::intake(const QString &clientPhone)
{
    try {
        // What is no phone number ("139") is said so, naming the phone, as at the front desk.
        const Client client = ClientRepository(m_session).findByPhone(Phone::normalize(clientPhone));
        if (client.id == 0)
            throw ValidationError(
                QStringLiteral("client"),
                tr("Client: no client has the phone \"%1\"; register them at the front desk first")
                    .arg(clientPhone));
        Complaint c;
        c.clientId = client.id;
        c.staffId = m_session.actorId;
        c.severity = m_severity->currentData().toString();
        c.channel = m_channel->currentData().toString();
        c.category = m_category->text();
        c.description = m_description->text();
        c.receivedAt = m_session.clock->nowMs();
        ComplaintRepository(m_session).add(c);
        say(tr("Complaint No. %1 of %2 recorded; the first response is due within the deadline shown.")
                .arg(c.id)
                .arg(client.name),
            false);
        clearIntake();
        const QSignalBlocker block(m_scope); // read once, below
        m_scope->setCurrentIndex(0);
        reloadSelecting(c.id);
        return true;
    } catch (const ValidationError &e) {
        say(e.message(), true);
        if (e.field() == QLatin1String("phone"))
            m_phone->setFocus();
        return false;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool ComplaintsPage::act(const QString &step)
{
    return m_act.run([&](qint64 id) {
        const QString note = m_note->text();
        ComplaintRepository repo(m_session);
        if (step == Vocabulary::ComplaintStatus::FirstResponse)
            repo.respond(id, note);
        else if (step == Vocabulary::ComplaintStatus::SolutionProposed)
            repo.proposeSolution(id, note);
        else if (step == QLatin1String("onsite"))
            repo.recordOnSite(id, m_session.clock->nowMs(), note);
        else if (step == QLatin1String("waiting"))
            repo.waitForClient(id, note);
        else if (step == QLatin1String("resumed"))
            repo.resumeFromClient(id, note);
        else if (step == Vocabulary::ComplaintStatus::Resolved)
            repo.resolve(id, note);
        else if (step == Vocabulary::ComplaintStatus::ReturnVisit) {
            ReturnVisit v;
            v.channel = QStringLiteral("phone");
            v.satisfaction = m_satisfaction->value();
            v.satisfied = m_satisfied->isChecked();
            v.outcome = note;
            repo.recordReturnVisit(id, v);
            clearReturnVisit();
        } else if (step == Vocabulary::ComplaintStatus::Closed)
            repo.close(id, note);
        else if (step == QLatin1String("reopened"))
            repo.reopen(id, note);
        else
            throw ValidationError(QStringLiteral("step"),
                                  tr("Step: \"%1\" is not a step of a complaint").arg(step));
        m_note->clear();
        return tr("Complaint No. %1: %2 recorded.").arg(id).arg(ComplaintRepository::stepLabel(step));
    });
}

} // namespace estatedesk
