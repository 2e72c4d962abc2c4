// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations, transactions, backups and the integrity check, on SQLite and on PostgreSQL.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/OfficeTime.h"
#include "io/ClientCsv.h"
#include "storage/AuditChain.h"

#include "core/Errors.h"
#include "demo/DemoData.h"
#include "repositories/AuditLog.h"
#include "repositories/ChangeFeed.h"
#include "repositories/ClientRepository.h"
#include "repositories/ClientSearchIndex.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Retention.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/SchemaUpgrade.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/SqlRows.h"
#include "storage/Transaction.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

using namespace estatedesk;
using namespace estatedesk::test;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void migratesAnEmptyDatabase();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void upgradeKeepsOneFollowUpPerAnomaly();
    void takesABackupBeforeUpgrading();
    void refusesANewerSchema();
    void anOpenWindowStopsWritingOnceANewerProgramUpgraded();
    void failedStepRollsBackAndReports();
    void transactionRollsBackOnException();
    void nestedTransactionFailureRollsBackTheWhole();
    void oneConnectionPerThread();
    void everyConnectionIsSetUpTheSameWay();
    void aBulkUnitHoldsItsPagesInMemoryUntilItEnds();
    void everyReferenceToAClientIsIndexed();
    void lockWaitSaysBusyInWords();
    void aDeletedLogStopsEveryWrite();
    void backupAndRestoreRoundTrip();
    void restoreRefusesADamagedCopy();
    void integrityCheckFindsBrokenInvariants();
    void auditChainNamesADeletedEntry();
    void auditChainNamesAChangedEntry();
    void auditChainSurvivesRedactionAndRollback();
    void upgradeChainsTheExistingAuditLog();
    void restoreRefusesATamperedCopyUnlessForced();
    void backupsAndExportsAreAudited();
    void rotationThinsToDaysWeeksAndMonths();
    void automaticBackupsAtMostDaily();
    void backupsOfTwoDatabasesInOneFolderStayApart();
    void damagedFileIsReplacedByTheLatestGoodBackup();
    void committedChangesReachAnotherProgramsWatcher();
    void valuesAreBoundWhateverTheyHold();
    void sqlRowReadsColumnsByName();
    void sqlRowRefusesAMissingOrDoubledColumn();
    void sqlRowsReadsWhatSqlRowReads();
    void sqlRowsFailsAsSqlRunFails();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
};

void TestStorage::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    qInfo("backend: %s", qPrintable(m_test.backendName()));
}

void TestStorage::migratesAnEmptyDatabase()
{
    Database &db = m_test.fresh();
    QCOMPARE(Migrations::currentVersion(db), 0);
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QSqlDatabase conn = db.connection();
    QStringList tables = db.dialect().tables(conn);
    for (const QString &t : Migrations::tablesInDependencyOrder())
        QVERIFY2(tables.contains(t), qPrintable(t));
    // Every table the schema creates is in the backup copy order, but the search index's, which
    // its triggers fill again as the clients are copied.
    for (const QString &t : tables)
        QVERIFY2(Migrations::tablesInDependencyOrder().contains(t) !=
                     ClientSearchIndex::derivedTables().contains(t),
                 qPrintable(t + QStringLiteral(" is not copied by backups, or copied and derived")));
    // Running again changes nothing.
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QVERIFY(IntegrityCheck::run(db).isEmpty());
}

void TestStorage::upgradeKeepsOneFollowUpPerAnomaly()
{
    // Before version 15 an anomaly and an escalation gave a copy to every supervisor.
    Database &db = m_test.fresh();
    QCOMPARE(Migrations::migrate(db, 14), 14);
    QSqlQuery q = Sql::run(
        db.connection(),
        QStringLiteral(
            "INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0) RETURNING id"),
        {QStringLiteral("王芳"), QStringLiteral("+8613900001111")});
    QVERIFY(q.next());
    const qint64 client = q.value(0).toLongLong();
    q.finish();
    auto task = [&](const QString &kind, const QString &refEntity, qint64 refId, const QString &text,
                    bool done) {
        Sql::run(
            db.connection(),
            QStringLiteral(
                "INSERT INTO follow_ups (client_id, due_on, task, created_at, updated_at, kind, ref_entity, ref_id, "
                "done_at) VALUES (?, '2026-11-27', ?, 0, 0, ?, ?, ?, ?)"),
            {client, text, kind, refEntity, refId,
             done ? QVariant(qint64(1)) : QVariant(QMetaType::fromType<qint64>())});
    };
    for (int copy = 0; copy < 3; ++copy) // three copies, none done: one stays
        task(QStringLiteral("anomaly"), QStringLiteral("loan_tax_steps"), 7, QStringLiteral("贷款被拒"),
             false);
    task(QStringLiteral("anomaly"), QStringLiteral("installments"), 8, QStringLiteral("逾期"),
         false); // one copy done: it is done
    task(QStringLiteral("anomaly"), QStringLiteral("installments"), 8, QStringLiteral("逾期"), true);
    for (int copy = 0; copy < 2; ++copy)
        task(QStringLiteral("escalation"), QString(), 0, QStringLiteral("投诉 3 号已超时"), false);
    task(QString(), QString(), 0, QStringLiteral("回电"), false); // by hand: untouched
    task(QString(), QString(), 0, QStringLiteral("回电"), false);
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    Session session{&db, &m_clock, 0};
    const QList<FollowUp> open = FollowUpRepository(session).forClient(client);
    QStringList kinds;
    for (const FollowUp &f : open)
        kinds << f.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("anomaly"), QStringLiteral("escalation"), QString(), QString()}));
    QCOMPARE(FollowUpRepository(session).forClient(client, false).size(), 5); // and the done one
}

void TestStorage::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const auto &step : Migrations::steps())
        if (step.version < Migrations::latestVersion())
            QTest::addRow("from v%d", step.version) << step.version;
}

void TestStorage::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    Database &db = m_test.fresh();
    QCOMPARE(Migrations::migrate(db, from), from);
    QCOMPARE(Migrations::currentVersion(db), from);
    // Data written under the old schema (with the columns it has) survives the upgrade.
    Session session{&db, &m_clock, 0};
    QSqlQuery q = Sql::run(
        db.connection(),
        QStringLiteral(
            "INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0) RETURNING id"),
        {QStringLiteral("王芳"), QStringLiteral("+8613900001111")});
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QCOMPARE(ClientRepository(session).get(id).name, QStringLiteral("王芳"));
    if (from < 6) // step 6 brings the pinyin of names written before it
        QCOMPARE(ClientRepository(session).find(QStringLiteral("wf")).value(0).id, id);
    QVERIFY(IntegrityCheck::run(db).isEmpty());
}

