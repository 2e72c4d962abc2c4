// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace estatedesk {

// Settings → audit log (supervisors and administrators): who changed or looked at what, when,
// before and after; filtered by person, record and date.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(const Session &session, QWidget *parent = nullptr);
    void search();

private:
    Session m_session;
    QComboBox *m_person;
    QComboBox *m_entity;
    QLineEdit *m_entityId;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
};

} // namespace estatedesk
