// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety on SQLite: a writer killed with SIGKILL dozens of times loses nothing it reported
// committed and leaves a sound file; a full disk gives a clear message and loses nothing; a backup
// killed midway leaves no file others can read and no partial copy once the next backup ran.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/PrivateFiles.h"
#include "repositories/ClientRepository.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace estatedesk;
using namespace estatedesk::test;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted();
    void fullDiskSaysSoAndLosesNothing();
    void killedBackupLeavesNoPartialFile();
};

void TestCrash::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QRandomGenerator rng(42); // fixed: the same kill points on every run
    QSet<qint64> reported;
    qint64 next = 1;
    const int rounds = 30;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(ESTATEDESK_CRASH_WRITER));
        writer.setArguments({path, QString::number(next)});
        writer.start();
        QVERIFY2(writer.waitForStarted(30000), "the writer did not start");
        // Let it commit a random number of clients, then kill it wherever it is.
        const int commits = 1 + int(rng.bounded(40));
        int seen = 0;
        QByteArray pending;
        while (seen < commits) {
            if (!writer.waitForReadyRead(30000))
                QFAIL(qPrintable(QStringLiteral("the writer stopped: %1")
                                     .arg(QString::fromUtf8(writer.readAllStandardError()))));
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype nl = pending.indexOf('\n');
                reported.insert(pending.left(nl).toLongLong());
                pending.remove(0, nl + 1);
                ++seen;
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(30000);
        // Lines it printed before dying count as reported commits too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (!line.isEmpty())
                reported.insert(line.toLongLong());
        next = *std::max_element(reported.cbegin(), reported.cend()) + 1000; // never reuse a phone
    }
    Database db(DatabaseConfig::sqlite(path));
    db.open();
    QCOMPARE(IntegrityCheck::run(db), QStringList());
    QSet<qint64> stored;
    QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT name FROM clients"));
    while (q.next())
        stored.insert(q.value(0).toString().mid(4).toLongLong());
    for (qint64 n : std::as_const(reported))
        QVERIFY2(stored.contains(n),
                 qPrintable(QStringLiteral("client %1 was reported committed but is missing").arg(n)));
    // Invariants: every client has its service record (both were one transaction).
    QCOMPARE(Sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                        "service_records r WHERE r.client_id = c.id)"))
                 .toLongLong(),
             0);
    qInfo("%d kills, %lld commits reported, %lld clients stored", rounds, qint64(reported.size()),
          qint64(stored.size()));
}

void TestCrash::fullDiskSaysSoAndLosesNothing()
{
    QTemporaryDir dir;
    FixedClock clock(fridayMorning());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("full.sqlite"))));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    const Client first = addClient(session, QStringLiteral("第一位"), QStringLiteral("13800000001"));
    // The file may not grow any more: the next pages have nowhere to go.
    const qint64 pages = Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
    Sql::run(db.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    QString message;
    int saved = 0;
    for (int i = 0; i < 5000 && message.isEmpty(); ++i) {
        Client c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("+86137%1").arg(i, 8, 10, QLatin1Char('0'));
        c.notes = QString(400, u'备');
        try {
            ClientRepository(session).add(c);
            ++saved;
        } catch (const StorageError &e) {
            message = e.message();
        }
    }
    QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("nothing was saved")), qPrintable(message));
    // Everything saved before is still there, and the failed client left nothing behind.
    QCOMPARE(ClientRepository(session).count(), qint64(saved + 1));
    QCOMPARE(Sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'clients'"))
                 .toLongLong(),
             qint64(saved + 1));
    QCOMPARE(IntegrityCheck::run(db), QStringList());
}

void TestCrash::killedBackupLeavesNoPartialFile()
{
    ::umask(022); // as on a usual desktop
    QTemporaryDir dir;
    FixedClock clock(fridayMorning());
    // A source large enough that a copy takes a while: the kills land inside VACUUM INTO.
    const QString source = dir.filePath(QStringLiteral("office.sqlite"));
    Database db(DatabaseConfig::sqlite(source));
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    {
        Transaction tx(db);
        QSqlQuery insert =
            Sql::prepare(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        for (int i = 0; i < 4000; ++i) {
            insert.bindValue(0, QStringLiteral("filler.%1").arg(i));
            insert.bindValue(1, QString(2000, QChar(u'a' + i % 26)));
            Sql::exec(insert);
        }
        tx.commit();
    }
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QRandomGenerator rng(7);
    int partsSeen = 0;
    const int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        // Automatic copies each have a name of their own; odd rounds reuse one name as `backup FILE` would.
        const QString target = round % 2 ? folder + QStringLiteral("/manual.sqlite")
                                         : folder + QStringLiteral("/%1-auto-202611%2-020000.sqlite")
                                                        .arg(BackupRotation::owner(db))
                                                        .arg(round + 10);
        QProcess writer;
        writer.setProgram(QStringLiteral(ESTATEDESK_CRASH_WRITER));
        writer.setArguments({QStringLiteral("--backup"), source, target});
        writer.start();
        QVERIFY2(writer.waitForStarted(30000), "the writer did not start");
        // Kill it right after it starts its n-th copy, wherever it is then.
        const int copies = 1 + int(rng.bounded(3));
        int started = 0;
        QByteArray out;
        while (started < copies) {
            if (!writer.waitForReadyRead(30000))
                QFAIL(qPrintable(QStringLiteral("the writer stopped: %1")
                                     .arg(QString::fromUtf8(writer.readAllStandardError()))));
            out += writer.readAllStandardOutput();
            started = int(out.count("start"));
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(30000);
        // Whatever it left, nobody else can read it, and a file under the real name is complete.
        bool partial = false;
        for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
            QVERIFY2(PrivateFiles::isPrivate(f.absoluteFilePath()),
                     qPrintable(QStringLiteral("%1 is mode %2")
                                    .arg(f.fileName())
                                    .arg(PrivateFiles::mode(f.absoluteFilePath()), 0, 8)));
            if (f.fileName().contains(QLatin1String(".part"))) // FILE.part and its -journal
                partial = true;
            else
                QCOMPARE(Backup::verify(f.absoluteFilePath()), Migrations::currentVersion(db));
        }
        QVERIFY(PrivateFiles::isPrivate(folder));
        partsSeen += partial ? 1 : 0;
    }
    QVERIFY2(partsSeen > 0, "no kill landed inside a copy: the test proved nothing");
    // The next runs clean up: a backup to the same file, and the automatic backup for its folder.
    Backup::write(db, folder + QStringLiteral("/manual.sqlite"));
    SettingsRepository(session).set(Settings::BackupFolder, folder);
    QVERIFY(!BackupRotation::run(session).isEmpty());
    const QStringList left = QDir(folder).entryList({QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    qInfo("%d kills, %d of them with a partial copy in the folder", rounds, partsSeen);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
