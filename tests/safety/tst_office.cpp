// SPDX-License-Identifier: GPL-3.0-or-later
// A shared office: several PCs (processes running office_worker) doing the same kind of work on
// one database at the same moment, on SQLite and on PostgreSQL (READ COMMITTED). Whatever the
// timing, nothing a user entered is lost to a storage error, and the invariants a single PC keeps
// still hold: a fair rotation, one payment per installment, every wrong password counted, one
// upgrade and one backup, unique contract numbers, one follow-up per anomaly.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Accounts.h"
#include "storage/AuditChain.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/SchemaUpgrade.h"
#include "storage/Sql.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <memory>

using namespace estatedesk;
using namespace estatedesk::test;

// No operation ended in a storage error (which would lose what the user entered).
#define VERIFY_NO_ERRORS(lines)                                                                              \
    do {                                                                                                     \
        const QStringList errorLines = linesStartingWith(lines, QStringLiteral("error"));                    \
        QVERIFY2(errorLines.isEmpty(),                                                                       \
                 qPrintable(                                                                                 \
                     QStringLiteral("%1 errors, e.g. %2").arg(errorLines.size()).arg(errorLines.value(0)))); \
    } while (false)

class TestOffice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walkInsFromThreeDesks();
    void receiptsForOneInstallmentAtOnce();
    void wrongPasswordsFromSeveralPCs();
    void firstStartOnOneEmptyDatabase();
    void upgradeFromSeveralPCsTakesOneBackup();
    void contractNumbersAndUnitsAtOnce();
    void complaintsAtOnce();
    void dailyFollowUpsFromSeveralPCs();
    void mergingOneDuplicateTwiceAtOnce();
    void auditEntriesFromSeveralPCsStayOneChain();

