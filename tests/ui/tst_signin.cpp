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
#include "itemmodels/ClientListModel.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "security/Accounts.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
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
    void administratorDialogWithTheKeyboard();
    void administratorRefusalIsShownWhole();
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
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(find<QLineEdit>(&dialog, "adminName"), QStringLiteral("admin"));
    QTest::keyClicks(find<QLineEdit>(&dialog, "adminPassword"), QStringLiteral("first-password"));
    QLineEdit *repeat = find<QLineEdit>(&dialog, "adminPasswordAgain");
    QTest::keyClicks(repeat, QStringLiteral("first-passwort"));
    QVERIFY(click(&dialog, "createAdministratorButton"));
    QVERIFY(dialog.isVisible());
    QVERIFY(!find<QLabel>(&dialog, "signInError")->text().isEmpty());
    QVERIFY(!Accounts(m_system).anyAccount());
    retype(repeat, QStringLiteral("first-password"));
    QVERIFY(click(&dialog, "createAdministratorButton"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.staff().role, QStringLiteral("admin"));
    QVERIFY(Accounts(m_system).anyAccount());
}

// The refusal under the name goes once a name is typed, and Return in the last field creates the
// account, as in any dialog.
void TestSignIn::administratorDialogWithTheKeyboard()
{
    FirstAdministratorDialog dialog(m_system);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *error = find<QLabel>(&dialog, "signInError");
    QLineEdit *name = find<QLineEdit>(&dialog, "adminName");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return); // nothing typed yet
    QTRY_VERIFY(!error->text().isEmpty()); // the default button's click is animated
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(name, QStringLiteral("admin"));
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("first-password"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QLineEdit *repeat = find<QLineEdit>(&dialog, "adminPasswordAgain");
    QVERIFY(repeat->hasFocus());
    QTest::keyClicks(repeat, QStringLiteral("first-password"));
    QTest::keyClick(repeat, Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.staff().name, QStringLiteral("admin"));
}

// The longest refusal, in Chinese (a weak password): the dialog grows to show all of it, at its own
// size and at the smallest it allows; no field is squashed below its height; the cursor is in the
// password field the message names, its text selected to be typed over.
void TestSignIn::administratorRefusalIsShownWhole()
{
    const InChinese chinese;
    QVERIFY(chinese.loaded());
    FirstAdministratorDialog dialog(m_system);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *error = find<QLabel>(&dialog, "signInError");
    QLineEdit *name = find<QLineEdit>(&dialog, "adminName");
    QLineEdit *password = find<QLineEdit>(&dialog, "adminPassword");
    QLineEdit *repeat = find<QLineEdit>(&dialog, "adminPasswordAgain");
    QTest::keyClicks(name, QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("Secret123"));
    QTest::keyClicks(repeat, QStringLiteral("Secret123"));
    QVERIFY(click(&dialog, "createAdministratorButton"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("太容易被猜到")) &&
                 error->text().endsWith(QStringLiteral("例如两个单词加一个数字")),
             qPrintable(error->text()));
    // Everything shown whole: the refusal's lines fit its height, inside the dialog; every field at
    // least its own height.
    auto shownWhole = [&](const char *where) -> QString {
        QApplication::sendPostedEvents(); // the layout's pending request
        const QString at =
            QStringLiteral("%1 %2x%3: ").arg(QLatin1String(where)).arg(dialog.width()).arg(dialog.height());
        if (!error->isVisible() || error->heightForWidth(error->width()) > error->height() ||
            !dialog.rect().contains(error->geometry()))
            return at + QStringLiteral("the message is cut off (%1 needs %2, has %3)")
                            .arg(error->width())
                            .arg(error->heightForWidth(error->width()))
                            .arg(error->height());
        for (QLineEdit *edit : {name, password, repeat})
            if (edit->height() < edit->sizeHint().height())
                return at + QStringLiteral("%1 is squashed to %2 of %3")
                                .arg(edit->objectName())
                                .arg(edit->height())
                                .arg(edit->sizeHint().height());
        return QString();
    };
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/first-administrator-refused.png"));
    QVERIFY2(shownWhole("default").isEmpty(), qPrintable(shownWhole("default")));
    QVERIFY(password->hasFocus());
    QCOMPARE(password->selectedText(), QStringLiteral("Secret123"));
    dialog.resize(dialog.minimumSize());
    QTRY_COMPARE(dialog.size(), dialog.minimumSize());
    QVERIFY2(shownWhole("smallest").isEmpty(), qPrintable(shownWhole("smallest")));
    if (!shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/first-administrator-refused-smallest.png"));
    // Smaller than that is not allowed.
    dialog.resize(dialog.minimumWidth() - 100, 120);
    QTRY_COMPARE(dialog.size(), dialog.minimumSize());
    QVERIFY2(shownWhole("too small").isEmpty(), qPrintable(shownWhole("too small")));
    // Typing over the selected password clears the refusal.
    QTest::keyClicks(password, QStringLiteral("x"));
    QCOMPARE(password->text(), QStringLiteral("x"));
    QVERIFY(error->text().isEmpty());
}

void TestSignIn::signInDialogRefusesAndAccepts()
{
    Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password"));
    SignInDialog dialog(m_system);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(find<QLineEdit>(&dialog, "signInName"), QStringLiteral("管理员"));
    QLineEdit *password = find<QLineEdit>(&dialog, "signInPassword");
    QTest::keyClicks(password, QStringLiteral("nope"));
    QVERIFY(click(&dialog, "signInButton"));
    QVERIFY(dialog.isVisible());
    QVERIFY(password->text().isEmpty());
    QVERIFY(!find<QLabel>(&dialog, "signInError")->text().isEmpty());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("sign-in.png")));
    QTest::keyClicks(password, QStringLiteral("admin-password"));
    QVERIFY(click(&dialog, "signInButton"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.staff().name, QStringLiteral("管理员"));
}

