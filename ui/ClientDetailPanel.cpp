// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDetailPanel.h"

#include "ClientEditDialog.h"
#include "ConsultationResponder.h"
#include "DateTimeTyping.h"
#include "DeadlineCell.h"
#include "RecordTable.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ServiceRecordRepository.h"

#include "MessageBox.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace estatedesk {

ClientDetailPanel::ClientDetailPanel(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_recordModel(new ServiceRecordModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildTitleRow());
    layout->addLayout(buildFacts());
    // A consultation of this client still awaiting its response: answered from here too.
    m_awaiting = new QLabel(this);
    m_awaiting->setObjectName(QStringLiteral("awaitingResponse"));
    m_awaiting->setWordWrap(true);
    m_awaiting->hide();
    layout->addWidget(m_awaiting);
    m_responder = new ConsultationResponder(m_session, this, this);
    m_responder->setObjectName(QStringLiteral("panelResponder"));
    layout->addWidget(m_responder);
    connect(m_responder, &ConsultationResponder::failed, this, &ClientDetailPanel::failed);
    connect(m_responder, &ConsultationResponder::responded, this,
            [this](qint64, qint64 clientId, const QString &message) {
                m_recordModel->setClient(m_clientId);
                reloadAwaiting();
                m_awaiting->setText(message);
                m_awaiting->show();
                emit consultationAnswered(clientId);
            });

    buildActRow(layout);
    buildFollowUps(layout);
    buildRecords(layout);
}

// The client's name and the edit button.
QLayout *ClientDetailPanel::buildTitleRow()
{
    m_title = new QLabel(tr("Select a client on the left"), this);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    m_edit = new QPushButton(tr("Edit client..."), this);
    m_edit->setObjectName(QStringLiteral("editClientButton"));
    m_edit->setEnabled(false);
    m_edit->setVisible(Permissions::allows(m_session.role, Action::EditClient));
    connect(m_edit, &QPushButton::clicked, this, &ClientDetailPanel::editClient);
    titleRow->addWidget(m_edit);
    return titleRow;
}

// The client's other numbers on one line: "139 8765 4321 (work), 136 5555 6666" (masked as given).
static QString otherPhonesText(const QList<OtherPhone> &phones)
{
    QStringList shown;
    for (const OtherPhone &p : phones) {
        const QString number = p.phone.contains(u'*') ? p.phone : Phone::display(p.phone);
        shown << (p.label.isEmpty() ? number : ClientDetailPanel::tr("%1 (%2)").arg(number, p.label));
    }
    return shown.join(ClientDetailPanel::tr(", "));
}