private:
    // Starts one worker per argument list, lets them all begin at once, and returns every line
    // they printed (the "ready" lines left out); a worker that failed adds an "error exit" line.
    QStringList runWorkers(const QList<QStringList> &perWorker,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList workerDatabase() const;
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 addStaff(const QString &name, const QString &role);
    qint64 addClient(const QString &name, const QString &phone);
    qint64 addUnit(const QString &room);
    qint64 addContract(const QString &number, qint64 clientId, qint64 unitId, qint64 consultantId = 0);
    static QStringList linesStartingWith(const QStringList &lines, const QString &prefix);

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestOffice::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

QStringList TestOffice::workerDatabase() const
{
    const DatabaseConfig c = m_test.config();
    if (c.backend == Backend::Sqlite)
        return {QStringLiteral("sqlite"), c.sqlitePath};
    return {QStringLiteral("postgres"), c.pgConnection};
}

QStringList TestOffice::runWorkers(const QList<QStringList> &perWorker, const QProcessEnvironment &env)
{
    std::vector<std::unique_ptr<QProcess>> workers;
    for (const QStringList &args : perWorker) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->setProgram(QStringLiteral(ESTATEDESK_OFFICE_WORKER));
        p->setArguments(workerDatabase() + args);
        p->start();
        if (!p->waitForStarted(30000))
            qFatal("office_worker did not start");
        workers.push_back(std::move(p));
    }
    QStringList lines;
    for (auto &p : workers) {
        for (int wait = 0; wait < 3 && !p->canReadLine() && p->state() == QProcess::Running; ++wait)
            p->waitForReadyRead(30000);
        const QString first = QString::fromUtf8(p->readLine()).trimmed();
        if (first != QLatin1String("ready"))
            lines << first; // it could not even open the database: "error start …"
    }
    for (auto &p : workers) {
        if (p->state() != QProcess::Running)
            continue;
        p->write("go\n");
        p->waitForBytesWritten(10000); // now: without an event loop QProcess writes only when waited on
    }
    for (auto &p : workers) {
        if (!p->waitForFinished(120000))
            qFatal("office_worker did not finish in two minutes");
        for (const QString &line :
             QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
            lines << line;
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            lines << QStringLiteral("error exit %1: %2")
                         .arg(p->exitCode())
                         .arg(QString::fromUtf8(p->readAllStandardError()).trimmed());
    }
    return lines;
}

QStringList TestOffice::linesStartingWith(const QStringList &lines, const QString &prefix)
{
    QStringList out;
    for (const QString &l : lines)
        if (l.startsWith(prefix))
            out << l;
    return out;
}

qint64 TestOffice::scalar(const QString &sql, const QVariantList &values)
{
    return Sql::scalar(m_test.db().connection(), sql, values).toLongLong();
}

qint64 TestOffice::addStaff(const QString &name, const QString &role)
{
    Staff s;
    s.name = name;
    s.role = role;
    StaffRepository(m_session).add(s);
    return s.id;
}

qint64 TestOffice::addClient(const QString &name, const QString &phone)
{
    return estatedesk::test::addClient(m_session, name, phone).id;
}

qint64 TestOffice::addUnit(const QString &room)
{
    return estatedesk::test::addUnit(m_session, QStringLiteral("1"), 1, room, 100'000'000).id;
}

qint64 TestOffice::addContract(const QString &number, qint64 clientId, qint64 unitId, qint64 consultantId)
{
    Contract c;
    c.number = number;
    c.clientId = clientId;
    c.unitId = unitId;
    c.consultantId = consultantId;
    c.priceFen = 100'000'000;
    ContractRepository(m_session).add(c);
    return c.id;
}

// Issue 13: three desks registering 40 walk-ins each lost registrations and gave one consultant
// several walk-ins in a row. Through VisitRegistration, as the front desk does.
void TestOffice::walkInsFromThreeDesks()
{
    m_session = m_test.freshSession(m_clock);
    const QList<qint64> consultants = {addStaff(QStringLiteral("顾问甲"), QStringLiteral("consultant")),
                                       addStaff(QStringLiteral("顾问乙"), QStringLiteral("consultant")),
                                       addStaff(QStringLiteral("顾问丙"), QStringLiteral("consultant"))};
    addStaff(QStringLiteral("前台"), QStringLiteral("reception"));
    const int desks = 3, each = 30;
    QList<QStringList> args;
    for (int d = 0; d < desks; ++d)
        args << QStringList{QStringLiteral("walk-in"), QString::number(d), QString::number(each)};
    const QStringList lines = runWorkers(args);
    // As fair as one desk: nobody twice in a row while the others are free; counts differ by one at most.
    QSqlQuery q =
        Sql::run(m_test.db().connection(),
                 QStringLiteral("SELECT staff_id FROM rotation_events WHERE kind = 'assign' ORDER BY id"));
    QList<qint64> order;
    while (q.next())
        order << q.value(0).toLongLong();
    q.finish();
    int twiceInARow = 0;
    QHash<qint64, int> counts;
    for (qsizetype i = 0; i < order.size(); ++i) {
        ++counts[order.at(i)];
        if (i > 0 && order.at(i) == order.at(i - 1))
            ++twiceInARow;
    }
    int most = 0, least = desks * each;
    for (qint64 c : consultants) {
        most = std::max(most, counts.value(c));
        least = std::min(least, counts.value(c));
    }
    qInfo(
        "walk-ins: %lld of %d saved, %lld errors, the same consultant twice in a row %d times, counts %d..%d",
        scalar(QStringLiteral("SELECT COUNT(*) FROM consultations")), desks * each,
        qint64(linesStartingWith(lines, QStringLiteral("error")).size()), twiceInARow, least, most);
    // Nothing lost: every registration saved, and saved with a consultant.
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(linesStartingWith(lines, QStringLiteral("ok")).size(), qsizetype(desks * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM consultations")), qint64(desks * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM consultations WHERE staff_id IS NULL")), qint64(0));
    QCOMPARE(order.size(), qsizetype(desks * each));
    QCOMPARE(twiceInARow, 0);
    QVERIFY2(most - least <= 1, qPrintable(QStringLiteral("counts from %1 to %2").arg(least).arg(most)));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM rotation_places")), qint64(consultants.size()));
    QCOMPARE(AuditChain::verify(m_test.db()).problem, QString());
}

// Issue 13: two receipts for the same installment at once were both accepted (paid twice).
void TestOffice::receiptsForOneInstallmentAtOnce()
{
    m_session = m_test.freshSession(m_clock);
    const qint64 client = addClient(QStringLiteral("付款客户"), QStringLiteral("13800000001"));
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const qint64 contract =
            addContract(QStringLiteral("HT-P%1").arg(i), client, addUnit(QStringLiteral("P%1").arg(i)));
        PaymentPlanRepository(m_session).create(contract, QStringLiteral("installments"), QDate(2026, 11, 1));
        for (const Installment &i : PaymentPlanRepository(m_session).installments(contract))
            ids << QString::number(i.id);
    }
    const int pcs = 3;
    const QStringList lines =
        runWorkers(QList<QStringList>(pcs, {QStringLiteral("receipt"), ids.join(u',')}));
    const qint64 overpaid =
        scalar(QStringLiteral("SELECT COUNT(*) FROM installments WHERE paid_fen > amount_fen"));
    const qint64 receipts = scalar(QStringLiteral("SELECT COUNT(*) FROM receipts"));
    qInfo("receipts: %lld installments, %lld receipts, %lld paid more than once, %lld errors",
          qint64(ids.size()), receipts, overpaid,
          qint64(linesStartingWith(lines, QStringLiteral("error")).size()));
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(overpaid, qint64(0));
    QCOMPARE(receipts, qint64(ids.size()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM installments WHERE paid_fen = amount_fen")),
             qint64(ids.size()));
    QCOMPARE(linesStartingWith(lines, QStringLiteral("ok")).size(), ids.size());
    QCOMPARE(linesStartingWith(lines, QStringLiteral("refused")).size(), ids.size() * (pcs - 1));
}

