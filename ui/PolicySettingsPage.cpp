// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicySettingsPage.h"

#include "MessageBox.h"
#include "RecordTable.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/PolicyRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

QString PolicySettingsPage::seedSource(const QString &policy)
{
    if (policy == QLatin1String("consultation-response"))
        return tr("Seed 三.(一)1: consultations answered within 15 minutes");
    if (policy == QLatin1String("complaint-first-response"))
        return tr("Seed 三.(一)2: first response to a complaint within 24 hours");
    if (policy == QLatin1String("complaint-solution"))
        return tr("Seed 三.(一)2: a solution within 3 working days");
    if (policy == QLatin1String("emergency-onsite"))
        return tr("Seed 三.(一)3: emergencies, on site within 2 hours");
    if (policy == QLatin1String("defect-rectification"))
        return tr("Seed 二.(三)1(2): defects fixed by a deadline; 15 working days is the office default");
    if (policy == QLatin1String("handover-notice"))
        return tr("Seed 二.(三)1(1): handover time notified in advance; 7 days is the office default");
    if (policy == QLatin1String("return-visit"))
        return tr("Seed 二.(三)2(3): return visits after a complaint; 7 days is the office default");
    if (policy == QLatin1String("installment"))
        return tr("Seed 二.(二)2(3): payment progress followed; due at the end of the due date");
    if (policy == QLatin1String("visit-after-signing"))
        return tr("Seed 二.(三)2(3): regular return visits; 7 days after signing is the office default");
    if (policy == QLatin1String("visit-after-handover"))
        return tr(
            "Seed 二.(三)2(3): regular return visits; 30 days after the handover is the office default");
    return {};
}

PolicySettingsPage::PolicySettingsPage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Deadline"), tr("Length"), tr("Due soon"), tr("Waiting pauses"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *editor = new QGroupBox(tr("Change the selected policy"), this);
    auto *form = new QFormLayout(editor);
    m_editorTitle = new QLabel(editor);
    form->addRow(m_editorTitle);
    m_clock = new QComboBox(editor);
    form->addRow(tr("Clock:"), m_clock);
    auto *lengthRow = new QHBoxLayout;
    m_length = new QSpinBox(editor);
    m_length->setObjectName(QStringLiteral("policyLength"));
    m_length->setRange(1, 100000);
    m_unit = new QComboBox(editor);
    m_unit->addItem(tr("minutes"), 1);
    m_unit->addItem(tr("hours"), 60);
    m_unit->addItem(tr("days"), 24 * 60);
    lengthRow->addWidget(m_length);
    lengthRow->addWidget(m_unit);
    lengthRow->addStretch(1);
    form->addRow(tr("Length:"), lengthRow);
    m_dueSoon = new QSpinBox(editor);
    m_dueSoon->setRange(0, 100);
    m_dueSoon->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Due soon in the last:"), m_dueSoon);
    m_pausable = new QCheckBox(tr("\"Waiting for the client\" stops the clock"), editor);
    form->addRow(QString(), m_pausable);
    auto *save = new QPushButton(tr("Save policy"), editor);
    form->addRow(QString(), save);
    layout->addWidget(editor);

    auto *office = new QGroupBox(tr("Office"), this);
    auto *officeForm = new QFormLayout(office);
    m_zone = new QLineEdit(office);
    m_close = new QLineEdit(office);
    m_close->setInputMask(QStringLiteral("99:99"));
    officeForm->addRow(tr("Time zone:"), m_zone);
    officeForm->addRow(tr("Close of business:"), m_close);
    auto *saveOfficeButton = new QPushButton(tr("Save office settings"), office);
    officeForm->addRow(QString(), saveOfficeButton);
    layout->addWidget(office);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_policies.size()) {
            m_selected = m_policies.at(row);
            showEditor();
        }
    });
    connect(m_clock, &QComboBox::currentIndexChanged, this, [this] {
        const bool wall = DeadlineClock(m_clock->currentData().toInt()) == DeadlineClock::WallClock;
        m_unit->setVisible(wall);
    });
    connect(save, &QPushButton::clicked, this, &PolicySettingsPage::saveSelected);
    connect(saveOfficeButton, &QPushButton::clicked, this, &PolicySettingsPage::saveOffice);
    // Roles that may not change them read the policies and office settings only.
    editor->setObjectName(QStringLiteral("policyEditor"));
    office->setObjectName(QStringLiteral("officeSettings"));
    save->setObjectName(QStringLiteral("savePolicyButton"));
    saveOfficeButton->setObjectName(QStringLiteral("saveOfficeButton"));
    if (!Permissions::allows(m_session.role, Action::EditPolicies)) {
        const QString why =
            tr("Only supervisors and administrators change deadline policies and office settings.");
        for (QGroupBox *box : {editor, office}) {
            box->setEnabled(false);
            box->setToolTip(why);
        }
        save->setVisible(false);
        saveOfficeButton->setVisible(false);
    }
    reload();
    if (!m_policies.isEmpty())
        m_table->selectRow(0);
}

