// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-cli end to end, as a script would run it, on SQLite and on PostgreSQL.
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "core/PrivateFiles.h"
#include "deadlines/DeadlinePolicy.h"
#include "io/Csv.h"
#include "reports/OfficeReports.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Accounts.h"
#include "security/Erasure.h"
#include "storage/AuditChain.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <sys/stat.h>

using namespace estatedesk;
using namespace estatedesk::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void initCreatesAndReportsTheSchema();
    void demoThenCheckPrintsOk();
    void demoIsDeterministic();
    void demoRefusesADatabaseWithClients();
    void demoLoadsOnceTheAdministratorExists();
    void checkReportsProblems();
    void backupAndRestore();
    void restoreRefusesADamagedFile();
    void checkNamesADeletedOrChangedAuditEntry();
    void restoreRefusesATamperedBackupUnlessForced();
    void migrateToMovesAFileOfficeOntoTheServer();
    void importIsAllOrNothingWithLineNumbers();
    void importAndExport();
    void importKeepsFreeTextSourcesAndRefusesStrayBytes();
    void refusesANewerSchema();
    void noSilentNewDatabaseFiles();
    void commandLineErrorsExitWithTwo();
    void atIsOnlyAsOfOnAnOfficeDatabase();
    void timesWithoutAnOffsetAreTheOfficesZone();
    void slaDueFollowsTheOfficialCalendar();
    void slaExplainSaysWhy();
    void calendarImportChangesAnswers();
    void calendarImportReportsBadLines();
    void calendarExportByYear();
    void overdueListsConsultationsAndComplaints();
    void slaExplainItemExplainsEachOverdueKind();
    void reportWritesPdfCsvAndHtml();
    void reportPrintsPdfOnAServerWithoutDisplay();
    void reportWritesWorkbooksAndRectangularCsvs();
    void reportPdfTextIsWhatWasPrinted();
    void serviceAnalysisAndOwnAppraisal();
    void linksNoQtWidgets();
    void jobsRunOnceAcrossTwoProcesses();
    void jobsReportEachFailureByName();
    void userAddStoresOnlyAnArgon2idHash();
    void accountsRequireSignInForEveryCommand();
    void exportAsAConsultantMasksOthersPhones();
    void visitAnsweredInTimeIsMetAndLeavesOverdue();
    void visitRegisterKnowsReturningClients();
    void twoDesksAnsweringAtOnceRecordOneResponse();
    void clientsEditAndRecordAddShowInClientsShow();
    void erasedClientIsFinishedBusiness();
    void rolesDecideWhoEditsLogsAndAnswers();
    void overdueListAndReportFollowOneRule();
    void twoReceiptsForOneInstallmentKeepOne();
    void aMistakenReceiptIsReversed();
    void twoImportsAtOnceNameTheLinesTheOtherTook();
    void postgresConnectionKeepsItsPasswordAndTakesAService();

private:
    Run cli(const QStringList &args, const QStringList &dbOptions = {});
    Run cliWithInput(const QStringList &args, const QByteArray &input, const QStringList &dbOptions = {});
    // Without the --at the two above give: the real time, as on an office's real database.
    Run cliNow(const QStringList &args, const QByteArray &input = {}, const QStringList &dbOptions = {});
    Run start(const QStringList &arguments, const QByteArray &input);
    static void everyAnomalyOfTheDemoHasSomeone(const QSqlDatabase &db);
    TestDatabase m_test;
    QTemporaryDir m_dir;
    QStringList m_db;
};

Run TestCli::cli(const QStringList &args, const QStringList &dbOptions)
{
    return cliWithInput(args, QByteArray(), dbOptions);
}

Run TestCli::cliWithInput(const QStringList &args, const QByteArray &input, const QStringList &dbOptions)
{
    return start((dbOptions.isEmpty() ? m_db : dbOptions) +
                     QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:00:00+08:00")} + args,
                 input);
}

Run TestCli::cliNow(const QStringList &args, const QByteArray &input, const QStringList &dbOptions)
{
    return start((dbOptions.isEmpty() ? m_db : dbOptions) + args, input);
}

Run TestCli::start(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.setProgram(QStringLiteral(ESTATEDESK_CLI_PATH));
    p.setArguments(arguments);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("estatedesk-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    QVERIFY(QFileInfo::exists(QStringLiteral(ESTATEDESK_CLI_PATH)));
}

void TestCli::init()
{
    // A practice database: the tests write at the --at time the helpers give (issue 14 item 1).
    m_test.fresh();
    m_db = m_test.cliOptions();
    const Run r = cliNow({QStringLiteral("init"), QStringLiteral("--practice")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCli::migrateToMovesAFileOfficeOntoTheServer()
{
    // Issue 13 item 4. The office in a SQLite file (with an administrator, as a real one has).
    const QString file = m_dir.filePath(QStringLiteral("moving-%1.sqlite").arg(m_test.backendName()));
    QFile::remove(file);
    const QStringList fileDb{QStringLiteral("--db"), file};
    QCOMPARE(cliNow({QStringLiteral("init")}, {}, fileDb).code, 0);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("120")}, fileDb).code,
             0);
    Run r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                          QStringLiteral("--role"), QStringLiteral("admin")},
                         "secret-pass-a\nsecret-pass-a\n", fileDb);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList asAdmin = fileDb + QStringList{QStringLiteral("--user"), QStringLiteral("管理员")};
    if (m_test.backend() == Backend::Sqlite) {
        // Only a file moves, and only to a server.
        r = cliWithInput({QStringLiteral("migrate-to")}, "secret-pass-a\n", asAdmin);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--pg")), qPrintable(r.err));
        r = cli(
            {QStringLiteral("migrate-to"), QStringLiteral("--pg"), QStringLiteral("host=127.0.0.1 port=1")},
            {QStringLiteral("--pg"), QStringLiteral("host=127.0.0.1 port=1")});
        QCOMPARE(r.code, 2);
        // A file that is not there is named, not created.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-office.sqlite"));
        r = cli(
            {QStringLiteral("migrate-to"), QStringLiteral("--pg"), QStringLiteral("host=127.0.0.1 port=1")},
            {QStringLiteral("--db"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-office.sqlite")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
        return;
    }
    const QString server = m_db.at(m_db.indexOf(QStringLiteral("--pg")) + 1);
    // Nobody moves an office with accounts without signing in.
    r = cli({QStringLiteral("migrate-to"), QStringLiteral("--pg"), server}, fileDb);
    QCOMPARE(r.code, 4);
    r = cliWithInput({QStringLiteral("migrate-to"), QStringLiteral("--pg"), server}, "secret-pass-a\n",
                     asAdmin);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("check ok")), qPrintable(r.out));
    // One line a table: every count equal, the clients all there.
    QVERIFY2(r.out.contains(QStringLiteral("clients\t120\t120\n")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("!=")));
    // The server's copy works: the administrator signs in there, check passes, clients are found.
    const QStringList onServer = m_db + QStringList{QStringLiteral("--user"), QStringLiteral("管理员")};
    r = cliWithInput({QStringLiteral("check")}, "secret-pass-a\n", onServer);
    QVERIFY2(r.code == 0 && r.out.trimmed() == QStringLiteral("ok"), qPrintable(r.err + r.out));
    // A second move into the same database is refused and changes nothing.
    r = cliWithInput({QStringLiteral("migrate-to"), QStringLiteral("--pg"), server}, "secret-pass-a\n",
                     asAdmin);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already holds an office")), qPrintable(r.err));
}

void TestCli::initCreatesAndReportsTheSchema()
{
    // A new office file, as a real office starts.
    const QString file = m_dir.filePath(QStringLiteral("new-office.sqlite"));
    QFile::remove(file);
    const QStringList fileDb{QStringLiteral("--db"), file};
    Run r = cliNow({QStringLiteral("init")}, {}, fileDb);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("schema version %1").arg(Migrations::latestVersion()));
    r = cliNow({QStringLiteral("init")}, {}, fileDb);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("schema version %1").arg(Migrations::latestVersion()));
    // The test's own database (init() made it a practice one) is at the latest version too.
    QCOMPARE(Migrations::currentVersion(m_test.db()), Migrations::latestVersion());
}

// Every contract of a demo office has its consultant, and so has its buyer: the anomalies of its
// installments (overdue payments, follow-ups) go to someone's dashboard, as they do in a real office.
void TestCli::everyAnomalyOfTheDemoHasSomeone(const QSqlDatabase &db)
{
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE consultant_id IS NULL"))
                 .toLongLong(),
             0);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contracts t JOIN clients c ON c.id = "
                                            "t.client_id WHERE c.consultant_id IS NULL"))
                 .toLongLong(),
             0);
    // (Escalations are the supervisors', not one person's.)
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE staff_id IS NULL AND kind "
                                            "<> 'escalation'"))
                 .toLongLong(),
             0);
}

void TestCli::demoThenCheckPrintsOk()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("300 clients")), qPrintable(r.out));
    r = cli({QStringLiteral("check")});
    QCOMPARE(r.out, QStringLiteral("ok\n"));
    QCOMPARE(r.code, 0);
    QSqlDatabase db = m_test.db().connection();
    // About ten service records per client, open items past their deadlines, every kind present.
    const qint64 records =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_records")).toLongLong();
    QVERIFY2(records >= 2400 && records <= 4500, qPrintable(QString::number(records)));
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM consultations WHERE responded_at IS NULL"))
                .toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE closed_at IS NULL"))
                .toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contracts")).toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM appointments")).toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT role) FROM staff")).toLongLong() == 5);
    everyAnomalyOfTheDemoHasSomeone(db);
}

void TestCli::demoIsDeterministic()
{
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("80"),
                              QStringLiteral("--seed"), QStringLiteral("42")};
    const QString a = m_dir.filePath(QStringLiteral("a.sqlite")),
                  b = m_dir.filePath(QStringLiteral("b.sqlite"));
    QFile::remove(a);
    QFile::remove(b);
    QCOMPARE(cliNow({QStringLiteral("init")}, {}, {QStringLiteral("--db"), a}).code, 0);
    QCOMPARE(cliNow({QStringLiteral("init")}, {}, {QStringLiteral("--db"), b}).code, 0);
    QCOMPARE(cli(demo, {QStringLiteral("--db"), a}).code, 0);
    QCOMPARE(cli(demo, {QStringLiteral("--db"), b}).code, 0);
    const QString ea = m_dir.filePath(QStringLiteral("a.csv")), eb = m_dir.filePath(QStringLiteral("b.csv"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("clients"), ea}, {QStringLiteral("--db"), a}).code,
             0);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("clients"), eb}, {QStringLiteral("--db"), b}).code,
             0);
    QFile fa(ea), fb(eb);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray da = fa.readAll();
    QCOMPARE(da, fb.readAll());
    QCOMPARE(da.count('\n'), 81);
}

// The real first start: the administrator is created first, then loads the demo. The demo's
// staff play their own parts (a handover is recorded by customer service, not the administrator).
void TestCli::demoLoadsOnceTheAdministratorExists()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    Run r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                          QStringLiteral("--role"), QStringLiteral("admin")},
                         "admin-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("demo"),
                      QStringLiteral("--clients"), QStringLiteral("500")},
                     "admin-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QSqlDatabase db = m_test.db().connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(), 500);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM handovers")).toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM training_sessions")).toLongLong() > 0);
    // Every handover, complaint and training step was recorded by a member of the demo staff in a
    // role that may do it; the administrator only created their account and loaded the data.
    const QString byAdmin =
        Sql::scalar(db,
                    QStringLiteral(
                        "SELECT COALESCE(MAX(a.entity), '') FROM audit_log a JOIN staff s ON "
                        "s.id = a.actor_id WHERE s.role = 'admin' AND a.entity NOT IN ('clients', 'staff')"))
            .toString();
    QCOMPARE(byAdmin, QString());
    const qint64 handoverSteps =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN staff s ON s.id = a.actor_id "
                                       "WHERE a.entity = 'handovers' AND s.role IN ('service','supervisor')"))
            .toLongLong();
    QVERIFY(handoverSteps > 0);
    // Nor did the administrator enter any act of the timelines.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_records r JOIN staff s ON s.id = "
                                            "r.recorded_by WHERE s.role = 'admin'"))
                 .toLongLong(),
             0);
    everyAnomalyOfTheDemoHasSomeone(db);
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("check")},
                     "admin-password\n");
    QCOMPARE(r.out, QStringLiteral("ok\n"));
    // Every signed or filed contract had its buyer's ID checked (a valid resident ID) by its
    // consultant, at the latest on the day of the signing; the contract screen said "not verified:
    // verify before signing" of every one of them.
    QSqlQuery signedOnes =
        Sql::run(db, QStringLiteral(
                         "SELECT number, id_type, id_number, id_verified_by, consultant_id, id_verified_at, "
                         "signed_on FROM contracts WHERE status IN ('signed', 'filed')"));
    int checked = 0;
    while (signedOnes.next()) {
        const QString number = signedOnes.value(0).toString();
        QCOMPARE(signedOnes.value(1).toString(), QStringLiteral("resident_id"));
        const QDate signedOn = QDate::fromString(signedOnes.value(6).toString(), Qt::ISODate);
        QCOMPARE(IdDocument::validate(IdDocument::Type::ResidentId, signedOnes.value(2).toString(), signedOn),
                 signedOnes.value(2).toString());
        QVERIFY2(signedOnes.value(3).toLongLong() == signedOnes.value(4).toLongLong(), qPrintable(number));
        QVERIFY2(OfficeTime::toOffice(signedOnes.value(5).toLongLong()).date() <= signedOn,
                 qPrintable(number));
        ++checked;
    }
    QVERIFY(checked > 10);
    // A contract written as signed with raw SQL, around the rule: check names it.
    Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO contracts (number, client_id, unit_id, price_fen, discount_fen, status, signed_on, "
            "cancel_reason, created_at, updated_at) SELECT 'HT2026-99999', (SELECT MIN(id) FROM clients), "
            "u.id, u.list_price_fen, 0, 'signed', '2026-11-20', '', 0, 0 FROM units u WHERE NOT EXISTS "
            "(SELECT 1 FROM contracts c WHERE c.unit_id = u.id) ORDER BY u.id LIMIT 1"));
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("check")},
                     "admin-password\n");
    QCOMPARE(r.out,
             QStringLiteral("contract HT2026-99999 is signed but the buyer's identity was never verified\n"));
    QCOMPARE(r.code, 1);
}

