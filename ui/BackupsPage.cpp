// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsPage.h"

#include "MessageBox.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "security/Retention.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace estatedesk {

BackupsPage::BackupsPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A copy of the database is taken automatically once a day while EstateDesk runs, and thinned "
           "to one copy per day for a week, per week for a month and per month for a year."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    folderRow->addWidget(m_folder, 1);
    auto *save = new QPushButton(tr("Save folder"), this);
    save->setObjectName(QStringLiteral("saveBackupFolderButton"));
    folderRow->addWidget(save);
    layout->addLayout(folderRow);
    m_copies = new QListWidget(this);
    m_copies->setObjectName(QStringLiteral("backupCopies"));
    layout->addWidget(m_copies, 1);
    auto *buttons = new QHBoxLayout;
    auto *now = new QPushButton(tr("Back up now"), this);
    auto *restoreButton = new QPushButton(tr("Restore the selected copy..."), this);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    buttons->addWidget(now);
    buttons->addWidget(restoreButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    auto *retention = new QGroupBox(tr("Keeping records (seed 三.(三)2)"), this);
    auto *retentionLayout = new QVBoxLayout(retention);
    auto *yearsRow = new QHBoxLayout;
    yearsRow->addWidget(new QLabel(tr("Keep records after handover for"), retention));
    m_years = new QSpinBox(retention);
    m_years->setRange(1, 30);
    m_years->setSuffix(tr(" years"));
    yearsRow->addWidget(m_years);
    auto *saveYears = new QPushButton(tr("Save"), retention);
    auto *preview = new QPushButton(tr("Preview who goes"), retention);
    yearsRow->addWidget(saveYears);
    yearsRow->addWidget(preview);
    yearsRow->addStretch(1);
    retentionLayout->addLayout(yearsRow);
    auto *explain = new QLabel(
        tr("Once a day, clients whose last handover is older than this have their name, phone and notes "
           "anonymised and their service records removed; backup copies older than this are removed too."),
        retention);
    explain->setWordWrap(true);
    retentionLayout->addWidget(explain);
    m_preview = new QListWidget(retention);
    m_preview->setMaximumHeight(120);
    retentionLayout->addWidget(m_preview);
    layout->addWidget(retention);
    connect(saveYears, &QPushButton::clicked, this, [this] { saveRetentionYears(m_years->value()); });
    connect(preview, &QPushButton::clicked, this, &BackupsPage::previewRetention);
    try {
        m_years->setValue(Retention(m_session).years());
    } catch (const Error &) {
    }
    connect(save, &QPushButton::clicked, this, [this] { saveFolder(m_folder->text().trimmed()); });
    connect(now, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(restoreButton, &QPushButton::clicked, this, [this] {
        if (auto *item = m_copies->currentItem())
            restore(item->data(Qt::UserRole).toString());
    });
    reload();
}

void BackupsPage::showEvent(QShowEvent *event)
{
    // Copies are also taken while the page is not on screen (the daily automatic one): each time
    // it shows, it lists what is in the folder now.
    reload();
    QWidget::showEvent(event);
}

void BackupsPage::reload()
{
    try {
        const QString folder = BackupRotation::folder(m_session);
        m_folder->setText(QDir::toNativeSeparators(folder));
        m_copies->clear();
        for (const BackupRotation::Copy &c : BackupRotation::listAll(*m_session.db, folder)) {
            auto *item = new QListWidgetItem(tr("%1  %2    %3")
                                                 .arg(OfficeTime::formatDateTime(c.takenAt),
                                                      c.automatic ? tr("automatic") : tr("on demand"),
                                                      QDir::toNativeSeparators(c.path)));
            item->setData(Qt::UserRole, c.path);
            m_copies->addItem(item);
        }
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
}

void BackupsPage::previewRetention()
{
    m_preview->clear();
    try {
        const QList<RetentionCandidate> list = Retention(m_session).preview();
        for (const RetentionCandidate &c : list)
            m_preview->addItem(
                tr("%1 (No. %2): handed over %3, %n service record(s)", nullptr, int(c.serviceRecords))
                    .arg(c.name)
                    .arg(c.clientId)
                    .arg(c.handedOverOn.toString(Qt::ISODate)));
        if (list.isEmpty())
            m_preview->addItem(tr("Nobody is past the keeping period."));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Keeping records"), e.message());
    }
}

bool BackupsPage::saveRetentionYears(int years)
{
    try {
        Retention(m_session).setYears(years);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Keeping records"), e.message());
        return false;
    }
    previewRetention();
    return true;
}

bool BackupsPage::saveFolder(const QString &folder)
{
    try {
        Permissions::require(m_session, Action::ManageBackups);
        if (folder.isEmpty() || !QDir().mkpath(folder))
            throw ValidationError(QStringLiteral("folder"), tr("Folder: %1 cannot be created").arg(folder));
        SettingsRepository(m_session).set(Settings::BackupFolder, QDir::fromNativeSeparators(folder));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Backups"), e.message());
        return false;
    }
    reload();
    return true;
}

bool BackupsPage::backUpNow()
{
    try {
        Permissions::require(m_session, Action::ManageBackups);
        const QString path = BackupRotation::folder(m_session) + u'/' +
                             BackupRotation::fileName(*m_session.db, false, m_session.clock->nowMs());
        const QString unrecorded = Backup::take(m_session, path);
        m_status->setText(tr("Backup written to %1.").arg(QDir::toNativeSeparators(path)) +
                          (unrecorded.isEmpty() ? QString() : u' ' + unrecorded));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Backups"), e.message());
        return false;
    }
    reload();
    return true;
}

bool BackupsPage::restore(const QString &path)
{
    try {
        Permissions::require(m_session, Action::ManageBackups);
        Backup::verify(path);
        // A copy whose audit log was changed behind the program's back: refused, unless an
        // administrator decides to restore it anyway (issue 14 item 5).
        const QString broken = Backup::auditChainProblem(path);
        if (!broken.isEmpty() && m_session.role != Vocabulary::Role::Admin)
            throw AuditChainError(
                tr("The audit log in the copy %1 was changed behind EstateDesk's back (%2). Only an "
                   "administrator may restore it.")
                    .arg(QDir::toNativeSeparators(path), broken));
        const QString question =
            broken.isEmpty()
                ? tr("Replace everything in the database with the copy %1?\n\nChanges made since that copy was "
                     "taken will be lost. Take a backup now first if in doubt.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("The audit log in the copy %1 was changed behind EstateDesk's back: %2.\n\nRestore it anyway and "
                     "replace everything in the database with it? The audit log starts a new chain from this copy, and the "
                     "entry of this restore records what was broken.")
                      .arg(QDir::toNativeSeparators(path), broken);
        if (MessageBox::question(this, tr("Restore"), question, QMessageBox::Yes | QMessageBox::No,
                                 broken.isEmpty() ? QMessageBox::NoButton : QMessageBox::No) !=
            QMessageBox::Yes)
            return false;
        RestoreOptions options;
        options.force = !broken.isEmpty();
        Backup::restore(m_session, path, options);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Restore"), tr("Nothing was changed.\n\n%1").arg(e.message()));
        return false;
    }
    m_status->setText(tr("Restored from %1.").arg(QDir::toNativeSeparators(path)));
    emit restored();
    return true;
}

} // namespace estatedesk