void TestStorage::takesABackupBeforeUpgrading()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 1);
    QString taken;
    QCOMPARE(SchemaUpgrade::run(db, m_clock, [&](const QString &path) { taken = path; }),
             Migrations::latestVersion());
    QVERIFY(!taken.isEmpty());
    QVERIFY(QFileInfo::exists(taken));
    QCOMPARE(Backup::verify(taken), 1);
    QFile::remove(taken);
    // No backup for a brand-new database.
    Database &empty = m_test.fresh();
    taken.clear();
    SchemaUpgrade::run(empty, m_clock, [&](const QString &path) { taken = path; });
    QVERIFY(taken.isEmpty());
}

void TestStorage::refusesANewerSchema()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db);
    Sql::run(db.connection(),
             QStringLiteral(
                 "INSERT INTO schema_version (version, applied_at, description) VALUES (?, 0, 'future')"),
             {Migrations::latestVersion() + 1});
    try {
        Migrations::migrate(db);
        QFAIL("expected SchemaTooNewError");
    } catch (const SchemaTooNewError &e) {
        QVERIFY2(e.message().contains(QString::number(Migrations::latestVersion() + 1)),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
    }
}

void TestStorage::anOpenWindowStopsWritingOnceANewerProgramUpgraded()
{
    // A window left open while the package was updated, and the new program upgraded the
    // database: the window's next write is refused as the older program's start would be, and
    // nothing of it is written. SQLite: the window and the console program on one PC; PostgreSQL:
    // the window on one PC and a newer program on another, each with its own connection.
    Database &window = m_test.fresh();
    Migrations::migrate(window);
    const auto writeSetting = [&](const QString &value) {
        Transaction unit(window);
        Sql::run(window.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"),
                 {value});
        unit.commit();
    };
    writeSetting(QStringLiteral("before"));
    {
        Database newer(m_test.config());
        Sql::run(newer.connection(),
                 QStringLiteral(
                     "INSERT INTO schema_version (version, applied_at, description) VALUES (?, 0, 'future')"),
                 {Migrations::latestVersion() + 1});
    }
    try {
        writeSetting(QStringLiteral("after"));
        QFAIL("the older program wrote into the newer schema");
    } catch (const SchemaTooNewError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
    }
    QCOMPARE(
        Sql::scalar(window.connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'after'"))
            .toInt(),
        0);
    QVERIFY(!Transaction::isOpen(window));
}

void TestStorage::failedStepRollsBackAndReports()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 1);
    // Sabotage: a table with the name step 2 wants to create.
    Sql::run(db.connection(), QStringLiteral("CREATE TABLE consultations (x INTEGER)"));
    try {
        Migrations::migrate(db);
        QFAIL("expected StorageError");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("version 2")), qPrintable(e.message()));
    }
    QCOMPARE(Migrations::currentVersion(db), 1);
    // Nothing of step 2 stayed behind.
    QSqlDatabase conn = db.connection();
    QVERIFY(!db.dialect().tables(conn).contains(QStringLiteral("units")));
}

void TestStorage::transactionRollsBackOnException()
{
    Session session = m_test.freshSession(m_clock);
    const qint64 auditBefore = AuditLog::count(session);
    try {
        Transaction tx(*session.db);
        const Client c = addClient(session, QStringLiteral("赵六"), QStringLiteral("13700001111"));
        throw StorageError(QStringLiteral("simulated failure"));
    } catch (const StorageError &) {
    }
    QCOMPARE(ClientRepository(session).count(), 0);
    QCOMPARE(AuditLog::count(session), auditBefore);
}

void TestStorage::nestedTransactionFailureRollsBackTheWhole()
{
    Session session = m_test.freshSession(m_clock);
    Transaction outer(*session.db);
    const Client a = addClient(session, QStringLiteral("甲"), QStringLiteral("13700002222"));
    Client b;
    b.name = QStringLiteral("乙");
    b.phone = QStringLiteral("13700002222"); // duplicate: the inner unit fails
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(session).add(b));
    // The outer unit may go on, but since the inner one failed it can't commit.
    try {
        outer.commit();
    } catch (const StorageError &) {
    }
    QCOMPARE(ClientRepository(session).count(), 0);
}

void TestStorage::oneConnectionPerThread()
{
    Session session = m_test.freshSession(m_clock);
    const QString mainName = session.db->connection().connectionName();
    QString workerName;
    qint64 workerCount = -1;
    QThread *worker = QThread::create([&] {
        workerName = session.db->connection().connectionName();
        workerCount = ClientRepository(session).count();
        session.db->closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 0);
}

void TestStorage::everyConnectionIsSetUpTheSameWay()
{
    // The settings the program's speed depends on, on the first connection and on a thread's own:
    // SQLite keeps its temporary files in memory (else an import wrote its
    // statement journals to /var/tmp); PostgreSQL runs no parallel workers (else the dashboard's
    // deadlines took 580 ms instead of 7 on a busy two-core server) and counts a read by key as
    // cheap (else it read every client to name a day's viewings).
    Session session = m_test.freshSession(m_clock);
    const bool sqlite = session.db->backend() == Backend::Sqlite;
    auto settings = [&] {
        QSqlDatabase c = session.db->connection();
        if (!sqlite)
            return QStringList{
                Sql::scalar(c, QStringLiteral("SHOW max_parallel_workers_per_gather")).toString(),
                Sql::scalar(c, QStringLiteral("SHOW random_page_cost")).toString()};
        QStringList out;
        for (const char *pragma : {"temp_store", "journal_mode", "foreign_keys", "secure_delete"})
            out << Sql::scalar(c, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))).toString();
        return out;
    };
    const QStringList expected = sqlite ? QStringList{QStringLiteral("2"), QStringLiteral("wal"),
                                                      QStringLiteral("1"), QStringLiteral("1")}
                                        : QStringList{QStringLiteral("0"), QStringLiteral("1.1")};
    QCOMPARE(settings(), expected);
    QStringList onThread;
    QThread *worker = QThread::create([&] {
        onThread = settings();
        session.db->closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QCOMPARE(onThread, expected);
}

void TestStorage::aBulkUnitHoldsItsPagesInMemoryUntilItEnds()
{
    // An import keeps the pages it changes in a larger page cache (else a 100 000-client import
    // spilled them into the WAL halfway and read them back: 20 s instead of 13 on a quiet
    // machine), and gives the memory back when its unit ends, committed or not.
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase c = session.db->connection();
    const bool sqlite = session.db->backend() == Backend::Sqlite;
    auto cacheSize = [&] {
        return sqlite ? Sql::scalar(c, QStringLiteral("PRAGMA cache_size")).toLongLong() : 0;
    };
    const qint64 usual = cacheSize();
    Transaction::holdChangedPagesInMemory(*session.db); // no unit open: nothing
    QCOMPARE(cacheSize(), usual);
    for (const bool commit : {true, false}) {
        {
            Transaction outer(*session.db);
            {
                Transaction inner(*session.db); // as insertBatch joins the import's unit
                Transaction::holdChangedPagesInMemory(*session.db);
                Transaction::holdChangedPagesInMemory(*session.db); // twice: still one
                inner.commit();
            }
            QCOMPARE(cacheSize(), sqlite ? -256 * 1024 : 0);
            if (commit)
                outer.commit();
        }
        QCOMPARE(cacheSize(), usual);
    }
}

void TestStorage::everyReferenceToAClientIsIndexed()
{
    // Merging two clients moves every row that names the duplicate, and removing a client makes
    // the database look for rows that still name it: without an index that starts with the
    // column, each is a scan of the whole table (deleting 20 000 clients from a 100 000-client
    // office on PostgreSQL took ten minutes, the deadline items scanned for each).
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase c = session.db->connection();
    QStringList references, unindexed;
    if (session.db->backend() == Backend::Sqlite) {
        for (const QString &table : session.db->dialect().tables(c)) {
            QSqlQuery keys =
                Sql::run(c, QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE "
                                           "\"table\" = 'clients'")
                                .arg(table));
            while (keys.next()) {
                const QString column = keys.value(0).toString();
                references << table + u'.' + column;
                if (Sql::scalar(
                        c, QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('%1') l, "
                                          "pragma_index_info(l.name) i WHERE i.seqno = 0 AND i.name = '%2'")
                               .arg(table, column))
                        .toInt() == 0)
                    unindexed << table + u'.' + column;
            }
        }
    } else {
        QSqlQuery keys = Sql::run(
            c,
            QStringLiteral(
                "SELECT k.conrelid::regclass::text, a.attname, EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = "
                "k.conrelid AND i.indkey[0] = a.attnum) FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = "
                "k.conrelid AND a.attnum = k.conkey[1] WHERE k.contype = 'f' AND k.confrelid = 'clients'::regclass"));
        while (keys.next()) {
            const QString name = keys.value(0).toString() + u'.' + keys.value(1).toString();
            references << name;
            if (!keys.value(2).toBool())
                unindexed << name;
        }
    }
    QVERIFY2(references.size() >= 10, qPrintable(references.join(u' ')));
    QCOMPARE(unindexed, QStringList());
}

