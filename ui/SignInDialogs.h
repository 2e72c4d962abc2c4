// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace estatedesk {

// Checks the name and password typed into the two fields. On failure shows why in error, and puts
// the cursor back into the cleared password field; the password is cleared either way.
bool checkSignIn(const Session &session, QLineEdit *name, QLineEdit *password, QLabel *error, Staff *staff);

// Sign-in at start. tryAccept() checks the name and password through the models library and
// closes the dialog on success; otherwise it shows why and stays open.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const Session &session, QWidget *parent = nullptr);
    Staff staff() const { return m_staff; }

private:
    bool tryAccept();
    Session m_session;
    Staff m_staff;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
};

// The first start on a database without accounts: create its administrator.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(const Session &session, QWidget *parent = nullptr);
    Staff staff() const { return m_staff; }

private:
    bool tryAccept();
    void refuse(const QString &why, QLineEdit *field);
    Session m_session;
    Staff m_staff;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace estatedesk
