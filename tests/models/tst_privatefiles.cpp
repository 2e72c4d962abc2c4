// SPDX-License-Identifier: GPL-3.0-or-later
// Private files (issue 14 item 2), on SQLite and PostgreSQL, with umask 022 set in this process
// as on a usual desktop: the database and its -wal/-shm, backups (automatic ones too), the
// client CSV export, the personal-data export, the .ics of viewings and a report written through
// PrivateSaveFile are all 0600, and the folders made for them 0700.
#include "TestDatabase.h"

#include "core/PrivateFiles.h"
#include "io/ClientCsv.h"
#include "io/PersonalDataExport.h"
#include "io/ViewingIcs.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QtTest>

#include <sys/stat.h>

using namespace estatedesk;
using namespace estatedesk::test;

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newDatabaseAndItsWalAreOwnerOnly();
    void existingWideDatabaseIsMadePrivateOnOpen();
    void backupsAreOwnerOnly();
    void exportsAreOwnerOnly();
    void privateSaveFileForReports();
    void privateSaveFileNotCommittedLeavesNothing();

private:
    static QString modeText(const QString &path) { return QString::number(PrivateFiles::mode(path), 8); }
    TestDatabase m_test;
    QTemporaryDir m_dir;
};

#define QVERIFY_PRIVATE(path, expected)                                                                      \
    QVERIFY2(PrivateFiles::mode(path) == (expected),                                                         \
             qPrintable(QStringLiteral("%1 has mode %2, expected %3")                                        \
                            .arg(path, modeText(path), QString::number(expected, 8))))

void TestPrivateFiles::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    ::umask(022); // what most desktops set: without care, new files would be 0644
    QVERIFY(m_dir.isValid());
}

void TestPrivateFiles::newDatabaseAndItsWalAreOwnerOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("new/data"));
    const QString path = folder + QStringLiteral("/office.sqlite");
    {
        Database db(DatabaseConfig::sqlite(path));
        db.open();
        Migrations::migrate(db);
        // Writing while a second connection reads keeps the -wal and -shm files in place.
        Database reader(DatabaseConfig::sqlite(path));
        QSqlQuery open = Sql::run(reader.connection(), QStringLiteral("SELECT COUNT(*) FROM clients"));
        Sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', '1')"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY_PRIVATE(path, 0600);
        QVERIFY_PRIVATE(path + QStringLiteral("-wal"), 0600);
        QVERIFY_PRIVATE(path + QStringLiteral("-shm"), 0600);
    }
    QVERIFY_PRIVATE(folder, 0700);
    QVERIFY_PRIVATE(m_dir.filePath(QStringLiteral("new")), 0700);
}