namespace {
// The ids of the audit entries in the order they were written.
QList<qint64> auditIds(const Database &db)
{
    QList<qint64> ids;
    QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT id FROM audit_log ORDER BY chain_seq"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// The audit entries about backups (restores, copies taken), oldest first.
QList<AuditEntry> backupEntries(const Database &db)
{
    QList<AuditEntry> out;
    QSqlQuery q =
        Sql::run(db.connection(),
                 QStringLiteral("SELECT id, actor_id, action, after_json FROM audit_log WHERE entity = "
                                "'backups' ORDER BY chain_seq"));
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.actorId = q.value(1).toLongLong();
        e.action = q.value(2).toString();
        e.afterJson = q.value(3).toString();
        out << e;
    }
    return out;
}
} // namespace

void TestStorage::aDeletedLogStopsEveryWrite()
{
    // Another program deleted the write-ahead log under this one (it can once something in this
    // process dropped SQLite's locks): a save would go into the deleted file and be lost, and a
    // checkpoint on closing would copy the deleted log's old pages over the other program's. So
    // every write is refused with a message naming the file, and closing copies nothing.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.sqlite"));
    const auto settingA = [&] {
        Database db(DatabaseConfig::sqlite(file));
        return Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'a'"))
            .toInt();
    };
    {
        Database db(DatabaseConfig::sqlite(file));
        Migrations::migrate(db);
        Sql::run(db.connection(),
                 QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // the schema in the file
        {
            Transaction unit(db);
            Sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            unit.commit();
        }
        QVERIFY(!db.logDeleted());
        QVERIFY(QFile::remove(file + QStringLiteral("-wal"))); // what the other program did
        QVERIFY(db.logDeleted());
        try {
            Transaction refused(db);
            QFAIL("a write began on a deleted log");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QFileInfo(file).absoluteFilePath() + QStringLiteral("-wal")),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(settingA(), 0); // the deleted log's page was not copied into the file
    // A log that is there: nothing refused.
    {
        Database db(DatabaseConfig::sqlite(file));
        QVERIFY(!db.logDeleted());
        Transaction unit(db);
        Sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '2')"));
        unit.commit();
    }
    QCOMPARE(settingA(), 1);
}

void TestStorage::backupAndRestoreRoundTrip()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 60, 7);
    const qint64 clients = ClientRepository(session).count();
    const qint64 records =
        Sql::scalar(session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM service_records"))
            .toLongLong();
    const qint64 audit = AuditLog::count(session);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(*session.db, file);
    QCOMPARE(Backup::verify(file), Migrations::latestVersion());

    // Change the live database after the backup: a new client and a deleted record.
    const Client extra = addClient(session, QStringLiteral("新客户"), QStringLiteral("18800001234"));
    QCOMPARE(ClientRepository(session).count(), clients + 1);

    Backup::restore(session, file);
    QCOMPARE(ClientRepository(session).count(), clients);
    QCOMPARE(Sql::scalar(session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM service_records"))
                 .toLongLong(),
             records);
    // The copy's audit log, and the restore recorded at its end (issue 14 item 5).
    QCOMPARE(AuditLog::count(session), audit + 1);
    const QList<AuditEntry> restores = backupEntries(*session.db);
    QCOMPARE(restores.size(), 1);
    QCOMPARE(restores.constFirst().action, QStringLiteral("restore"));
    QVERIFY2(restores.constFirst().afterJson.contains(QStringLiteral("copy.sqlite")),
             qPrintable(restores.constFirst().afterJson));
    QVERIFY(ClientRepository(session).findByPhone(QStringLiteral("18800001234")).id == 0);
    QVERIFY(IntegrityCheck::run(*session.db).isEmpty());
    // New rows after a restore get fresh ids (sequences moved past the restored ones).
    const Client after = addClient(session, QStringLiteral("恢复后"), QStringLiteral("18800005678"));
    QVERIFY(after.id > 0);
}

void TestStorage::restoreRefusesADamagedCopy()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 20, 3);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(*session.db, file);
    // Damage the middle of the file.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(size / 2);
        f.write(QByteArray(4096, '\x5A'));
    }
    const qint64 before = ClientRepository(session).count();
    QVERIFY_THROWS_EXCEPTION(StorageError, Backup::restore(session, file));
    QCOMPARE(ClientRepository(session).count(), before);
    // A file that is not a database at all.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    try {
        Backup::verify(text);
        QFAIL("expected StorageError");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("notes.txt")), qPrintable(e.message()));
    }
}

void TestStorage::integrityCheckFindsBrokenInvariants()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 30, 5);
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
    // A phone written behind the program's back.
    Sql::run(session.db->connection(), QStringLiteral("UPDATE clients SET phone = '+86138' WHERE id = 1"));
    const QStringList problems = IntegrityCheck::run(*session.db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("+86138")), qPrintable(problems.constFirst()));
}