void PolicySettingsPage::reload()
{
    try {
        m_policies = PolicyRepository(m_session).list();
        const OfficeSettings office = SettingsRepository(m_session).office();
        m_zone->setText(QString::fromUtf8(office.zone.id()));
        m_close->setText(office.closeOfBusiness.toString(QStringLiteral("HH:mm")));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Deadline policies"), e.message());
        return;
    }
    m_table->setRowCount(int(m_policies.size()));
    for (int i = 0; i < m_policies.size(); ++i) {
        const DeadlinePolicy &p = m_policies.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(DeadlinePolicy::label(p.name)));
        m_table->setItem(i, 1, new QTableWidgetItem(p.lengthText()));
        m_table->setItem(i, 2, new QTableWidgetItem(tr("last %1 %").arg(p.dueSoonPercent)));
        m_table->setItem(i, 3, new QTableWidgetItem(p.pausable ? tr("yes") : tr("no")));
        m_table->setItem(i, 4, new QTableWidgetItem(seedSource(p.name)));
    }
    RecordTable::fitColumns(m_table);
}

void PolicySettingsPage::selectPolicy(const QString &name)
{
    for (int i = 0; i < m_policies.size(); ++i)
        if (m_policies.at(i).name == name)
            m_table->selectRow(i);
}

void PolicySettingsPage::showEditor()
{
    m_editorTitle->setText(QStringLiteral("<b>%1</b> — %2")
                               .arg(DeadlinePolicy::label(m_selected.name), seedSource(m_selected.name)));
    const bool dateBased =
        m_selected.clock == DeadlineClock::DaysBeforeDate || m_selected.clock == DeadlineClock::EndOfDate;
    m_clock->blockSignals(true);
    m_clock->clear();
    const QList<DeadlineClock> clocks =
        dateBased ? QList<DeadlineClock>{DeadlineClock::DaysBeforeDate, DeadlineClock::EndOfDate}
                  : QList<DeadlineClock>{DeadlineClock::WallClock, DeadlineClock::WorkingDays};
    for (DeadlineClock c : clocks)
        m_clock->addItem(DeadlinePolicy::clockLabel(c), int(c));
    m_clock->setCurrentIndex(m_clock->findData(int(m_selected.clock)));
    m_clock->blockSignals(false);
    const bool wall = m_selected.clock == DeadlineClock::WallClock;
    m_unit->setVisible(wall);
    if (wall) {
        const int unit =
            m_selected.lengthMinutes % (24 * 60) == 0 ? 2 : (m_selected.lengthMinutes % 60 == 0 ? 1 : 0);
        m_unit->setCurrentIndex(unit);
        m_length->setValue(int(m_selected.lengthMinutes / m_unit->currentData().toInt()));
    } else {
        m_length->setValue(std::max(1, m_selected.lengthDays));
    }
    m_length->setEnabled(m_selected.clock != DeadlineClock::EndOfDate);
    m_dueSoon->setValue(m_selected.dueSoonPercent);
    m_pausable->setChecked(m_selected.pausable);
}

bool PolicySettingsPage::saveSelected()
{
    DeadlinePolicy p = m_selected;
    p.clock = DeadlineClock(m_clock->currentData().toInt());
    if (p.clock == DeadlineClock::WallClock)
        p.lengthMinutes = qint64(m_length->value()) * m_unit->currentData().toInt();
    else
        p.lengthDays = m_length->value();
    p.dueSoonPercent = m_dueSoon->value();
    p.pausable = m_pausable->isChecked();
    try {
        PolicyRepository(m_session).update(p);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Deadline policies"), e.message());
        return false;
    }
    // The editor now holds what was saved, at the version the save made (update() set it): the
    // next save from this window starts from there. Selecting the row again (below) does not say
    // so when the row is already the current one.
    m_selected = p;
    reload();
    selectPolicy(p.name);
    showEditor();
    emit policiesChanged();
    return true;
}

void PolicySettingsPage::saveOffice()
{
    try {
        SettingsRepository(m_session).setOffice(m_zone->text().trimmed(), m_close->text().trimmed());
        SettingsRepository(m_session).applyOfficeZone();
        emit policiesChanged();
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Office settings"), e.message());
    }
}

} // namespace estatedesk