void TestSignIn::windowFollowsTheRole()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Staff consultant = Accounts(Accounts::sessionFor(m_system, admin))
                                 .addAccount(QStringLiteral("顾问"), QStringLiteral("consultant"),
                                             QStringLiteral("consultant-pass-7"));
    const QString staffTab = MainWindow::tr("Staff accounts"), auditTab = MainWindow::tr("Audit log");
    {
        MainWindow w(Accounts::sessionFor(m_system, consultant));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *settings = qobject_cast<QTabWidget *>(
            clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Settings")}));
        QVERIFY(settings);
        QVERIFY2(!tabTexts(settings).contains(staffTab) && !tabTexts(settings).contains(auditTab),
                 qPrintable(tabTexts(settings).join(u',')));
        QVERIFY(!w.findChild<StaffPage *>());
        QVERIFY(!w.findChild<AuditLogPage *>());
        auto *user = w.statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY(user && user->text().contains(QStringLiteral("顾问")));
    }
    MainWindow w(Accounts::sessionFor(m_system, admin));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QWidget *staff = clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Settings"), staffTab});
    QVERIFY(qobject_cast<StaffPage *>(staff) && staff->isVisible());
    QWidget *audit = clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Settings"), auditTab});
    QVERIFY(qobject_cast<AuditLogPage *>(audit) && audit->isVisible());
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
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *person = find<QComboBox>(&page, "auditPerson");
    auto *kind = find<QComboBox>(&page, "auditRecordKind");
    QLineEdit *recordId = find<QLineEdit>(&page, "auditRecordId");
    QTableWidget *table = find<QTableWidget>(&page, "auditTable");
    QVERIFY(choose(person, supervisor.id));
    QVERIFY(click(&page, "auditSearchButton"));
    QVERIFY(table->rowCount() >= 1);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("主管"));
    // By record: the client's own entries (Enter in the number field searches too).
    QVERIFY(choose(person, 0));
    QVERIFY(choose(kind, QStringLiteral("clients")));
    retype(recordId, QString::number(c.id));
    QTest::keyClick(recordId, Qt::Key_Return);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("+8613812345678")));
    QVERIFY(choose(kind, QString()));
    recordId->clear();
    QVERIFY(click(&page, "auditSearchButton"));
    QVERIFY(table->rowCount() > 1);
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
    MainWindow w(Accounts::sessionFor(m_system, reception));
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Clients")}));
    QVERIFY(chooseRow(find<QTableView>(&w, "clientList"), 0, c.id, ClientListModel::IdRole));
    QLabel *phone = find<QLabel>(&w, "clientPhone");
    QCOMPARE(phone->text(), QStringLiteral("138****5678"));
    QVERIFY(click(&w, "revealPhoneButton"));
    QCOMPARE(phone->text(), QStringLiteral("138 1234 5678"));
    const QList<AuditEntry> audited = AuditLog::forEntity(m_system, QStringLiteral("clients"), c.id);
    QCOMPARE(audited.constLast().action, QStringLiteral("reveal"));
    // The reveal's audit entry is a change: the window reads the client again (as it does for
    // every change), and the number stays shown, without another entry.
    w.reloadClients();
    QCOMPARE(phone->text(), QStringLiteral("138 1234 5678"));
    QVERIFY(find<QPushButton>(&w, "revealPhoneButton")->isHidden());
    QCOMPARE(AuditLog::forEntity(m_system, QStringLiteral("clients"), c.id).size(), audited.size());
    // Another client, then this one again: masked until revealed anew.
    const Client other = addClient(m_system, QStringLiteral("李四"), QStringLiteral("13912345678"));
    w.reloadClients();
    QVERIFY(chooseRow(find<QTableView>(&w, "clientList"), 0, other.id, ClientListModel::IdRole));
    QCOMPARE(phone->text(), QStringLiteral("139****5678"));
    QVERIFY(chooseRow(find<QTableView>(&w, "clientList"), 0, c.id, ClientListModel::IdRole));
    QCOMPARE(phone->text(), QStringLiteral("138****5678"));
    QVERIFY(!find<QPushButton>(&w, "revealPhoneButton")->isHidden());
}