// The client's facts, the phone masked until shown.
QLayout *ClientDetailPanel::buildFacts()
{
    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_phone = new QLabel(this);
    m_phone->setObjectName(QStringLiteral("clientPhone"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal = new QPushButton(tr("Show the full number"), this);
    m_reveal->setObjectName(QStringLiteral("revealPhoneButton"));
    m_reveal->setToolTip(tr("Shows the number once; the look is recorded in the audit log."));
    m_reveal->hide();
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_reveal);
    form->addRow(tr("Phone:"), phoneRow);
    connect(m_reveal, &QPushButton::clicked, this, &ClientDetailPanel::revealPhone);
    m_otherPhones = addRow(tr("Other phones:"));
    m_otherPhones->setObjectName(QStringLiteral("clientOtherPhones"));
    m_gender = addRow(tr("Gender:"));
    m_occupation = addRow(tr("Occupation:"));
    m_source = addRow(tr("Source:"));
    m_interests = addRow(tr("Interests:"));
    m_consultant = addRow(tr("Consultant:"));
    m_created = addRow(tr("First contact:"));
    m_notes = addRow(tr("Notes:"));
    return form;
}

void ClientDetailPanel::buildActRow(QVBoxLayout *layout)
{
    // Any act logged by hand (seed 三.(三)1): what kind, what was said or done, and the result.
    auto *actRow = new QHBoxLayout;
    m_actKind = new QComboBox(this);
    m_actKind->setObjectName(QStringLiteral("actKind"));
    for (const Vocabulary::Entry &e : Vocabulary::manualServiceKinds())
        m_actKind->addItem(e.label, e.key);
    m_actContent = new QLineEdit(this);
    m_actContent->setObjectName(QStringLiteral("actContent"));
    m_actContent->setPlaceholderText(
        tr("What was said or done, e.g. called back, the client wants a weekend viewing"));
    m_actResult = new QLineEdit(this);
    m_actResult->setObjectName(QStringLiteral("actResult"));
    m_actResult->setPlaceholderText(tr("Result (optional)"));
    m_logAct = new QPushButton(tr("Log the act"), this);
    m_logAct->setObjectName(QStringLiteral("logActButton"));
    actRow->addWidget(m_actKind);
    actRow->addWidget(m_actContent, 3);
    actRow->addWidget(m_actResult, 2);
    actRow->addWidget(m_logAct);
    layout->addLayout(actRow);
    const bool mayLog = Permissions::allows(m_session.role, Action::RecordServiceAct);
    for (QWidget *w : std::initializer_list<QWidget *>{m_actKind, m_actContent, m_actResult, m_logAct})
        w->setVisible(mayLog);
    auto logNow = [this] {
        logAct(m_actKind->currentData().toString(), m_actContent->text(), m_actResult->text());
    };
    connect(m_logAct, &QPushButton::clicked, this, logNow);
    connect(m_actResult, &QLineEdit::returnPressed, this, logNow);
}

void ClientDetailPanel::buildFollowUps(QVBoxLayout *layout)
{
    // Follow-up tasks with due dates.
    auto *followLabel = new QLabel(tr("Follow-up tasks"), this);
    QFont followFont = followLabel->font();
    followFont.setBold(true);
    followLabel->setFont(followFont);
    layout->addWidget(followLabel);
    m_followUps = new QListWidget(this);
    m_followUps->setObjectName(QStringLiteral("followUpList"));
    m_followUps->setMaximumHeight(m_followUps->fontMetrics().height() * 5);
    layout->addWidget(m_followUps);
    auto *followRow = new QHBoxLayout;
    m_followUpDue = new QDateEdit(this);
    DateTimeTyping::selectSectionOnClick(m_followUpDue);
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpDue->setDate(OfficeTime::toOffice(m_session.clock->nowMs()).date().addDays(1));
    m_followUpTask = new QLineEdit(this);
    m_followUpTask->setObjectName(QStringLiteral("followUpTask"));
    m_followUpTask->setPlaceholderText(tr("e.g. call back about the loan pre-approval"));
    m_addFollowUp = new QPushButton(tr("Add"), this);
    auto *doneFollow = new QPushButton(tr("Done"), this);
    followRow->addWidget(m_followUpDue);
    followRow->addWidget(m_followUpTask, 1);
    followRow->addWidget(m_addFollowUp);
    followRow->addWidget(doneFollow);
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    doneFollow->setObjectName(QStringLiteral("doneFollowUpButton"));
    const bool mayFollow = Permissions::allows(m_session.role, Action::AddClient);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_followUpDue, m_followUpTask, m_addFollowUp, doneFollow})
        w->setVisible(mayFollow);
    layout->addLayout(followRow);
    connect(m_addFollowUp, &QPushButton::clicked, this,
            [this] { addFollowUp(m_followUpDue->date(), m_followUpTask->text()); });
    connect(doneFollow, &QPushButton::clicked, this, &ClientDetailPanel::completeSelectedFollowUp);
}

// The service records, filtered by kind and staff member, and the erasure on request.
void ClientDetailPanel::buildRecords(QVBoxLayout *layout)
{
    auto *recordsRow = new QHBoxLayout;
    auto *recordsLabel = new QLabel(tr("Service records"), this);
    QFont bold = recordsLabel->font();
    bold.setBold(true);
    recordsLabel->setFont(bold);
    recordsRow->addWidget(recordsLabel);
    recordsRow->addStretch(1);
    // Filters of the timeline: by kind of act and by staff member.
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("recordKindFilter"));
    m_kindFilter->addItem(tr("Every kind"), QString());
    for (const Vocabulary::Entry &e : Vocabulary::serviceKinds())
        m_kindFilter->addItem(e.label, e.key);
    m_staffFilter = new QComboBox(this);
    m_staffFilter->setObjectName(QStringLiteral("recordStaffFilter"));
    m_staffFilter->addItem(tr("Everyone"), 0);
    try {
        for (const Staff &s : StaffRepository(m_session).list())
            m_staffFilter->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    recordsRow->addWidget(m_kindFilter);
    recordsRow->addWidget(m_staffFilter);
    layout->addLayout(recordsRow);
    m_recordFilter = new ServiceRecordFilter(this);
    m_recordFilter->setSourceModel(m_recordModel);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_recordFilter->setKind(m_kindFilter->currentData().toString()); });
    connect(m_staffFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_recordFilter->setStaff(m_staffFilter->currentData().toLongLong()); });
    m_records = new QTableView(this);
    m_records->setObjectName(QStringLiteral("serviceRecordsView"));
    m_erase = new QPushButton(tr("Erase personal data on request..."), this);
    m_erase->setObjectName(QStringLiteral("erasePersonalDataButton"));
    m_erase->setToolTip(tr("The client asks to have their personal data deleted (PIPL art. 47)."));
    m_erase->hide();
    connect(m_erase, &QPushButton::clicked, this, &ClientDetailPanel::erasePersonalData);
    m_records->setModel(m_recordFilter);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->verticalHeader()->hide();
    m_records->horizontalHeader()->setSectionResizeMode(ServiceRecordModel::ContentColumn,
                                                        QHeaderView::Stretch);
    m_records->setWordWrap(false);
    layout->addWidget(m_records, 1);
    layout->addWidget(m_erase, 0, Qt::AlignRight);
}

