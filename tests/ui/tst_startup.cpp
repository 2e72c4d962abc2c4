// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up with a damaged database file: the newest good backup is offered, the damaged file kept.
// The start reads only the file's header; damage deeper in it is found by the window's check
// (issue 14 item 11), which refuses writes and backups until the next start restores.
#include "TestDatabase.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "StartupRecovery.h"
#include "core/Errors.h"
#include "demo/DemoData.h"
#include "repositories/ClientRepository.h"
#include "security/Accounts.h"
#include "services/Startup.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityWatch.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <unistd.h>

using namespace estatedesk;
using namespace estatedesk::test;

class TestStartup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void soundFileOpensWithoutQuestions();
    void damagedFileOffersTheLatestGoodBackup();
    void declinedOfferChangesNothing();
    void damagedWithoutBackupSaysSo();
    void olderDatabaseIsUpgradedAfterABackupAndSaysSo();
    void damageFoundByTheWindowStopsWritesUntilRestored();
    void consoleOnlyReadsANotedFileUntilRestored();
    void consoleReadsAReadOnlyFileAndSaysWhatItCannotSave();

private:
    void damage();
    // Stray bytes in the file's last page only.
    void damageLastPage();
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{fridayMorning()};
};

void TestStartup::init()
{
    // Each test its own folder, so each has its own backups/ beside the file.
    m_path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/office.sqlite"));
    Database db(DatabaseConfig::sqlite(m_path));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &m_clock, 0};
    DemoData::generate(session, 30, 4);
    if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("damagedWithoutBackupSaysSo"))
        QVERIFY(!BackupRotation::run(session).isEmpty());
    Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void TestStartup::damage()
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(4096);
    f.write(QByteArray(int(f.size() / 2), '\x5A'));
}

void TestStartup::damageLastPage()
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() - 4096);
    f.write(QByteArray(4096, '\x5A'));
}

void TestStartup::soundFileOpensWithoutQuestions()
{
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QCOMPARE(
        Sql::scalar(startup.database().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(),
        30);
}

void TestStartup::damagedFileOffersTheLatestGoodBackup()
{
    damage();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("damaged")), qPrintable(MessageBox::lastText()));
    QCOMPARE(
        Sql::scalar(startup.database().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(),
        30);
    QVERIFY(!QDir(QFileInfo(m_path).absolutePath())
                 .entryList({QStringLiteral("office.sqlite.damaged-*")})
                 .isEmpty());
}

void TestStartup::declinedOfferChangesNothing()
{
    damage();
    const QByteArray before = [&] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    MessageBox::setNextAnswer(QMessageBox::No);
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(!openWithRecovery(startup));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestStartup::damagedWithoutBackupSaysSo()
{
    damage();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(!openWithRecovery(startup));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no good backup")),
             qPrintable(MessageBox::lastText()));
}

void TestStartup::olderDatabaseIsUpgradedAfterABackupAndSaysSo()
{
    // A database left by the previous program: one schema step behind (steps are numbered by the
    // branch that added them, so the one before the last need not be latest - 1).
    const QString path = m_dir.filePath(QStringLiteral("older/office.sqlite"));
    const int latest = Migrations::latestVersion();
    const int previous = Migrations::steps().at(Migrations::steps().size() - 2).version;
    {
        Database db(DatabaseConfig::sqlite(path));
        db.open();
        Migrations::migrate(db, previous);
    }
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Startup startup(DatabaseConfig::sqlite(path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QCOMPARE(startup.schemaVersion(), latest);
    const QStringList copies =
        QDir(m_dir.filePath(QStringLiteral("older/backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(copies.size(), 1);
    // One line: the program, the versions, where the copy is.
    const QString text = MessageBox::lastText();
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("EstateDesk 9.8.7 upgraded the database from version %1 to %2; ")
                                 .arg(previous)
                                 .arg(latest)),
             qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("older/backups/")) +
                                                    copies.constFirst())),
             qPrintable(text));
    // The next start finds nothing to upgrade and says nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Startup again(DatabaseConfig::sqlite(path), m_clock);
    QVERIFY(openWithRecovery(again));
    QCOMPARE(MessageBox::lastText(), text);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestStartup::damageFoundByTheWindowStopsWritesUntilRestored()
{
    damageLastPage(); // nothing the start reads
    const QString note = IntegrityWatch::damageNote(m_path);
    {
        Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
        QVERIFY(openWithRecovery(startup));
        QVERIFY(startup.database().damage().isEmpty());
        Session session = startup.session();
        session.role = QStringLiteral("administrator");
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window reads the file through on its own thread and says what it found.
        QTRY_VERIFY_WITH_TIMEOUT(window.fileBanner()->isVisible(), 20000);
        QVERIFY2(window.fileBanner()->text().contains(QStringLiteral("is damaged")),
                 qPrintable(window.fileBanner()->text()));
        QVERIFY(!startup.database().damage().isEmpty());
        QVERIFY(QFileInfo::exists(note));
        // Writes are refused with the damage named; nothing is half-written.
        Client c;
        c.name = QStringLiteral("王新");
        c.phone = QStringLiteral("13900001234");
        Session desk = session;
        desk.role = QStringLiteral("reception");
        try {
            ClientRepository(desk).add(c);
            QFAIL("a write went into a damaged file");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("is damaged")), qPrintable(e.message()));
        }
        // A backup would push the good ones out of the rotation: refused.
        try {
            Backup::write(startup.database(), m_dir.filePath(QStringLiteral("copy.sqlite")));
            QFAIL("a damaged file was backed up");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("no backup was taken")), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("copy.sqlite"))));
    }
    // The next start reads the noted file through first and offers the latest good backup.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(note));
    QCOMPARE(
        Sql::scalar(startup.database().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(),
        30);
}

