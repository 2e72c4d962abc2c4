// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety on SQLite: a writer killed with SIGKILL dozens of times loses nothing it reported
// committed and leaves a sound file; a full disk gives a clear message and loses nothing.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "repositories/ClientRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace estatedesk;
using namespace estatedesk::test;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted();
    void fullDiskSaysSoAndLosesNothing();
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
                QFAIL(qPrintable(QStringLiteral("the writer stopped: %1").arg(QString::fromUtf8(writer.readAllStandardError()))));
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
        QVERIFY2(stored.contains(n), qPrintable(QStringLiteral("client %1 was reported committed but is missing").arg(n)));
    // Invariants: every client has its service record (both were one transaction).
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                                         "service_records r WHERE r.client_id = c.id)"))
                 .toLongLong(),
             0);
    qInfo("%d kills, %lld commits reported, %lld clients stored", rounds, qint64(reported.size()), qint64(stored.size()));
}

void TestCrash::fullDiskSaysSoAndLosesNothing()
{
    QTemporaryDir dir;
    FixedClock clock(fridayMorning());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("full.sqlite"))));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    Client first;
    first.name = QStringLiteral("第一位");
    first.phone = QStringLiteral("13800000001");
    ClientRepository(session).add(first);
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
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'clients'")).toLongLong(),
             qint64(saved + 1));
    QCOMPARE(IntegrityCheck::run(db), QStringList());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