// Issue 14 item 5: one audit row deleted with raw SQL (as with sqlite3): check fails and names
// the entry after the gap; the last one deleted is named too.
void TestStorage::auditChainNamesADeletedEntry()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 20, 4);
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
    const QList<qint64> ids = auditIds(*session.db);
    QVERIFY(ids.size() > 10);
    // A second connection, as another program would use.
    Database other(m_test.config());
    Sql::run(other.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {ids.at(5)});
    QStringList problems = IntegrityCheck::run(*session.db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("entry %1 of ").arg(ids.at(6))),
             qPrintable(problems.constFirst()));
    QVERIFY2(problems.constFirst().contains(QStringLiteral("before it deleted")),
             qPrintable(problems.constFirst()));
    const AuditChain::Break broken = AuditChain::verify(*session.db);
    QCOMPARE(broken.id, ids.at(6));
    QVERIFY2(problems.constFirst().contains(OfficeTime::formatDateTime(broken.at)),
             qPrintable(problems.constFirst()));

    // The newest entries deleted: named after the last one left.
    session = m_test.freshSession(m_clock);
    DemoData::generate(session, 20, 4);
    const QList<qint64> all = auditIds(*session.db);
    Sql::run(session.db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id IN (?, ?)"),
             {all.constLast(), all.at(all.size() - 2)});
    problems = IntegrityCheck::run(*session.db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(
        problems.constFirst().contains(QStringLiteral(" after entry %1 of ").arg(all.at(all.size() - 3))),
        qPrintable(problems.constFirst()));
    other.closeThreadConnection();
}

// One row's column changed behind the program's back: check names that entry and says it changed.
void TestStorage::auditChainNamesAChangedEntry()
{
    struct Change
    {
        const char *sql;
        const char *what;
    };
    const Change changes[] = {
        {"UPDATE audit_log SET actor_id = 999 WHERE id = ?", "who, when, what or which record"},
        {"UPDATE audit_log SET action = 'sign_in' WHERE id = ?", "who, when, what or which record"},
        {"UPDATE audit_log SET at = at - 86400000 WHERE id = ?", "who, when, what or which record"},
        {"UPDATE audit_log SET after_json = '{\"role\":\"admin\"}' WHERE id = ?", "before/after values"},
        // Values changed and the salt dropped, as if redacted: only the redaction marker passes.
        {"UPDATE audit_log SET after_json = '{\"role\":\"admin\"}', images_salt = NULL WHERE id = ?",
         "before/after values"},
    };
    for (const Change &c : changes) {
        Session session = m_test.freshSession(m_clock);
        DemoData::generate(session, 10, 2);
        const QList<qint64> ids = auditIds(*session.db);
        const qint64 victim = ids.at(ids.size() / 2);
        Sql::run(session.db->connection(), QString::fromLatin1(c.sql), {victim});
        const QStringList problems = IntegrityCheck::run(*session.db);
        QVERIFY2(problems.size() == 1, c.sql);
        QVERIFY2(problems.constFirst().contains(QStringLiteral("entry %1 of ").arg(victim)),
                 qPrintable(problems.constFirst()));
        QVERIFY2(problems.constFirst().contains(QStringLiteral("changed")),
                 qPrintable(problems.constFirst()));
        QVERIFY2(problems.constFirst().contains(QLatin1String(c.what)), qPrintable(problems.constFirst()));
    }
}

// Lawful redaction keeps the chain; a unit that rolls back leaves nothing on it; entries written
// after a rollback chain on as usual; a row added by hand is named.
void TestStorage::auditChainSurvivesRedactionAndRollback()
{
    Session session = m_test.freshSession(m_clock);
    Client c = addClient(session, QStringLiteral("张三"), QStringLiteral("13812345678"));
    c.notes = QStringLiteral("second phone 13912345678");
    ClientRepository(session).update(c);
    QCOMPARE(AuditLog::redact(session, QStringLiteral("clients"), QStringLiteral("SELECT CAST(? AS BIGINT)"),
                              {c.id}, QStringLiteral("erasure")),
             2);
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
    QCOMPARE(Sql::scalar(session.db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE images_salt IS NULL"))
                 .toLongLong(),
             2);
    try {
        Transaction tx(*session.db);
        AuditLog::write(session, QStringLiteral("update"), QStringLiteral("clients"), c.id, {},
                        {{QStringLiteral("x"), 1}});
        throw ValidationError(QStringLiteral("x"), QStringLiteral("refused"));
    } catch (const ValidationError &) {
    }
    AuditLog::write(session, QStringLiteral("update"), QStringLiteral("clients"), c.id, {},
                    {{QStringLiteral("x"), 2}});
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
    QCOMPARE(Sql::scalar(session.db->connection(), QStringLiteral("SELECT MAX(chain_seq) FROM audit_log"))
                 .toLongLong(),
             AuditLog::count(session));
    Sql::run(session.db->connection(),
             QStringLiteral("INSERT INTO audit_log (at, action, entity) VALUES (1, 'sign_in', 'staff')"));
    const QStringList problems = IntegrityCheck::run(*session.db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("not on the chain")),
             qPrintable(problems.constFirst()));
}

// A database from before the chain: its entries are chained at the upgrade, in the order written.
void TestStorage::upgradeChainsTheExistingAuditLog()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 19);
    for (int i = 0; i < 5; ++i)
        Sql::run(
            db.connection(),
            QStringLiteral(
                "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, before_json, after_json) VALUES "
                "(?, NULL, 'update', 'clients', ?, NULL, ?)"),
            {qint64(1000 + i), qint64(i + 1), QStringLiteral("{\"n\":%1}").arg(i)});
    Migrations::migrate(db);
    QCOMPARE(IntegrityCheck::run(db), QStringList());
    QSqlQuery q =
        Sql::run(db.connection(), QStringLiteral("SELECT id, chain_seq FROM audit_log ORDER BY id"));
    qint64 expected = 1;
    while (q.next())
        QCOMPARE(q.value(1).toLongLong(), expected++);
    QCOMPARE(expected, qint64(6));
    Session session{&db, &m_clock, 0};
    AuditLog::write(session, QStringLiteral("update"), QStringLiteral("clients"), 1, {},
                    {{QStringLiteral("n"), 5}});
    QCOMPARE(IntegrityCheck::run(db), QStringList());
}