void TestStartup::consoleOnlyReadsANotedFileUntilRestored()
{
    QString good;
    {
        Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
        startup.open();
        good = startup.latestGoodBackup();
    }
    QVERIFY(!good.isEmpty());
    damageLastPage();
    {
        Database db(DatabaseConfig::sqlite(m_path));
        db.open();
        QVERIFY(!IntegrityWatch::checkNow(db).isEmpty()); // as the window's check does
    }
    const auto cli = [this](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ESTATEDESK_CLI_PATH), QStringList{QStringLiteral("--db"), m_path} + args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QStringList visit = {QStringLiteral("visit"),     QStringLiteral("register"),
                               QStringLiteral("--phone"),   QStringLiteral("13900002222"),
                               QStringLiteral("--name"),    QStringLiteral("赵修复"),
                               QStringLiteral("--channel"), QStringLiteral("walk-in")};
    QString err;
    QVERIFY(cli(visit, &err) != 0);
    QVERIFY2(err.contains(QStringLiteral("is damaged")), qPrintable(err));
    const QString copy = m_dir.filePath(QStringLiteral("console-copy.sqlite"));
    QVERIFY(cli({QStringLiteral("backup"), copy}, &err) != 0);
    QVERIFY2(err.contains(QStringLiteral("no backup was taken")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(copy));
    // Restore puts the good copy in place of the damaged file; then writes work again.
    QVERIFY2(cli({QStringLiteral("restore"), good}, &err) == 0, qPrintable(err));
    QVERIFY(!QFileInfo::exists(IntegrityWatch::damageNote(m_path)));
    QVERIFY(!QDir(QFileInfo(m_path).absolutePath())
                 .entryList({QStringLiteral("office.sqlite.damaged-*")})
                 .isEmpty());
    QVERIFY2(cli(visit, &err) == 0, qPrintable(err));
    QVERIFY2(cli({QStringLiteral("check")}, &err) == 0, qPrintable(err));
}

// Issue 14 item 6: a file the program may read but not write (someone else's copy, a read-only
// folder) is read, the sign-in goes unrecorded and says so, writes give the README's words, and a
// backup to another folder is written. The file really is read-only for the console program: as
// root (which may write anything) it runs as the user nobody.
void TestStartup::consoleReadsAReadOnlyFileAndSaysWhatItCannotSave()
{
    {
        Database db(DatabaseConfig::sqlite(m_path));
        db.open();
        const Session system{&db, &m_clock, 0};
        const Staff admin = Accounts(system).createFirstAdministrator(QStringLiteral("主管"),
                                                                      QStringLiteral("secret-pass-a"));
        Accounts(Accounts::sessionFor(system, admin))
            .addAccount(QStringLiteral("前台"), QStringLiteral("reception"), QStringLiteral("secret-pass-a"));
        Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    const QString copies = m_dir.filePath(QStringLiteral("read-only-copies"));
    QVERIFY(QDir().mkpath(copies));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir.path(), readable | enterable));
    QVERIFY(QFile::setPermissions(folder, readable | enterable));
    QVERIFY(QFile::setPermissions(m_path, readable));
    QVERIFY(QFile::setPermissions(copies, readable | enterable | QFile::WriteOwner | QFile::WriteGroup |
                                              QFile::WriteOther));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const bool root = ::geteuid() == 0;
    const auto cli = [&](const QStringList &args, QString *out, QString *err,
                         const QString &user = QStringLiteral("主管")) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ESTATEDESK_PASSWORD"), QStringLiteral("secret-pass-a"));
        env.insert(QStringLiteral("HOME"), copies);
        p.setProcessEnvironment(env);
        const QStringList command = QStringList{QStringLiteral(ESTATEDESK_CLI_PATH), QStringLiteral("--db"),
                                                m_path, QStringLiteral("--user"), user} +
                                    args;
        if (root)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
                        command);
        else
            p.start(command.constFirst(), command.mid(1));
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QVERIFY2(cli({QStringLiteral("check")}, &out, &err) == 0, qPrintable(err));
    QCOMPARE(out, QStringLiteral("ok\n"));
    QVERIFY2(err.contains(QStringLiteral("could not be recorded")) &&
                 err.contains(QStringLiteral("read-only here")),
             qPrintable(err));
    QVERIFY2(cli({QStringLiteral("clients"), QStringLiteral("find"), QStringLiteral("1")}, &out, &err) == 0,
             qPrintable(err));
    QVERIFY(!out.isEmpty());
    const QStringList visit = {QStringLiteral("visit"),     QStringLiteral("register"),
                               QStringLiteral("--phone"),   QStringLiteral("13900003333"),
                               QStringLiteral("--name"),    QStringLiteral("钱只读"),
                               QStringLiteral("--channel"), QStringLiteral("walk-in")};
    QCOMPARE(cli(visit, &out, &err, QStringLiteral("前台")), 3);
    QVERIFY2(
        err.contains(QStringLiteral("read-only here")) && err.contains(QStringLiteral("nothing was saved")) &&
            !err.contains(QStringLiteral("Unable to")) && !err.contains(QStringLiteral("readonly database")),
        qPrintable(err));
    // A copy can be taken to a folder that can be written; it says it went unrecorded.
    const QString copy = copies + QStringLiteral("/copy.sqlite");
    QVERIFY2(cli({QStringLiteral("backup"), copy}, &out, &err) == 0, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("could not be recorded in the audit log")), qPrintable(err));
    Backup::verify(copy);
    // An export of personal data is not written when it cannot be recorded.
    const QString csv = copies + QStringLiteral("/clients.csv");
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("clients"), csv}, &out, &err), 3);
    QVERIFY2(err.contains(QStringLiteral("must be recorded")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(csv));
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
