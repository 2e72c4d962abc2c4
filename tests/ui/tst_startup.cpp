// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up with a damaged database file: the newest good backup is offered, the damaged file kept.
#include "TestDatabase.h"

#include "MessageBox.h"
#include "StartupRecovery.h"
#include "demo/DemoData.h"
#include "services/Startup.h"
#include "storage/BackupRotation.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QtTest>

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

private:
    void damage();
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{fridayMorning()};
};

void TestStartup::init()
{
    // Each test its own folder, so each has its own backups/ beside the file.
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/office.sqlite"));
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

void TestStartup::soundFileOpensWithoutQuestions()
{
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QCOMPARE(Sql::scalar(startup.database().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(), 30);
}

void TestStartup::damagedFileOffersTheLatestGoodBackup()
{
    damage();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Startup startup(DatabaseConfig::sqlite(m_path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("damaged")), qPrintable(MessageBox::lastText()));
    QCOMPARE(Sql::scalar(startup.database().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(), 30);
    QVERIFY(!QDir(QFileInfo(m_path).absolutePath()).entryList({QStringLiteral("office.sqlite.damaged-*")}).isEmpty());
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
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no good backup")), qPrintable(MessageBox::lastText()));
}

void TestStartup::olderDatabaseIsUpgradedAfterABackupAndSaysSo()
{
    // A database left by the previous program: one schema step behind.
    const QString path = m_dir.filePath(QStringLiteral("older/office.sqlite"));
    const int latest = Migrations::latestVersion();
    {
        Database db(DatabaseConfig::sqlite(path));
        db.open();
        Migrations::migrate(db, latest - 1);
    }
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Startup startup(DatabaseConfig::sqlite(path), m_clock);
    QVERIFY(openWithRecovery(startup));
    QCOMPARE(startup.schemaVersion(), latest);
    const QStringList copies = QDir(m_dir.filePath(QStringLiteral("older/backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(copies.size(), 1);
    // One line: the program, the versions, where the copy is.
    const QString text = MessageBox::lastText();
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("EstateDesk 9.8.7 upgraded the database from version %1 to %2; ").arg(latest - 1).arg(latest)),
             qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("older/backups/")) + copies.constFirst())),
             qPrintable(text));
    // The next start finds nothing to upgrade and says nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Startup again(DatabaseConfig::sqlite(path), m_clock);
    QVERIFY(openWithRecovery(again));
    QCOMPARE(MessageBox::lastText(), text);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