void TestCli::demoRefusesADatabaseWithClients()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("10")}).code, 0);
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("10")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already holds")), qPrintable(r.err));
}

void TestCli::checkReportsProblems()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20")}).code, 0);
    Sql::run(m_test.db().connection(), QStringLiteral("UPDATE clients SET phone = '+8612' WHERE id = 3"));
    const Run r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("client 3")), qPrintable(r.out));
}

void TestCli::backupAndRestore()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("40")}).code, 0);
    const QString file = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_test.backendName()));
    Run r = cli({QStringLiteral("backup"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(file));
    Sql::run(m_test.db().connection(), QStringLiteral("DELETE FROM audit_log"));
    r = cli({QStringLiteral("restore"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() >
        0);
    QCOMPARE(cli({QStringLiteral("check")}).out, QStringLiteral("ok\n"));
}

void TestCli::restoreRefusesADamagedFile()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("10")}).code, 0);
    const QString file = m_dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.write(QByteArray(1, '\0'));
        f.write(QByteArray(9000, 'x'));
    }
    const Run r = cli({QStringLiteral("restore"), file});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("broken.sqlite")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("choose another backup")), qPrintable(r.err));
    // A backup cut short (its copy stopped half-way): the backup is damaged, so another backup is
    // what helps, never "restore the latest backup" to someone restoring one.
    const QString cut = m_dir.filePath(QStringLiteral("cut-%1.sqlite").arg(m_test.backendName()));
    QCOMPARE(cli({QStringLiteral("backup"), cut}).code, 0);
    {
        QFile f(cut);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    }
    const Run cutShort = cli({QStringLiteral("restore"), cut});
    QVERIFY(cutShort.code != 0);
    QVERIFY2(cutShort.err.contains(QFileInfo(cut).fileName()), qPrintable(cutShort.err));
    QVERIFY2(cutShort.err.contains(QStringLiteral("is damaged")), qPrintable(cutShort.err));
    QVERIFY2(cutShort.err.contains(QStringLiteral("choose another backup")), qPrintable(cutShort.err));
    QVERIFY2(!cutShort.err.contains(QStringLiteral("restore the latest backup")), qPrintable(cutShort.err));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        10);
}

// Issue 14 item 5: one audit row deleted with raw SQL makes check fail naming the entry after it;
// one row's column changed makes check name that entry.
void TestCli::checkNamesADeletedOrChangedAuditEntry()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20")}).code, 0);
    QCOMPARE(cli({QStringLiteral("check")}).out, QStringLiteral("ok\n"));
    QList<qint64> ids;
    {
        QSqlQuery q =
            Sql::run(m_test.db().connection(), QStringLiteral("SELECT id FROM audit_log ORDER BY chain_seq"));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QVERIFY(ids.size() > 10);
    Sql::run(m_test.db().connection(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {ids.at(3)});
    Run r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("audit log: entry %1 of ").arg(ids.at(4))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 entry before it deleted")), qPrintable(r.out));

    m_test.fresh();
    m_db = m_test.cliOptions();
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20")}).code, 0);
    Sql::run(m_test.db().connection(), QStringLiteral("UPDATE audit_log SET entity_id = 999999 WHERE id = ?"),
             {ids.at(6)});
    r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("audit log: entry %1 of ").arg(ids.at(6))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("changed")), qPrintable(r.out));
}

