// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontDeskPage.h"

#include "ConsultationResponder.h"
#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/RotationRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/VisitRegistration.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

FrontDeskPage::FrontDeskPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    // Left: who is this?
    QVBoxLayout *left = buildSearch();
    layout->addLayout(left, 3);
    // Right: register the visit or call, and the after-hours queue.
    auto *right = new QVBoxLayout;
    right->addWidget(buildRegisterForm());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("frontDeskStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    right->addWidget(buildRotation(), 3);
    layout->addLayout(right, 2);
    // Below the search: the consultations awaiting a response, oldest first, answered from here.
    left->addWidget(new QLabel(
        tr("Awaiting a response (oldest first; calls and messages after hours are marked):"), this));
    m_queue = new QTableWidget(0, 5, this);
    m_queue->setObjectName(QStringLiteral("awaitingResponse"));
    m_queue->setHorizontalHeaderLabels(
        {tr("Received"), tr("Client"), tr("Channel"), tr("Consultant"), tr("Response")});
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    DeadlineCell::fitColumns(m_queue, {4});
    new DeadlineExplanation(m_queue, m_session, DeadlineCell::ItemRole); // why each response is due then
    left->addWidget(m_queue, 2);
    m_responder = new ConsultationResponder(m_session, this, this);
    m_responder->setObjectName(QStringLiteral("frontDeskResponder"));
    left->addWidget(m_responder);

    setKeyboardOrder();

    connect(m_search, &QLineEdit::textChanged, this, &FrontDeskPage::search);
    connect(m_register, &QPushButton::clicked, this, &FrontDeskPage::registerVisit);
    connect(m_phone, &QLineEdit::textEdited, this, [this](const QString &text) { identify(text, false); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearForm();
        m_status->clear();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_clear, &QPushButton::click);
    for (QComboBox *combo : findChildren<QComboBox *>())
        keepEscapeInList(combo);
    connect(m_queue, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = row >= 0 ? m_queue->item(row, 0) : nullptr;
        m_responder->setConsultation(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_queue, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit openClient(m_queue->item(row, 1)->data(Qt::UserRole).toLongLong()); });
    connect(m_responder, &ConsultationResponder::responded, this,
            [this](qint64, qint64 clientId, const QString &message) {
                m_status->setText(message);
                m_status->setStyleSheet(QString());
                refreshQueue();
                emit consultationAnswered(clientId);
            });
    connect(m_responder, &ConsultationResponder::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_status->setStyleSheet(QStringLiteral("color:%1").arg(StatePalette::foreground(Tone::Alert).name()));
        refreshQueue();
    });
    // The countdowns move every second; the list itself is read again every 30 seconds.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &FrontDeskPage::tickQueue);
    m_tick->start();
    auto *reload = new QTimer(this);
    reload->setInterval(30'000);
    connect(reload, &QTimer::timeout, this, [this] {
        if (m_session.db->serverReachable()) // while the office server is down, the queue stays as it was
            refreshQueue();
    });
    reload->start();
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FrontDeskPage::registerVisit);
    }
    connect(m_results, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit openClient(m_results->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    refreshQueue();
    refreshRotation();
}

QVBoxLayout *FrontDeskPage::buildSearch()
{
    auto *left = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("frontDeskSearch"));
    m_search->setPlaceholderText(tr("Phone digits, name or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_search->setFont(big);
    left->addWidget(m_search);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("newOrReturning"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    left->addWidget(m_banner);
    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Consultant"), tr("Last contact")});
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setFocusPolicy(Qt::NoFocus); // Tab goes from the search straight to the form
    left->addWidget(m_results, 1);
    return left;
}

QGroupBox *FrontDeskPage::buildRegisterForm()
{
    auto *form = new QGroupBox(tr("Register a visit or call"), this);
    auto *formLayout = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("frontDeskName"));
    m_phone = new QLineEdit(form);
    m_phone->setObjectName(QStringLiteral("frontDeskPhone"));
    m_gender = new QComboBox(form);
    m_gender->setObjectName(QStringLiteral("frontDeskGender"));
    m_gender->setMinimumContentsLength(6);
    m_gender->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gender->addItem(tr("(not given)"), QString());
    for (const Vocabulary::Entry &e : Vocabulary::genders())
        m_gender->addItem(e.label, e.key);
    m_occupation = new QLineEdit(form);
    m_occupation->setObjectName(QStringLiteral("frontDeskOccupation"));
    m_occupation->setPlaceholderText(tr("e.g. teacher"));
    m_channel = new QComboBox(form);
    m_channel->setObjectName(QStringLiteral("frontDeskChannel"));
    for (const Vocabulary::Entry &e : Vocabulary::sourceChannels())
        if (e.key != QLatin1String("other"))
            m_channel->addItem(e.label, e.key);
    auto *interestGrid = new QGridLayout;
    const QList<Vocabulary::Entry> interests = Vocabulary::interests();
    for (int i = 0; i < interests.size(); ++i) {
        auto *box = new QCheckBox(interests.at(i).label, form);
        box->setProperty("key", interests.at(i).key);
        m_interests << box;
        interestGrid->addWidget(box, i / 3, i % 3);
    }
    m_needs = new QLineEdit(form);
    m_needs->setObjectName(QStringLiteral("frontDeskNeeds"));
    m_needs->setPlaceholderText(tr("e.g. trading up, wants a larger three-bedroom flat"));
    m_budget = new QSpinBox(form);
    m_budget->setRange(0, 100000);
    m_budget->setSuffix(tr(" ten-thousand yuan"));
    m_budget->setSpecialValueText(tr("not given"));
    m_notes = new QLineEdit(form);
    formLayout->addRow(tr("Name:"), m_name);
    formLayout->addRow(tr("Phone:"), m_phone);
    formLayout->addRow(tr("Channel:"), m_channel);
    formLayout->addRow(tr("Interests:"), interestGrid);
    formLayout->addRow(tr("Needs:"), m_needs);
    formLayout->addRow(tr("Budget:"), m_budget);
    formLayout->addRow(tr("Notes:"), m_notes);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_gender);
    personRow->addWidget(new QLabel(tr("Occupation:"), form));
    personRow->addWidget(m_occupation, 1);
    formLayout->addRow(tr("Gender:"), personRow);
    m_register = new QPushButton(tr("Register (Ctrl+Enter)"), form);
    m_register->setDefault(true);
    m_register->setObjectName(QStringLiteral("registerVisitButton"));
    m_register->setEnabled(Permissions::allows(m_session.role, Action::RegisterConsultation));
    m_clear = new QPushButton(tr("Clear (Esc)"), form);
    m_clear->setObjectName(QStringLiteral("frontDeskClear"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register, 1);
    buttons->addWidget(m_clear);
    formLayout->addRow(QString(), buttons);
    return form;
}

// Today's walk-in rotation; supervisors reorder it.
QGroupBox *FrontDeskPage::buildRotation()
{
    auto *rotation = new QGroupBox(tr("Walk-in rotation today (轮排)"), this);
    auto *rotationLayout = new QVBoxLayout(rotation);
    m_next = new QLabel(rotation);
    m_next->setObjectName(QStringLiteral("rotationNext"));
    rotationLayout->addWidget(m_next);
    m_rotation = new QTableWidget(0, 3, rotation);
    m_rotation->setObjectName(QStringLiteral("rotationBoard"));
    m_rotation->setHorizontalHeaderLabels({tr("Consultant"), tr("Status"), tr("Received today")});
    m_rotation->verticalHeader()->setVisible(true);
    m_rotation->horizontalHeader()->setStretchLastSection(true);
    m_rotation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rotation->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rotation->setFocusPolicy(Qt::NoFocus);
    rotationLayout->addWidget(m_rotation);
    if (Permissions::allows(m_session.role, Action::EditPolicies)) {
        auto *moves = new QHBoxLayout;
        auto *up = new QPushButton(tr("Move up"), rotation);
        auto *down = new QPushButton(tr("Move down"), rotation);
        up->setObjectName(QStringLiteral("rotationUp"));
        down->setObjectName(QStringLiteral("rotationDown"));
        moves->addWidget(up);
        moves->addWidget(down);
        moves->addStretch(1);
        rotationLayout->addLayout(moves);
        connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
        connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    }
    return rotation;
}

void FrontDeskPage::setKeyboardOrder()
{
    // Keyboard: search → name → phone → channel → interests → needs → budget → notes → gender →
    // occupation → register.
    QWidget *order[] = {m_search, m_name, m_phone, m_channel};
    for (int i = 0; i + 1 < 4; ++i)
        setTabOrder(order[i], order[i + 1]);
    QWidget *previous = m_channel;
    for (QCheckBox *box : std::as_const(m_interests)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_needs);
    setTabOrder(m_needs, m_budget);
    setTabOrder(m_budget, m_notes);
    setTabOrder(m_notes, m_gender);
    setTabOrder(m_gender, m_occupation);
    setTabOrder(m_occupation, m_register);
}

void FrontDeskPage::refreshRotation()
{
    m_rotation->setRowCount(0);
    try {
        const QList<RotationRepository::Place> places = RotationRepository(m_session).board();
        m_rotation->setRowCount(int(places.size()));
        QString next;
        for (int i = 0; i < places.size(); ++i) {
            const RotationRepository::Place &p = places.at(i);
            auto *name = new QTableWidgetItem(p.name);
            name->setData(Qt::UserRole, p.staffId);
            m_rotation->setItem(i, 0, name);
            auto *status = new QComboBox(m_rotation);
            status->setFocusPolicy(Qt::NoFocus);
            for (const QString &key : RotationRepository::statuses())
                status->addItem(RotationRepository::statusLabel(key), key);
            status->setCurrentIndex(status->findData(p.status));
            const qint64 staffId = p.staffId;
            connect(status, &QComboBox::activated, this, [this, status, staffId] {
                setRotationStatus(staffId, status->currentData().toString());
            });
            keepEscapeInList(status);
            m_rotation->setCellWidget(i, 1, status);
            m_rotation->setItem(i, 2, new QTableWidgetItem(QString::number(p.receptions)));
            if (next.isEmpty() && p.status == Vocabulary::RotationStatus::Available)
                next = p.name;
        }
        m_next->setText(next.isEmpty() ? tr("Next new walk-in: nobody is available")
                                       : tr("Next new walk-in: %1").arg(next));
    } catch (const Error &e) {
        m_next->setText(e.message());
    }
}

bool FrontDeskPage::setRotationStatus(qint64 staffId, const QString &status)
{
    try {
        RotationRepository(m_session).setStatus(staffId, status);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    refreshRotation();
    return true;
}

bool FrontDeskPage::moveSelected(int delta)
{
    const int row = m_rotation->currentRow();
    if (row < 0)
        return false;
    try {
        RotationRepository(m_session).moveTo(m_rotation->item(row, 0)->data(Qt::UserRole).toLongLong(),
                                             row + 1 + delta);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    refreshRotation();
    m_rotation->selectRow(std::clamp(row + delta, 0, m_rotation->rowCount() - 1));
    return true;
}

void FrontDeskPage::search(const QString &text)
{
    m_results->setRowCount(0);
    if (text.trimmed().isEmpty()) {
        identify(text, true);
        return;
    }
    try {
        const QList<ClientRow> rows = ClientRepository(m_session).find(text, 8);
        m_results->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const ClientRow &r = rows.at(i);
            auto *name = new QTableWidgetItem(r.name);
            name->setData(Qt::UserRole, r.id);
            m_results->setItem(i, 0, name);
            m_results->setItem(i, 1, new QTableWidgetItem(Phone::display(r.phone)));
            m_results->setItem(i, 2, new QTableWidgetItem(r.consultantName));
            m_results->setItem(
                i, 3,
                new QTableWidgetItem(r.lastServiceAt ? OfficeTime::formatDate(r.lastServiceAt) : QString()));
        }
        identify(text, true);
    } catch (const Error &e) {
        showVerdict(Verdict::Error, e.message());
    }
}

void FrontDeskPage::showVerdict(Verdict verdict, const QString &text)
{
    static const char *const kNames[] = {"", "new", "returning", "error"};
    m_banner->setProperty("verdict", QString::fromLatin1(kNames[int(verdict)]));
    m_banner->setText(text);
    if (verdict == Verdict::New || verdict == Verdict::Returning) {
        const Tone tone = verdict == Verdict::Returning ? Tone::Good : Tone::Warning;
        m_banner->setStyleSheet(
            QStringLiteral("background:%1;color:%2")
                .arg(StatePalette::background(tone).name(), StatePalette::foreground(tone).name()));
    } else {
        m_banner->setStyleSheet(QString());
    }
}

void FrontDeskPage::identify(const QString &text, bool fromSearch)
{
    showVerdict(Verdict::None, QString());
    try {
        const QString e164 = Phone::tryNormalize(text);
        const Client known = e164.isEmpty() ? Client() : ClientRepository(m_session).findByPhone(e164);
        if (m_filledFrom != 0 && known.id != m_filledFrom) {
            // What the form shows of the previous returning client does not belong to this number.
            m_name->clear();
            m_gender->setCurrentIndex(0);
            m_occupation->clear();
            if (fromSearch)
                m_phone->clear();
            m_filledFrom = 0;
        }
        if (e164.isEmpty())
            return;
        if (known.id != 0) {
            const QString consultant =
                known.consultantId ? StaffRepository(m_session).get(known.consultantId).name : tr("none");
            const QList<ServiceRecord> last = ServiceRecordRepository(m_session).forClient(known.id, 1);
            showVerdict(Verdict::Returning,
                        tr("Returning client: %1 (No. %2), consultant %3, last contact %4")
                            .arg(known.name)
                            .arg(known.id)
                            .arg(consultant,
                                 last.isEmpty() ? tr("none") : OfficeTime::formatDate(last.constFirst().at)));
            m_name->setText(known.name);
            m_gender->setCurrentIndex(std::max(0, m_gender->findData(known.gender)));
            m_occupation->setText(known.occupation);
            m_filledFrom = known.id;
        } else {
            showVerdict(Verdict::New, tr("New client: this number is not registered yet."));
        }
        if (fromSearch)
            m_phone->setText(text.trimmed());
    } catch (const Error &e) {
        showVerdict(Verdict::Error, e.message());
    }
}

bool FrontDeskPage::registerVisit()
{
    VisitForm form;
    form.name = m_name->text();
    // Digits typed into the search box that are no whole number (a digit short, a typo) were
    // meant as the visitor's number: checked as the phone, so that the message names them instead
    // of saying the number is empty.
    static const QRegularExpression typedDigits(QStringLiteral("^[+0-9 ()\\-]*[0-9][+0-9 ()\\-]*$"));
    if (m_phone->text().trimmed().isEmpty() && typedDigits.match(m_search->text().trimmed()).hasMatch())
        m_phone->setText(m_search->text().trimmed());
    form.phone = m_phone->text();
    form.gender = m_gender->currentData().toString();
    form.occupation = m_occupation->text().trimmed();
    form.channel = m_channel->currentData().toString();
    for (QCheckBox *box : std::as_const(m_interests))
        if (box->isChecked())
            form.interests << box->property("key").toString();
    form.needs = m_needs->text();
    form.budgetFen = m_budget->value() > 0 ? qint64(m_budget->value()) * 10000 * 100 : -1;
    form.notes = m_notes->text();
    const QString red = StatePalette::foreground(Tone::Alert).name();
    try {
        const VisitResult r = VisitRegistration(m_session).registerVisit(form);
        const QString who = ClientRepository(m_session).get(r.clientId).name;
        QString text =
            r.afterHours
                ? tr("Registered %1 outside office hours: in the after-hours queue, to be answered by %2.")
                      .arg(who, OfficeTime::formatDateTime(r.responseDue))
                : tr("Registered %1: a consultant must respond by %2.")
                      .arg(who, OfficeTime::formatDateTime(r.responseDue));
        if (!r.assignedTo.isEmpty())
            text +=
                QLatin1Char(' ') + (r.assignedReturning ? tr("Back to their consultant %1.").arg(r.assignedTo)
                                                        : tr("Next in the rotation: %1.").arg(r.assignedTo));
        else if (!r.notAssignedReason.isEmpty())
            text += QLatin1Char(' ') + r.notAssignedReason;
        m_status->setText(text);
        m_status->setStyleSheet(QString());
        clearForm();
        refreshQueue();
        refreshRotation();
        emit registered(r.clientId);
        return true;
    } catch (const ValidationError &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(QStringLiteral("color:%1").arg(red));
        if (e.field() == QLatin1String("name"))
            m_name->setFocus();
        else if (e.field() == QLatin1String("phone"))
            m_phone->setFocus();
        return false;
    } catch (const Error &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(QStringLiteral("color:%1").arg(red));
        return false;
    }
}

void FrontDeskPage::keepEscapeInList(QComboBox *combo)
{
    combo->view()->installEventFilter(this); // after the list's own filter, so it runs before it
}

bool FrontDeskPage::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in an open drop-down list is the list's. Qt matches the page's Esc = Clear through the
    // list (a pop-up of one of the page's widgets), and Qt 6.4's list closes on the key's shortcut
    // check without claiming the key, so Clear fired as well and emptied the form. Claimed here,
    // the list still closes itself (its own filter runs next) and the shortcut does not fire.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel))
        if (const auto *list = qobject_cast<QWidget *>(watched); list && list->isVisible())
            event->accept();
    return QWidget::eventFilter(watched, event);
}

void FrontDeskPage::clearForm()
{
    for (QLineEdit *edit : {m_name, m_phone, m_occupation, m_needs, m_notes, m_search})
        edit->clear();
    m_filledFrom = 0;
    m_gender->setCurrentIndex(0);
    m_results->setRowCount(0);
    showVerdict(Verdict::None, QString());
    for (QCheckBox *box : std::as_const(m_interests))
        box->setChecked(false);
    m_budget->setValue(0);
    m_channel->setCurrentIndex(0);
    m_search->setFocus();
}

void FrontDeskPage::refreshQueue()
{
    const QTableWidgetItem *current =
        m_queue->currentRow() >= 0 ? m_queue->item(m_queue->currentRow(), 0) : nullptr;
    const qint64 selected = current ? current->data(Qt::UserRole).toLongLong() : 0;
    m_queue->setRowCount(0);
    try {
        const QList<ConsultationRepository::Row> rows = ConsultationRepository(m_session).list(true);
        const qint64 now = m_session.clock->nowMs();
        m_queue->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const ConsultationRepository::Row &r = rows.at(i);
            auto *received = new QTableWidgetItem(
                r.afterHours ? tr("%1 (after hours)").arg(OfficeTime::formatDateTime(r.receivedAt))
                             : OfficeTime::formatDateTime(r.receivedAt));
            received->setData(Qt::UserRole, r.id);
            m_queue->setItem(i, 0, received);
            auto *client = new QTableWidgetItem(r.clientName);
            client->setData(Qt::UserRole, r.clientId);
            m_queue->setItem(i, 1, client);
            m_queue->setItem(
                i, 2, new QTableWidgetItem(Vocabulary::label(Vocabulary::sourceChannels(), r.channel)));
            m_queue->setItem(i, 3, new QTableWidgetItem(r.staffName));
            auto *due = new QTableWidgetItem;
            DeadlineCell::show(due, r.deadline.id ? &r.deadline : nullptr, now);
            m_queue->setItem(i, 4, due);
            if (r.id == selected)
                m_queue->setCurrentCell(i, 0);
        }
        m_queue->resizeColumnToContents(0);
        if (m_queue->currentRow() < 0)
            m_responder->setConsultation(0);
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
}

void FrontDeskPage::tickQueue()
{
    const qint64 now = m_session.clock->nowMs();
    for (int row = 0; row < m_queue->rowCount(); ++row)
        DeadlineCell::tick(m_queue->item(row, 4), now);
}

void FrontDeskPage::recheckNewNumber()
{
    if (m_banner->property("verdict").toString() == QLatin1String("new"))
        identify(m_phone->text(), false);
}

} // namespace estatedesk
