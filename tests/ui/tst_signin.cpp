// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in, the first administrator, what each role's window offers, the audit viewer and the
// audited reveal of a masked phone — offscreen, real widgets, no dialog ever waited on.
#include "Fixtures.h"
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "AuditLogPage.h"
#include "BackupsPage.h"
#include "ClientDetailPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SignInDialogs.h"
#include "StaffPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "security/Accounts.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void firstStartCreatesTheAdministrator();
    void signInDialogRefusesAndAccepts();
    void windowFollowsTheRole();
    void auditViewerFiltersByPerson();
    void receptionRevealsAMaskedPhone();
    void administratorCreatesAccounts();
    void administratorBacksUpAndRestores();
    void tamperedCopyIsRestoredOnlyByTheAdministratorsChoice();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_system;
};

void TestSignIn::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestSignIn::init()
{
    m_system = m_test.freshSession(m_clock);
}

void TestSignIn::firstStartCreatesTheAdministrator()
{
    QVERIFY(!Accounts(m_system).anyAccount());
    FirstAdministratorDialog dialog(m_system);
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("admin"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("first-password"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("first-passwort"));
    QVERIFY(!dialog.tryAccept());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    dialog.repeatEdit()->clear();
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("first-password"));
    QVERIFY(dialog.tryAccept());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.staff().role, QStringLiteral("admin"));
    QVERIFY(Accounts(m_system).anyAccount());
}

void TestSignIn::signInDialogRefusesAndAccepts()
{
    Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password"));
    SignInDialog dialog(m_system);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("管理员"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("nope"));
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("sign-in.png")));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("admin-password"));
    QVERIFY(dialog.tryAccept());
    QCOMPARE(dialog.staff().name, QStringLiteral("管理员"));
}

void TestSignIn::windowFollowsTheRole()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Staff consultant = Accounts(Accounts::sessionFor(m_system, admin))
                                 .addAccount(QStringLiteral("顾问"), QStringLiteral("consultant"),
                                             QStringLiteral("consultant-pass-7"));
    {
        MainWindow w(Accounts::sessionFor(m_system, consultant));
        QVERIFY(!w.staffPage());
        QVERIFY(!w.auditPage());
        auto *user = w.statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY(user && user->text().contains(QStringLiteral("顾问")));
    }
    MainWindow w(Accounts::sessionFor(m_system, admin));
    QVERIFY(w.staffPage());
    QVERIFY(w.auditPage());
}

void TestSignIn::auditViewerFiltersByPerson()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Session adminSession = Accounts::sessionFor(m_system, admin);
    const Staff supervisor =
        Accounts(adminSession)
            .addAccount(QStringLiteral("主管"), QStringLiteral("supervisor"), QStringLiteral("super-pw-1"));
    const Client c = addClient(Accounts::sessionFor(m_system, supervisor), QStringLiteral("张三"),
                               QStringLiteral("13812345678"));
    AuditLogPage page(Accounts::sessionFor(m_system, supervisor));
    page.resize(1100, 500);
    page.personBox()->setCurrentIndex(page.personBox()->findData(supervisor.id));
    page.search();
    QVERIFY(page.table()->rowCount() >= 1);
    for (int row = 0; row < page.table()->rowCount(); ++row)
        QCOMPARE(page.table()->item(row, 1)->text(), QStringLiteral("主管"));
    // By record: the client's own entries.
    page.personBox()->setCurrentIndex(0);
    page.recordKindBox()->setCurrentIndex(page.recordKindBox()->findData(QStringLiteral("clients")));
    page.recordIdEdit()->setText(QString::number(c.id));
    page.search();
    QCOMPARE(page.table()->rowCount(), 1);
    QVERIFY(page.table()->item(0, 5)->text().contains(QStringLiteral("+8613812345678")));
    page.recordKindBox()->setCurrentIndex(0);
    page.recordIdEdit()->clear();
    page.search();
    QVERIFY(saveScreenshot(&page, QStringLiteral("audit-log.png")));
}

void TestSignIn::receptionRevealsAMaskedPhone()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Staff reception = Accounts(Accounts::sessionFor(m_system, admin))
                                .addAccount(QStringLiteral("前台"), QStringLiteral("reception"),
                                            QStringLiteral("reception-pass-7"));
    const Client c = addClient(m_system, QStringLiteral("张三"), QStringLiteral("13812345678"));
    const Session session = Accounts::sessionFor(m_system, reception);
    ClientDetailPanel panel(session);
    panel.show();
    panel.showClient(c.id);
    QCOMPARE(panel.shownPhone(), QStringLiteral("138****5678"));
    QVERIFY(panel.revealButton()->isVisible());
    QTest::mouseClick(panel.revealButton(), Qt::LeftButton);
    QCOMPARE(panel.shownPhone(), QStringLiteral("138 1234 5678"));
    QCOMPARE(AuditLog::forEntity(m_system, QStringLiteral("clients"), c.id).constLast().action,
             QStringLiteral("reveal"));
}

