// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPage.h"

#include "MessageBox.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/StaffRepository.h"
#include "security/Accounts.h"
#include "security/ScreenLock.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

StaffPage::StaffPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    // A refusal comes as a message box (the page has no status line); the list is read again after a change.
    m_act.say = [this](const QString &text, bool error) {
        if (error)
            MessageBox::critical(this, tr("Staff accounts"), text);
    };
    m_act.reload = [this](qint64) { reload(); };
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Account"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    auto *reset = new QPushButton(tr("Reset password..."), this);
    auto *role = new QPushButton(tr("Change role..."), this);
    auto *toggle = new QPushButton(tr("Deactivate / reactivate"), this);
    actions->addWidget(reset);
    actions->addWidget(role);
    actions->addWidget(toggle);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *create = new QGroupBox(tr("New account"), this);
    auto *form = new QFormLayout(create);
    m_name = new QLineEdit(create);
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_role = new QComboBox(create);
    m_role->setObjectName(QStringLiteral("newAccountRole"));
    for (const Vocabulary::Entry &e : Vocabulary::roles())
        m_role->addItem(e.label, e.key);
    m_password = new QLineEdit(create);
    m_password->setObjectName(QStringLiteral("newAccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("First password:"), m_password);
    auto *add = new QPushButton(tr("Create account"), create);
    add->setObjectName(QStringLiteral("createAccountButton"));
    form->addRow(QString(), add);
    layout->addWidget(create);

    layout->addWidget(buildSharedPcs());

    connect(add, &QPushButton::clicked, this, [this] {
        if (createAccount(m_name->text().trimmed(), m_role->currentData().toString(), m_password->text())) {
            m_name->clear();
            m_password->clear();
        }
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        bool ok = false;
        const QString pw = QInputDialog::getText(this, tr("Reset password"), tr("New password:"),
                                                 QLineEdit::Password, QString(), &ok);
        if (ok)
            resetPassword(id, pw);
    });
    connect(role, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        QStringList labels;
        for (const Vocabulary::Entry &e : Vocabulary::roles())
            labels << e.label;
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Change role"), tr("Role:"), labels, 0, false, &ok);
        if (ok)
            changeRole(id, Vocabulary::keyFor(Vocabulary::roles(), chosen));
    });
    connect(toggle, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        const int row = m_table->currentRow();
        setActive(id, m_table->item(row, 3)->data(Qt::UserRole).toBool() ? false : true);
    });
    reload();
}

// Shared PCs: the minutes without input after which a window locks.
QWidget *StaffPage::buildSharedPcs()
{
    auto *shared = new QGroupBox(tr("Shared PCs"), this);
    auto *sharedForm = new QFormLayout(shared);
    auto *idleRow = new QHBoxLayout;
    m_idleLock = new QSpinBox(shared);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, ScreenLock::kMaxIdleMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("never"));
    m_idleLock->setValue(ScreenLock::idleMinutes(m_session));
    auto *saveIdle = new QPushButton(tr("Save"), shared);
    saveIdle->setObjectName(QStringLiteral("saveIdleLock"));
    idleRow->addWidget(m_idleLock);
    idleRow->addWidget(saveIdle);
    idleRow->addStretch(1);
    sharedForm->addRow(tr("Lock a window after no input for:"), idleRow);
    connect(saveIdle, &QPushButton::clicked, this, &StaffPage::saveIdleLock);
    return shared;
}

qint64 StaffPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool StaffPage::run(const std::function<void()> &action)
{
    return m_act.run([&](qint64) { action(); }, QString());
}

bool StaffPage::createAccount(const QString &name, const QString &role, const QString &password)
{
    return run([&] { Accounts(m_session).addAccount(name, role, password); });
}

bool StaffPage::resetPassword(qint64 staffId, const QString &password)
{
    return run([&] { Accounts(m_session).resetPassword(staffId, password); });
}

bool StaffPage::changeRole(qint64 staffId, const QString &role)
{
    return run([&] { Accounts(m_session).changeRole(staffId, role); });
}

bool StaffPage::setActive(qint64 staffId, bool active)
{
    return run([&] { Accounts(m_session).setActive(staffId, active); });
}

bool StaffPage::saveIdleLock()
{
    const int minutes = m_idleLock->value();
    if (!run([&] { ScreenLock::setIdleMinutes(m_session, minutes); }))
        return false;
    emit idleLockChanged(minutes);
    return true;
}

void StaffPage::reload()
{
    QList<Staff> staff;
    QSet<qint64> withAccount;
    QHash<qint64, qint64> locked;
    try {
        staff = StaffRepository(m_session).list();
        withAccount = Accounts(m_session).staffWithPassword();
        locked = Accounts(m_session).lockedAccounts();
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Staff accounts"), e.message());
        return;
    }
    m_table->setRowCount(int(staff.size()));
    for (int i = 0; i < staff.size(); ++i) {
        const Staff &s = staff.at(i);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(Vocabulary::label(Vocabulary::roles(), s.role)));
        const QString account =
            locked.contains(s.id)
                ? tr("locked until %1 after wrong passwords (resetting the password unlocks it)")
                      .arg(OfficeTime::formatDateTime(locked.value(s.id)))
            : withAccount.contains(s.id) ? tr("can sign in")
                                         : tr("no password yet");
        m_table->setItem(i, 2, new QTableWidgetItem(account));
        auto *active = new QTableWidgetItem(s.active ? tr("yes") : tr("no"));
        active->setData(Qt::UserRole, s.active);
        m_table->setItem(i, 3, active);
    }
}

} // namespace estatedesk
