// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDetailPanel.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"

#include <QDateTime>
#include <QFormLayout>
#include <QComboBox>
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
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_reveal);
    phoneRow->addStretch(1);
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
            return;
        }
        const Client c = ClientRepository(m_session).get(clientId);
        m_title->setText(tr("%1 (No. %2)").arg(c.name).arg(c.id));
        m_phone->setText(Phone::display(c.phone));
        m_reveal->setVisible(c.phone.contains(u'*') && Permissions::allows(m_session.role, Action::RevealPersonalData));
        m_gender->setText(Vocabulary::label(Vocabulary::genders(), c.gender));
        m_occupation->setText(c.occupation);
        m_source->setText(Vocabulary::label(Vocabulary::sourceChannels(), c.source));
        QStringList interests;
        for (const QString &i : c.interests)
            interests << Vocabulary::label(Vocabulary::interests(), i);
        m_interests->setText(interests.join(QStringLiteral("、")));
        m_consultant->setText(c.consultantId ? StaffRepository(m_session).get(c.consultantId).name : tr("(none)"));
        m_created->setText(OfficeTime::formatDateTime(c.createdAt));
        m_notes->setText(c.notes);
        m_records->resizeColumnsToContents();
        m_records->horizontalHeader()->setSectionResizeMode(ServiceRecordModel::ContentColumn, QHeaderView::Stretch);
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

} // namespace estatedesk