// The issue's case: a backup in which audit rows were deleted and an account made admin with
// sqlite3. restore refuses it naming the first broken entry and changes nothing; an administrator's
// --force restores it; the restore, the backup and the export are in the audit log, on the chain.
void TestCli::restoreRefusesATamperedBackupUnlessForced()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("30")}).code, 0);
    Run r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                          QStringLiteral("--role"), QStringLiteral("admin")},
                         "secret-pass-a\nsecret-pass-a\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList asAdmin = m_db + QStringList{QStringLiteral("--user"), QStringLiteral("管理员")};
    const QString file = m_dir.filePath(QStringLiteral("tampered-%1.sqlite").arg(m_test.backendName()));
    QFile::remove(file);
    r = cliWithInput({QStringLiteral("backup"), file}, "secret-pass-a\n", asAdmin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString exported = m_dir.filePath(QStringLiteral("audited-%1.csv").arg(m_test.backendName()));
    r = cliWithInput({QStringLiteral("export"), QStringLiteral("clients"), exported}, "secret-pass-a\n",
                     asAdmin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto lastActions = [this](int n) {
        QStringList actions;
        QSqlQuery q =
            Sql::run(m_test.db().connection(),
                     QStringLiteral("SELECT action FROM audit_log ORDER BY chain_seq DESC LIMIT %1").arg(n));
        while (q.next())
            actions.prepend(q.value(0).toString());
        return actions;
    };
    QCOMPARE(lastActions(4), (QStringList{QStringLiteral("sign_in"), QStringLiteral("backup"),
                                          QStringLiteral("sign_in"), QStringLiteral("export_clients")}));
    qint64 victim = 0;
    {
        Database copy(DatabaseConfig::sqlite(file));
        QList<qint64> ids;
        QSqlQuery q =
            Sql::run(copy.connection(), QStringLiteral("SELECT id FROM audit_log ORDER BY chain_seq"));
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        victim = ids.at(11);
        Sql::run(copy.connection(), QStringLiteral("DELETE FROM audit_log WHERE id IN (?, ?)"),
                 {ids.at(9), ids.at(10)});
        Sql::run(copy.connection(),
                 QStringLiteral("UPDATE staff SET role = 'admin' WHERE role = 'reception'"));
        Sql::run(copy.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 clients =
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong();
    const qint64 admins = Sql::scalar(m_test.db().connection(),
                                      QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin'"))
                              .toLongLong();
    Sql::run(m_test.db().connection(), QStringLiteral("DELETE FROM service_records WHERE id = 1"));
    r = cliWithInput({QStringLiteral("restore"), file}, "secret-pass-a\n", asAdmin);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("entry %1 of ").arg(victim)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("2 entries before it deleted")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("Restored")), qPrintable(r.out));
    QCOMPARE(Sql::scalar(m_test.db().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM service_records WHERE id = 1"))
                 .toLongLong(),
             0);
    QCOMPARE(Sql::scalar(m_test.db().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin'"))
                 .toLongLong(),
             admins);

    r = cliWithInput({QStringLiteral("restore"), QStringLiteral("--force"), file}, "secret-pass-a\n",
                     asAdmin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Restored")), qPrintable(r.out));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        clients);
    QCOMPARE(lastActions(1), QStringList{QStringLiteral("restore")});
    const QString after =
        Sql::scalar(m_test.db().connection(),
                    QStringLiteral("SELECT after_json FROM audit_log ORDER BY chain_seq DESC LIMIT 1"))
            .toString();
    QVERIFY2(after.contains(QStringLiteral("\"forced\":true")) &&
                 after.contains(QStringLiteral("entry %1 of ").arg(victim)),
             qPrintable(after));
    r = cliWithInput({QStringLiteral("check")}, "secret-pass-a\n", asAdmin);
    QCOMPARE(r.out, QStringLiteral("ok\n"));
}

void TestCli::importIsAllOrNothingWithLineNumbers()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,电话\n张三,13812345678\n李四,not-a-phone\n,13900000000\n王五,13812345678\n");
    }
    const Run r = cli({QStringLiteral("import"), QStringLiteral("clients"), file});
    QCOMPARE(r.code, 1);
    for (const char *line : {"bad.csv: Line 3:", "bad.csv: Line 4:", "bad.csv: Line 5:"})
        QVERIFY2(r.err.contains(QString::fromUtf8(line)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Line 2:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        0);
    const Run missing = cli(
        {QStringLiteral("import"), QStringLiteral("clients"), m_dir.filePath(QStringLiteral("nope.csv"))});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("nope.csv")), qPrintable(missing.err));
}

void TestCli::importAndExport()
{
    const QString file = m_dir.filePath(QStringLiteral("good.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFname,phone,occupation\n张三,138 1234 5678,教师\n李四,0755-8888 9999,\n");
    }
    Run r = cli({QStringLiteral("import"), QStringLiteral("clients"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported 2 clients")), qPrintable(r.out));
    const QString out = m_dir.filePath(QStringLiteral("export.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("clients"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("张三,138 1234 5678,")));
    QVERIFY(text.contains(QStringLiteral("0755 8888 9999")));
}

void TestCli::importKeepsFreeTextSourcesAndRefusesStrayBytes()
{
    // The office's own wording of a source is kept, with a warning naming the line; exit 0.
    const QString file = m_dir.filePath(QStringLiteral("sources.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QString::fromUtf8("姓名,电话,来源\n张三,13812345678,中介推荐\n李四,13912345678,微信\n").toUtf8());
    }
    Run r = cli({QStringLiteral("import"), QStringLiteral("clients"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported 2 clients")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("sources.csv: Line 2: Source: \"中介推荐\"")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Line 3")), qPrintable(r.err));

    // A UTF-8 file with one stray byte is refused by line, and nothing of it is imported.
    const QString stray = QStringLiteral(ESTATEDESK_TEST_DATA "/clients-utf8-stray-byte.csv");
    r = cli({QStringLiteral("import"), QStringLiteral("clients"), stray});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("clients-utf8-stray-byte.csv: Line 4: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        2);
}

void TestCli::refusesANewerSchema()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    Run r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                          QStringLiteral("--role"), QStringLiteral("admin")},
                         "admin-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Sql::run(m_test.db().connection(),
             QStringLiteral(
                 "INSERT INTO schema_version (version, applied_at, description) VALUES (?, 0, 'future')"),
             {Migrations::latestVersion() + 5});
    const qint64 audit =
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    // Issue 14 item 7: the right advice, and nothing written, not even a sign-in row; the file
    // stays the same byte for byte.
    auto fileBytes = [this] {
        if (m_test.backend() != Backend::Sqlite)
            return QByteArray();
        Sql::run(m_test.db().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile f(m_test.config().sqlitePath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
    };
    const QByteArray before = fileBytes();
    const QStringList asAdmin = m_db + QStringList{QStringLiteral("--user"), QStringLiteral("管理员")};
    const QString backupFile = m_dir.filePath(QStringLiteral("never.sqlite"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("backup"), backupFile},
          QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("restore"), backupFile},
          QStringList{QStringLiteral("overdue")}}) {
        r = cliWithInput(args, "admin-password\n", asAdmin);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("made by a newer EstateDesk")) &&
                     r.err.contains(QStringLiteral("update the program")),
                 qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
    }
    QVERIFY(!QFileInfo::exists(backupFile));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
        audit);
    QCOMPARE(fileBytes(), before);
}

// Issue 14 item 7: a mistyped --db creates nothing and names the file; an empty (0-byte) file is
// refused, also by init; only init creates a database.
void TestCli::noSilentNewDatabaseFiles()
{
    const QString typoFolder = m_dir.filePath(QStringLiteral("typo"));
    const QString typo = typoFolder + QStringLiteral("/offce.sqlite");
    QDir(typoFolder).removeRecursively();
    for (const QStringList &args :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")},
          QStringList{QStringLiteral("overdue")}, QStringList{QStringLiteral("restore"), typo}}) {
        const Run r = cli(args, {QStringLiteral("--db"), typo});
        QVERIFY2(r.code != 0, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(typo)) && r.err.contains(QStringLiteral("init")),
                 qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(typoFolder),
                 qPrintable(args.join(u' ') + QStringLiteral(" created the folder")));
    }
    // init makes it (folder and file); then the other commands open it.
    Run r = cliNow({QStringLiteral("init")}, {}, {QStringLiteral("--db"), typo});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(typo).size() > 0);
    QCOMPARE(cli({QStringLiteral("check")}, {QStringLiteral("--db"), typo}).out, QStringLiteral("ok\n"));

    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
        r = cli({command}, {QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(empty)) && r.err.contains(QStringLiteral("0 bytes")),
                 qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }
}

void TestCli::commandLineErrorsExitWithTwo()
{
    Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    r = cli({QStringLiteral("demo")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--clients")), qPrintable(r.err));
    r = cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("many")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--clients")), qPrintable(r.err));
    r = cli({QStringLiteral("--at"), QStringLiteral("yesterday"), QStringLiteral("init")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--at")), qPrintable(r.err));
}

// Issue 14 item 1: on an office's real database, sign-in, lockout and every stamp use the real
// clock; --at only sets "as of" for the commands that read. A practice database takes it for writing.
void TestCli::atIsOnlyAsOfOnAnOfficeDatabase()
{
    m_test.fresh(); // not a practice database, unlike init()'s
    m_db = m_test.cliOptions();
    QCOMPARE(cliNow({QStringLiteral("init")}).code, 0);
    Run r = cliNow({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("主管"),
                    QStringLiteral("--role"), QStringLiteral("admin")},
                   "secret-pass-a\nsecret-pass-a\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSqlDatabase db = m_test.db().connection();
    auto count = [&](const QString &sql) { return Sql::scalar(db, sql).toLongLong(); };
    const QStringList boss{QStringLiteral("--user"), QStringLiteral("主管")};
    const QStringList visit{QStringLiteral("visit"),     QStringLiteral("register"),
                            QStringLiteral("--phone"),   QStringLiteral("13800138000"),
                            QStringLiteral("--name"),    QStringLiteral("王芳"),
                            QStringLiteral("--channel"), QStringLiteral("walk-in")};
    const auto at = [](const QString &time) { return QStringList{QStringLiteral("--at"), time}; };

    // A write with --at is refused by name before anything is written, not even a sign-in.
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    r = start(m_db + at(QStringLiteral("2019-03-01T10:00:00+08:00")) + boss + visit, "secret-pass-a\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--at: visit register writes")) &&
                 r.err.contains(QStringLiteral("init --practice")),
             qPrintable(r.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consultations")), 0);
    for (const QStringList &command :
         {QStringList{QStringLiteral("jobs"), QStringLiteral("run")},
          QStringList{QStringLiteral("backup"), m_dir.filePath(QStringLiteral("at.backup"))},
          QStringList{QStringLiteral("restore"), m_dir.filePath(QStringLiteral("at.backup"))}}) {
        r = start(m_db + at(QStringLiteral("2026-11-27T10:00:00+08:00")) + boss + command, "secret-pass-a\n");
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("--at")),
                 qPrintable(command.join(u' ') + u'\n' + r.err));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    // A command that reads takes it as "as of"; its sign-in is stamped with the real time.
    r = start(m_db + at(QStringLiteral("2019-03-01T10:00:00+08:00")) + boss +
                  QStringList{QStringLiteral("overdue")},
              "secret-pass-a\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 newYear2026 =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QVERIFY(count(QStringLiteral("SELECT MIN(at) FROM audit_log WHERE action = 'sign_in'")) > newYear2026);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at < %1").arg(newYear2026)), 0);

    // Without --at the desk writes at the real time.
    r = cliNow(boss + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("前台"),
                                  QStringLiteral("--role"), QStringLiteral("reception")},
               "secret-pass-a\nsecret-pass-b\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cliNow(QStringList{QStringLiteral("--user"), QStringLiteral("前台")} + visit, "secret-pass-b\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(count(QStringLiteral("SELECT received_at FROM consultations")) > newYear2026);
    // An office with clients cannot be turned into a practice database to write back in time.
    r = cliNow(boss + QStringList{QStringLiteral("init"), QStringLiteral("--practice")}, "secret-pass-a\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--practice")), qPrintable(r.err));

    // Moving --at on never unlocks an account: five wrong passwords a day apart, then the right one.
    for (int day = 1; day <= Accounts::kMaxFailures; ++day) {
        r = start(m_db +
                      at(QStringLiteral("2026-12-%1T10:00:00+08:00").arg(day * 3, 2, 10, QLatin1Char('0'))) +
                      boss + QStringList{QStringLiteral("overdue")},
                  "wrong-password\n");
        QCOMPARE(r.code, 4);
    }
    r = start(m_db + at(QStringLiteral("2027-06-01T10:00:00+08:00")) + boss +
                  QStringList{QStringLiteral("overdue")},
              "secret-pass-a\n");
    QCOMPARE(r.code, 4);

    // A time before 2000 (which once made every account look locked) is a typing slip.
    r = start(m_db + at(QStringLiteral("1969-12-31T23:00:00Z")) + QStringList{QStringLiteral("overdue")}, {});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("2000")), qPrintable(r.err));
}

// A time given without an offset (--at, --start) is in the office's own time zone, as set in
// the office settings, not Beijing time.
void TestCli::timesWithoutAnOffsetAreTheOfficesZone()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    SettingsRepository(Session{&m_test.db(), &clock, 0})
        .setOffice(QStringLiteral("Asia/Urumqi"), QStringLiteral("18:00"));
    const Run r = cli({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
                       QStringLiteral("consultation-response"), QStringLiteral("--start"),
                       QStringLiteral("2026-11-27T10:00:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("2026-11-27T10:15:00+06:00\n"));
}

void TestCli::slaDueFollowsTheOfficialCalendar()
{
    const QStringList due = {QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
                             QStringLiteral("complaint-solution"), QStringLiteral("--start")};
    Run r = cli(due + QStringList{QStringLiteral("2026-11-27T10:00:00+08:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("2026-12-02T18:00:00+08:00\n"));
    // National Day 2026: 1–7 October off, Saturday 10 October a make-up working day.
    r = cli(due + QStringList{QStringLiteral("2026-09-30T16:00:00+08:00")});
    QCOMPARE(r.out, QStringLiteral("2026-10-10T18:00:00+08:00\n"));
    // Given in UTC.
    r = cli(due + QStringList{QStringLiteral("2026-11-27T02:00:00Z")});
    QCOMPARE(r.out, QStringLiteral("2026-12-02T18:00:00+08:00\n"));
    r = cli({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
             QStringLiteral("consultation-response"), QStringLiteral("--start"),
             QStringLiteral("2026-11-27T10:00:00+08:00")});
    QCOMPARE(r.out, QStringLiteral("2026-11-27T10:15:00+08:00\n"));
    // A consultation received after hours counts from the next opening, as the front desk applies
    // it (the tester's F11: 00:55 gave 01:10 where the desk says 09:15); explain says why.
    const QStringList consultation = {QStringLiteral("--policy"), QStringLiteral("consultation-response"),
                                      QStringLiteral("--start"), QStringLiteral("2026-12-04T00:55:00+08:00")};
    r = cli(QStringList{QStringLiteral("sla"), QStringLiteral("due")} + consultation);
    QCOMPARE(r.out, QStringLiteral("2026-12-04T09:15:00+08:00\n"));
    r = cli(QStringList{QStringLiteral("sla"), QStringLiteral("explain")} + consultation);
    QVERIFY2(r.out.contains(QStringLiteral("2026-12-04 00:55")) && r.out.contains(QStringLiteral("09:00")),
             qPrintable(r.out));
    r = cli({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
             QStringLiteral("handover-notice"), QStringLiteral("--start"), QStringLiteral("2026-12-20")});
    QCOMPARE(r.out, QStringLiteral("2026-12-14T00:00:00+08:00\n"));
    // Into a year without a published schedule: answered, and said to be provisional.
    r = cli(due + QStringList{QStringLiteral("2027-03-01T10:00:00+08:00")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Provisional")), qPrintable(r.err));
    r = cli({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
             QStringLiteral("nonsense"), QStringLiteral("--start"),
             QStringLiteral("2026-11-27T10:00:00+08:00")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("complaint-solution")), qPrintable(r.err));
    // A bad start is named as the option it came with.
    r = cli(due + QStringList{QStringLiteral("garbage")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--start: \"garbage\"")) &&
                 !r.err.contains(QStringLiteral("--at")),
             qPrintable(r.err));
}

void TestCli::slaExplainSaysWhy()
{
    const Run r = cli({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--policy"),
                       QStringLiteral("complaint-solution"), QStringLiteral("--start"),
                       QStringLiteral("2026-09-30T16:00:00+08:00")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2026-10-01 (")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("国庆节")), qPrintable(r.out));
    QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("2026-10-10T18:00:00+08:00.")), qPrintable(r.out));
}

void TestCli::calendarImportChangesAnswers()
{
    const QString file = m_dir.filePath(QStringLiteral("extra.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,kind,name\n2026-11-30,holiday,公司庆典\n2026-12-05,workday,调休\n");
    }
    Run r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList due = {QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
                             QStringLiteral("complaint-solution"), QStringLiteral("--start")};
    // Monday 30 November off: Tue 1, Wed 2, Thu 3 December.
    QCOMPARE(cli(due + QStringList{QStringLiteral("2026-11-27T10:00:00+08:00")}).out,
             QStringLiteral("2026-12-03T18:00:00+08:00\n"));
    // Saturday 5 December a working day: Thu 3 → Fri 4, Sat 5 counts.
    QCOMPARE(cli(due + QStringList{QStringLiteral("2026-12-02T10:00:00+08:00")}).out,
             QStringLiteral("2026-12-05T18:00:00+08:00\n"));
    // Dates the file did not list are untouched.
    QCOMPARE(cli(due + QStringList{QStringLiteral("2026-09-30T16:00:00+08:00")}).out,
             QStringLiteral("2026-10-10T18:00:00+08:00\n"));
}

void TestCli::calendarImportReportsBadLines()
{
    const QString file = m_dir.filePath(QStringLiteral("badcal.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,kind,name\n2026-11-30,holiday,ok\n2026-02-30,holiday,no such day\n2026-12-01,off,\n");
    }
    const Run r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("badcal.csv: Line 3:")) &&
                 r.err.contains(QStringLiteral("badcal.csv: Line 4:")),
             qPrintable(r.err));
    // Nothing was imported: 30 November is still a working day.
    QCOMPARE(cli({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--policy"),
                  QStringLiteral("complaint-solution"), QStringLiteral("--start"),
                  QStringLiteral("2026-11-27T10:00:00+08:00")})
                 .out,
             QStringLiteral("2026-12-02T18:00:00+08:00\n"));
}

void TestCli::calendarExportByYear()
{
    const QString file = m_dir.filePath(QStringLiteral("2026.csv"));
    const Run r = cli({QStringLiteral("calendar"), QStringLiteral("export"), file, QStringLiteral("--year"),
                       QStringLiteral("2026")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("date,kind,name\n"));
    QVERIFY(csv.contains("2026-10-10,workday,"));
    QVERIFY(!csv.contains("2025-"));
}

void TestCli::overdueListsConsultationsAndComplaints()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("1000"),
                  QStringLiteral("--seed"), QStringLiteral("1")})
                 .code,
             0);
    const Run r = cli({QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("kind,id,client,staff,due,overdue_minutes"));
    QSet<QString> kinds;
    qint64 previousMinutes = std::numeric_limits<qint64>::max();
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(u',');
        QCOMPARE(f.size(), 6);
        kinds.insert(f.at(0));
        QVERIFY2(QDateTime::fromString(f.at(4), Qt::ISODate).isValid(), qPrintable(line));
        const qint64 minutes = f.at(5).toLongLong();
        QVERIFY2(minutes > 0 && minutes <= previousMinutes, qPrintable(line)); // most overdue first
        previousMinutes = minutes;
    }
    QVERIFY2(kinds.contains(QStringLiteral("consultation-response")), qPrintable(r.out));
    // Every after-sales kind (issue 7): the demo plays handovers and complaints through their repositories.
    for (const char *kind : {"complaint-first-response", "complaint-solution", "emergency-onsite",
                             "defect-rectification", "handover-notice", "return-visit"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    QVERIFY2(kinds.contains(QStringLiteral("installment")),
             qPrintable(r.out)); // unpaid installments of the demo plans
    const Run json = cli({QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), lines.size() - 1);
    const Run table = cli({QStringLiteral("overdue")});
    QVERIFY(table.out.startsWith(QStringLiteral("kind")));
}

void TestCli::slaExplainItemExplainsEachOverdueKind()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("1000"),
                  QStringLiteral("--seed"), QStringLiteral("1")})
                 .code,
             0);
    const Run overdue = cli({QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(overdue.code == 0, qPrintable(overdue.err));
    // Every item `overdue` lists, by kind: explained with the due time `overdue` printed.
    QHash<QString, QList<QStringList>> byKind;
    for (const QString &line : overdue.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = line.split(u',');
        byKind[f.at(0)].append(f);
    }
    auto explain = [&](const QStringList &f) {
        const Run r = cli({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--item"),
                           f.at(0) + u':' + f.at(1)});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return r.code == 0 ? r.out : QString();
    };
    bool pauseSeen = false, ownLengthSeen = false;
    for (const QString &kind : DeadlinePolicy::names()) {
        QVERIFY2(byKind.contains(kind), qPrintable(kind));
        const QStringList first = byKind.value(kind).constFirst();
        const QString out = explain(first);
        QVERIFY2(!out.isEmpty(), qPrintable(kind));
        QVERIFY2(out.startsWith(DeadlinePolicy::label(kind)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No. ") + first.at(1)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(": Overdue.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Due: %1.").arg(first.at(4))),
                 qPrintable(out)); // the same item as listed
        if (kind == QLatin1String("handover-notice"))
            QVERIFY2(out.contains(QStringLiteral(" calendar days before ")), qPrintable(out));
        if (kind == QLatin1String("complaint-solution") || kind == QLatin1String("defect-rectification"))
            QVERIFY2(out.contains(QStringLiteral("is not counted (Civil Code art. 201)")), qPrintable(out));
    }
    // The solution clock stands still while the complaint waits for the client: the overdue ones
    // say they never waited; the one the demo leaves waiting says since when, and is not overdue.
    for (const QStringList &f : byKind.value(QStringLiteral("complaint-solution")))
        QVERIFY2(explain(f).contains(QStringLiteral("No waiting for the client so far")),
                 qPrintable(f.join(u',')));
    QSqlQuery waiting = Sql::run(
        m_test.db().connection(),
        QStringLiteral("SELECT d.policy, d.entity_id FROM deadline_items d JOIN deadline_pauses p ON "
                       "p.item_id = d.id WHERE p.resumed_at IS NULL"));
    QList<QStringList> paused;
    while (waiting.next())
        paused.append({waiting.value(0).toString(), waiting.value(1).toString()});
    waiting.finish();
    for (const QStringList &f : std::as_const(paused)) {
        const QString out = explain(f);
        QVERIFY2(out.contains(QStringLiteral("Waiting for the client since ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(": Paused.")), qPrintable(out));
        pauseSeen = true;
    }
    QVERIFY(pauseSeen);
    // A finished pause on a real item: the client replies a minute before the command's "now";
    // the explanation names both ends and no longer says the clock stands still.
    const auto solution = std::find_if(paused.cbegin(), paused.cend(), [](const QStringList &f) {
        return f.at(0) == QLatin1String("complaint-solution");
    });
    QVERIFY(solution != paused.cend());
    const qint64 pausedAt =
        Sql::scalar(
            m_test.db().connection(),
            QStringLiteral("SELECT p.paused_at FROM deadline_pauses p JOIN deadline_items d ON "
                           "d.id = p.item_id WHERE d.policy = 'complaint-solution' AND d.entity_id = ?"),
            {solution->at(1).toLongLong()})
            .toLongLong();
    FixedClock replied(
        QDateTime::fromString(QStringLiteral("2026-11-27T09:59:00+08:00"), Qt::ISODate).toMSecsSinceEpoch());
    ComplaintRepository(Session{&m_test.db(), &replied, 0})
        .resumeFromClient(solution->at(1).toLongLong(), QStringLiteral("客户已回复"));
    const QString finished = explain(*solution);
    QVERIFY2(finished.contains(QStringLiteral("Waiting for the client from %1 to 2026-11-27 09:59.")
                                   .arg(OfficeTime::formatDateTime(pausedAt))),
             qPrintable(finished));
    QVERIFY2(!finished.contains(QStringLiteral("the clock stands still")) &&
                 !finished.contains(QStringLiteral(": Paused.")),
             qPrintable(finished));
    // Defects with their own length say so, and count that many working days.
    for (const QStringList &f : byKind.value(QStringLiteral("defect-rectification"))) {
        const QString out = explain(f);
        const QRegularExpression own(
            QStringLiteral("its own length, (\\d+) working days?, instead of the policy's 15 working days"));
        const QRegularExpressionMatch m = own.match(out);
        if (m.hasMatch()) {
            ownLengthSeen = true;
            QVERIFY2(out.contains(QStringLiteral(": working day %1 (").arg(m.captured(1))), qPrintable(out));
            QVERIFY2(!out.contains(QStringLiteral(": working day %1 (").arg(m.captured(1).toInt() + 1)),
                     qPrintable(out));
        }
    }
    QVERIFY(ownLengthSeen);
    // Not KIND:ID, or no such item: named and refused.
    Run r = cli({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--item"),
                 QStringLiteral("complaint-solution")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--item")), qPrintable(r.err));
    r = cli({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--item"),
             QStringLiteral("complaint-solution:999999")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999999")), qPrintable(r.err));
}

void TestCli::reportWritesPdfCsvAndHtml()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("500")}).code, 0);
    // Reports name clients: whatever the umask, only their owner may read them.
    const mode_t oldMask = ::umask(022);
    const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
    const QList<QStringList> reports = {
        {QStringLiteral("reception-daily"), QStringLiteral("--date"), QStringLiteral("2026-11-26")},
        {QStringLiteral("overdue")},
        {QStringLiteral("complaint-compliance"), QStringLiteral("--month"), QStringLiteral("2026-11")}};
    for (const QStringList &r : reports)
        for (const char *suffix : {"pdf", "csv", "html"}) {
            const QString out = m_dir.filePath(r.constFirst() + QLatin1Char('.') + QLatin1String(suffix));
            const Run run =
                cli(QStringList{QStringLiteral("report")} + r + QStringList{QStringLiteral("--out"), out});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QFile file(out);
            QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                     QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            if (qstrcmp(suffix, "pdf") == 0)
                QVERIFY(head.startsWith("%PDF"));
            else if (qstrcmp(suffix, "csv") == 0)
                QVERIFY(head.startsWith("\xEF\xBB\xBF"));
            else
                QVERIFY(head.startsWith("<html>"));
        }
    // The overdue report lists what `overdue` lists: kind, id, the instant and the minutes alike.
    const QStringList overdueCsv =
        cli({QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out.split(u'\n', Qt::SkipEmptyParts);
    QFile csv(m_dir.filePath(QStringLiteral("overdue.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<Csv::Row> items = Csv::parse(Csv::decode(csv.readAll()));
    QVERIFY(overdueCsv.size() > 1);
    QCOMPARE(items.size(), overdueCsv.size());
    QCOMPARE(items.at(0).fields,
             (QStringList{QStringLiteral("kind"), QStringLiteral("record"), QStringLiteral("client"),
                          QStringLiteral("staff"), QStringLiteral("due"), QStringLiteral("overdue_minutes"),
                          QStringLiteral("id")}));
    QStringList fromReport, fromOverdue;
    for (const Csv::Row &row : items.mid(1))
        fromReport
            << QStringList{row.fields.at(0), row.fields.at(6), row.fields.at(4), row.fields.at(5)}.join(u',');
    for (const QString &line : overdueCsv.mid(1)) {
        const QStringList f = line.split(u',');
        fromOverdue << QStringList{f.at(0), f.at(1), f.at(4), f.at(5)}.join(u',');
    }
    QCOMPARE(fromReport, fromOverdue);
    // An installment is due within its date: the machine's CSV gives the instant it turned
    // overdue (the next midnight), the printed report the date itself.
    QFile html(m_dir.filePath(QStringLiteral("overdue.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    const QStringList machine =
        cli({QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")}).out.split(u'\n');
    int installments = 0;
    for (const QString &line : machine) {
        const QStringList f = line.split(u',');
        if (f.size() < 6 || f.at(0) != QLatin1String("installment"))
            continue;
        ++installments;
        QVERIFY2(f.at(4).endsWith(QStringLiteral("T00:00:00+08:00")), qPrintable(line));
        const QDate next = QDate::fromString(f.at(4).left(10), Qt::ISODate);
        QVERIFY2(text.contains(next.addDays(-1).toString(Qt::ISODate)), qPrintable(line + u'\n' + text));
        QVERIFY2(!text.contains(next.toString(Qt::ISODate) + QStringLiteral(" 00:00")),
                 qPrintable(line + u'\n' + text));
    }
    QVERIFY(installments > 0);
    // Bad input is named.
    Run bad = cli({QStringLiteral("report"), QStringLiteral("overdue"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("x.doc"))});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--out")));
    bad = cli({QStringLiteral("report"), QStringLiteral("complaint-compliance"), QStringLiteral("--month"),
               QStringLiteral("2026-13"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--month")));
    bad = cli({QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("--quarter"),
               QStringLiteral("2026-Q5"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--quarter")));
    bad = cli({QStringLiteral("report"), QStringLiteral("appraisal"), QStringLiteral("--staff"),
               QStringLiteral("查无此人"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--staff")));
    // An option the report does not take is refused and named, and nothing is written.
    const QString unwanted = m_dir.filePath(QStringLiteral("unwanted.csv"));
    bad = cli({QStringLiteral("report"), QStringLiteral("overdue"), QStringLiteral("--month"),
               QStringLiteral("2026-11"), QStringLiteral("--out"), unwanted});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--month")) && bad.err.contains(QStringLiteral("overdue")),
             qPrintable(bad.err));
    bad = cli({QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("--month"),
               QStringLiteral("2026-11"), QStringLiteral("--out"), unwanted});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--quarter")), qPrintable(bad.err));
    QVERIFY(!QFileInfo::exists(unwanted));
    // The supervision reports are written too, empty periods said so.
    for (const QStringList &r :
         {QStringList{QStringLiteral("appraisal"), QStringLiteral("--month"), QStringLiteral("2026-11")},
          QStringList{QStringLiteral("survey"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")},
          QStringList{QStringLiteral("training"), QStringLiteral("--month"), QStringLiteral("2026-11")}})
        for (const char *suffix : {".csv", ".pdf"}) {
            const QString out = m_dir.filePath(r.constFirst() + QLatin1String(suffix));
            const Run run =
                cli(QStringList{QStringLiteral("report")} + r + QStringList{QStringLiteral("--out"), out});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QVERIFY(QFileInfo(out).size() > 0);
        }
}

// Every report's PDF gives back, to search and copy, the characters printed: no Kangxi radical or
// radical supplement where an ideograph was printed (客户, not 客⼾; 黄, not ⻩).
void TestCli::reportPdfTextIsWhatWasPrinted()
{
    // In Chinese, the office's language (the other tests read the English wording).
    const QByteArray language = qgetenv("ESTATEDESK_LANG");
    qputenv("ESTATEDESK_LANG", "zh_CN");
    const auto restore = qScopeGuard([language] { qputenv("ESTATEDESK_LANG", language); });
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200")}).code, 0);
    const Run visit = cli({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                           QStringLiteral("13900007788"), QStringLiteral("--name"), QStringLiteral("黄月户"),
                           QStringLiteral("--channel"), QStringLiteral("walk-in")});
    QVERIFY2(visit.code == 0, qPrintable(visit.err));
    const QList<QStringList> reports = {
        {QStringLiteral("reception-daily"), QStringLiteral("--date"), QStringLiteral("2026-11-27")},
        {QStringLiteral("overdue")},
        {QStringLiteral("complaint-compliance"), QStringLiteral("--month"), QStringLiteral("2026-11")},
        {QStringLiteral("appraisal"), QStringLiteral("--month"), QStringLiteral("2026-11")},
        {QStringLiteral("survey"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")},
        {QStringLiteral("training"), QStringLiteral("--month"), QStringLiteral("2026-11")},
        {QStringLiteral("trends"), QStringLiteral("--month"), QStringLiteral("2026-11")},
        {QStringLiteral("service-analysis"), QStringLiteral("--month"), QStringLiteral("2026-11")}};
    QCOMPARE(reports.size(), OfficeReports::names().size()); // every report
    for (const QStringList &r : reports) {
        const QString out = m_dir.filePath(r.constFirst() + QStringLiteral("-text.pdf"));
        const Run run =
            cli(QStringList{QStringLiteral("report")} + r + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = rawPdfText(out);
        QVERIFY2(cjkRadicals(text).isEmpty(),
                 qPrintable(r.constFirst() + QStringLiteral(": ") + cjkRadicals(text) + u'\n' + text));
        QVERIFY2(text.contains(QStringLiteral("售楼处客户服务部")),
                 qPrintable(r.constFirst() + u'\n' + text)); // the office, on every page
        if (r.constFirst() == QLatin1String("reception-daily"))
            QVERIFY2(text.contains(QStringLiteral("黄月户")), qPrintable(text));
        if (r.constFirst() == QLatin1String("appraisal"))
            QVERIFY2(text.contains(QStringLiteral("月度")), qPrintable(text));
        if (r.constFirst() == QLatin1String("trends")) {
            // The 12 months and a chart of each figure (four pictures).
            QVERIFY2(text.contains(QStringLiteral("2025-12")) && text.contains(QStringLiteral("投诉率")),
                     qPrintable(text));
            QProcess images;
            images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
            QVERIFY(images.waitForFinished(30000));
            QCOMPARE(
                QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size(),
                2 + 4);
        }
    }
}

// The service-analysis report for supervisors; each consultant prints their own published
// appraisal and nothing else.
void TestCli::serviceAnalysisAndOwnAppraisal()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300")}).code, 0);
    const QString csvPath =
        m_dir.filePath(QStringLiteral("service-analysis-%1.csv").arg(m_test.backendName()));
    Run r = cli({QStringLiteral("report"), QStringLiteral("service-analysis"), QStringLiteral("--month"),
                 QStringLiteral("2026-11"), QStringLiteral("--out"), csvPath});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The main table, and the notes beside it (headings and sentences).
    QString text;
    for (const QString &path :
         {csvPath, QString(csvPath).replace(QStringLiteral(".csv"), QStringLiteral("-notes.csv"))}) {
        QFile csv(path);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(path));
        text += QString::fromUtf8(csv.readAll());
    }
    for (const QString &heading : {QStringLiteral("What clients asked about"), QStringLiteral("Budgets"),
                                   QStringLiteral("From first visit to contract, by channel"),
                                   QStringLiteral("From first visit to contract, by consultant")})
        QVERIFY2(text.contains(heading), qPrintable(heading + u'\n' + text));
    // The month's consultations in the report are the database's.
    const qint64 consultations =
        Sql::scalar(
            m_test.db().connection(),
            QStringLiteral("SELECT COUNT(*) FROM consultations WHERE received_at >= ? AND received_at < ?"),
            {at("2026-11-01T00:00:00+08:00"), at("2026-12-01T00:00:00+08:00")})
            .toLongLong();
    QVERIFY(consultations > 0);
    QVERIFY2(text.contains(QStringLiteral("Consultations received in 2026-11: %1,").arg(consultations)),
             qPrintable(text));
    r = cli({QStringLiteral("report"), QStringLiteral("service-analysis"), QStringLiteral("--month"),
             QStringLiteral("2026-13"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--month")), qPrintable(r.err));

    // November published; two consultants get accounts.
    FixedClock clock(fridayMorning());
    const Session office{&m_test.db(), &clock, 0, QStringLiteral("system")};
    AppraisalRepository(office).publish(QStringLiteral("2026-11"));
    QSqlQuery q = Sql::run(
        m_test.db().connection(),
        QStringLiteral(
            "SELECT s.name FROM kpi_snapshots k JOIN staff s ON s.id = k.staff_id WHERE k.month = '2026-11' "
            "AND s.role = 'consultant' ORDER BY s.id"));
    QStringList consultants;
    while (q.next())
        consultants << q.value(0).toString();
    q.finish();
    QVERIFY(consultants.size() >= 2);
    const QString a = consultants.at(0), b = consultants.at(1);
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    for (const QString &name : {a, b})
        QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                               QStringLiteral("add"), name, QStringLiteral("--role"),
                               QStringLiteral("consultant")},
                              "admin-password\nconsultant-pass\n")
                     .code,
                 0);
    const QString own = m_dir.filePath(QStringLiteral("own-%1.csv").arg(m_test.backendName()));
    r = cliWithInput({QStringLiteral("--user"), a, QStringLiteral("report"), QStringLiteral("appraisal"),
                      QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), own},
                     "consultant-pass\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile ownFile(own);
    QVERIFY(ownFile.open(QIODevice::ReadOnly));
    const QString pack = QString::fromUtf8(ownFile.readAll());
    QVERIFY2(pack.contains(a) && !pack.contains(b), qPrintable(pack));
    r = cliWithInput({QStringLiteral("--user"), a, QStringLiteral("report"), QStringLiteral("appraisal"),
                      QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--staff"), b,
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("refused-pack.csv"))},
                     "consultant-pass\n");
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Not allowed")), qPrintable(r.err));
    r = cliWithInput({QStringLiteral("--user"), a, QStringLiteral("report"), QStringLiteral("appraisal"),
                      QStringLiteral("--month"), QStringLiteral("2026-09"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("sep.csv"))},
                     "consultant-pass\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not published")), qPrintable(r.err));
    r = cliWithInput({QStringLiteral("--user"), a, QStringLiteral("report"),
                      QStringLiteral("service-analysis"), QStringLiteral("--month"),
                      QStringLiteral("2026-11"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("sa.csv"))},
                     "consultant-pass\n");
    QCOMPARE(r.code, 4);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused-pack.csv"))));

    // A consultant who joined after November asks for their own pack: told so in their words, in
    // Chinese as in English — no option they did not type, no internal staff number.
    QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                           QStringLiteral("add"), QStringLiteral("新顾问"), QStringLiteral("--role"),
                           QStringLiteral("consultant")},
                          "admin-password\nconsultant-pass\n")
                 .code,
             0);
    const QString missing = m_dir.filePath(QStringLiteral("newcomer.pdf"));
    const QStringList ownPack = {QStringLiteral("--user"),  QStringLiteral("新顾问"),
                                 QStringLiteral("report"),  QStringLiteral("appraisal"),
                                 QStringLiteral("--month"), QStringLiteral("2026-11"),
                                 QStringLiteral("--out"),   missing};
    r = cliWithInput(ownPack, "consultant-pass\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("You are not in the appraisal results of 2026-11")),
             qPrintable(r.err));
    {
        const QByteArray language = qgetenv("ESTATEDESK_LANG");
        qputenv("ESTATEDESK_LANG", "zh_CN");
        const auto restore = qScopeGuard([language] { qputenv("ESTATEDESK_LANG", language); });
        r = cliWithInput(ownPack, "consultant-pass\n");
    }
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(
                 QStringLiteral("2026-11 的考核结果中没有您（该月已公布的考核不含您，或您当月未在岗）")),
             qPrintable(r.err));
    for (const QString &internal : {QStringLiteral("--staff"), QStringLiteral("No."), QStringLiteral("号")})
        QVERIFY2(!r.err.contains(internal), qPrintable(internal + u'\n' + r.err));
    QVERIFY(!QFileInfo::exists(missing));
    // An administrator (not appraised) naming themselves: the name they typed, not a number.
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("report"),
                      QStringLiteral("appraisal"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                      QStringLiteral("--staff"), QStringLiteral("管理员"), QStringLiteral("--out"), missing},
                     "admin-password\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("管理员 is not in the appraisal of 2026-11")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("No.")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(missing));
    // Without --staff the administrator prints the team's pack.
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("report"),
                      QStringLiteral("appraisal"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("team.csv"))},
                     "admin-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCli::reportPrintsPdfOnAServerWithoutDisplay()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("60")}).code, 0);
    // A scheduled task on a server: no display, no Qt platform chosen, no runtime folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    const QString out = m_dir.filePath(QStringLiteral("headless-%1.pdf").arg(m_test.backendName()));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ESTATEDESK_CLI_PATH),
            m_db + QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:00:00+08:00"),
                               QStringLiteral("report"), QStringLiteral("complaint-compliance"),
                               QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                               out});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.isEmpty(), qPrintable(err)); // nothing but the result: no warnings about displays or folders
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(out));
    const QString text = rawPdfText(out);
    QVERIFY2(text.contains(QStringLiteral("2026-11")), qPrintable(text));
}

// The arguments that choose each report's period on the demo office (a report added to
// OfficeReports::names() must be added here, so that every report is tried).
static QStringList periodOf(const QString &report)
{
    static const QHash<QString, QStringList> periods = {
        {QStringLiteral("reception-daily"), {QStringLiteral("--date"), QStringLiteral("2026-11-26")}},
        {QStringLiteral("overdue"), {}},
        {QStringLiteral("complaint-compliance"), {QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("appraisal"), {QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("survey"), {QStringLiteral("--quarter"), QStringLiteral("2026-Q4")}},
        {QStringLiteral("training"), {QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("trends"), {QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("service-analysis"), {QStringLiteral("--month"), QStringLiteral("2026-11")}},
    };
    return periods.value(report, {QStringLiteral("(no period known for this report)")});
}

static QString pythonWithOpenpyxl()
{
    // Debian's python3-openpyxl is installed for the system's python.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

// Every report as a workbook that a spreadsheet reader (openpyxl) reads: its sheets, the header
// row bold and frozen, numbers as numbers, dates as dates, Chinese intact; and every report CSV
// file one rectangular table that python's csv module reads.
void TestCli::reportWritesWorkbooksAndRectangularCsvs()
{
    const QByteArray language = qgetenv("ESTATEDESK_LANG");
    qputenv("ESTATEDESK_LANG", "zh_CN");
    const auto restore = qScopeGuard([language] { qputenv("ESTATEDESK_LANG", language); });
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300")}).code, 0);
    const Run visit = cli({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                           QStringLiteral("13900007788"), QStringLiteral("--name"), QStringLiteral("黄月户"),
                           QStringLiteral("--channel"), QStringLiteral("walk-in")});
    QVERIFY2(visit.code == 0, qPrintable(visit.err));
    const QHash<QString, QStringList> expect = {
        {QStringLiteral("reception-daily"),
         {QStringLiteral("sheets=2"), QStringLiteral("number"), QStringLiteral("date"),
          QStringLiteral("text=样板间")}},
        {QStringLiteral("overdue"),
         {QStringLiteral("sheets=2"), QStringLiteral("number"), QStringLiteral("date"),
          QStringLiteral("text=分期款"), QStringLiteral("dates-as-printed")}},
        {QStringLiteral("complaint-compliance"),
         {QStringLiteral("sheets=2"), QStringLiteral("number"), QStringLiteral("date"),
          QStringLiteral("text=投诉初步响应")}},
        {QStringLiteral("appraisal"),
         {QStringLiteral("sheets=2"), QStringLiteral("number"), QStringLiteral("text=月度绩效考核")}},
        {QStringLiteral("survey"),
         {QStringLiteral("sheets=3"), QStringLiteral("number"), QStringLiteral("date"),
          QStringLiteral("text=服务态度")}},
        {QStringLiteral("training"),
         {QStringLiteral("sheets=2"), QStringLiteral("number"), QStringLiteral("date"),
          QStringLiteral("text=投诉沟通技巧")}},
        {QStringLiteral("trends"),
         {QStringLiteral("sheets=4"), QStringLiteral("number"), QStringLiteral("text=2025-12"),
          QStringLiteral("text=投诉率")}},
        {QStringLiteral("service-analysis"),
         {QStringLiteral("sheets=7"), QStringLiteral("number"), QStringLiteral("text=服务数据分析")}},
    };
    QDir folder(m_dir.filePath(QStringLiteral("tables")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    for (const QString &name : OfficeReports::names()) {
        QVERIFY2(expect.contains(name),
                 qPrintable(name + QStringLiteral(": no expectations for this report")));
        const QString xlsx = folder.filePath(name + QStringLiteral(".xlsx"));
        Run run = cli(QStringList{QStringLiteral("report"), name} + periodOf(name) +
                      QStringList{QStringLiteral("--out"), xlsx});
        QVERIFY2(run.code == 0, qPrintable(name + u'\n' + run.err));
        QVERIFY(PrivateFiles::isPrivate(xlsx));
        QProcess python;
        python.start(pythonWithOpenpyxl(),
                     QStringList{QStringLiteral(ESTATEDESK_TEST_SOURCE "/cli/report_files.py"),
                                 QStringLiteral("xlsx"), xlsx, QStringLiteral("text=售楼处客户服务部")} +
                         expect.value(name));
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(
            python.exitCode() == 0,
            qPrintable(name + u'\n' + QString::fromUtf8(python.readAll() + python.readAllStandardError())));

        // The CSV: one table, further tables and the notes beside it, each file named on stdout.
        const QString csv = folder.filePath(name + QStringLiteral(".csv"));
        run = cli(QStringList{QStringLiteral("report"), name} + periodOf(name) +
                  QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(run.code == 0, qPrintable(name + u'\n' + run.err));
        const QStringList files = folder.entryList({name + QStringLiteral("*.csv")}, QDir::Files);
        QVERIFY2(files.contains(name + QStringLiteral("-notes.csv")), qPrintable(files.join(u' ')));
        QStringList paths;
        for (const QString &f : files) {
            paths << folder.filePath(f);
            QVERIFY2(run.out.contains(paths.constLast()), qPrintable(run.out)); // every file is named
            QVERIFY(PrivateFiles::isPrivate(paths.constLast()));
        }
        python.start(pythonWithOpenpyxl(),
                     QStringList{QStringLiteral(ESTATEDESK_TEST_SOURCE "/cli/report_files.py"),
                                 QStringLiteral("csv")} +
                         paths);
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(
            python.exitCode() == 0,
            qPrintable(name + u'\n' + QString::fromUtf8(python.readAll() + python.readAllStandardError())));
        for (const QString &f : files) // reception-daily would match reception-daily-viewings next time
            QFile::remove(folder.filePath(f));
    }
}

void TestCli::linksNoQtWidgets()
{
    // The console program runs where no desktop is installed: the binary itself needs no Qt Widgets.
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(ESTATEDESK_CLI_PATH)});
    QVERIFY(ldd.waitForFinished(30000));
    QCOMPARE(ldd.exitCode(), 0);
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core.so")),
             qPrintable(libraries)); // ldd did list the binary's libraries
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Gui.so")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Widgets")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Charts")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6PrintSupport")), qPrintable(libraries));
}

// The outcome of each job in `jobs run` output: job → done / already-run / not-due / failed.
static QHash<QString, QString> jobOutcomes(const QString &out)
{
    QHash<QString, QString> outcomes;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() == 3)
            outcomes.insert(f.at(0), f.at(1));
    }
    return outcomes;
}

void TestCli::jobsRunOnceAcrossTwoProcesses()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200")}).code, 0);
    FixedClock clock(fridayMorning());
    SettingsRepository(Session{&m_test.db(), &clock, 0})
        .set(Settings::BackupFolder, m_dir.filePath(QStringLiteral("jobs-%1").arg(m_test.backendName())));
    // Two PCs start their hourly run at the same moment.
    QList<QProcess *> runs;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(ESTATEDESK_CLI_PATH),
                 m_db + QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:00:00+08:00"),
                                    QStringLiteral("jobs"), QStringLiteral("run")});
        runs << p;
    }
    QList<QHash<QString, QString>> outcomes;
    for (QProcess *p : std::as_const(runs)) {
        QVERIFY(p->waitForFinished(120000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(p->exitCode() == 0, qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
        outcomes << jobOutcomes(out);
        delete p;
    }
    const QStringList jobs = {QStringLiteral("payment-follow-ups"), QStringLiteral("escalations"),
                              QStringLiteral("missed-installments"), QStringLiteral("retention"),
                              QStringLiteral("backup")};
    for (const QString &job : jobs) {
        const QStringList both = {outcomes.at(0).value(job), outcomes.at(1).value(job)};
        QVERIFY2(both.count(QStringLiteral("done")) == 1,
                 qPrintable(job + QLatin1String(": ") + both.join(u' ')));
        // The other run found it done: claimed in this hour (or today), or the copy just taken.
        const QString other = both.at(both.at(0) == QLatin1String("done") ? 1 : 0);
        QVERIFY2(other == QLatin1String("already-run") ||
                     (job == QLatin1String("backup") && other == QLatin1String("not-due")),
                 qPrintable(job + QLatin1String(": ") + other));
    }
    QSqlDatabase db = m_test.db().connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_runs")).toInt(), jobs.size());
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("jobs-%1").arg(m_test.backendName())))
                 .entryList({QStringLiteral("*.sqlite")})
                 .size(),
             1);
    // An hour later the hourly jobs run again; retention and the backup wait for tomorrow.
    const Run later = cli({QStringLiteral("--at"), QStringLiteral("2026-11-27T11:05:00+08:00"),
                           QStringLiteral("jobs"), QStringLiteral("run")});
    QVERIFY2(later.code == 0, qPrintable(later.err));
    const QHash<QString, QString> next = jobOutcomes(later.out);
    QCOMPARE(next.value(QStringLiteral("escalations")), QStringLiteral("done"));
    QCOMPARE(next.value(QStringLiteral("payment-follow-ups")), QStringLiteral("done"));
    QCOMPARE(next.value(QStringLiteral("missed-installments")), QStringLiteral("done"));
    QCOMPARE(next.value(QStringLiteral("retention")), QStringLiteral("already-run"));
    QCOMPARE(next.value(QStringLiteral("backup")), QStringLiteral("not-due"));
}

void TestCli::jobsReportEachFailureByName()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("50")}).code, 0);
    // The backup folder cannot be made: a file stands where its parent folder should be.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker-%1").arg(m_test.backendName()));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    FixedClock clock(fridayMorning());
    SettingsRepository(Session{&m_test.db(), &clock, 0})
        .set(Settings::BackupFolder, blocker + QStringLiteral("/backups"));
    const Run r = cli({QStringLiteral("jobs"), QStringLiteral("run")});
    QCOMPARE(r.code, 3);
    const QHash<QString, QString> outcomes = jobOutcomes(r.out);
    QCOMPARE(outcomes.value(QStringLiteral("backup")), QStringLiteral("failed"));
    QVERIFY2(r.out.contains(QStringLiteral("Automatic backup failed: ")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Retention failed")), qPrintable(r.out));
    for (const QString &job : {QStringLiteral("payment-follow-ups"), QStringLiteral("escalations"),
                               QStringLiteral("missed-installments"), QStringLiteral("retention")})
        QCOMPARE(outcomes.value(job), QStringLiteral("done"));
    // The failed backup left no claim: the next run tries again.
    QCOMPARE(Sql::scalar(m_test.db().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE job = 'backup'"))
                 .toInt(),
             0);
}

void TestCli::userAddStoresOnlyAnArgon2idHash()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    // The first account must be the administrator.
    Run r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("前台"),
                          QStringLiteral("--role"), QStringLiteral("reception")},
                         "reception-secret\n");
    QCOMPARE(r.code, 1);
    r = cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                      QStringLiteral("--role"), QStringLiteral("admin")},
                     "Very-Secret-Pass-42\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString hash = Sql::scalar(m_test.db().connection(),
                                     QStringLiteral("SELECT password_hash FROM staff WHERE name = ?"),
                                     {QStringLiteral("管理员")})
                             .toString();
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    if (m_test.backend() == Backend::Sqlite) {
        // A grep of the database files finds the hash and never the password.
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_test.config().sqlitePath + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("$argon2id$"));
        QVERIFY(!bytes.contains("Very-Secret-Pass-42"));
    }
}

void TestCli::accountsRequireSignInForEveryCommand()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20")}).code, 0);
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    Run r = cli({QStringLiteral("overdue")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("overdue")},
                     "wrong-password\n");
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Wrong name or password")), qPrintable(r.err));
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("check")},
                     "admin-password\n");
    QCOMPARE(r.out, QStringLiteral("ok\n"));
    // The administrator adds a supervisor: first line the administrator's password, then the new one.
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("主管"), QStringLiteral("--role"),
                      QStringLiteral("supervisor")},
                     "admin-password\nsupervisor-pass\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A supervisor may not make backups.
    r = cliWithInput({QStringLiteral("--user"), QStringLiteral("主管"), QStringLiteral("backup"),
                      m_dir.filePath(QStringLiteral("x.sqlite"))},
                     "supervisor-pass\n");
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Not allowed")), qPrintable(r.err));
}

