// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseChoiceDialog.h"
#include "FileDialogs.h"

#include "core/Errors.h"
#include "storage/ConnectionSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace estatedesk {

static QLineEdit *field(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

DatabaseChoiceDialog::DatabaseChoiceDialog(const DatabaseConfig &current, const QString &problem,
                                           QWidget *parent)
    : QDialog(parent), m_config(current)
{
    setWindowTitle(tr("Where EstateDesk keeps its data"));
    auto *layout = new QVBoxLayout(this);

    m_thisPc = new QRadioButton(tr("&This PC only"), this);
    m_thisPc->setObjectName(QStringLiteral("thisPcButton"));
    layout->addWidget(m_thisPc);
    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    const QString file = current.backend == Backend::Sqlite && !current.sqlitePath.isEmpty()
                             ? current.sqlitePath
                             : DatabaseConfig::defaultSqlitePath();
    m_file = field(this, "fileEdit", QDir::toNativeSeparators(file));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    auto *fileHint =
        new QLabel(tr("For one PC. The file stays on this PC; backups go to the folder beside it."), this);
    fileHint->setContentsMargins(24, 0, 0, 8);
    fileHint->setWordWrap(true);
    layout->addWidget(fileHint);

    m_server = new QRadioButton(tr("The &office server (several PCs share one PostgreSQL database)"), this);
    m_server->setObjectName(QStringLiteral("officeServerButton"));
    layout->addWidget(m_server);
    const OfficeServer server = current.backend == Backend::Postgres
                                    ? OfficeServer::fromConnection(current.pgConnection)
                                    : OfficeServer{};
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_host = field(this, "hostEdit", server.host);
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or office-server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(server.port);
    m_database = field(this, "databaseEdit", server.database);
    m_user = field(this, "userEdit", server.user);
    m_service = field(this, "serviceEdit", server.service);
    m_service->setPlaceholderText(tr("or a service of pg_service.conf instead of the four fields above"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Ser&vice:"), m_service);
    layout->addLayout(form);
    auto *passwordHint =
        new QLabel(tr("The password is never typed here nor stored by EstateDesk: put it in ~/.pgpass "
                      "(hostname:port:database:username:password, mode 0600), in PGPASSWORD, or in the "
                      "service's entry. See \"Setting up the office server\" in the README."),
                   this);
    passwordHint->setContentsMargins(24, 0, 0, 0);
    passwordHint->setWordWrap(true);
    layout->addWidget(passwordHint);

    m_test = new QPushButton(tr("&Test the connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(24, 0, 0, 0);
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    if (!problem.isEmpty())
        showProblem(tr("The last try failed: %1").arg(problem));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseChoiceDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &DatabaseChoiceDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            FileDialogs::saveFile(this, tr("Database file"), m_file->text(),
                                  tr("EstateDesk database (*.sqlite)"), QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    (current.backend == Backend::Postgres ? m_server : m_thisPc)->setChecked(true);
    connect(m_thisPc, &QRadioButton::toggled, this, &DatabaseChoiceDialog::updateEnabled);
    updateEnabled();
}

void DatabaseChoiceDialog::updateEnabled()
{
    const bool server = m_server->isChecked();
    m_file->setEnabled(!server);
    m_browse->setEnabled(!server);
    for (QWidget *w :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database),
          static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_service), static_cast<QWidget *>(m_test)})
        w->setEnabled(server);
}

DatabaseConfig DatabaseChoiceDialog::fromFields() const
{
    if (m_thisPc->isChecked()) {
        const QString file = m_file->text().trimmed();
        if (file.isEmpty())
            throw ValidationError(QStringLiteral("file"),
                                  tr("File: enter where the database file is to be kept."));
        return DatabaseConfig::sqlite(QDir::fromNativeSeparators(file),
                                      SqliteCreation::IfMissing); // chosen here: made here
    }
    OfficeServer server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.service = m_service->text().trimmed();
    server.validate();
    return DatabaseConfig::postgres(server.connection());
}

void DatabaseChoiceDialog::showProblem(const QString &text)
{
    m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result->setText(text);
}

bool DatabaseChoiceDialog::tryAccept()
{
    try {
        m_config = fromFields();
    } catch (const ValidationError &e) {
        showProblem(e.message());
        QLineEdit *edit = findChild<QLineEdit *>(e.field() + QStringLiteral("Edit"));
        if (edit)
            edit->setFocus();
        return false;
    }
    accept();
    return true;
}

bool DatabaseChoiceDialog::testConnection()
{
    DatabaseConfig config;
    try {
        config = fromFields();
    } catch (const ValidationError &e) {
        showProblem(e.message());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    QString text;
    try {
        const QString version = OfficeServer::serverVersion(config, 5);
        text = tr("Connected: PostgreSQL %1 answers at %2.").arg(version, config.describe());
        ok = true;
    } catch (const Error &e) {
        text = e.message();
    }
    QApplication::restoreOverrideCursor();
    if (ok) {
        m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_result->setText(text);
    } else {
        showProblem(text);
    }
    return ok;
}

std::optional<DatabaseConfig> askForDatabase(QSettings &settings, const DatabaseConfig &current,
                                             const QString &problem)
{
    DatabaseChoiceDialog dialog(current, problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ConnectionSettings::save(settings, dialog.config());
    return dialog.config();
}

} // namespace estatedesk