// The case: audit rows deleted and an account made admin in a backup with sqlite3.
// Restore refuses it naming the first broken entry and changes nothing; an administrator forces
// it; the chain then verifies and its last entry records the forced restore.
void TestStorage::restoreRefusesATamperedCopyUnlessForced()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 20, 6);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tampered.sqlite"));
    Backup::write(*session.db, file);
    qint64 victim = 0;
    {
        Database copy(DatabaseConfig::sqlite(file));
        const QList<qint64> ids = auditIds(copy);
        victim = ids.at(ids.size() / 2 + 1);
        Sql::run(copy.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"),
                 {ids.at(ids.size() / 2)});
        Sql::run(copy.connection(),
                 QStringLiteral("UPDATE staff SET role = 'admin' WHERE role = 'reception'"));
        Sql::run(copy.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const Client extra = addClient(session, QStringLiteral("备份后"), QStringLiteral("18800001234"));
    const qint64 clients = ClientRepository(session).count(), audit = AuditLog::count(session);
    try {
        Backup::restore(session, file);
        QFAIL("a tampered copy was restored");
    } catch (const AuditChainError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("tampered.sqlite")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("entry %1 of ").arg(victim)), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("deleted")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("--force")), qPrintable(e.message()));
    }
    QCOMPARE(ClientRepository(session).count(), clients);
    QCOMPARE(AuditLog::count(session), audit);
    // Forcing takes an administrator.
    Session supervisor = session;
    supervisor.actorId = 1;
    supervisor.role = QStringLiteral("supervisor");
    QVERIFY_THROWS_EXCEPTION(PermissionError, Backup::restore(supervisor, file, RestoreOptions{true}));
    Session admin = session;
    admin.actorId = 1;
    admin.role = QStringLiteral("admin");
    Backup::restore(admin, file, RestoreOptions{true});
    QCOMPARE(ClientRepository(session).count(), clients - 1);
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
    const QList<AuditEntry> restores = backupEntries(*session.db);
    QCOMPARE(restores.size(), 1);
    QCOMPARE(restores.constFirst().action, QStringLiteral("restore"));
    QCOMPARE(restores.constFirst().actorId, qint64(1));
    QVERIFY2(restores.constFirst().afterJson.contains(QStringLiteral("\"forced\":true")),
             qPrintable(restores.constFirst().afterJson));
    QVERIFY2(restores.constFirst().afterJson.contains(QStringLiteral("entry %1 of ").arg(victim)),
             qPrintable(restores.constFirst().afterJson));
    QCOMPARE(
        Sql::scalar(session.db->connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong(),
        restores.constFirst().id);
}

