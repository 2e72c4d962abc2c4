// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 5, on PostgreSQL: the office server goes away while a window is open (every
// connection to the office's database is cut and new ones are refused, as when the server
// restarts or the network fails). The window says so in a banner, a registration tried meanwhile
// fails with that message and keeps what was typed, and when the server takes connections again
// the window reconnects by itself: the banner goes, the registration saves, and other PCs'
// changes reach the screen again. Also the first start's choice of database, and a password that
// is never shown.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "DatabaseChoiceDialog.h"
#include "FrontDeskPage.h"
#include "MainWindow.h"
#include "core/Errors.h"
#include "repositories/ChangeFeed.h"
#include "repositories/ClientRepository.h"
#include "repositories/SettingsRepository.h"
#include "storage/ConnectionSettings.h"
#include "storage/ServerLink.h"
#include "storage/Sql.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestServerLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void bannerWhileTheServerIsGoneThenReconnects();
    void anActionNoticesTheLossFirst();
    void firstStartKeepsTheChoiceWithoutPassword();
    void dialogNamesTheFieldAndTestsTheServer();
    void passwordIsNeverShown();

private:
    // A supervisor's main window on a fresh office, on screen.
    std::unique_ptr<MainWindow> openWindow(Session &session);
    // Cuts every connection to the test database and refuses new ones (or lets them in again).
    void serverGone(bool gone);
    QString databaseName() const;
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    QTemporaryDir m_dir;
};

void TestServerLink::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    QCOMPARE(m_test.backendName(), QStringLiteral("postgres"));
    QVERIFY(m_dir.isValid());
}

void TestServerLink::cleanup()
{
    serverGone(false);
}

QString TestServerLink::databaseName() const
{
    return OfficeServer::fromConnection(m_test.config().pgConnection).database;
}

void TestServerLink::serverGone(bool gone)
{
    Database admin(DatabaseConfig::postgres(qEnvironmentVariable("ESTATEDESK_TEST_PG")));
    const QString name = databaseName();
    Sql::run(admin.connection(), QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                                     .arg(name, gone ? QStringLiteral("false") : QStringLiteral("true")));
    if (gone)
        Sql::run(
            admin.connection(),
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()"),
            {name});
    admin.closeThreadConnection();
}

std::unique_ptr<MainWindow> TestServerLink::openWindow(Session &session)
{
    session = m_test.freshSession(m_clock);
    // The other program in these tests writes at the test's fixed time: a practice database.
    SettingsRepository(session).markPractice();
    session.role = QStringLiteral("supervisor");
    auto window = std::make_unique<MainWindow>(session);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestServerLink::bannerWhileTheServerIsGoneThenReconnects()
{
    Session session;
    const std::unique_ptr<MainWindow> opened = openWindow(session);
    QVERIFY(opened);
    MainWindow &window = *opened;
    QVERIFY(window.serverLink());
    QLabel *banner = window.findChild<QLabel *>(QStringLiteral("serverBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QWidget *desk = clickTabsTo(find<QTabWidget>(&window, "mainTabs"), {MainWindow::tr("Front desk")});
    QVERIFY(qobject_cast<FrontDeskPage *>(desk));
    typeText(find<QLineEdit>(desk, "frontDeskName"), QStringLiteral("钱断线"));
    QTest::keyClicks(find<QLineEdit>(desk, "frontDeskPhone"), QStringLiteral("13900008888"));

    // The server goes away while nobody clicks: the window notices by itself.
    serverGone(true);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 2 * ServerLink::kBeatMs + 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("cannot be reached")), qPrintable(banner->text()));
    saveScreenshot(&window, QStringLiteral("server-gone.png"));

    // An action meanwhile fails at once, says why, and keeps the form as typed.
    QVERIFY(click(desk, "registerVisitButton"));
    const QLabel *status = find<QLabel>(desk, "frontDeskStatus");
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("cannot be reached")), qPrintable(status->text()));
    QCOMPARE(find<QLineEdit>(desk, "frontDeskName")->text(), QStringLiteral("钱断线"));
    QCOMPARE(find<QLineEdit>(desk, "frontDeskPhone")->text(), QStringLiteral("13900008888"));

    // The server takes connections again: the window reconnects without anyone doing anything.
    serverGone(false);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2 * ServerLink::kRetryMs + 10000);
    QVERIFY(window.serverLink()->isUp());
    QCOMPARE(find<QLineEdit>(desk, "frontDeskName")->text(), QStringLiteral("钱断线"));
    QVERIFY(click(desk, "registerVisitButton"));
    QVERIFY2(status->text().contains(QStringLiteral("钱断线")), qPrintable(status->text()));
    QCOMPARE(ClientRepository(session).findByPhone(QStringLiteral("13900008888")).name,
             QStringLiteral("钱断线"));

    // Other PCs' changes reach the screen again (the watcher listens on a new connection).
    QVERIFY(window.changeWatcher());
    QTableWidget *queue = find<QTableWidget>(desk, "awaitingResponse");
    QVERIFY(queue);
    QProcess other;
    other.start(QStringLiteral(ESTATEDESK_CLI_PATH),
                m_test.cliOptions() + QStringList{QStringLiteral("--at"),
                                                  QStringLiteral("2026-11-27T10:00:00+08:00"),
                                                  QStringLiteral("visit"), QStringLiteral("register"),
                                                  QStringLiteral("--phone"), QStringLiteral("13900009999"),
                                                  QStringLiteral("--name"), QStringLiteral("孙重连"),
                                                  QStringLiteral("--channel"), QStringLiteral("walk-in")});
    QVERIFY(other.waitForFinished(60000));
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(tableText(queue).contains(QStringLiteral("孙重连")), 2000);
}