// Issue 13: the wrong-password counter was read outside the transaction, so parallel wrong
// attempts counted as one. Every wrong attempt counts until the account locks; then it is locked.
void TestOffice::wrongPasswordsFromSeveralPCs()
{
    m_session = m_test.freshSession(m_clock);
    const Staff admin = Accounts(m_session).createFirstAdministrator(QStringLiteral("管理员"),
                                                                     QStringLiteral("correct horse 1"));
    const int pcs = 4, each = 3;
    const QStringList lines =
        runWorkers(QList<QStringList>(pcs, {QStringLiteral("password"), admin.name, QString::number(each)}));
    // Every refusal reads the same (issue 14.8), so the audit says which attempts counted.
    int refused = 0;
    for (const QString &l : lines)
        if (l.contains(QStringLiteral("Wrong name or password")))
            ++refused;
    QSqlQuery q = Sql::run(
        m_test.db().connection(),
        QStringLiteral(
            "SELECT action, after_json FROM audit_log WHERE entity = 'staff' AND entity_id = ? AND action IN "
            "('sign_in_failed','lock_account') ORDER BY id"),
        {admin.id});
    QStringList failures;
    while (q.next())
        failures << QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("failures"))
                        .toVariant()
                        .toString();
    q.finish();
    qInfo("wrong passwords: %d attempts, %d refused; failure counts recorded: %s", pcs * each, refused,
          qPrintable(failures.join(u' ')));
    VERIFY_NO_ERRORS(lines);
    QVERIFY(linesStartingWith(lines, QStringLiteral("ok")).isEmpty());
    QCOMPARE(refused, pcs * each);
    // Each wrong attempt counted once: 1, 2, 3, 4, then the fifth locks the account.
    QCOMPARE(failures, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                    QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lock_account'")),
             qint64(1));
    QVERIFY(scalar(QStringLiteral("SELECT locked_until FROM staff WHERE id = ?"), {admin.id}) >
            m_clock.nowMs());
}

// Issue 13: several PCs opening a new database at once failed ("table schema_version already
// exists", "duplicate column name").
void TestOffice::firstStartOnOneEmptyDatabase()
{
    m_test.fresh();
    const QStringList lines = runWorkers(QList<QStringList>(4, {QStringLiteral("init")}));
    const QStringList ok = linesStartingWith(lines, QStringLiteral("ok"));
    qInfo("first start: %lld of 4 opened the database; %s", qint64(ok.size()),
          qPrintable(linesStartingWith(lines, QStringLiteral("error")).value(0)));
    QCOMPARE(ok.size(), qsizetype(4));
    for (const QString &l : ok)
        QCOMPARE(l.trimmed(), QStringLiteral("ok init %1").arg(Migrations::latestVersion()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")), // one row a step, once
             qint64(Migrations::steps().size()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT version) FROM schema_version")),
             qint64(Migrations::steps().size()));
    // The seed rows of the migrations are there once.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deadline_policies")),
             scalar(QStringLiteral("SELECT COUNT(DISTINCT name) FROM deadline_policies")));
}