void TestStorage::backupsAndExportsAreAudited()
{
    Session session = m_test.freshSession(m_clock);
    DemoData::generate(session, 10, 1);
    QTemporaryDir dir;
    Backup::take(session, dir.filePath(QStringLiteral("taken.sqlite")));
    QCOMPARE(ClientCsv::exportFile(session, dir.filePath(QStringLiteral("clients.csv"))), 10);
    QSqlQuery q = Sql::run(
        session.db->connection(),
        QStringLiteral("SELECT action, entity, after_json FROM audit_log ORDER BY chain_seq DESC LIMIT 2"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("export_clients"));
    QVERIFY2(q.value(2).toString().contains(QStringLiteral("clients.csv")) &&
                 q.value(2).toString().contains(QStringLiteral("\"count\":10")),
             qPrintable(q.value(2).toString()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("backup"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("backups"));
    QVERIFY2(q.value(2).toString().contains(QStringLiteral("taken.sqlite")),
             qPrintable(q.value(2).toString()));
    q.finish();
    QCOMPARE(IntegrityCheck::run(*session.db), QStringList());
}

void TestStorage::rotationThinsToDaysWeeksAndMonths()
{
    const QTimeZone zone("Asia/Shanghai");
    const qint64 now = fridayMorning();
    QList<BackupRotation::Copy> copies;
    for (int day = 0; day < 500; ++day)
        for (int hour : {2, 14}) // two copies a day
            copies.append({QStringLiteral("copy-%1-%2").arg(day).arg(hour),
                           QDateTime(QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(-day),
                                     QTime(hour, 0), zone)
                               .toMSecsSinceEpoch()});
    const QList<BackupRotation::Copy> drop = BackupRotation::toRemove(copies, now, zone);
    QSet<QString> dropped;
    for (const auto &c : drop)
        dropped.insert(c.path);
    QList<BackupRotation::Copy> kept;
    for (const auto &c : copies)
        if (!dropped.contains(c.path))
            kept << c;
    // Checked independently: one copy for each of the last 7 days, then weekly, then monthly.
    QSet<QDate> keptDays;
    for (const auto &c : kept) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(c.takenAt, zone).date();
        QVERIFY2(d.daysTo(QDateTime::fromMSecsSinceEpoch(now, zone).date()) < 366, qPrintable(c.path));
        QVERIFY2(c.path.endsWith(QStringLiteral("-14")) ||
                     d == QDateTime::fromMSecsSinceEpoch(now, zone).date(),
                 qPrintable(c.path)); // the newest of its day (today's 14:00 is still to come)
        keptDays.insert(d);
    }
    for (int day = 0; day < 7; ++day)
        QVERIFY(keptDays.contains(QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(-day)));
    QVERIFY2(kept.size() >= 7 + 3 + 10 && kept.size() <= 7 + 5 + 12,
             qPrintable(QString::number(kept.size())));
    QSet<QString> months;
    for (const auto &c : kept)
        months.insert(
            QDateTime::fromMSecsSinceEpoch(c.takenAt, zone).date().toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(months.size(), 13); // this month and the twelve before it, at least partly
}

void TestStorage::automaticBackupsAtMostDaily()
{
    Session session = m_test.freshSession(m_clock);
    QTemporaryDir dir;
    SettingsRepository(session).set(Settings::BackupFolder, dir.path());
    QCOMPARE(BackupRotation::folder(session), dir.path());
    const QString first = BackupRotation::run(session);
    QVERIFY(QFileInfo::exists(first));
    // Named in office time with its offset, like the copies taken on demand.
    const QString officeNow =
        OfficeTime::toOffice(m_clock.nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Named after the database, in office time with its offset, like the copies taken on demand.
    QVERIFY2(
        first.endsWith(
            QStringLiteral("/%1-auto-%2+0800.sqlite").arg(BackupRotation::owner(*session.db), officeNow)),
        qPrintable(first));
    QCOMPARE(BackupRotation::list(*session.db, dir.path()).value(0).takenAt, m_clock.nowMs());
    QVERIFY(BackupRotation::run(session).isEmpty()); // not due again yet
    m_clock.advance(21 * 3600'000LL);
    const QString second = BackupRotation::run(session);
    QVERIFY(!second.isEmpty());
    QCOMPARE(BackupRotation::list(*session.db, dir.path()).size(), 2);
    QCOMPARE(BackupRotation::latestGood(*session.db, dir.path()), second);
    // A damaged newest copy is passed over.
    {
        QFile f(second);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("garbage");
    }
    QCOMPARE(BackupRotation::latestGood(*session.db, dir.path()), first);
}

// Trial 2026-12-04 P2: a copy of the office file beside it (a retention trial, a training file)
// shared its backups folder, and its jobs thinned the office's backups away (the "before upgrade"
// copy too) while the office listed the copy's backup for restore. Each database now writes,
// thins, lists and deletes only its own. A SQLite matter: its own files whatever the backend.
void TestStorage::backupsOfTwoDatabasesInOneFolderStayApart()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    auto touch = [&](const QString &name) {
        QFile f(folder + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
    };
    // An existing office, its backups named as earlier versions named them.
    for (const char *legacy :
         {"estatedesk-auto-20261120-020000.sqlite", "estatedesk-manual-20261120-100000.sqlite",
          "estatedesk-v28-before-v29-20261120-020000.sqlite"})
        touch(QLatin1String(legacy));
    Database office(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("office.sqlite"))));
    office.open();
    Migrations::migrate(office);
    Session officeSession{&office, &m_clock, 0};
    QCOMPARE(BackupRotation::folder(officeSession), folder);
    QCOMPARE(BackupRotation::owner(office), QStringLiteral("office"));
    const QString officeAuto = BackupRotation::run(officeSession);
    QVERIFY2(officeAuto.endsWith(
                 QStringLiteral("/office-auto-") +
                 OfficeTime::toOffice(m_clock.nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                 QStringLiteral("+0800.sqlite")),
             qPrintable(officeAuto));
    // Alone in its folder, the office takes the old names for its own (kept meaning: automatic
    // ones in UTC, manual ones in office time), renamed after it.
    const QList<BackupRotation::Copy> all = BackupRotation::listAll(office, folder);
    QCOMPARE(all.size(), 3);
    const qint64 legacyAt = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(all.at(1).takenAt, legacyAt);
    QCOMPARE(all.at(2).takenAt, legacyAt);
    QVERIFY(all.at(1).automatic != all.at(2).automatic);
    QCOMPARE(BackupRotation::list(office, folder).size(), 2);
    const QStringList officeFiles = {QStringLiteral("office-auto-20261120-020000.sqlite"),
                                     QStringLiteral("office-manual-20261120-100000.sqlite"),
                                     QStringLiteral("office-v28-before-v29-20261120-020000.sqlite"),
                                     QFileInfo(officeAuto).fileName()};
    for (const QString &name : officeFiles)
        QVERIFY2(QFileInfo::exists(folder + u'/' + name), qPrintable(name));

    // A consistent copy beside it, whose jobs run years later: its own backup, its own thinning
    // and its retention leave every backup of the office in place.
    const QString copyPath = dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(office, copyPath);
    // An old name whose maker cannot be told now that two databases share the folder.
    touch(QStringLiteral("estatedesk-auto-20261121-020000.sqlite"));
    FixedClock later(m_clock.nowMs() + 5 * 366 * 24 * 3600'000LL);
    Database copy(DatabaseConfig::sqlite(copyPath));
    copy.open();
    Session copySession{&copy, &later, 0};
    Retention(copySession).run(); // in the order of the scheduled jobs
    const QString copyAuto = BackupRotation::run(copySession);
    QVERIFY2(QFileInfo(copyAuto).fileName().startsWith(QStringLiteral("copy-auto-")), qPrintable(copyAuto));
    for (const QString &name : officeFiles)
        QVERIFY2(QFileInfo::exists(folder + u'/' + name), qPrintable(name));
    // Not alone any more: nobody takes an unowned old name.
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/estatedesk-auto-20261121-020000.sqlite")));
    // Each lists only its own: the office never offers the copy's data for restore.
    const QList<BackupRotation::Copy> copies = BackupRotation::listAll(copy, folder);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.constFirst().path, copyAuto);
    QCOMPARE(BackupRotation::listAll(office, folder).size(), 3);
    for (const BackupRotation::Copy &c : BackupRotation::listAll(office, folder))
        QVERIFY2(QFileInfo(c.path).fileName().startsWith(QStringLiteral("office-")), qPrintable(c.path));
    QCOMPARE(BackupRotation::latestGood(office, folder), officeAuto);
    // And the office's own thinning, a year on, leaves the copy's backup alone.
    m_clock.advance(400 * 24 * 3600'000LL);
    QVERIFY(!BackupRotation::run(officeSession).isEmpty());
    QVERIFY(QFileInfo::exists(copyAuto));
    QVERIFY(!QFileInfo::exists(officeAuto)); // its own old copy did rotate out
    m_clock.advance(-400 * 24 * 3600'000LL);
}

void TestStorage::damagedFileIsReplacedByTheLatestGoodBackup()
{
    // A damaged file is a SQLite matter: this test uses its own file whatever the backend.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("good.sqlite"));
    {
        Database db(DatabaseConfig::sqlite(path));
        db.open();
        Migrations::migrate(db);
        Session session{&db, &m_clock, 0};
        DemoData::generate(session, 50, 2);
        Backup::write(db, copy);
        Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 3);
        f.write(QByteArray(int(f.size() / 3), '\x33'));
    }
    QStringList problems;
    {
        Database damaged(DatabaseConfig::sqlite(path));
        try {
            damaged.open();
            problems = Backup::quickCheck(damaged);
        } catch (const StorageError &e) {
            problems << e.message();
        }
    }
    QVERIFY(!problems.isEmpty());
    const QString aside = Backup::replaceDamagedFile(path, copy, QStringLiteral("20261127-100000"));
    QVERIFY(QFileInfo::exists(aside));
    Database restored(DatabaseConfig::sqlite(path));
    restored.open();
    QVERIFY(Backup::quickCheck(restored).isEmpty());
    QCOMPARE(Sql::scalar(restored.connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
             50);
}

// Issue 14 item 9: a change that waited too long for another PC's (here: a second program's
// connection holding the write lock) is refused in words, never with the database's own text.
void TestStorage::lockWaitSaysBusyInWords()
{
    FixedClock clock(fridayMorning());
    const Session session = m_test.freshSession(clock);
    const Client c = addClient(session, QStringLiteral("等锁"), QStringLiteral("13600001111"));
    const qint64 id = c.id;
    // The other program: its own connection, which takes the lock and keeps it.
    Database other(m_test.config());
    other.open();
    QSqlDatabase holder = other.connection();
    const bool sqlite = m_test.backend() == Backend::Sqlite;
    Sql::run(holder, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!sqlite)
        Sql::run(holder, QStringLiteral("SELECT id FROM clients WHERE id = ? FOR UPDATE"), {id});
    // This program gives up after 50 ms instead of the usual 10 s.
    QSqlDatabase mine = session.db->connection();
    Sql::run(mine, sqlite ? QStringLiteral("PRAGMA busy_timeout = 50")
                          : QStringLiteral("SET lock_timeout = '50ms'"));
    auto restore = qScopeGuard([&] {
        Sql::run(holder, QStringLiteral("ROLLBACK"));
        Sql::run(mine, sqlite ? QStringLiteral("PRAGMA busy_timeout = 10000")
                              : QStringLiteral("SET lock_timeout = 0"));
    });
    Client changed = ClientRepository(session).get(id);
    changed.notes = QStringLiteral("改了");
    try {
        ClientRepository(session).update(changed);
        QFAIL("a change went through while another program held the lock");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("busy with another user's change")) &&
                     e.message().contains(QStringLiteral("nothing was saved")) &&
                     !e.message().contains(QStringLiteral("locked"), Qt::CaseInsensitive) &&
                     !e.message().contains(QStringLiteral("lock timeout"), Qt::CaseInsensitive) &&
                     !e.message().contains(QStringLiteral("Unable to")),
                 qPrintable(e.message()));
    }
    restore.dismiss();
    Sql::run(holder, QStringLiteral("ROLLBACK"));
    Sql::run(mine,
             sqlite ? QStringLiteral("PRAGMA busy_timeout = 10000") : QStringLiteral("SET lock_timeout = 0"));
    // Once the other program is done, the same change is saved.
    Client again = ClientRepository(session).get(id);
    again.notes = QStringLiteral("改了");
    ClientRepository(session).update(again);
    QCOMPARE(ClientRepository(session).get(id).notes, QStringLiteral("改了"));
    other.closeThreadConnection();
}

void TestStorage::valuesAreBoundWhateverTheyHold()
{
    // On PostgreSQL, Sql::run writes the values into the statement (one round trip instead of
    // PREPARE, EXECUTE, DEALLOCATE). Whatever a value holds, it is a value: quotes, backslashes,
    // question marks, dollar quotes, comment marks, Chinese, NULLs and large numbers come back
    // as they went in, and a '?' inside quotes or a comment is not a value's place.
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase db = session.db->connection();
    const QString tricky = QStringLiteral("O'Brien \\ 王芳? $$ $a$ -- /* ''");
    const qint64 big = 1764547200000; // milliseconds: beyond a 32-bit integer
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT '?' AS mark, ? AS text, /* ? */ ? AS big, ? AS none, "
                                          "? AS empty, \"id\" FROM (SELECT 7 AS \"id\") t -- ?\n WHERE "
                                          "t.id = ?"),
                           {tricky, big, Sql::nullableText({}), QString(), 7});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("?"));
    QCOMPARE(q.value(1).toString(), tricky);
    QCOMPARE(q.value(2).toLongLong(), big);
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toString(), QString());
    QVERIFY(!q.value(4).isNull());
    QCOMPARE(q.value(5).toInt(), 7);
    // A value that looks like SQL stays a value: the table is still there.
    const Client client = addClient(session, QStringLiteral("李雷"), QStringLiteral("13900002222"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients WHERE name = ?"),
                         {QStringLiteral("x'; DROP TABLE clients; --")})
                 .toInt(),
             0);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT name FROM clients WHERE id = ?"), {client.id}).toString(),
             QStringLiteral("李雷"));
    // Places and values that do not match are the program's mistake, said before anything runs.
    if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        QVERIFY_THROWS_EXCEPTION(StorageError, Sql::run(db, QStringLiteral("SELECT ?, ?"), {1}));
        QVERIFY_THROWS_EXCEPTION(StorageError, Sql::run(db, QStringLiteral("SELECT ?"), {1, 2}));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT ? -- the end?"), {5}).toInt(), 5);
    }
}