void TestPrivateFiles::existingWideDatabaseIsMadePrivateOnOpen()
{
    // A database written by an earlier version, 0644, with a 0644 -wal beside it.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db(DatabaseConfig::sqlite(path));
        Migrations::migrate(db);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    {
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly)); // empty: SQLite ignores it
    }
    QFile::setPermissions(path + QStringLiteral("-wal"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY_PRIVATE(path, 0644);
    Database db(DatabaseConfig::sqlite(path));
    db.open();
    QVERIFY_PRIVATE(path, 0600);
    QVERIFY_PRIVATE(path + QStringLiteral("-wal"), 0600);
    Sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', '1')"));
    QVERIFY_PRIVATE(path + QStringLiteral("-shm"), 0600);
}

void TestPrivateFiles::backupsAreOwnerOnly()
{
    FixedClock clock(fridayMorning());
    Session session = m_test.freshSession(clock);
    Client c;
    c.name = QStringLiteral("备份测试");
    c.phone = QStringLiteral("13800001111");
    ClientRepository(session).add(c);

    const QString folder = m_dir.filePath(QStringLiteral("backups-%1/deep").arg(m_test.backendName()));
    const QString file = folder + QStringLiteral("/copy.sqlite");
    Backup::write(*session.db, file);
    QVERIFY_PRIVATE(file, 0600);
    QVERIFY_PRIVATE(folder, 0700);
    QVERIFY(!QFileInfo::exists(Backup::partFile(file)));
    // Written again over a copy that was 0644: still 0600.
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    Backup::write(*session.db, file);
    QVERIFY_PRIVATE(file, 0600);
    QCOMPARE(Backup::verify(file), Migrations::currentVersion(*session.db));

    // The automatic copies in the backup folder (a setting here).
    const QString autoFolder = m_dir.filePath(QStringLiteral("auto-%1").arg(m_test.backendName()));
    SettingsRepository(session).set(Settings::BackupFolder, autoFolder);
    const QString taken = BackupRotation::run(session);
    QVERIFY(!taken.isEmpty());
    QVERIFY_PRIVATE(taken, 0600);
    QVERIFY_PRIVATE(autoFolder, 0700);
}

void TestPrivateFiles::exportsAreOwnerOnly()
{
    FixedClock clock(fridayMorning());
    Session session = m_test.freshSession(clock);
    Client c;
    c.name = QStringLiteral("导出测试");
    c.phone = QStringLiteral("13800002222");
    ClientRepository(session).add(c);
    Staff consultant;
    consultant.name = QStringLiteral("顾问甲");
    consultant.role = QStringLiteral("consultant");
    StaffRepository(session).add(consultant);
    Appointment viewing;
    viewing.clientId = c.id;
    viewing.consultantId = consultant.id;
    viewing.startsAt = clock.nowMs() + 3600'000;
    viewing.endsAt = viewing.startsAt + 3600'000;
    AppointmentRepository(session).add(viewing);

    const QString folder = m_dir.filePath(QStringLiteral("exports-%1").arg(m_test.backendName()));
    const QString csv = folder + QStringLiteral("/clients.csv");
    QCOMPARE(ClientCsv::exportFile(session, csv), 1);
    QVERIFY_PRIVATE(csv, 0600);
    QVERIFY_PRIVATE(folder, 0700);
    QVERIFY(QFile(csv).size() > 0);

    const QString json = folder + QStringLiteral("/client.json");
    PersonalDataExport::writeFile(session, c.id, json);
    QVERIFY_PRIVATE(json, 0600);
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("+8613800002222"));
    }

    const QString ics = folder + QStringLiteral("/viewing.ics");
    ViewingIcs::writeFile(session, {AppointmentRepository(session).get(viewing.id)}, ics);
    QVERIFY_PRIVATE(ics, 0600);
    {
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR"));
    }
    // A file that was there before, 0644, is replaced by an owner-only one.
    QFile::setPermissions(csv, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    ClientCsv::exportFile(session, csv);
    QVERIFY_PRIVATE(csv, 0600);
}

void TestPrivateFiles::privateSaveFileForReports()
{
    // What ReportPrinter does for CSV/HTML, and for PDF with the file as the QPdfWriter's device.
    const QString path = m_dir.filePath(QStringLiteral("reports/2026-11/overdue.html"));
    PrivateSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY_PRIVATE(path, 0600); // the placeholder, before anything is written
    file.write("<p>张三 138 0000 1111</p>");
    QVERIFY(file.commit());
    QVERIFY_PRIVATE(path, 0600);
    QVERIFY_PRIVATE(m_dir.filePath(QStringLiteral("reports/2026-11")), 0700);
    QVERIFY_PRIVATE(m_dir.filePath(QStringLiteral("reports")), 0700);
    QFile back(path);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("<p>张三 138 0000 1111</p>"));
}

void TestPrivateFiles::privateSaveFileNotCommittedLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    {
        PrivateSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half");
    }
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
             QStringList());
    // An existing file stays as it was when the new content is not committed.
    PrivateFiles::writeFile(path, "old");
    {
        PrivateSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("new");
    }
    QFile back(path);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("old"));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
