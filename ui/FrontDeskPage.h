// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

// The reception desk (前台): find a caller or visitor as you type, see at once whether they are
// new or returning (判客), and register the visit or call with the keyboard alone. Calls and
// messages outside office hours wait in the after-hours queue shown on the right.
class FrontDeskPage : public QWidget
{
    Q_OBJECT
public:
    explicit FrontDeskPage(const Session &session, QWidget *parent = nullptr);

    // Registers what the form holds; returns false (after saying why, naming the field) on error.
    bool registerVisit();
    void refreshQueue();
    void refreshRotation();
    QTableWidget *rotationBoard() const { return m_rotation; }
    QLabel *nextLabel() const { return m_next; }
    // Sets a consultant's status on today's board (the combobox in the board calls this).
    bool setRotationStatus(qint64 staffId, const QString &status);
    // Supervisors: moves the selected consultant one place up (-1) or down (+1).
    bool moveSelected(int delta);

    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *results() const { return m_results; }
    QLabel *banner() const { return m_banner; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *needsEdit() const { return m_needs; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *afterHoursQueue() const { return m_queue; }

signals:
    void registered(qint64 clientId);
    void openClient(qint64 clientId);

private:
    void search(const QString &text);
    void clearForm();

    Session m_session;
    QLineEdit *m_search;
    QTableWidget *m_results;
    QLabel *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_channel;
    QList<QCheckBox *> m_interests;
    QLineEdit *m_needs;
    QSpinBox *m_budget;
    QLineEdit *m_notes;
    QPushButton *m_register;
    QLabel *m_status;
    QListWidget *m_queue;
    QTableWidget *m_rotation;
    QLabel *m_next;
};

} // namespace estatedesk