void TestStorage::sqlRowReadsColumnsByName()
{
    // Issue 15 item 4: the columns of a row are read by name, whatever their order, with the
    // storage layer's conversions, on both backends.
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase db = session.db->connection();
    const Client first = addClient(session, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    const Client second = addClient(session, QStringLiteral("李雷"), QStringLiteral("13900002222"));
    Sql::run(
        db,
        QStringLiteral("INSERT INTO follow_ups (client_id, due_on, task, done_at, created_at, updated_at) "
                       "VALUES (?, '2026-12-02', '回访', 1764000000000, 0, 0)"),
        {first.id});
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT f.due_on, c.name AS clientName, f.done_at, f.staff_id, c.id AS client_id, "
                           "(f.done_at IS NOT NULL) AS done, 2.5 * c.id AS amount, f.task, c.phone, "
                           "count(*) OVER () AS n "
                           "FROM clients c LEFT JOIN follow_ups f ON f.client_id = c.id ORDER BY c.id"));
    const SqlRow row(q);
    QVERIFY(q.next());
    QCOMPARE(row.id("client_id"), first.id);
    QCOMPARE(row.text("clientname"), QStringLiteral("王芳"));
    QCOMPARE(row.text("CLIENTNAME"), QStringLiteral("王芳"));
    QCOMPARE(row.date("due_on"), QDate(2026, 12, 2));
    QCOMPARE(row.int64("done_at"), Q_INT64_C(1764000000000));
    QVERIFY(row.flag("done"));
    QVERIFY(row.isNull("staff_id"));
    QCOMPARE(row.id("staff_id"), 0);
    QCOMPARE(row.number("amount"), 2.5 * double(first.id));
    QCOMPARE(row.integer("n"), 2);
    QCOMPARE(row.value("task").toString(), QStringLiteral("回访"));
    QCOMPARE(row.index("phone"), 8);
    QVERIFY(row.has("phone"));
    QVERIFY(!row.has("email"));
    QVERIFY(q.next());
    QCOMPARE(row.id("client_id"), second.id);
    QCOMPARE(row.text("clientName"), QStringLiteral("李雷"));
    QVERIFY(!row.flag("done"));
    QVERIFY(row.isNull("due_on"));
    QVERIFY(!row.date("due_on").isValid());
    QCOMPARE(row.number("amount"), 2.5 * double(second.id));
    QVERIFY(!q.next());
}

void TestStorage::sqlRowRefusesAMissingOrDoubledColumn()
{
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase db = session.db->connection();
    addClient(session, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT c.id, c.name, d.id FROM clients c JOIN clients d "
                                              "ON d.id = c.id"));
    const SqlRow row(q);
    QVERIFY(q.next());
    QCOMPARE(row.text("name"), QStringLiteral("王芳"));
    try {
        row.text("phone");
        QFAIL("a column that is not in the result was read");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("phone")) &&
                     e.message().contains(QStringLiteral("FROM clients c JOIN clients d")),
                 qPrintable(e.message()));
    }
    try {
        row.id("id");
        QFAIL("a column that appears twice was read");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("id")) &&
                     e.message().contains(QStringLiteral("twice")) &&
                     e.message().contains(QStringLiteral("FROM clients c JOIN clients d")),
                 qPrintable(e.message()));
    }
}