void TestCli::exportAsAConsultantMasksOthersPhones()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200")}).code, 0);
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    // A demo consultant gets a password and exports.
    const QString consultant =
        Sql::scalar(m_test.db().connection(),
                    QStringLiteral("SELECT name FROM staff WHERE role = 'consultant' ORDER BY id LIMIT 1"))
            .toString();
    const qint64 consultantId =
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT id FROM staff WHERE name = ?"),
                    {consultant})
            .toLongLong();
    Run r = cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                          QStringLiteral("add"), consultant, QStringLiteral("--role"),
                          QStringLiteral("consultant")},
                         "admin-password\nconsultant-pass\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString file = m_dir.filePath(QStringLiteral("consultant-%1.csv").arg(m_test.backendName()));
    r = cliWithInput(
        {QStringLiteral("--user"), consultant, QStringLiteral("export"), QStringLiteral("clients"), file},
        "consultant-pass\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1);
    int own = 0, masked = 0;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u',');
        const bool mine = fields.at(7) == consultant;
        const bool isMasked = fields.at(2).contains(u'*');
        QVERIFY2(mine != isMasked, qPrintable(line)); // full for own clients, masked for all others
        own += mine;
        masked += isMasked;
    }
    QVERIFY(own > 0 && masked > 0);
    QVERIFY(consultantId > 0);
}

