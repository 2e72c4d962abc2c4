// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialogs.h"

#include "core/Errors.h"
#include "security/Accounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace estatedesk {

static QLabel *errorLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("signInError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #842029"));
    return label;
}

SignInDialog::SignInDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in to EstateDesk"));
    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Please sign in with your own name and password."), this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

bool checkSignIn(const Session &session, QLineEdit *name, QLineEdit *password, QLabel *error, Staff *staff)
{
    try {
        *staff = Accounts(session).signIn(name->text(), password->text());
    } catch (const Error &e) {
        error->setText(e.message());
        password->clear();
        password->setFocus();
        return false;
    }
    password->clear();
    error->clear();
    return true;
}

bool SignInDialog::tryAccept()
{
    if (!checkSignIn(m_session, m_name, m_password, m_error, &m_staff)) {
        adjustSize(); // the refusal is three lines long: the dialog grows to show all of it
        return false;
    }
    accept();
    return true;
}

FirstAdministratorDialog::FirstAdministratorDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Create the administrator"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("This database has no accounts yet. Create the administrator's account: the administrator "
           "then creates an account for each member of staff."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    layout->addLayout(form);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAdministratorButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // What a refusal said no longer holds once the field is changed ("Name: required" under a typed name).
    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_error->text().isEmpty())
                refuse(QString(), nullptr);
        });
    refuse(QString(), nullptr);
}

// Shows why (empty: nothing to say) and puts the cursor into the field it names, its text selected.
// The refusal is word-wrapped: the dialog grows to show all of it, and may not be made smaller than
// what its narrowest width needs, so no field is ever squashed and no line cut off.
void FirstAdministratorDialog::refuse(const QString &why, QLineEdit *field)
{
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    layout()->activate();
    setMinimumHeight(layout()->totalHeightForWidth(minimumWidth()));
    const int needed = layout()->totalHeightForWidth(width());
    if (isVisible() && height() < needed) // before it is shown, its first size follows the layout
        resize(width(), needed);
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

bool FirstAdministratorDialog::tryAccept()
{
    if (m_name->text().trimmed().isEmpty()) {
        refuse(tr("Name: required"), m_name);
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        refuse(tr("Password: the two entries differ"), m_password);
        return false;
    }
    try {
        m_staff = Accounts(m_session).createFirstAdministrator(m_name->text().trimmed(), m_password->text());
    } catch (const ValidationError &e) {
        refuse(e.message(), e.field() == QLatin1String("name") ? m_name : m_password);
        return false;
    } catch (const Error &e) {
        refuse(e.message(), m_name);
        return false;
    }
    m_password->clear();
    m_repeat->clear();
    accept();
    return true;
}

} // namespace estatedesk
