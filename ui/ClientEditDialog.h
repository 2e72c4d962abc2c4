// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace estatedesk {

// Every field of one client, for the roles that may change clients (the models check again):
// name, phone (a number another client has is refused), gender, occupation, source and notes;
// and the client's other phone numbers, added and removed at once (each its own audited change).
// When someone else saved the client meanwhile nothing is overwritten: their version is shown
// in the fields the user did not touch, what the user typed is kept, and a second Save applies it.
class ClientEditDialog : public QDialog
{
    Q_OBJECT
public:
    ClientEditDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    // Saves; false (with the reason shown in the dialog, the field focused) when refused.
    bool save();
    // Adds the number typed under "Other phones" (with its label); false, with the reason shown,
    // when refused.
    bool addOtherPhone();
    // Removes the other number selected in the list; false when none is selected or refused.
    bool removeOtherPhone();

signals:
    void saved(qint64 clientId);

private:
    // The fields as the user sees them, read into a client (the phone as shown when untouched).
    Client edited() const;
    // After a conflict: shows latest where the user changed nothing and what they typed elsewhere,
    // and makes latest the version the next Save starts from. Returns the fields both changed,
    // each with the other's value, for the message.
    QStringList keepWhatWasTyped(const Client &mine, const Client &latest);
    void fill(const Client &client);
    QWidget *buildOtherPhones();
    void showOtherPhones();
    void showProblem(const QString &message);

    Session m_session;
    Client m_loaded; // the version the fields started from
    bool m_notesHidden = false;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QLineEdit *m_occupation;
    QComboBox *m_source;
    QPlainTextEdit *m_notes;
    QListWidget *m_otherPhones;
    QLineEdit *m_newPhone;
    QLineEdit *m_newLabel;
    QPushButton *m_removePhone;
    QLabel *m_status;
};

} // namespace estatedesk
