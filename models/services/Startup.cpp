// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Startup.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/CalendarRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Accounts.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityWatch.h"
#include "storage/Migrations.h"
#include "storage/SchemaUpgrade.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>

namespace estatedesk {

Startup::Startup(DatabaseConfig config, const Clock &clock)
    : m_config(std::move(config)), m_clock(clock),
      m_db(std::make_unique<Database>(m_config)), m_session{m_db.get(), &clock, 0}
{
}

Startup::~Startup() = default;

void Startup::open()
{
    m_db->open();
    // A file whose last check in a window found it damaged is only read until it is restored.
    if (m_config.backend == Backend::Sqlite) {
        QFile note(IntegrityWatch::damageNote(m_config.sqlitePath));
        if (note.open(QIODevice::ReadOnly))
            m_db->setDamage(QString::fromUtf8(note.readLine()).trimmed());
    }
}

QStringList Startup::openAndCheck()
{
    try {
        m_db->open();
        if (m_config.backend != Backend::Sqlite)
            return {};
        // Reading the whole file through takes time that grows with it, so the start only reads
        // its header and schema; the window reads it through once it shows (IntegrityWatch). A
        // file whose last check found it damaged is read through here, before anything else.
        if (QFileInfo::exists(IntegrityWatch::damageNote(m_config.sqlitePath)))
            return IntegrityWatch::checkNow(*m_db);
        Sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        return {};
    } catch (const Error &e) {
        if (m_config.backend != Backend::Sqlite || !QFileInfo::exists(m_config.sqlitePath))
            throw;
        return {e.message()};
    }
}

QStringList Startup::checkFile()
{
    return IntegrityWatch::checkNow(*m_db);
}

QString Startup::backupFolder() const
{
    return SchemaUpgrade::backupFolder(*m_db);
}

QString Startup::latestGoodBackup() const
{
    return BackupRotation::latestGood(*m_db, backupFolder());
}

void Startup::restoreInPlace(const QString &backup)
{
    m_db.reset(); // no connection may stay open on the file being replaced
    m_session.db = nullptr;
    Backup::replaceDamagedFile(m_config.sqlitePath, backup,
                               m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(IntegrityWatch::damageNote(m_config.sqlitePath)); // the good copy needs no second look
    m_db = std::make_unique<Database>(m_config);
    m_session.db = m_db.get();
    m_db->open();
}

int Startup::prepare(const std::function<void(const QString &)> &backupTaken)
{
    // A damaged file is only read: no upgrade, no merge of the shipped calendars into it.
    const bool damaged = !m_db->damage().isEmpty();
    const int version =
        damaged ? Migrations::currentVersion(*m_db) : SchemaUpgrade::run(*m_db, m_clock, backupTaken);
    SettingsRepository(m_session).applyOfficeZone();
    if (!damaged)
        CalendarRepository(m_session).mergeShippedYears();
    return version;
}

int Startup::schemaVersion() const
{
    return Migrations::currentVersion(*m_db);
}

bool Startup::needsSignIn() const
{
    return Migrations::currentVersion(*m_db) >= kAccountsVersion && Accounts(m_session).anyAccount();
}

Staff Startup::signIn(const QString &name, const QString &password)
{
    const Staff staff = Accounts(m_session).signIn(name, password);
    signedIn(staff);
    m_signInNotice.clear();
    if (!m_db->damage().isEmpty())
        m_signInNotice =
            Accounts::tr("Signed in, but the sign-in could not be recorded: %1").arg(m_db->damagedMessage());
    else if (!m_db->unwritable().isEmpty())
        m_signInNotice =
            Accounts::tr("Signed in, but the sign-in could not be recorded: %1").arg(m_db->unwritable());
    return staff;
}

void Startup::signedIn(const Staff &staff)
{
    m_session = Accounts::sessionFor(m_session, staff);
}

} // namespace estatedesk