void TestServerLink::anActionNoticesTheLossFirst()
{
    Session session;
    const std::unique_ptr<MainWindow> opened = openWindow(session);
    QVERIFY(opened);
    MainWindow &window = *opened;
    QWidget *desk = clickTabsTo(find<QTabWidget>(&window, "mainTabs"), {MainWindow::tr("Front desk")});
    QVERIFY(qobject_cast<FrontDeskPage *>(desk));
    typeText(find<QLineEdit>(desk, "frontDeskName"), QStringLiteral("李抢先"));
    QTest::keyClicks(find<QLineEdit>(desk, "frontDeskPhone"), QStringLiteral("13900006060"));
    // Saved at once after the server went away, before the window has looked: the save itself
    // finds the connection broken, says so in the user's words, and the banner follows.
    serverGone(true);
    QVERIFY(click(desk, "registerVisitButton"));
    const QLabel *status = find<QLabel>(desk, "frontDeskStatus");
    QVERIFY2(status->text().startsWith(QStringLiteral("The office server (PostgreSQL ")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("nothing was saved")), qPrintable(status->text()));
    QLabel *banner = find<QLabel>(&window, "serverBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 1000);
    QCOMPARE(find<QLineEdit>(desk, "frontDeskName")->text(), QStringLiteral("李抢先"));
    // Until the server answers, a second try fails at once (no connect timeout on every click).
    find<QLabel>(desk, "frontDeskStatus")->clear();
    QVERIFY(click(desk, "registerVisitButton"));
    QVERIFY2(status->text().startsWith(QStringLiteral("The office server (PostgreSQL ")),
             qPrintable(status->text()));
    serverGone(false);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2 * ServerLink::kRetryMs + 10000);
    QVERIFY(click(desk, "registerVisitButton"));
    QCOMPARE(ClientRepository(session).findByPhone(QStringLiteral("13900006060")).name,
             QStringLiteral("李抢先"));
}

