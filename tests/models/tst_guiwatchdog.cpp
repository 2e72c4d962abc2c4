// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI-thread watchdog (issue 18): a statement that keeps the main thread of a GUI program
// over 16 ms is logged with its SQL; the same statement on a worker thread, or with the watchdog
// off, is not. The slow statement counts to three million in SQL (far beyond 16 ms anywhere).
#include "storage/Database.h"
#include "storage/GuiWatchdog.h"
#include "storage/Sql.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QThread>
#include <QtTest>

using namespace estatedesk;

namespace {

const QString kSlow = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT MAX(i) FROM n");
const QString kSlowUnbound = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT MAX(i) FROM n");

QSqlDatabase memoryDatabase(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    return db;
}

} // namespace

class TestGuiWatchdog : public QObject
{
    Q_OBJECT
private slots:
    void logsASlowStatementOnTheGuiThread();
    void leavesWorkerThreadsAlone();
    void saysNothingWhenOff();
    void logsNoValuesOnPostgres();
    void cleanup() { GuiWatchdog::setEnabled(true); }
};

void TestGuiWatchdog::logsASlowStatementOnTheGuiThread()
{
    GuiWatchdog::setEnabled(true);
    const QSqlDatabase db = memoryDatabase(QStringLiteral("gui"));
    QVERIFY(db.isOpen());
    // Both ways Sql runs a statement: prepared with values, and executed as it is.
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral(
            "^\\d+ ms on the GUI thread: WITH RECURSIVE n\\(i\\) .* WHERE i < \\?\\) SELECT MAX")));
    QCOMPARE(Sql::scalar(db, kSlow, {3000000}).toLongLong(), 3000000);
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^\\d+ ms on the GUI thread: .* WHERE i < 3000000\\) SELECT MAX")));
    QCOMPARE(Sql::scalar(db, kSlowUnbound).toLongLong(), 3000000);
}

// On PostgreSQL Sql::run writes a statement's values into it; the log still names the statement
// with its places, never a value (here a phone number: a client's personal data).
void TestGuiWatchdog::logsNoValuesOnPostgres()
{
    const QString server = qEnvironmentVariable("ESTATEDESK_TEST_PG");
    QVERIFY2(!server.isEmpty(), "ESTATEDESK_TEST_PG is not set; run the tests with scripts/test.sh");
    GuiWatchdog::setEnabled(true);
    Database db(DatabaseConfig::postgres(server + QStringLiteral(" dbname=postgres")));
    db.open();
    QStringList logged;
    static QStringList *sink = nullptr;
    sink = &logged;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { sink->append(message); });
    auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
    const QVariant counted =
        Sql::scalar(db.connection(),
                    QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   "FROM n WHERE i < ?) SELECT MAX(i) || ? FROM n"),
                    {3000000, QStringLiteral(" +8613900001111")});
    restore.dismiss();
    qInstallMessageHandler(previous);
    QCOMPARE(counted.toString(), QStringLiteral("3000000 +8613900001111"));
    QCOMPARE(logged.size(), 1);
    QVERIFY2(logged.constFirst().contains(QStringLiteral("WHERE i < ?) SELECT MAX(i) || ? FROM n")),
             qPrintable(logged.constFirst()));
    QVERIFY2(!logged.constFirst().contains(QStringLiteral("13900001111")), qPrintable(logged.constFirst()));
}

void TestGuiWatchdog::leavesWorkerThreadsAlone()
{
    GuiWatchdog::setEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("on the GUI thread")));
    qint64 counted = 0;
    QThread *worker = QThread::create([&counted] {
        {
            const QSqlDatabase db = memoryDatabase(QStringLiteral("worker"));
            counted = Sql::scalar(db, kSlow, {3000000}).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("worker"));
    });
    worker->start();
    QVERIFY(worker->wait());
    delete worker;
    QCOMPARE(counted, 3000000);
}

void TestGuiWatchdog::saysNothingWhenOff()
{
    GuiWatchdog::setEnabled(false);
    QVERIFY(!GuiWatchdog::enabled());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("on the GUI thread")));
    const QSqlDatabase db = memoryDatabase(QStringLiteral("off"));
    QCOMPARE(Sql::scalar(db, kSlow, {3000000}).toLongLong(), 3000000);
}

QTEST_MAIN(TestGuiWatchdog)
#include "tst_guiwatchdog.moc"
