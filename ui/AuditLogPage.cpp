// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogPage.h"

#include "DateTimeTyping.h"
#include "MessageBox.h"
#include "RecordTable.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

AuditLogPage::AuditLogPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->addItem(tr("Anyone"), 0);
    try {
        for (const Staff &s : StaffRepository(m_session).list())
            m_person->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditRecordKind"));
    m_entity->addItem(tr("Any record"), QString());
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("clients"), tr("Client")},
        {QStringLiteral("consultations"), tr("Consultation")},
        {QStringLiteral("appointments"), tr("Viewing")},
        {QStringLiteral("contracts"), tr("Contract")},
        {QStringLiteral("complaints"), tr("Complaint")},
        {QStringLiteral("staff"), tr("Staff member")},
        {QStringLiteral("deadline_policies"), tr("Deadline policy")},
        {QStringLiteral("calendar_days"), tr("Holiday calendar")},
        {QStringLiteral("settings"), tr("Settings")}};
    for (const auto &k : kinds)
        m_entity->addItem(k.second, k.first);
    m_entityId = new QLineEdit(this);
    m_entityId->setObjectName(QStringLiteral("auditRecordId"));
    m_entityId->setPlaceholderText(tr("No."));
    m_entityId->setMaximumWidth(80);
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    m_from = new QDateEdit(today.addDays(-30), this);
    DateTimeTyping::selectSectionOnClick(m_from);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    DateTimeTyping::selectSectionOnClick(m_to);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *go = new QPushButton(tr("Search"), this);
    go->setObjectName(QStringLiteral("auditSearchButton"));
    filters->addWidget(new QLabel(tr("Person:"), this));
    filters->addWidget(m_person);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(m_entityId);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(go);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Person"), tr("Action"), tr("Record"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    connect(go, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(m_entityId, &QLineEdit::returnPressed, this, &AuditLogPage::search);
}

void AuditLogPage::search()
{
    AuditFilter f;
    f.actorId = m_person->currentData().toLongLong();
    f.entity = m_entity->currentData().toString();
    f.entityId = m_entityId->text().trimmed().toLongLong();
    const QTimeZone zone = OfficeTime::zone();
    f.fromMs = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    f.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QList<AuditEntry> entries;
    QHash<qint64, QString> names;
    try {
        entries = AuditLog::search(m_session, f);
        for (const Staff &s : StaffRepository(m_session).list())
            names.insert(s.id, s.name);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Audit log"), e.message());
        return;
    }
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(OfficeTime::formatDateTime(e.at)));
        m_table->setItem(i, 1, new QTableWidgetItem(e.actorId ? names.value(e.actorId) : tr("(system)")));
        m_table->setItem(i, 2, new QTableWidgetItem(AuditLog::actionLabel(e.action)));
        m_table->setItem(i, 3,
                         new QTableWidgetItem(
                             e.entityId ? tr("%1 No. %2").arg(AuditLog::entityLabel(e.entity)).arg(e.entityId)
                                        : AuditLog::entityLabel(e.entity)));
        m_table->setItem(i, 4, new QTableWidgetItem(e.beforeJson));
        m_table->setItem(i, 5, new QTableWidgetItem(e.afterJson));
    }
    RecordTable::fitColumns(m_table);
}

} // namespace estatedesk