void TestSignIn::administratorCreatesAccounts()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    StaffPage page(Accounts::sessionFor(m_system, admin));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLineEdit *name = find<QLineEdit>(&page, "newAccountName");
    retype(name, QStringLiteral("新顾问"));
    QVERIFY(choose(find<QComboBox>(&page, "newAccountRole"), QStringLiteral("consultant")));
    retype(find<QLineEdit>(&page, "newAccountPassword"), QStringLiteral("consultant-pass-7"));
    QVERIFY(click(&page, "createAccountButton"));
    QCOMPARE(find<QTableWidget>(&page, "staffTable")->rowCount(), 2);
    QVERIFY(name->text().isEmpty());
    QCOMPARE(Accounts(m_system).signIn(QStringLiteral("新顾问"), QStringLiteral("consultant-pass-7")).role,
             QStringLiteral("consultant"));
}

// Selects the backup copy at path in the list and presses Restore, answering the question.
static void restoreCopy(BackupsPage &page, const QString &path, QMessageBox::StandardButton answer)
{
    QListWidget *copies = find<QListWidget>(&page, "backupCopies");
    QVERIFY(chooseRow(copies, 0, path, Qt::UserRole));
    MessageBox::setNextAnswer(answer);
    QVERIFY(click(&page, "restoreBackupButton"));
}

void TestSignIn::administratorBacksUpAndRestores()
{
    const Staff admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                                    QStringLiteral("admin-password"));
    const Session session = Accounts::sessionFor(m_system, admin);
    QTemporaryDir dir;
    BackupsPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    retype(find<QLineEdit>(&page, "backupFolder"), dir.path());
    QVERIFY(click(&page, "saveBackupFolderButton"));
    const Client c = addClient(m_system, QStringLiteral("备份前"), QStringLiteral("13812345678"));
    QVERIFY(click(&page, "backUpNowButton"));
    // The copy on demand is listed at once, named and shown in office time (Friday 10:00 +08:00).
    QListWidget *copies = find<QListWidget>(&page, "backupCopies");
    QCOMPARE(copies->count(), 1);
    const QString manual =
        QDir(dir.path())
            .entryInfoList({BackupRotation::owner(*session.db) + QStringLiteral("-manual-*.sqlite")})
            .value(0)
            .absoluteFilePath();
    QVERIFY(!manual.isEmpty());
    QVERIFY2(manual.endsWith(BackupRotation::owner(*session.db) +
                             QStringLiteral("-manual-20261127-100000+0800.sqlite")),
             qPrintable(manual));
    QCOMPARE(copies->item(0)->data(Qt::UserRole).toString(), manual);
    QVERIFY2(copies->item(0)->text().contains(QStringLiteral("2026-11-27 10:00")),
             qPrintable(copies->item(0)->text()));
    const Client later = addClient(m_system, QStringLiteral("备份后"), QStringLiteral("13912345678"));
    // Declined: nothing changes.
    restoreCopy(page, manual, QMessageBox::No);
    QCOMPARE(ClientRepository(m_system).count(), 2);
    restoreCopy(page, manual, QMessageBox::Yes);
    QCOMPARE(ClientRepository(m_system).count(), 1);
    // The automatic copy, taken while the page was not on screen, is named alike and listed as
    // soon as the page shows again.
    page.hide();
    m_clock.advance(60'000);
    const QString automatic = BackupRotation::run(session);
    QVERIFY2(automatic.endsWith(BackupRotation::owner(*session.db) +
                                QStringLiteral("-auto-20261127-100100+0800.sqlite")),
             qPrintable(automatic));
    QCOMPARE(copies->count(), 1);
    page.show();
    QCOMPARE(copies->count(), 2);
    QCOMPARE(copies->item(0)->data(Qt::UserRole).toString(), automatic); // newest first
    QVERIFY2(copies->item(0)->text().contains(QStringLiteral("2026-11-27 10:01")),
             qPrintable(copies->item(0)->text()));
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
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    retype(find<QLineEdit>(&page, "backupFolder"), dir.path());
    QVERIFY(click(&page, "saveBackupFolderButton"));
    QVERIFY(click(&page, "backUpNowButton"));
    const QString copy = find<QListWidget>(&page, "backupCopies")->item(0)->data(Qt::UserRole).toString();
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
    restoreCopy(page, copy, QMessageBox::No);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed behind EstateDesk's back")) &&
                 MessageBox::lastText().contains(QStringLiteral("entry %1 of ").arg(victim)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ClientRepository(m_system).count(), clients);
    restoreCopy(page, copy, QMessageBox::Yes);
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