void TestCli::visitAnsweredInTimeIsMetAndLeavesOverdue()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("60")}).code, 0);
    // Friday 10:00 (the helper's --at): a walk-in at the desk.
    Run r = cli({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                 QStringLiteral("139 0000 1111"), QStringLiteral("--name"), QStringLiteral("王小明"),
                 QStringLiteral("--channel"), QStringLiteral("walk-in"), QStringLiteral("--note"),
                 QStringLiteral("想看三房")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList fields = r.out.trimmed().split(u'\t');
    QCOMPARE(fields.size(), 3);
    const QString consultation = fields.at(0), client = fields.at(1);
    QVERIFY(consultation.toLongLong() > 0 && client.toLongLong() > 0);
    const QString consultant =
        Sql::scalar(m_test.db().connection(),
                    QStringLiteral(
                        "SELECT s.name FROM clients c JOIN staff s ON s.id = c.consultant_id WHERE c.id = ?"),
                    {client.toLongLong()})
            .toString();
    QVERIFY2(!consultant.isEmpty() && fields.at(2) == consultant,
             qPrintable(r.out)); // the rotation gave the walk-in to someone
    const QString line = QStringLiteral("consultation-response,%1,").arg(consultation);
    const QStringList later = {QStringLiteral("--at"), QStringLiteral("2026-11-27T10:20:00+08:00")};
    // Unanswered, it is overdue at 10:20 and listed open.
    QVERIFY(
        cli(later + QStringList{QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out.contains(line));
    r = cli(later + QStringList{QStringLiteral("consultations"), QStringLiteral("--open")});
    QVERIFY2(r.out.contains(
                 QStringLiteral("%1\t王小明\t2026-11-27T10:00:00+08:00\t2026-11-27T10:15:00+08:00\toverdue\n")
                     .arg(consultation)),
             qPrintable(r.out));
    // Answered ten minutes after it came in.
    r = cli({QStringLiteral("--at"), QStringLiteral("2026-11-27T10:10:00+08:00"),
             QStringLiteral("consultation"), QStringLiteral("respond"), consultation,
             QStringLiteral("--note"), QStringLiteral("介绍了三房户型")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("%1\t2026-11-27T10:10:00+08:00\tmet\n").arg(consultation));
    r = cli(later +
            QStringList{QStringLiteral("overdue"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0 && !r.out.contains(line), qPrintable(r.out));
    QVERIFY(!cli(later + QStringList{QStringLiteral("consultations"), QStringLiteral("--open")})
                 .out.contains(QStringLiteral("\t王小明\t")));
    r = cli(later + QStringList{QStringLiteral("consultations")});
    QVERIFY2(r.out.contains(
                 QStringLiteral("%1\t王小明\t2026-11-27T10:00:00+08:00\t2026-11-27T10:15:00+08:00\tmet\n")
                     .arg(consultation)),
             qPrintable(r.out));
    // The response is on the timeline.
    r = cli({QStringLiteral("clients"), QStringLiteral("show"), client});
    QVERIFY2(r.out.contains(QStringLiteral("2026-11-27T10:10:00+08:00\tconsultation\t")) &&
                 r.out.contains(QStringLiteral("介绍了三房户型")),
             qPrintable(r.out));
    // Answered once only; a number that does not exist; a number that is not one.
    r = cli({QStringLiteral("consultation"), QStringLiteral("respond"), consultation});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already answered")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("consultation"), QStringLiteral("respond"), QStringLiteral("999999")}).code,
             1);
    r = cli({QStringLiteral("consultation"), QStringLiteral("respond"), QStringLiteral("abc")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("abc")), qPrintable(r.err));
    r = cli({QStringLiteral("consultation"), QStringLiteral("respond"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("consultation respond ID")));
}

void TestCli::visitRegisterKnowsReturningClients()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    const QStringList visit = {QStringLiteral("visit"), QStringLiteral("register"),
                               QStringLiteral("--phone")};
    Run r = cli(visit + QStringList{QStringLiteral("13900001111"), QStringLiteral("--name"),
                                    QStringLiteral("李四"), QStringLiteral("--channel"),
                                    QStringLiteral("phone")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString client = r.out.split(u'\t').at(1);
    // The same phone in another writing, after hours (Friday 21:00): the returning client, queued.
    r = cli(QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T21:00:00+08:00")} + visit +
            QStringList{QStringLiteral("+86 139-0000-1111"), QStringLiteral("--channel"),
                        QStringLiteral("wechat")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(u'\t').at(1), client);
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        1);
    r = cli({QStringLiteral("--at"), QStringLiteral("2026-11-27T21:00:00+08:00"),
             QStringLiteral("consultations"), QStringLiteral("--open")});
    // The after-hours one is due 15 minutes after Monday's opening.
    QVERIFY2(
        r.out.contains(QStringLiteral("\t2026-11-27T21:00:00+08:00\t2026-11-30T09:15:00+08:00\ton_track\n")),
        qPrintable(r.out));
    // A new phone needs a name; the channel is one of the list.
    r = cli(visit +
            QStringList{QStringLiteral("13900002222"), QStringLiteral("--channel"), QStringLiteral("phone")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Name")), qPrintable(r.err));
    r = cli(visit + QStringList{QStringLiteral("13900002222"), QStringLiteral("--name"),
                                QStringLiteral("王五"), QStringLiteral("--channel"), QStringLiteral("fax")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--channel")), qPrintable(r.err));
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        1);
}

void TestCli::twoDesksAnsweringAtOnceRecordOneResponse()
{
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    QSqlDatabase db = m_test.db().connection();
    for (int round = 0; round < 3; ++round) {
        const Run r =
            cli({QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                 QStringLiteral("1390000%1").arg(1000 + round), QStringLiteral("--name"),
                 QStringLiteral("客户%1").arg(round), QStringLiteral("--channel"), QStringLiteral("phone")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString consultation = r.out.split(u'\t').constFirst();
        // Two PCs press Respond on the same consultation at the same moment.
        QList<QProcess *> desks;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProgram(QStringLiteral(ESTATEDESK_CLI_PATH));
            p->setArguments(
                m_db + QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:05:00+08:00"),
                                   QStringLiteral("consultation"), QStringLiteral("respond"), consultation,
                                   QStringLiteral("--note"), QStringLiteral("desk %1").arg(i)});
            desks << p;
        }
        for (QProcess *p : desks)
            p->start();
        QList<int> codes;
        for (QProcess *p : desks) {
            QVERIFY(p->waitForFinished(120000));
            codes << p->exitCode();
            if (p->exitCode() != 0)
                QVERIFY2(p->readAllStandardError().contains("already answered"),
                         "the second desk is told it was answered");
            p->deleteLater();
        }
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int>{0, 1}));
        QCOMPARE(
            Sql::scalar(
                db,
                QStringLiteral("SELECT COUNT(*) FROM service_records WHERE ref_entity = 'consultations' AND "
                               "ref_id = ? AND content LIKE 'desk %'"),
                {consultation.toLongLong()})
                .toLongLong(),
            1);
    }
}

// The tester's findings on the console program: an erased client's placeholder phone "+0172" was
// found by "clients find 0172", and an act could still be logged for the client; the refusal comes
// from the models, printed as one clean line.
void TestCli::erasedClientIsFinishedBusiness()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200")}).code, 0);
    FixedClock clock(fridayMorning());
    const Session session{&m_test.db(), &clock, 0};
    Erasure::eraseOnRequest(session, 172);
    const auto lineOf172 = [](const QString &out) {
        return out.startsWith(QStringLiteral("172\t")) || out.contains(QStringLiteral("\n172\t"));
    };
    for (const char *digits : {"0172", "+0172", "172", "+0"}) {
        const Run r = cli({QStringLiteral("clients"), QStringLiteral("find"), QString::fromLatin1(digits)});
        QCOMPARE(r.code, 0);
        QVERIFY2(!lineOf172(r.out), digits);
    }
    // Still there by its number.
    Run r = cli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("172")});
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("phone\t(removed)\n")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("172"), QStringLiteral("--kind"), QStringLiteral("call"),
             QStringLiteral("--content"), QStringLiteral("回电")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err,
             QStringLiteral("estatedesk-cli: The personal data of client No. 172 were erased; no service act "
                            "can be recorded for them any more.\n"));
    QCOMPARE(r.out, QString());
    r = cli({QStringLiteral("clients"), QStringLiteral("phones"), QStringLiteral("172"),
             QStringLiteral("--add"), QStringLiteral("13955554444")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err,
             QStringLiteral("estatedesk-cli: %1\n").arg(Erasure::refusal(172, Erasure::Refused::OtherPhone)));
    QCOMPARE(Sql::scalar(m_test.db().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM service_records WHERE client_id = 172"))
                 .toLongLong(),
             0);
}

void TestCli::clientsEditAndRecordAddShowInClientsShow()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("30")}).code, 0);
    QSqlDatabase db = m_test.db().connection();
    const QString id = Sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM clients")).toString();
    const QString otherPhone =
        Sql::scalar(db, QStringLiteral("SELECT phone FROM clients WHERE id <> ? ORDER BY id LIMIT 1"),
                    {id.toLongLong()})
            .toString();
    Run r = cli({QStringLiteral("clients"), QStringLiteral("edit"), id, QStringLiteral("--name"),
                 QStringLiteral("改名客户"), QStringLiteral("--phone"), QStringLiteral("139 0000 7777"),
                 QStringLiteral("--gender"), QStringLiteral("女"), QStringLiteral("--occupation"),
                 QStringLiteral("教师"), QStringLiteral("--source"), QStringLiteral("referral"),
                 QStringLiteral("--notes"), QStringLiteral("周末来访")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"), id,
             QStringLiteral("--kind"), QStringLiteral("wechat"), QStringLiteral("--content"),
             QStringLiteral("发送户型图"), QStringLiteral("--result"), QStringLiteral("客户满意")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.trimmed().toLongLong() > 0);
    r = cli({QStringLiteral("clients"), QStringLiteral("show"), id});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *field : {"name\t改名客户\n", "phone\t+8613900007777\n", "gender\tfemale\n",
                              "occupation\t教师\n", "source\treferral\n", "notes\t周末来访\n"})
        QVERIFY2(r.out.contains(QString::fromUtf8(field)), qPrintable(r.out));
    // Fields, an empty line, then the timeline newest first: the act just logged.
    const QStringList timeline = r.out.section(QStringLiteral("\n\n"), 1).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(timeline.size() > 1);
    QCOMPARE(timeline.constFirst(),
             QStringLiteral("2026-11-27T10:00:00+08:00\twechat\t\t发送户型图\t客户满意"));
    for (const QString &act : timeline)
        QCOMPARE(act.count(u'\t'), 4);
    // Refused: another client's phone, a gender that is none, nothing to change, a client that does not
    // exist.
    r = cli({QStringLiteral("clients"), QStringLiteral("edit"), id, QStringLiteral("--phone"), otherPhone});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Phone")), qPrintable(r.err));
    r = cli({QStringLiteral("clients"), QStringLiteral("edit"), id, QStringLiteral("--gender"),
             QStringLiteral("x")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Gender")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("clients"), QStringLiteral("edit"), id}).code, 2);
    QCOMPARE(cli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("999999")}).code, 1);
    QCOMPARE(cli({QStringLiteral("clients"), QStringLiteral("edit"), QStringLiteral("999999"),
                  QStringLiteral("--name"), QStringLiteral("x")})
                 .code,
             1);
    r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"), id,
             QStringLiteral("--kind"), QStringLiteral("fax"), QStringLiteral("--content"),
             QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--kind")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"),
                  QStringLiteral("999999"), QStringLiteral("--kind"), QStringLiteral("call"),
                  QStringLiteral("--content"), QStringLiteral("x")})
                 .code,
             1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT name FROM clients WHERE id = ?"), {id.toLongLong()})
                 .toString(),
             QStringLiteral("改名客户"));
}

