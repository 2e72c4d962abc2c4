// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

// Settings → staff accounts (administrators): create an account, reset a password, change a role,
// deactivate or reactivate. Every action goes through security/Accounts, which checks the role.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(const Session &session, QWidget *parent = nullptr);

    void reload();

signals:
    void idleLockChanged(int minutes);

private:
    QWidget *buildSharedPcs();
    bool createAccount(const QString &name, const QString &role, const QString &password);
    bool resetPassword(qint64 staffId, const QString &password);
    bool changeRole(qint64 staffId, const QString &role);
    bool setActive(qint64 staffId, bool active);
    // Shared PCs: minutes without input before a window locks (0: never).
    bool saveIdleLock();
    qint64 selectedId() const;
    bool run(const std::function<void()> &action);

    Session m_session;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QSpinBox *m_idleLock;
    RecordAction m_act;
};

} // namespace estatedesk
