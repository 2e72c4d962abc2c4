// SPDX-License-Identifier: GPL-3.0-or-later
// A shared front-desk PC: the window locks after the idle time (driven by a fixed clock, never
// waited for) and keeps what was typed; a wrong password is refused while locked; File → Switch
// user opens the other account's own window; the administrator sets the idle time.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "DashboardPage.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "SessionWindows.h"
#include "StaffPage.h"
#include "core/Errors.h"
#include "core/Translations.h"
#include "itemmodels/DeadlineListModel.h"
#include "repositories/AuditLog.h"
#include "repositories/Settings.h"
#include "security/Accounts.h"
#include "security/ScreenLock.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestScreenLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void locksAfterIdleAndKeepsWhatWasTyped();
    void switchUserOpensTheOtherAccountsWindow();
    void anOpenDialogIsCoveredAndKeepsWhatWasTyped();
    void administratorSetsTheIdleTime();

private:
    static constexpr qint64 kMinute = 60'000;
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_system;
    Staff m_admin;
    Staff m_reception;
};

void TestScreenLock::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestScreenLock::init()
{
    m_system = m_test.freshSession(m_clock);
    m_admin = Accounts(m_system).createFirstAdministrator(QStringLiteral("管理员"),
                                                          QStringLiteral("admin-password"));
    m_reception = Accounts(Accounts::sessionFor(m_system, m_admin))
                      .addAccount(QStringLiteral("前台小王"), QStringLiteral("reception"),
                                  QStringLiteral("desk-password"));
}

static void signIn(LockScreen *lock, const QString &name, const QString &password)
{
    retype(find<QLineEdit>(lock, "lockName"), name); // Chinese comes through the input method
    QTest::keyClicks(find<QLineEdit>(lock, "lockPassword"), password);
    QVERIFY(click(lock, "lockSignIn"));
}