void TestCli::rolesDecideWhoEditsLogsAndAnswers()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("30")}).code, 0);
    QSqlDatabase db = m_test.db().connection();
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    // Demo staff of two roles get passwords.
    auto staffOf = [&](const char *role) {
        return Sql::scalar(db, QStringLiteral("SELECT name FROM staff WHERE role = ? ORDER BY id LIMIT 1"),
                           {QString::fromLatin1(role)})
            .toString();
    };
    const QString reception = staffOf("reception"), service = staffOf("service");
    for (const QString &name : {reception, service})
        QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                               QStringLiteral("add"), name, QStringLiteral("--role"),
                               name == reception ? QStringLiteral("reception") : QStringLiteral("service")},
                              "admin-password\nstaff-pass\n")
                     .code,
                 0);
    auto as = [&](const QString &user, const QStringList &args, const QByteArray &password = "staff-pass\n") {
        return cliWithInput(QStringList{QStringLiteral("--user"), user} + args, password);
    };
    const QString id = Sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM clients")).toString();
    // Reception: edits the fields it sees, not the notes hidden from it; answers; phones masked.
    Run r = as(reception, {QStringLiteral("clients"), QStringLiteral("edit"), id,
                           QStringLiteral("--occupation"), QStringLiteral("医生")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(reception, {QStringLiteral("clients"), QStringLiteral("edit"), id, QStringLiteral("--notes"),
                       QStringLiteral("覆盖")});
    QCOMPARE(r.code, 4);
    r = as(reception, {QStringLiteral("clients"), QStringLiteral("show"), id});
    QVERIFY2(r.out.contains(QStringLiteral("occupation\t医生\n")), qPrintable(r.out));
    QVERIFY2(r.out.section(QStringLiteral("phone\t"), 1).section(u'\n', 0, 0).contains(u'*'),
             qPrintable(r.out));
    r = as(reception, {QStringLiteral("visit"), QStringLiteral("register"), QStringLiteral("--phone"),
                       QStringLiteral("13900003333"), QStringLiteral("--name"), QStringLiteral("来电客户"),
                       QStringLiteral("--channel"), QStringLiteral("phone")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString consultation = r.out.split(u'\t').constFirst();
    // The administrator may neither answer nor log acts; customer service may log and answer, not edit.
    QCOMPARE(as(QStringLiteral("管理员"),
                {QStringLiteral("consultation"), QStringLiteral("respond"), consultation}, "admin-password\n")
                 .code,
             4);
    QCOMPARE(as(QStringLiteral("管理员"),
                {QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"), id,
                 QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--content"),
                 QStringLiteral("x")},
                "admin-password\n")
                 .code,
             4);
    QCOMPARE(as(service, {QStringLiteral("clients"), QStringLiteral("edit"), id,
                          QStringLiteral("--occupation"), QStringLiteral("x")})
                 .code,
             4);
    r = as(service, {QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("--client"), id,
                     QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--content"),
                     QStringLiteral("回访电话")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(reception, {QStringLiteral("consultation"), QStringLiteral("respond"), consultation});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT occupation FROM clients WHERE id = ?"), {id.toLongLong()})
                 .toString(),
             QStringLiteral("医生"));
}

// Issue 14 item 9: two PCs import files with the same phones at the same moment. One imports
// them all; the other imports nothing and names its lines in words, never the database's text.
void TestCli::twoImportsAtOnceNameTheLinesTheOtherTook()
{
    constexpr int kRows = 3000;
    QStringList files;
    for (const QString &who : {QStringLiteral("甲"), QStringLiteral("乙")}) {
        const QString path = m_dir.filePath(
            QStringLiteral("import-%1-%2.csv")
                .arg(m_test.backendName(), files.isEmpty() ? QStringLiteral("a") : QStringLiteral("b")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray csv = "name,phone\n";
        for (int i = 0; i < kRows; ++i)
            csv +=
                QStringLiteral("%1客户%2,1390%3\n").arg(who).arg(i).arg(i, 7, 10, QLatin1Char('0')).toUtf8();
        f.write(csv);
        files << path;
    }
    QList<QProcess *> importers;
    for (const QString &file : std::as_const(files)) {
        auto *p = new QProcess(this);
        p->setProgram(QStringLiteral(ESTATEDESK_CLI_PATH));
        p->setArguments(m_db + QStringList{QStringLiteral("--at"),
                                           QStringLiteral("2026-11-27T10:00:00+08:00"),
                                           QStringLiteral("import"), QStringLiteral("clients"), file});
        importers << p;
    }
    for (QProcess *p : std::as_const(importers))
        p->start();
    int imported = 0;
    for (QProcess *p : std::as_const(importers)) {
        QVERIFY(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        if (p->exitCode() == 0) {
            ++imported;
            continue;
        }
        QCOMPARE(p->exitCode(), 1);
        // The lines are named, in words, whichever way the other import got there first.
        QVERIFY2(err.contains(QStringLiteral("Line 2: Phone: ")) &&
                     err.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(err.left(600)));
        for (const char *raw : {"constraint", "Unable to", "duplicate key", "UNIQUE"})
            QVERIFY2(!err.contains(QLatin1String(raw), Qt::CaseInsensitive), qPrintable(err.left(600)));
    }
    QCOMPARE(imported, 1);
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong(),
        kRows);
}

QTEST_GUILESS_MAIN(TestCli)
// A finance script and the Contracts page (or two scripts) pay the same installment in full at the
// same moment: exactly one receipt is kept, the other is refused naming the amount; the listing
// and `check` agree. Reception may neither list nor pay.
// Issue 14 item 10: `report overdue` was refused for reception while `overdue --format csv` gave
// it the same list. One rule (Action::ViewOverdueList, as the dashboard): every role gets both,
// the same items, and neither carries contract numbers or amounts.
void TestCli::overdueListAndReportFollowOneRule()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("60")}).code, 0);
    QSqlDatabase db = m_test.db().connection();
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    QStringList contractNumbers;
    {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT number FROM contracts"));
        while (q.next())
            contractNumbers << q.value(0).toString();
    }
    QVERIFY(!contractNumbers.isEmpty());
    QVERIFY(
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM deadline_items WHERE policy = 'installment'"))
            .toLongLong() > 0);
    const QStringList roles = {QStringLiteral("reception"), QStringLiteral("consultant"),
                               QStringLiteral("service"), QStringLiteral("supervisor"),
                               QStringLiteral("admin")};
    QStringList reference;
    for (const QString &role : roles) {
        QString user = QStringLiteral("管理员");
        QByteArray password = "admin-password\n";
        if (role != QLatin1String("admin")) {
            user =
                Sql::scalar(db, QStringLiteral("SELECT name FROM staff WHERE role = ? ORDER BY id LIMIT 1"),
                            {role})
                    .toString();
            QVERIFY2(!user.isEmpty(), qPrintable(role));
            const Run added =
                cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                              QStringLiteral("add"), user, QStringLiteral("--role"), role},
                             "admin-password\nstaff-pass-9\n");
            QVERIFY2(added.code == 0, qPrintable(added.err));
            password = "staff-pass-9\n";
        }
        const Run list = cliWithInput({QStringLiteral("--user"), user, QStringLiteral("overdue"),
                                       QStringLiteral("--format"), QStringLiteral("csv")},
                                      password);
        QVERIFY2(list.code == 0, qPrintable(role + QStringLiteral(": ") + list.err));
        const QString out =
            m_dir.filePath(QStringLiteral("overdue-%1-%2.csv").arg(role, m_test.backendName()));
        const Run report = cliWithInput({QStringLiteral("--user"), user, QStringLiteral("report"),
                                         QStringLiteral("overdue"), QStringLiteral("--out"), out},
                                        password);
        QVERIFY2(report.code == 0, qPrintable(role + QStringLiteral(": ") + report.err));
        QFile f(out);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(out));
        const QString printed = QString::fromUtf8(f.readAll());
        // The same items in both: kind and record id of every line.
        QStringList fromList, fromReport;
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            fromList << line.section(u',', 0, 1);
        QString text = printed;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QList<Csv::Row> rows = Csv::parse(text);
        QVERIFY(!rows.isEmpty());
        const QStringList header = rows.constFirst().fields;
        const int kind = int(header.indexOf(QStringLiteral("kind"))),
                  id = int(header.indexOf(QStringLiteral("id")));
        QVERIFY2(kind >= 0 && id >= 0, qPrintable(header.join(u',')));
        for (const Csv::Row &row : rows.mid(1))
            fromReport << row.fields.value(kind) + u',' + row.fields.value(id);
        fromList.sort();
        fromReport.sort();
        QVERIFY(!fromList.isEmpty());
        QVERIFY2(fromList.join(u' ').contains(QStringLiteral("installment,")), qPrintable(role));
        QCOMPARE(fromReport, fromList);
        if (reference.isEmpty())
            reference = fromList;
        QCOMPARE(fromList, reference); // one list for every role
        for (const QString &number : std::as_const(contractNumbers)) {
            QVERIFY2(!list.out.contains(number), qPrintable(role + u' ' + number));
            QVERIFY2(!printed.contains(number), qPrintable(role + u' ' + number));
        }
    }
}