// Several PCs opening an older database at once: one upgrades and writes the one backup, of the
// version its name says; the others find the schema current.
void TestOffice::upgradeFromSeveralPCsTakesOneBackup()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 1);
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path()); // where PostgreSQL upgrades put their backup
    QStringList folders{data.path()};
    if (db.backend() == Backend::Sqlite) { // beside the file, in this test's own folder
        folders << SchemaUpgrade::backupFolder(db);
        QDir(folders.constLast()).removeRecursively();
    }
    const QStringList lines = runWorkers(QList<QStringList>(4, {QStringLiteral("init")}), env);
    QStringList backups;
    for (const QString &dir : std::as_const(folders)) {
        QDirIterator it(dir, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            backups << it.next();
    }
    const QStringList ok = linesStartingWith(lines, QStringLiteral("ok"));
    qInfo("upgrade: %lld of 4 opened the database, %lld backups written; %s", qint64(ok.size()),
          qint64(backups.size()), qPrintable(linesStartingWith(lines, QStringLiteral("error")).value(0)));
    QCOMPARE(ok.size(), qsizetype(4));
    QCOMPARE(backups.size(), qsizetype(1));
    QVERIFY2(
        backups.constFirst().contains(QStringLiteral("-v1-before-v%1-").arg(Migrations::latestVersion())),
        qPrintable(backups.constFirst()));
    QCOMPARE(Backup::verify(backups.constFirst()), 1);
    int reported = 0;
    for (const QString &l : ok) {
        QVERIFY2(l.startsWith(QStringLiteral("ok init %1").arg(Migrations::latestVersion())), qPrintable(l));
        reported += l.contains(backups.constFirst()) ? 1 : 0;
    }
    QCOMPARE(reported, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")), // one row a step, once
             qint64(Migrations::steps().size()));
}

// Two PCs drafting contracts: one number is used once, one unit is sold once, and the PC that
// loses is told why by name, with nothing half-saved.
void TestOffice::contractNumbersAndUnitsAtOnce()
{
    m_session = m_test.freshSession(m_clock);
    QCOMPARE(addClient(QStringLiteral("购房客户"), QStringLiteral("13800000002")), qint64(1));
    const int pcs = 3, each = 8;
    QList<QStringList> args;
    for (int w = 0; w < pcs; ++w) {
        for (int n = 0; n < each; ++n)
            addUnit(QStringLiteral("W%1-%2").arg(w).arg(n));
        args << QStringList{QStringLiteral("contract"), QString::number(w), QString::number(each)};
    }
    for (int n = 0; n < each; ++n)
        addUnit(QStringLiteral("S-%1").arg(n));
    const QStringList lines = runWorkers(args);
    qInfo("contracts: %lld saved, %lld refused, %lld errors",
          qint64(linesStartingWith(lines, QStringLiteral("ok")).size()),
          qint64(linesStartingWith(lines, QStringLiteral("refused")).size()),
          qint64(linesStartingWith(lines, QStringLiteral("error")).size()));
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM contracts")), qint64(2 * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT number) FROM contracts")), qint64(2 * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT unit_id) FROM contracts")), qint64(2 * each));
    // The units follow their contracts: reserved when drafted, still available when the draft lost.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT COUNT(*) FROM units u WHERE state <> CASE WHEN EXISTS (SELECT 1 FROM contracts c WHERE "
            "c.unit_id = u.id) THEN 'reserved' ELSE 'available' END")),
        qint64(0));
    for (const QString &l : linesStartingWith(lines, QStringLiteral("refused")))
        QVERIFY2(l.contains(QStringLiteral("Number:")) || l.contains(QStringLiteral("Unit:")), qPrintable(l));
}

void TestOffice::complaintsAtOnce()
{
    m_session = m_test.freshSession(m_clock);
    QCOMPARE(addClient(QStringLiteral("投诉客户"), QStringLiteral("13800000003")), qint64(1));
    const int pcs = 3, each = 15;
    QList<QStringList> args;
    for (int w = 0; w < pcs; ++w)
        args << QStringList{QStringLiteral("complaint"), QString::number(w), QString::number(each)};
    const QStringList lines = runWorkers(args);
    qInfo("complaints: %lld of %d saved, %lld distinct; %lld errors",
          scalar(QStringLiteral("SELECT COUNT(*) FROM complaints")), pcs * each,
          scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM complaints")),
          qint64(linesStartingWith(lines, QStringLiteral("error")).size()));
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints")), qint64(pcs * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT description) FROM complaints")),
             qint64(pcs * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deadline_items WHERE entity = 'complaints'")),
             qint64(2 * pcs * each));
    QCOMPARE(AuditChain::verify(m_test.db()).problem, QString());
}

