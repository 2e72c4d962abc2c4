// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlinePolicy.h"
#include "repositories/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace estatedesk {

// Settings → deadline policies: the table of DESIGN §4 with the seed line behind each default,
// an editor for the selected policy, and the office time zone and close of business.
class PolicySettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PolicySettingsPage(const Session &session, QWidget *parent = nullptr);

    // The seed line each default comes from (shown in the table and in the README).
    static QString seedSource(const QString &policy);

    // Reads what is shown again (another PC's change; the editor keeps what is being typed).
    void reload();

signals:
    void policiesChanged();

private:
    void selectPolicy(const QString &name);
    // Saves the editor's values for the selected policy; returns false (after saying why) on error.
    bool saveSelected();
    void showEditor();
    void saveOffice();

    Session m_session;
    QList<DeadlinePolicy> m_policies;
    DeadlinePolicy m_selected;
    QTableWidget *m_table;
    QLabel *m_editorTitle;
    QComboBox *m_clock;
    QSpinBox *m_length;
    QComboBox *m_unit;
    QSpinBox *m_dueSoon;
    QCheckBox *m_pausable;
    QLineEdit *m_zone;
    QLineEdit *m_close;
};

} // namespace estatedesk