void TestSignIn::administratorCreatesAccounts()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    StaffPage page(Accounts::sessionFor(m_system, admin));
    QVERIFY(page.createAccount(QStringLiteral("新顾问"), QStringLiteral("consultant"),
                               QStringLiteral("consultant-pass-7")));
    QCOMPARE(page.table()->rowCount(), 2);
    QCOMPARE(Accounts(m_system).signIn(QStringLiteral("新顾问"), QStringLiteral("consultant-pass-7")).role,
             QStringLiteral("consultant"));
}

void TestSignIn::administratorBacksUpAndRestores()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Session session = Accounts::sessionFor(m_system, admin);
    QTemporaryDir dir;
    BackupsPage page(session);
    QVERIFY(page.saveFolder(dir.path()));
    const Client c = addClient(m_system, QStringLiteral("备份前"), QStringLiteral("13812345678"));
    QVERIFY(page.backUpNow());
    // The copy on demand is listed at once, named and shown in office time (Friday 10:00 +08:00).
    QCOMPARE(page.copies()->count(), 1);
    const QString manual = QDir(dir.path())
                               .entryInfoList({QStringLiteral("estatedesk-manual-*.sqlite")})
                               .value(0)
                               .absoluteFilePath();
    QVERIFY(!manual.isEmpty());
    QVERIFY2(manual.endsWith(QStringLiteral("estatedesk-manual-20261127-100000+0800.sqlite")),
             qPrintable(manual));
    QCOMPARE(page.copies()->item(0)->data(Qt::UserRole).toString(), manual);
    QVERIFY2(page.copies()->item(0)->text().contains(QStringLiteral("2026-11-27 10:00")),
             qPrintable(page.copies()->item(0)->text()));
    const Client later = addClient(m_system, QStringLiteral("备份后"), QStringLiteral("13912345678"));
    // Declined: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.restore(manual));
    QCOMPARE(ClientRepository(m_system).count(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page.restore(manual));
    QCOMPARE(ClientRepository(m_system).count(), 1);
    // The automatic copy, taken while the page was not on screen, is named alike and listed as
    // soon as the page shows again.
    m_clock.advance(60'000);
    const QString automatic = BackupRotation::run(session);
    QVERIFY2(automatic.endsWith(QStringLiteral("estatedesk-auto-20261127-100100+0800.sqlite")),
             qPrintable(automatic));
    QCOMPARE(page.copies()->count(), 1);
    page.show();
    QCOMPARE(page.copies()->count(), 2);
    QCOMPARE(page.copies()->item(0)->data(Qt::UserRole).toString(), automatic); // newest first
    QVERIFY2(page.copies()->item(0)->text().contains(QStringLiteral("2026-11-27 10:01")),
             qPrintable(page.copies()->item(0)->text()));
}

// Issue 14 item 5 in Settings → Backups: a copy whose audit log lost an entry is named as changed
// and restored only when the administrator answers Yes; then the chain verifies and records it.
void TestSignIn::tamperedCopyIsRestoredOnlyByTheAdministratorsChoice()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Session session = Accounts::sessionFor(m_system, admin);
    DemoData::generate(session, 10, 3);
    QTemporaryDir dir;
    BackupsPage page(session);
    QVERIFY(page.saveFolder(dir.path()));
    QVERIFY(page.backUpNow());
    const QString copy = page.copies()->item(0)->data(Qt::UserRole).toString();
    qint64 victim = 0;
    {
        Database file(DatabaseConfig::sqlite(copy));
        victim =
            Sql::scalar(file.connection(), QStringLiteral("SELECT id FROM audit_log WHERE chain_seq = 6"))
                .toLongLong();
        Sql::run(file.connection(), QStringLiteral("DELETE FROM audit_log WHERE chain_seq = 5"));
        Sql::run(file.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QVERIFY(victim > 0);
    const Client later = addClient(m_system, QStringLiteral("备份后"), QStringLiteral("13912345678"));
    const qint64 clients = ClientRepository(m_system).count();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.restore(copy));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed behind EstateDesk's back")) &&
                 MessageBox::lastText().contains(QStringLiteral("entry %1 of ").arg(victim)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ClientRepository(m_system).count(), clients);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page.restore(copy));
    QCOMPARE(ClientRepository(m_system).count(), clients - 1);
    QCOMPARE(IntegrityCheck::run(*m_system.db), QStringList());
    const QString after =
        Sql::scalar(m_system.db->connection(),
                    QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'restore'"))
            .toString();
    QVERIFY2(after.contains(QStringLiteral("\"forced\":true")), qPrintable(after));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
