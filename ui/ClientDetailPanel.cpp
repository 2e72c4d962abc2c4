// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDetailPanel.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "repositories/FollowUpRepository.h"
#include "security/Permissions.h"

#include <QDateTime>
#include <QFormLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace estatedesk {

ClientDetailPanel::ClientDetailPanel(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_recordModel(new ServiceRecordModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select a client on the left"), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_phone = new QLabel(this);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal = new QPushButton(tr("Show the full number"), this);
    m_reveal->setToolTip(tr("Shows the number once; the look is recorded in the audit log."));
    m_reveal->hide();
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_reveal);
    form->addRow(tr("Phone:"), phoneRow);
    connect(m_reveal, &QPushButton::clicked, this, &ClientDetailPanel::revealPhone);
    m_gender = addRow(tr("Gender:"));
    m_occupation = addRow(tr("Occupation:"));
    m_source = addRow(tr("Source:"));
    m_interests = addRow(tr("Interests:"));
    m_consultant = addRow(tr("Consultant:"));
    m_created = addRow(tr("First contact:"));
    m_notes = addRow(tr("Notes:"));
    layout->addLayout(form);

    // Follow-up tasks with due dates.
    auto *followLabel = new QLabel(tr("Follow-up tasks"), this);
    QFont followFont = followLabel->font();
    followFont.setBold(true);
    followLabel->setFont(followFont);
    layout->addWidget(followLabel);
    m_followUps = new QListWidget(this);
    m_followUps->setMaximumHeight(m_followUps->fontMetrics().height() * 5);
    layout->addWidget(m_followUps);
    auto *followRow = new QHBoxLayout;
    m_followUpDue = new QDateEdit(this);
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpDue->setDate(OfficeTime::toOffice(m_session.clock->nowMs()).date().addDays(1));
    m_followUpTask = new QLineEdit(this);
    m_followUpTask->setPlaceholderText(tr("e.g. call back about the loan pre-approval"));
    auto *addFollow = new QPushButton(tr("Add"), this);
    auto *doneFollow = new QPushButton(tr("Done"), this);
    followRow->addWidget(m_followUpDue);
    followRow->addWidget(m_followUpTask, 1);
    followRow->addWidget(addFollow);
    followRow->addWidget(doneFollow);
    addFollow->setObjectName(QStringLiteral("addFollowUpButton"));
    doneFollow->setObjectName(QStringLiteral("doneFollowUpButton"));
    const bool mayFollow = Permissions::allows(m_session.role, Action::AddClient);
    for (QWidget *w : std::initializer_list<QWidget *>{m_followUpDue, m_followUpTask, addFollow, doneFollow})
        w->setVisible(mayFollow);
    layout->addLayout(followRow);
    connect(addFollow, &QPushButton::clicked, this, [this] { addFollowUp(m_followUpDue->date(), m_followUpTask->text()); });
    connect(doneFollow, &QPushButton::clicked, this, &ClientDetailPanel::completeSelectedFollowUp);

    auto *recordsRow = new QHBoxLayout;
    auto *recordsLabel = new QLabel(tr("Service records"), this);
    QFont bold = recordsLabel->font();
    bold.setBold(true);
    recordsLabel->setFont(bold);
    recordsRow->addWidget(recordsLabel);
    recordsRow->addStretch(1);
    // Filters of the timeline: by kind of act and by staff member.
    m_kindFilter = new QComboBox(this);
    m_kindFilter->addItem(tr("Every kind"), QString());
    for (const Vocabulary::Entry &e : Vocabulary::serviceKinds())
        m_kindFilter->addItem(e.label, e.key);
    m_staffFilter = new QComboBox(this);
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
    m_records->setModel(m_recordFilter);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->verticalHeader()->hide();
    m_records->horizontalHeader()->setSectionResizeMode(ServiceRecordModel::ContentColumn, QHeaderView::Stretch);
    m_records->setWordWrap(false);
    layout->addWidget(m_records, 1);
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
            item->setBackground(StatePalette::background(DeadlineState::Overdue));
        else if (f.dueOn == today)
            item->setBackground(StatePalette::background(DeadlineState::DueSoon));
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

QString ClientDetailPanel::shownPhone() const
{
    return m_phone->text();
}

void ClientDetailPanel::revealPhone()
{
    try {
        m_phone->setText(Phone::display(ClientRepository(m_session).revealPhone(m_clientId)));
        m_reveal->hide();
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

void ClientDetailPanel::showClient(qint64 clientId)
{
    m_clientId = clientId;
    try {
        m_recordModel->setClient(clientId);
        if (clientId <= 0) {
            m_title->setText(tr("Select a client on the left"));
            for (QLabel *l : {m_phone, m_gender, m_occupation, m_source, m_interests, m_consultant, m_created, m_notes})
                l->clear();
            m_reveal->hide();
            m_followUps->clear();
            return;
        }
        const Client c = ClientRepository(m_session).get(clientId);
        m_title->setText(tr("%1 (No. %2)").arg(c.name).arg(c.id));
        m_phone->setText(Phone::display(c.phone));
        m_reveal->setVisible(c.phone.contains(u'*') && Permissions::allows(m_session.role, Action::RevealPersonalData));
        m_gender->setText(Vocabulary::label(Vocabulary::genders(), c.gender));
        m_occupation->setText(c.occupation);
        m_source->setText(Vocabulary::sourceLabel(c.source, c.sourceDetail));
        QStringList interests;
        for (const QString &i : c.interests)
            interests << Vocabulary::label(Vocabulary::interests(), i);
        m_interests->setText(interests.join(QStringLiteral("、")));
        m_consultant->setText(c.consultantId ? StaffRepository(m_session).get(c.consultantId).name : tr("(none)"));
        m_created->setText(OfficeTime::formatDateTime(c.createdAt));
        m_notes->setText(c.notes);
        reloadFollowUps();
        m_records->resizeColumnsToContents();
        m_records->horizontalHeader()->setSectionResizeMode(ServiceRecordModel::ContentColumn, QHeaderView::Stretch);
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

} // namespace estatedesk