void TestScreenLock::locksAfterIdleAndKeepsWhatWasTyped()
{
    MainWindow w(Accounts::sessionFor(m_system, m_reception));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("frontDeskSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("1381234"));
    typeText(search, QStringLiteral("张"));
    const QString typed = search->text();
    QCOMPARE(typed, QStringLiteral("1381234张"));
    QCOMPARE(w.idleWatcher()->idleMinutes(), Settings::IdleLockMinutes.fallback());

    // Nine minutes without input: still open. A key press counts as use and starts the count again.
    m_clock.advance(9 * kMinute);
    QVERIFY(!w.idleWatcher()->check());
    QTest::keyClick(search, Qt::Key_Shift);
    m_clock.advance(9 * kMinute);
    QVERIFY(!w.idleWatcher()->check());
    QVERIFY(!find<LockScreen>(&w, "lockScreen")->isLocked());
    m_clock.advance(1 * kMinute);
    QVERIFY(w.idleWatcher()->check());

    // Locked: covered, the name filled in, nothing under the cover takes input.
    LockScreen *lock = find<LockScreen>(&w, "lockScreen");
    QLineEdit *password = find<QLineEdit>(lock, "lockPassword");
    QVERIFY(lock->isLocked());
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->geometry(), w.rect());
    QCOMPARE(find<QLineEdit>(lock, "lockName")->text(), QStringLiteral("前台小王"));
    QVERIFY(!w.centralWidget()->isEnabled());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("switchUserAction"))->isEnabled());
    QTest::keyClicks(search, QStringLiteral("999"));
    QCOMPARE(search->text(), typed);
    QVERIFY(saveScreenshot(&w, QStringLiteral("lock-screen.png")));

    // A wrong password is refused and the window stays locked.
    const qint64 auditBefore = AuditLog::count(m_system);
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QVERIFY(click(lock, "lockSignIn"));
    QVERIFY(lock->isLocked());
    QVERIFY(!find<QLabel>(lock, "lockError")->text().isEmpty());
    QVERIFY(password->text().isEmpty());
    QVERIFY(!w.centralWidget()->isEnabled());
    QCOMPARE(AuditLog::count(m_system), auditBefore + 1); // the failure is audited

    // The right one: the window as it was, with what was typed and where the cursor was.
    QTest::keyClicks(password, QStringLiteral("desk-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!lock->isLocked());
    QVERIFY(!lock->isVisible());
    QVERIFY(w.centralWidget()->isEnabled());
    QVERIFY(w.findChild<QAction *>(QStringLiteral("switchUserAction"))->isEnabled());
    QCOMPARE(search->text(), typed);
    QVERIFY(search->hasFocus());
    // The idle time counts from the unlock.
    m_clock.advance(9 * kMinute);
    QVERIFY(!w.idleWatcher()->check());
    m_clock.advance(1 * kMinute);
    QVERIFY(w.idleWatcher()->check());
}

// A form left open in a modal dialog when the lock comes: the dialog is covered too (it showed
// its contents above the lock and, being modal, kept anyone from typing the password), the
// owner unlocks from it, and it stays open with what was typed. Notifications wait meanwhile.
void TestScreenLock::anOpenDialogIsCoveredAndKeepsWhatWasTyped()
{
    MainWindow w(Accounts::sessionFor(m_system, m_reception));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QDialog dialog(&w);
    auto *field = new QLineEdit(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(field);
    dialog.setModal(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::activeModalWidget(), &dialog);
    typeText(field, QStringLiteral("王先生想看三居室"));
    QSignalSpy notified(w.dashboard(), &DashboardPage::notified);
    DeadlineItem late;
    late.policy = QStringLiteral("consultation-response");
    late.clientName = QStringLiteral("王先生");

    m_clock.advance(10 * kMinute);
    QVERIFY(w.idleWatcher()->check());
    QVERIFY(find<LockScreen>(&w, "lockScreen")->isLocked());
    auto *cover = find<LockScreen>(&dialog, "dialogLockScreen");
    QVERIFY(cover);
    QVERIFY(cover->isVisible());
    QCOMPARE(cover->geometry(), dialog.rect());
    QVERIFY(!field->isEnabled());
    QLineEdit *coverPassword = find<QLineEdit>(cover, "lockPassword");
    QCOMPARE(dialog.focusWidget(), coverPassword); // where the keyboard goes
    QCOMPARE(find<QLineEdit>(cover, "lockName")->text(), QStringLiteral("前台小王"));
    QTest::keyClick(coverPassword, Qt::Key_Escape); // does not cancel the dialog under the cover
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.close());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("lock-dialog.png")));
    emit w.dashboard()->model()->turnedOverdue({late});
    QCOMPARE(notified.count(), 0); // nobody may read client names on a locked screen

    // Another account cannot take over while the owner's dialog is open.
    signIn(cover, QStringLiteral("管理员"), QStringLiteral("admin-password"));
    QVERIFY(find<LockScreen>(&w, "lockScreen")->isLocked());
    QVERIFY(find<QLabel>(cover, "lockError")->text().contains(QStringLiteral("前台小王")));
    // The owner unlocks from the dialog: the window and the dialog as they were.
    signIn(cover, QStringLiteral("前台小王"), QStringLiteral("desk-password"));
    QVERIFY(!find<LockScreen>(&w, "lockScreen")->isLocked());
    QVERIFY(!find<LockScreen>(&w, "lockScreen")->isVisible());
    QVERIFY(w.centralWidget()->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY(field->isEnabled());
    QCOMPARE(field->text(), QStringLiteral("王先生想看三居室"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog.findChild<LockScreen *>(QStringLiteral("dialogLockScreen")));
    emit w.dashboard()->model()->turnedOverdue({late});
    QCOMPARE(notified.count(), 1);
}

void TestScreenLock::switchUserOpensTheOtherAccountsWindow()
{
    SessionWindows windows(m_system);
    QList<MainWindow *> opened;
    connect(&windows, &SessionWindows::opened, this, [&opened](MainWindow *window) { opened << window; });
    QPointer<MainWindow> first = windows.open(m_reception);
    QVERIFY(QTest::qWaitForWindowExposed(first));
    QCOMPARE(opened.size(), 1);
    const QString staffTab = MainWindow::tr("Staff accounts");
    QVERIFY(!tabTexts(find<QTabWidget>(first, "settingsTabs")).contains(staffTab)); // not for reception
    auto *search = find<QLineEdit>(first, "frontDeskSearch");
    QTest::keyClicks(search, QStringLiteral("1390000"));

    // File → Switch user, and the same account signs in again: the same window, as it was.
    QVERIFY(clickMenu(first, "fileMenu", "switchUserAction"));
    LockScreen *lock = find<LockScreen>(first, "lockScreen");
    QVERIFY(lock->isLocked());
    QVERIFY(find<QLineEdit>(lock, "lockName")->text().isEmpty());
    QVERIFY(find<QLineEdit>(lock, "lockName")->hasFocus());
    signIn(lock, QStringLiteral("前台小王"), QStringLiteral("desk-password"));
    QVERIFY(!lock->isLocked());
    QCOMPARE(windows.window(), first.data());
    QCOMPARE(search->text(), QStringLiteral("1390000"));

    // Another account: its own window, built for its role; the first one goes.
    QVERIFY(clickMenu(first, "fileMenu", "switchUserAction"));
    signIn(lock, QStringLiteral("管理员"), QStringLiteral("wrong-password"));
    QVERIFY(lock->isLocked());
    QCOMPARE(windows.window(), first.data());
    signIn(lock, QStringLiteral("管理员"), QStringLiteral("admin-password"));
    QCOMPARE(opened.size(), 2);
    MainWindow *second = windows.window();
    QVERIFY(second != first.data());
    QVERIFY(second->isVisible());
    QVERIFY(tabTexts(find<QTabWidget>(second, "settingsTabs")).contains(staffTab));
    auto *user = second->statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(user && user->text().contains(QStringLiteral("管理员")));
    QVERIFY(!find<LockScreen>(second, "lockScreen")->isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(first.isNull());
}

void TestScreenLock::administratorSetsTheIdleTime()
{
    MainWindow w(Accounts::sessionFor(m_system, m_admin));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QWidget *staff = clickTabsTo(find<QTabWidget>(&w, "mainTabs"),
                                 {MainWindow::tr("Settings"), MainWindow::tr("Staff accounts")});
    QVERIFY(staff);
    auto *box = find<QSpinBox>(staff, "idleLockMinutes");
    QCOMPARE(box->value(), Settings::IdleLockMinutes.fallback());
    retype(box, QStringLiteral("3"));
    QVERIFY(click(staff, "saveIdleLock"));
    QCOMPARE(ScreenLock::idleMinutes(m_system), 3);
    QCOMPARE(w.idleWatcher()->idleMinutes(), 3); // this window follows at once
    m_clock.advance(3 * kMinute);
    QVERIFY(w.idleWatcher()->check());
    QVERIFY(find<LockScreen>(&w, "lockScreen")->isLocked());

    // 0: never.
    ScreenLock::setIdleMinutes(Accounts::sessionFor(m_system, m_admin), 0);
    MainWindow never(Accounts::sessionFor(m_system, m_admin));
    m_clock.advance(24 * 60 * kMinute);
    QVERIFY(!never.idleWatcher()->check());

    // Only an administrator changes it, and only to something sensible.
    QVERIFY_THROWS_EXCEPTION(PermissionError,
                             ScreenLock::setIdleMinutes(Accounts::sessionFor(m_system, m_reception), 30));
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        ScreenLock::setIdleMinutes(Accounts::sessionFor(m_system, m_admin), ScreenLock::kMaxIdleMinutes + 1));
    QCOMPARE(ScreenLock::idleMinutes(m_system), 0);
}

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