void ClientDetailPanel::reloadFollowUps()
{
    m_followUps->clear();
    if (m_clientId <= 0)
        return;
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    for (const FollowUp &f : FollowUpRepository(m_session).forClient(m_clientId)) {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(f.dueOn.toString(Qt::ISODate), f.task));
        item->setData(Qt::UserRole, f.id);
        if (f.dueOn < today)
            item->setBackground(StatePalette::background(Tone::Alert));
        else if (f.dueOn == today)
            item->setBackground(StatePalette::background(Tone::Warning));
        m_followUps->addItem(item);
    }
}

bool ClientDetailPanel::addFollowUp(const QDate &due, const QString &task)
{
    try {
        FollowUpRepository(m_session).add(m_clientId, m_session.actorId, due, task);
        m_followUpTask->clear();
        reloadFollowUps();
        return true;
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
}

bool ClientDetailPanel::completeSelectedFollowUp()
{
    QListWidgetItem *item = m_followUps->currentItem();
    if (!item)
        return false;
    try {
        FollowUpRepository(m_session).complete(item->data(Qt::UserRole).toLongLong(), QString());
        reloadFollowUps();
        m_recordModel->setClient(m_clientId);
        return true;
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
}

void ClientDetailPanel::reloadAwaiting()
{
    m_responder->setConsultation(0);
    m_awaiting->hide();
    if (m_clientId <= 0)
        return;
    const QList<ConsultationRepository::Row> open = ConsultationRepository(m_session).list(true, m_clientId);
    if (open.isEmpty())
        return;
    const ConsultationRepository::Row &oldest = open.constFirst();
    const bool timed = oldest.deadline.id != 0;
    m_awaiting->setText(
        tr("Consultation of %1 (%2) awaiting a response: %3, %4")
            .arg(OfficeTime::formatDateTime(oldest.receivedAt),
                 Vocabulary::label(Vocabulary::sourceChannels(), oldest.channel),
                 timed ? DeadlineCell::text(oldest.deadline, m_session.clock->nowMs()) : QStringLiteral("—"),
                 timed ? DeadlineCell::dueText(oldest.deadline) : QStringLiteral("—")));
    m_awaiting->show();
    m_responder->setConsultation(oldest.id);
}

ClientEditDialog *ClientDetailPanel::editClient()
{
    if (m_clientId <= 0 || !Permissions::allows(m_session.role, Action::EditClient))
        return nullptr;
    auto *dialog = new ClientEditDialog(m_session, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientEditDialog::saved, this, [this](qint64 id) {
        showClient(id);
        emit clientChanged(id);
    });
    dialog->open();
    return dialog;
}

bool ClientDetailPanel::logAct(const QString &kind, const QString &content, const QString &result)
{
    try {
        ServiceRecordRepository(m_session).log(m_clientId, kind, content, result);
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
    m_actContent->clear();
    m_actResult->clear();
    m_recordModel->setClient(m_clientId);
    emit clientChanged(m_clientId);
    return true;
}

void ClientDetailPanel::revealPhone()
{
    try {
        m_revealedPhone = ClientRepository(m_session).revealPhone(m_clientId);
        m_revealedClient = m_clientId;
        m_phone->setText(Phone::display(m_revealedPhone));
        m_reveal->hide();
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

bool ClientDetailPanel::erasePersonalData()
{
    if (m_clientId <= 0)
        return false;
    try {
        const QString text = Erasure::confirmationText(m_session, m_clientId);
        if (MessageBox::question(this, tr("Erase personal data"), text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
            return false;
        Erasure::eraseOnRequest(m_session, m_clientId);
        showClient(m_clientId);
        emit clientChanged(m_clientId); // the list shows the erased name and phone at once
        return true;
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
}

void ClientDetailPanel::offerNewRecords(bool erased)
{
    const auto offer = [this, erased](std::initializer_list<QWidget *> widgets, Erasure::Refused what) {
        const QString why = erased ? Erasure::refusal(m_clientId, what) : QString();
        for (QWidget *w : widgets) {
            w->setEnabled(!erased);
            w->setToolTip(why);
        }
    };
    offer({m_actKind, m_actContent, m_actResult, m_logAct}, Erasure::Refused::ServiceAct);
    offer({m_followUpDue, m_followUpTask, m_addFollowUp}, Erasure::Refused::FollowUp);
    // The consultations it still awaited were withdrawn with the erasure: nothing to answer.
    offer({m_responder}, Erasure::Refused::Consultation);
    m_edit->setEnabled(m_clientId > 0 && !erased);
    m_edit->setToolTip(erased ? Erasure::refusal(m_clientId, Erasure::Refused::Edit) : QString());
}

void ClientDetailPanel::showClient(qint64 clientId)
{
    // Another client's timeline starts with everyone's records: a staff member chosen for the last
    // client may have served this one never, and the timeline would look empty.
    if (clientId != m_clientId)
        m_staffFilter->setCurrentIndex(0);
    m_clientId = clientId;
    if (m_revealedClient != clientId) {
        m_revealedClient = 0;
        m_revealedPhone.clear();
    }
    try {
        m_recordModel->setClient(clientId);
        if (clientId <= 0) {
            m_title->setText(tr("Select a client on the left"));
            for (QLabel *l : {m_phone, m_otherPhones, m_gender, m_occupation, m_source, m_interests,
                              m_consultant, m_created, m_notes})
                l->clear();
            m_reveal->hide();
            m_erase->hide();
            m_followUps->clear();
            offerNewRecords(false);
            reloadAwaiting();
            emit clientShown(0, false);
            return;
        }
        const Client c = ClientRepository(m_session).get(clientId);
        m_title->setText(tr("%1 (No. %2)").arg(c.name).arg(c.id));
        if (m_revealedClient == clientId && Phone::mask(m_revealedPhone) != c.phone) {
            m_revealedClient = 0; // the number was changed since: reveal the new one anew
            m_revealedPhone.clear();
        }
        const bool revealed = m_revealedClient == clientId;
        m_phone->setText(Phone::display(revealed ? m_revealedPhone : c.phone));
        m_reveal->setVisible(c.phone.contains(u'*') && !revealed &&
                             Permissions::allows(m_session.role, Action::RevealPersonalData));
        const bool erased = Erasure::isErased(m_session, clientId);
        m_erase->setVisible(Permissions::allows(m_session.role, Action::ExportPersonalData) && !erased);
        m_otherPhones->setText(otherPhonesText(ClientPhones(m_session).of(clientId)));
        m_gender->setText(Vocabulary::label(Vocabulary::genders(), c.gender));
        m_occupation->setText(c.occupation);
        m_source->setText(Vocabulary::sourceLabel(c.source, c.sourceDetail));
        QStringList interests;
        for (const QString &i : c.interests)
            interests << Vocabulary::label(Vocabulary::interests(), i);
        m_interests->setText(interests.join(QStringLiteral("、")));
        m_consultant->setText(c.consultantId ? StaffRepository(m_session).get(c.consultantId).name
                                             : tr("(none)"));
        m_created->setText(OfficeTime::formatDateTime(c.createdAt));
        m_notes->setText(c.notes);
        // An erased client's record is kept for the statistics (and the contract a law keeps):
        // nothing of it is edited, and nothing new is recorded about the person.
        offerNewRecords(erased);
        reloadFollowUps();
        reloadAwaiting();
        emit clientShown(clientId, erased);
        RecordTable::fitColumns(m_records);
        m_records->horizontalHeader()->setSectionResizeMode(ServiceRecordModel::ContentColumn,
                                                            QHeaderView::Stretch);
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

} // namespace estatedesk