// The daily follow-ups run on every PC that is open: each anomaly and each payment follow-up once.
void TestOffice::dailyFollowUpsFromSeveralPCs()
{
    m_session = m_test.freshSession(m_clock);
    const qint64 consultant = addStaff(QStringLiteral("顾问甲"), QStringLiteral("consultant"));
    addStaff(QStringLiteral("主管"), QStringLiteral("supervisor"));
    for (int i = 0; i < 3; ++i) {
        const qint64 client =
            addClient(QStringLiteral("欠款客户%1").arg(i), QStringLiteral("1380000010%1").arg(i));
        const qint64 contract = addContract(QStringLiteral("HT-F%1").arg(i), client,
                                            addUnit(QStringLiteral("F%1").arg(i)), consultant);
        PaymentPlanRepository(m_session).create(contract, QStringLiteral("installments"), QDate(2026, 1, 5));
    }
    const QStringList lines = runWorkers(QList<QStringList>(3, {QStringLiteral("follow-ups")}));
    const qint64 missed =
        scalar(QStringLiteral("SELECT COUNT(*) FROM installments WHERE due_on < '2026-11-27'"));
    QVERIFY(missed > 0);
    qInfo(
        "follow-ups: %lld missed installments, %lld anomaly tasks (1 each expected), %lld payment tasks (3 expected)",
        missed, scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE kind = 'anomaly'")),
        scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE kind = 'payment'")));
    VERIFY_NO_ERRORS(lines);
    // One task per missed installment (the consultant's; supervisors read every anomaly from it).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE kind = 'anomaly'")), missed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE kind = 'payment'")), qint64(3));
}

// Two PCs merging the same duplicate record: it is merged once, into one client, audited once.
void TestOffice::mergingOneDuplicateTwiceAtOnce()
{
    m_session = m_test.freshSession(m_clock);
    const qint64 keepA = addClient(QStringLiteral("王先生"), QStringLiteral("13800000011"));
    const qint64 keepB = addClient(QStringLiteral("王先生"), QStringLiteral("13800000012"));
    const qint64 dup = addClient(QStringLiteral("王先生"), QStringLiteral("13800000013"));
    for (int i = 0; i < 20; ++i) {
        ServiceRecord r;
        r.clientId = dup;
        r.at = m_clock.nowMs();
        r.kind = QStringLiteral("call");
        r.content = QStringLiteral("来电 %1").arg(i);
        ServiceRecordRepository(m_session).add(r);
    }
    const QStringList lines =
        runWorkers({{QStringLiteral("merge"), QString::number(keepA), QString::number(dup)},
                    {QStringLiteral("merge"), QString::number(keepB), QString::number(dup)},
                    {QStringLiteral("merge"), QString::number(keepA), QString::number(dup)}});
    qInfo("merge: %s", qPrintable(lines.join(QStringLiteral(" | "))));
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(linesStartingWith(lines, QStringLiteral("ok")).size(), qsizetype(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM clients WHERE id = ?"), {dup}), qint64(0));
    // All 20 records (and the merge note) with one of the two, none split between them.
    const qint64 withA =
        scalar(QStringLiteral("SELECT COUNT(*) FROM service_records WHERE client_id = ?"), {keepA});
    const qint64 withB =
        scalar(QStringLiteral("SELECT COUNT(*) FROM service_records WHERE client_id = ?"), {keepB});
    QVERIFY2((withA == 21 && withB == 0) || (withA == 0 && withB == 21),
             qPrintable(QStringLiteral("%1 and %2").arg(withA).arg(withB)));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merged_into'")),
             qint64(1));
}

// Issue 14 item 5: several PCs writing audit entries at once (READ COMMITTED on PostgreSQL) never
// chain two entries onto the same predecessor: the chain holds every entry, in one line, and verifies.
void TestOffice::auditEntriesFromSeveralPCsStayOneChain()
{
    m_session = m_test.freshSession(m_clock);
    const int pcs = 4, each = 30;
    QList<QStringList> args;
    for (int w = 0; w < pcs; ++w)
        args << QStringList{QStringLiteral("audit"), QString::number(w), QString::number(each)};
    const QStringList lines = runWorkers(args);
    qint64 written = 0;
    for (const QString &l : linesStartingWith(lines, QStringLiteral("ok audit ")))
        written += l.section(u' ', 2, 2).toLongLong();
    const AuditChain::Break broken = AuditChain::verify(m_test.db());
    qInfo("audit chain: %lld entries written by %d PCs, %lld on the chain, %lld distinct places; %s", written,
          pcs, scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NOT NULL")),
          scalar(QStringLiteral("SELECT COUNT(DISTINCT chain_seq) FROM audit_log")),
          qPrintable(broken.problem));
    VERIFY_NO_ERRORS(lines);
    QCOMPARE(linesStartingWith(lines, QStringLiteral("ok")).size(), qsizetype(pcs * each));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), written);
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(chain_seq) FROM audit_log")), written);
    QCOMPARE(scalar(QStringLiteral("SELECT seq FROM audit_chain_head")), written);
    QCOMPARE(broken.problem, QString());
}

QTEST_GUILESS_MAIN(TestOffice)
#include "tst_office.moc"