void TestCli::twoReceiptsForOneInstallmentKeepOne()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200")}).code, 0);
    Run r = cli({QStringLiteral("installments"), QStringLiteral("--open")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList open = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(open.size() > 3);
    for (const QString &line : open) {
        const QStringList f = line.split(u'\t');
        QCOMPARE(f.size(), 5);
        QVERIFY2(QDate::fromString(f.at(2), Qt::ISODate).isValid(), qPrintable(line));
        QVERIFY2(f.at(4).toDouble() < f.at(3).toDouble(), qPrintable(line)); // open: not paid in full
    }
    const qint64 receiptsBefore =
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM receipts")).toLongLong();
    const int rounds = 3;
    for (int round = 0; round < rounds; ++round) {
        const QStringList f = open.at(round).split(u'\t');
        const qint64 owedFen = qRound64(f.at(3).toDouble() * 100) - qRound64(f.at(4).toDouble() * 100);
        const QString owed =
            QStringLiteral("%1.%2").arg(owedFen / 100).arg(owedFen % 100, 2, 10, QLatin1Char('0'));
        QList<QProcess *> payers;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProgram(QStringLiteral(ESTATEDESK_CLI_PATH));
            p->setArguments(m_db +
                            QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-27T10:00:00+08:00"),
                                        QStringLiteral("receipt"), QStringLiteral("add"),
                                        QStringLiteral("--installment"), f.at(0), QStringLiteral("--amount"),
                                        owed, QStringLiteral("--method"), QStringLiteral("转账")});
            payers << p;
        }
        for (QProcess *p : std::as_const(payers))
            p->start();
        QList<int> codes;
        for (QProcess *p : std::as_const(payers)) {
            QVERIFY(p->waitForFinished(120000));
            codes << p->exitCode();
            if (p->exitCode() != 0)
                QVERIFY2(p->readAllStandardError().contains("Amount"),
                         "the second payer is told what is still owed");
            else
                QVERIFY(p->readAllStandardOutput().startsWith(QByteArray(f.at(0).toUtf8() + '\t')));
            p->deleteLater();
        }
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int>{0, 1}));
    }
    const QStringList first = open.constFirst().split(u'\t');
    const QString installment = first.at(0);
    QCOMPARE(
        Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM receipts")).toLongLong(),
        receiptsBefore + rounds);
    r = cli({QStringLiteral("installments"), QStringLiteral("--open")});
    QVERIFY2(!r.out.contains(QLatin1Char('\n') + installment + u'\t') &&
                 !r.out.startsWith(installment + u'\t'),
             qPrintable(r.out));
    r = cli({QStringLiteral("installments")});
    QVERIFY2(
        r.out.contains(
            QStringLiteral("%1\t%2\t%3\t%4\t%4\n").arg(installment, first.at(1), first.at(2), first.at(3))),
        qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("check")}).out, QStringLiteral("ok\n"));
    // Amounts are exact yuan; the option is named when it is not one.
    r = cli({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--installment"), installment,
             QStringLiteral("--amount"), QStringLiteral("12.345")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--amount")), qPrintable(r.err));
    // Reception sees no contracts and pays none.
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                           QStringLiteral("add"), QStringLiteral("前台甲"), QStringLiteral("--role"),
                           QStringLiteral("reception")},
                          "admin-password\nstaff-pass\n")
                 .code,
             0);
    const QString second = open.at(rounds).split(u'\t').at(0);
    QCOMPARE(
        cliWithInput({QStringLiteral("--user"), QStringLiteral("前台甲"), QStringLiteral("installments")},
                     "staff-pass\n")
            .code,
        4);
    QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("前台甲"), QStringLiteral("receipt"),
                           QStringLiteral("add"), QStringLiteral("--installment"), second,
                           QStringLiteral("--amount"), QStringLiteral("1")},
                          "staff-pass\n")
                 .code,
             4);
}

