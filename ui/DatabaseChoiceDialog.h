// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDialog>

#include <optional>

class QLabel;
class QSettings;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace estatedesk {

// Where this PC keeps its data (issue 13 item 5), asked on the first start and from File →
// Database connection: "this PC only" (a file here) or "the office server" (PostgreSQL: server,
// port, database and user, or a service of pg_service.conf). There is no password field: the
// password comes from PGPASSWORD, ~/.pgpass or the service file, so it is never stored or shown.
// tryAccept() checks the fields and closes the dialog; on a mistake it names the field and stays.
class DatabaseChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    // current: what to show first; problem: why the last try with it failed (empty on a first start).
    explicit DatabaseChoiceDialog(const DatabaseConfig &current, const QString &problem = {},
                                  QWidget *parent = nullptr);
    bool tryAccept();
    // The choice, once accepted.
    DatabaseConfig config() const { return m_config; }
    // Connects to the server with the fields as they are, and says in the result line whether it answers.
    bool testConnection();

private:
    void updateEnabled();
    // The fields as a configuration; throws ValidationError naming the field.
    DatabaseConfig fromFields() const;
    void showProblem(const QString &text);

    DatabaseConfig m_config;
    QRadioButton *m_thisPc;
    QRadioButton *m_server;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_service;
    QPushButton *m_test;
    QLabel *m_result;
};

// Shows the dialog and keeps the choice in settings; nothing when cancelled.
std::optional<DatabaseConfig> askForDatabase(QSettings &settings, const DatabaseConfig &current,
                                             const QString &problem = {});

} // namespace estatedesk