void TestServerLink::firstStartKeepsTheChoiceWithoutPassword()
{
    QSettings settings(m_dir.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
    QVERIFY(!ConnectionSettings::load(settings));
    DatabaseChoiceDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("office.sqlite"))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // "This PC only" is offered first, with the usual file.
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("thisPcButton"))->isChecked());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->isEnabled());
    QVERIFY(click(&dialog, "officeServerButton"));
    QLineEdit *host = find<QLineEdit>(&dialog, "hostEdit");
    QVERIFY(host->isEnabled());
    retype(host, QStringLiteral("192.168.1.10"));
    retype(find<QSpinBox>(&dialog, "portSpin"), QStringLiteral("5433"));
    retype(find<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("office"));
    retype(find<QLineEdit>(&dialog, "userEdit"), QStringLiteral("reception1"));
    QVERIFY(click(&dialog, "okButton"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.config().pgConnection,
             QStringLiteral("host=192.168.1.10 port=5433 dbname=office user=reception1"));
    ConnectionSettings::save(settings, dialog.config());

    // The next start reads it back; no password is kept anywhere in the settings.
    QSettings again(m_dir.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
    const std::optional<DatabaseConfig> saved = ConnectionSettings::load(again);
    QVERIFY(saved);
    QCOMPARE(saved->backend, Backend::Postgres);
    QCOMPARE(saved->pgConnection, dialog.config().pgConnection);
    for (const QString &key : again.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
    // A connection that held a password (given on the command line) is saved without it.
    ConnectionSettings::save(again, DatabaseConfig::postgres(QStringLiteral(
                                        "host=h port=5432 dbname=d user=u password=hunter2-secret")));
    QFile file(m_dir.filePath(QStringLiteral("first.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));

    // Back to this PC only.
    ConnectionSettings::save(again, DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("office.sqlite"))));
    QCOMPARE(ConnectionSettings::load(again)->sqlitePath, m_dir.filePath(QStringLiteral("office.sqlite")));
}

void TestServerLink::dialogNamesTheFieldAndTestsTheServer()
{
    DatabaseChoiceDialog dialog(
        DatabaseConfig::postgres(QStringLiteral("host=127.0.0.1 port=5432 dbname=office user=")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("officeServerButton"))->isChecked());
    QLabel *result = dialog.findChild<QLabel *>(QStringLiteral("connectionResult"));
    // The user left empty: named, and the dialog stays open.
    QVERIFY(click(&dialog, "okButton"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(result->text().startsWith(QStringLiteral("User:")), qPrintable(result->text()));
    QVERIFY(find<QLineEdit>(&dialog, "userEdit")->hasFocus());
    QTest::keyClicks(find<QLineEdit>(&dialog, "userEdit"), QStringLiteral("reception 1"));
    QVERIFY(click(&dialog, "okButton"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("no spaces")), qPrintable(result->text()));

    // Test the connection against the real test server, then a port where nothing listens.
    const OfficeServer real = OfficeServer::fromConnection(qEnvironmentVariable("ESTATEDESK_TEST_PG"));
    retype(find<QLineEdit>(&dialog, "hostEdit"), real.host);
    retype(find<QSpinBox>(&dialog, "portSpin"), QString::number(real.port));
    retype(find<QLineEdit>(&dialog, "databaseEdit"), databaseName());
    retype(find<QLineEdit>(&dialog, "userEdit"), real.user);
    QVERIFY(click(&dialog, "testConnectionButton"));
    QVERIFY2(result->text().startsWith(QStringLiteral("Connected: PostgreSQL 15")),
             qPrintable(result->text()));
    retype(find<QSpinBox>(&dialog, "portSpin"), QStringLiteral("1"));
    QVERIFY(click(&dialog, "testConnectionButton"));
    QVERIFY2(!result->text().startsWith(QStringLiteral("Connected")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral(":1")), qPrintable(result->text()));
}

void TestServerLink::passwordIsNeverShown()
{
    // A refused connection and an unknown key: the messages never hold the password.
    const QString secret = QStringLiteral("hunter2-secret");
    for (const QString &connection :
         {QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y password=%1").arg(secret),
          QStringLiteral("host=127.0.0.1 dbname=x user=y password=%1 colour=blue").arg(secret)}) {
        Database db(DatabaseConfig::postgres(connection));
        try {
            db.open();
            QFAIL("opened");
        } catch (const StorageError &e) {
            QVERIFY2(!e.message().contains(secret), qPrintable(e.message()));
            QVERIFY(!e.message().isEmpty());
        }
        QVERIFY(!db.config().describe().contains(secret));
    }
}

QTEST_MAIN(TestServerLink)
#include "tst_serverlink.moc"