// Trial 2026-12-04c F7: `receipt reverse` for supervisors and administrators, a reason required;
// `receipts` lists the reversed one as such.
void TestCli::aMistakenReceiptIsReversed()
{
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("60")}).code, 0);
    QSqlDatabase db = m_test.db().connection();
    const qint64 contract =
        Sql::scalar(db,
                    QStringLiteral("SELECT MIN(p.contract_id) FROM receipts r JOIN installments i ON i.id = "
                                   "r.installment_id JOIN payment_plans p ON p.id = i.plan_id"))
            .toLongLong();
    QVERIFY(contract > 0);
    Run r = cli({QStringLiteral("receipts"), QStringLiteral("--contract"), QString::number(contract)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList first = r.out.split(u'\n', Qt::SkipEmptyParts).constFirst().split(u'\t');
    QCOMPARE(first.size(), 7);
    QCOMPARE(first.at(5), QStringLiteral("received"));
    const QString receipt = first.at(0), installment = first.at(1);
    const qint64 paidBefore =
        Sql::scalar(db, QStringLiteral("SELECT paid_fen FROM installments WHERE id = ?"), {installment})
            .toLongLong();
    QCOMPARE(cliWithInput({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "admin-password\n")
                 .code,
             0);
    QStringList users;
    for (const QString &role : {QStringLiteral("consultant"), QStringLiteral("supervisor")}) {
        users << Sql::scalar(db, QStringLiteral("SELECT name FROM staff WHERE role = ? ORDER BY id LIMIT 1"),
                             {role})
                     .toString();
        QCOMPARE(cliWithInput({QStringLiteral("--user"), QStringLiteral("管理员"), QStringLiteral("user"),
                               QStringLiteral("add"), users.constLast(), QStringLiteral("--role"), role},
                              "admin-password\nstaff-pass-9\n")
                     .code,
                 0);
    }
    const auto reverse = [&](const QString &user, const QStringList &args) {
        return cliWithInput(QStringList{QStringLiteral("--user"), user, QStringLiteral("receipt"),
                                        QStringLiteral("reverse")} +
                                args,
                            "staff-pass-9\n");
    };
    // A consultant asks a supervisor; the reason is required.
    QCOMPARE(reverse(users.at(0), {receipt, QStringLiteral("--reason"), QStringLiteral("输错")}).code, 4);
    r = reverse(users.at(1), {receipt});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--reason")), qPrintable(r.err));
    r = reverse(users.at(1), {receipt, QStringLiteral("--reason"), QStringLiteral("期数选错")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(receipt + u'\t' + installment + u'\t') &&
                 r.out.endsWith(QStringLiteral("\treversed\t期数选错\n")),
             qPrintable(r.out));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT paid_fen FROM installments WHERE id = ?"), {installment})
                 .toLongLong(),
             paidBefore - qRound64(first.at(3).toDouble() * 100));
    r = cliWithInput({QStringLiteral("--user"), users.at(0), QStringLiteral("receipts"),
                      QStringLiteral("--contract"), QString::number(contract)},
                     "staff-pass-9\n");
    QVERIFY2(r.out.startsWith(receipt + u'\t') &&
                 r.out.section(u'\n', 0, 0).endsWith(QStringLiteral("\treversed\t期数选错")),
             qPrintable(r.out));
    // Once only: the data says no.
    r = reverse(users.at(1), {receipt, QStringLiteral("--reason"), QStringLiteral("再冲")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(receipt), qPrintable(r.err));
    QCOMPARE(
        cliWithInput({QStringLiteral("--user"), users.at(1), QStringLiteral("check")}, "staff-pass-9\n").out,
        QStringLiteral("ok\n"));
}

// Issue 13.5: an unknown key in --pg echoed the whole connection, password included. A service of
// pg_service.conf (where the password can live instead) is taken.
void TestCli::postgresConnectionKeepsItsPasswordAndTakesAService()
{
    const Run typo =
        cliNow({QStringLiteral("init")}, {},
               {QStringLiteral("--pg"), QStringLiteral("host=127.0.0.1 pasword=hunter2-secret")});
    QCOMPARE(typo.code, 3);
    QVERIFY2(typo.err.contains(QStringLiteral("\"pasword\"")), qPrintable(typo.err));
    QVERIFY2(!typo.err.contains(QStringLiteral("hunter2")), qPrintable(typo.err));
    if (m_test.backend() != Backend::Postgres)
        return; // the service needs the server; the SQLite run has checked the message above
    const QString serviceFile = m_dir.filePath(QStringLiteral("pg_service.conf"));
    QFile f(serviceFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[office]\n");
    for (const QString &part : m_test.config().pgConnection.split(u' ', Qt::SkipEmptyParts))
        f.write(part.toUtf8() + '\n');
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ESTATEDESK_CLI_PATH),
            {QStringLiteral("--pg"), QStringLiteral("service=office"), QStringLiteral("init")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().startsWith("schema version"));
}

#include "tst_cli.moc"