void TestStorage::sqlRowsReadsWhatSqlRowReads()
{
    // SqlRows (SQLite's own statement on SQLite, for the reads of thousands of rows) reads every
    // column as SqlRow over Sql::run does, and binds values as Sql::run binds them.
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase db = session.db->connection();
    const Client first = addClient(session, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    addClient(session, QStringLiteral("𠮷田 O'Brien"), QStringLiteral("13900002222"));
    Sql::run(
        db,
        QStringLiteral("INSERT INTO follow_ups (client_id, due_on, task, done_at, created_at, updated_at) "
                       "VALUES (?, '2026-12-02', '回访', 1764000000000, 0, 0)"),
        {first.id});
    const QString sql = QStringLiteral(
        "SELECT f.due_on, c.name AS clientName, f.done_at, f.staff_id, c.id AS client_id, (f.done_at IS NOT "
        "NULL) AS done, 2.5 * c.id AS amount, f.task, c.phone, count(*) OVER () AS n, ? AS bound_text, ? AS "
        "bound_big, ? AS bound_none, ? AS bound_empty, ? AS bound_real FROM clients c LEFT JOIN follow_ups f ON "
        "f.client_id = c.id WHERE c.id >= ? ORDER BY c.id");
    const qint64 big = 1764547200000;
    const QVariantList values{
        QStringLiteral("O'Brien \\ 王芳? -- /*"), big, Sql::nullableText({}), QString(), 0.125, first.id};
    const char *const names[] = {"due_on",     "clientName", "done_at",    "staff_id",    "client_id",
                                 "done",       "amount",     "task",       "phone",       "n",
                                 "bound_text", "bound_big",  "bound_none", "bound_empty", "bound_real"};
    // What SqlRow reads of each row, read to the end first (PostgreSQL: one query at a time on a
    // connection, or Qt's driver drops the rest of the first).
    using Reads = std::tuple<bool, QString, bool, qint64, QDate, bool, double>;
    QList<QList<Reads>> expected;
    {
        QSqlQuery q = Sql::run(db, sql, values);
        const SqlRow row(q);
        while (q.next()) {
            QList<Reads> reads;
            for (const char *name : names)
                reads << Reads{row.isNull(name), row.text(name), row.text(name).isNull(), row.int64(name),
                               row.date(name),   row.flag(name), row.number(name)};
            expected << reads;
        }
    }
    QCOMPARE(expected.size(), 2);
    SqlRows rows(db, sql, values);
    int read = 0;
    while (rows.next()) {
        QVERIFY(read < expected.size());
        for (int i = 0; i < int(std::size(names)); ++i) {
            const char *name = names[i];
            const Reads got{rows.isNull(name), rows.text(name), rows.text(name).isNull(), rows.int64(name),
                            rows.date(name),   rows.flag(name), rows.number(name)};
            if (got != expected[read][i])
                QFAIL(qPrintable(
                    QStringLiteral("row %1, column %2: \"%3\" where SqlRow reads \"%4\"")
                        .arg(read)
                        .arg(QLatin1String(name), std::get<1>(got), std::get<1>(expected[read][i]))));
        }
        QCOMPARE(rows.number("bound_real"), 0.125);
        QCOMPARE(rows.int64("bound_big"), big);
        QVERIFY(rows.isNull("bound_none"));
        QVERIFY(!rows.isNull("bound_empty"));
        QCOMPARE(rows.text("CLIENTNAME"), std::get<1>(expected[read][1]));
        QVERIFY(rows.has("phone") && !rows.has("email"));
        ++read;
    }
    QCOMPARE(read, 2);
    QVERIFY(!rows.next()); // past the end it stays there
    // No rows at all: next() says so at once.
    SqlRows none(db, QStringLiteral("SELECT id FROM clients WHERE id < ?"), {0});
    QVERIFY(!none.next());
}

void TestStorage::sqlRowsFailsAsSqlRunFails()
{
    Session session = m_test.freshSession(m_clock);
    QSqlDatabase db = session.db->connection();
    addClient(session, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    auto message = [](const std::function<void()> &work) {
        try {
            work();
        } catch (const StorageError &e) {
            return e.message();
        }
        return QString();
    };
    // On SQLite: the statements open on the connection, so that a refused or failed SqlRows is seen
    // to leave none behind (one prepared and refused in the constructor was never finalized).
    auto openStatements = [&db] {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return 0;
        int n = 0;
        for (sqlite3_stmt *s = sqlite3_next_stmt(*static_cast<sqlite3 *const *>(handle.constData()), nullptr);
             s; s = sqlite3_next_stmt(*static_cast<sqlite3 *const *>(handle.constData()), s))
            ++n;
        return n;
    };
    const int statementsBefore = openStatements();
    // A statement the database refuses, in the same words as Sql::run's.
    const QString refused = message([&] { SqlRows r(db, QStringLiteral("SELECT nothing FROM nowhere")); });
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused, message([&] { Sql::run(db, QStringLiteral("SELECT nothing FROM nowhere")); }));
    // A column read that is not in the result names the column and the statement.
    const QString missing = message([&] {
        SqlRows r(db, QStringLiteral("SELECT c.id, c.name FROM clients c"));
        r.next();
        r.text("phone");
    });
    QVERIFY2(missing.contains(QStringLiteral("phone")) && missing.contains(QStringLiteral("FROM clients c")),
             qPrintable(missing));
    // More values than places, or fewer: refused before anything runs.
    QVERIFY(!message([&] { SqlRows r(db, QStringLiteral("SELECT ? AS a, ? AS b"), {1}); }).isEmpty());
    QVERIFY(!message([&] { SqlRows r(db, QStringLiteral("SELECT ? AS a"), {1, 2}); }).isEmpty());
    // A failure on a later row (SQLite computes each row when it is stepped to; PostgreSQL sends
    // them all at once and fails at the start): the rows before it, then the error, never a
    // short list that looks complete.
    const QString sql = QStringLiteral(
        "SELECT CASE WHEN n = 2 THEN abs(-9223372036854775807 - 1) ELSE n END AS v FROM (SELECT 1 AS n "
        "UNION ALL SELECT 2) t ORDER BY n");
    QList<qint64> seen;
    const QString overflow = message([&] {
        SqlRows r(db, sql);
        while (r.next())
            seen << r.int64("v");
    });
    QVERIFY2(!overflow.isEmpty(), "a failing row was taken for the end of the rows");
    QVERIFY(seen.size() <= 1);
    QCOMPARE(openStatements(), statementsBefore);
}

QTEST_GUILESS_MAIN(TestStorage)
void TestStorage::committedChangesReachAnotherProgramsWatcher()
{
    // Issue 13 item 2: what one connection commits reaches a watcher on another connection (as
    // another PC, or a second program on this PC), named by kind; a rollback tells nobody.
    Session writer = m_test.freshSession(m_clock);
    ChangeWatcher watcher(m_test.config(), ChangeWatcher::allKinds());
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    {
        Transaction tx(*writer.db);
        SettingsRepository(writer).set(Settings::OfficeName, QStringLiteral("rolled back"));
        // no commit
    }
    {
        // Three clients in one unit: one notice, after the commit.
        Transaction tx(*writer.db);
        for (const char *phone : {"13700003331", "13700003332", "13700003333"}) {
            Client c;
            c.name = QStringLiteral("钱七");
            c.phone = QString::fromLatin1(phone);
            ClientRepository(writer).add(c);
        }
        tx.commit();
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("clients")});
    // A change outside a unit arrives too.
    SettingsRepository(writer).set(Settings::OfficeName, QStringLiteral("东区售楼处"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);
    QCOMPARE(spy.at(1).at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("settings")});
}

#include "tst_storage.moc"
