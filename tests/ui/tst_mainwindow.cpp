// SPDX-License-Identifier: GPL-3.0-or-later
// The first window, offscreen with real widgets: it opens on demo data, the filter narrows the
// list as you type, selecting a client shows their timeline, an empty database offers demo data.
// With ESTATEDESK_SCREENSHOT_DIR set it also saves screenshots there (for the README).
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "AppIcon.h"
#include "CalendarSettingsPage.h"
#include "ClientDetailPanel.h"
#include "ComplaintsPage.h"
#include "DashboardPage.h"
#include "HandoversPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SignInDialogs.h"
#include "UnitsBoardPage.h"
#include "ViewingsPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "itemmodels/ClientListModel.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Accounts.h"
#include "security/Erasure.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnDemoDataAndShowsTheDatabase();
    void pagesAreBuiltWhenFirstShown();
    void windowShowsTheMenuIcon();
    void typingInTheFilterNarrowsTheRows();
    void selectingAClientShowsTheTimeline();
    void firstStartLoadsTheDemoOffice();
    void declinedOfferLeavesTheDatabaseEmpty();
    void mergesADuplicateAfterAsking();
    void scheduledJobsSayWhichJobFailed();
    void erasesAClientOnRequestAfterAsking();
    void importSummaryListsWarningsAndRefusedLines();
    void englishPlaceholdersAndTheHolidayNameColumn();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    QString m_language;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    // As the program does: ESTATEDESK_LANG picks the language (zh_CN for README screenshots).
    m_language = Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 300, 1);
}

void TestMainWindow::opensOnDemoDataAndShowsTheDatabase()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.clientModel()->rowCount(), 300);
    auto *dbLabel = w.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(dbLabel);
    QVERIFY2(dbLabel->text().contains(QFileInfo(m_session.db->config().sqlitePath).fileName()),
             qPrintable(dbLabel->text()));
    // Ctrl+F goes to the client search from anywhere.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentWidget(), w.clientsPage());
    QVERIFY(w.filterEdit()->hasFocus());
}

void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    // A quick start (issue 18): the page on screen and the dashboard (it notifies of deadlines)
    // are built with the window; every other page the first time its tab shows, or when asked for.
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<DashboardPage *>()->isVisible());
    QVERIFY(!w.findChild<ViewingsPage *>());
    QVERIFY(!w.findChild<UnitsBoardPage *>());
    QVERIFY(!w.findChild<ComplaintsPage *>());
    // The After-sales tab builds its first page, on screen; the pages behind it wait.
    QTabWidget *tabs = w.tabs();
    int afterSales = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == MainWindow::tr("After-sales"))
            afterSales = i;
    QVERIFY(afterSales >= 0);
    tabs->setCurrentIndex(afterSales);
    auto *complaints = w.findChild<ComplaintsPage *>();
    QVERIFY(complaints);
    QVERIFY(complaints->isVisible());
    QCOMPARE(w.complaints(), complaints);
    QVERIFY(!w.findChild<HandoversPage *>());
    // A page asked for is built in its own tab, behind the one shown, once.
    HandoversPage *handovers = w.handovers();
    QVERIFY(handovers);
    QVERIFY(!handovers->isVisible());
    auto *inner = qobject_cast<QTabWidget *>(tabs->widget(afterSales));
    QVERIFY(inner);
    QCOMPARE(inner->tabText(inner->indexOf(handovers)), MainWindow::tr("Handovers and defects"));
    QCOMPARE(inner->count(), 3);
    w.showPage(handovers);
    QVERIFY(handovers->isVisible());
    QCOMPARE(w.handovers(), handovers);
    QCOMPARE(w.findChildren<HandoversPage *>().size(), 1);
    // Another main tab whose first page waits inside tabs: shown, it is built.
    w.showPage(w.unitsBoard());
    QVERIFY(w.unitsBoard()->isVisible());
    QVERIFY(!complaints->isVisible());
}

void TestMainWindow::windowShowsTheMenuIcon()
{
    // The icon of the menu entry (resources/desktop/estatedesk.svg rendered at every hicolor size):
    // the same for the window, the dialogs (QApplication::windowIcon from main()) and the tray.
    MainWindow w(m_session);
    const QIcon icon = w.windowIcon();
    QList<QSize> sizes = icon.availableSizes();
    std::sort(sizes.begin(), sizes.end(), [](QSize a, QSize b) { return a.width() < b.width(); });
    QCOMPARE(sizes, (QList<QSize>{
                        {16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}, {256, 256}}));
    QCOMPARE(icon.cacheKey(), appIcon().cacheKey());
    // Drawn, not blank: the orange speech bubble top right, the blue tower in the middle.
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    const QColor bubble = image.pixelColor(44, 7);
    QVERIFY2(bubble.red() > 200 && bubble.green() > 100 && bubble.green() < 180 && bubble.blue() < 90,
             qPrintable(bubble.name()));
    const QColor tower = image.pixelColor(17, 19);
    QVERIFY2(tower.blue() > 150 && tower.red() < 90, qPrintable(tower.name()));
}

void TestMainWindow::typingInTheFilterNarrowsTheRows()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.tabs()->setCurrentWidget(w.clientsPage());
    const int all = w.clientModel()->rowCount();
    // The surname of the first listed client: typing it narrows the list to clients with it.
    const QString name = w.clientModel()->index(0, ClientListModel::NameColumn).data().toString();
    const QString surname = name.left(1);
    typeText(w.filterEdit(), surname);
    QTest::keyClick(w.filterEdit(), Qt::Key_Return);
    const int narrowed = w.clientModel()->rowCount();
    QVERIFY(narrowed > 0);
    QVERIFY2(narrowed < all, qPrintable(QStringLiteral("%1 of %2").arg(narrowed).arg(all)));
    for (int row = 0; row < narrowed; ++row)
        QVERIFY(w.clientModel()->index(row, ClientListModel::NameColumn).data().toString().contains(surname));

    // Phone digits narrow too: the last four digits of a client's phone.
    w.filterEdit()->clear();
    const QString phone = ClientRepository(m_session).get(1).phone;
    QTest::keyClicks(w.filterEdit(), phone.right(4));
    QTest::keyClick(w.filterEdit(), Qt::Key_Return);
    QVERIFY(w.clientModel()->rowCount() >= 1);
    QVERIFY(w.clientModel()->rowCount() < all);
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-window-filter.png")));

    // Clearing the filter shows everyone again.
    w.filterEdit()->clear();
    QTest::keyClick(w.filterEdit(), Qt::Key_Return);
    QCOMPARE(w.clientModel()->rowCount(), all);
}

void TestMainWindow::selectingAClientShowsTheTimeline()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.tabs()->setCurrentWidget(w.clientsPage());
    w.clientView()->setFocus();
    w.clientView()->selectRow(3);
    const qint64 id = w.clientModel()->index(3, 0).data(ClientListModel::IdRole).toLongLong();
    QCOMPARE(w.detailPanel()->clientId(), id);
    QAbstractItemModel *timeline = w.detailPanel()->recordsView()->model();
    const int all = timeline->rowCount();
    QVERIFY(all >= 5);
    // Filtered by kind: only consultations remain, and at least the first one.
    w.detailPanel()->kindFilter()->setCurrentIndex(
        w.detailPanel()->kindFilter()->findData(QStringLiteral("consultation")));
    QVERIFY(timeline->rowCount() >= 1 && timeline->rowCount() < all);
    for (int row = 0; row < timeline->rowCount(); ++row)
        QCOMPARE(
            timeline->index(row, ServiceRecordModel::KindColumn).data(ServiceRecordModel::RawRole).toString(),
            QStringLiteral("consultation"));
    w.detailPanel()->kindFilter()->setCurrentIndex(0);
    QCOMPARE(timeline->rowCount(), all);
    // Filtered by a staff member who served none of it: nothing.
    const qint64 someone =
        w.detailPanel()->staffFilter()->itemData(w.detailPanel()->staffFilter()->count() - 1).toLongLong();
    w.detailPanel()->staffFilter()->setCurrentIndex(w.detailPanel()->staffFilter()->count() - 1);
    for (int row = 0; row < timeline->rowCount(); ++row)
        QCOMPARE(timeline->index(row, ServiceRecordModel::StaffColumn)
                     .data(ServiceRecordModel::RawRole)
                     .toLongLong(),
                 someone);
    w.detailPanel()->staffFilter()->setCurrentIndex(0);
    // A follow-up task: added, shown, done (and then on the timeline).
    QVERIFY(w.detailPanel()->addFollowUp(QDate(2026, 11, 30), QStringLiteral("回电确认看房时间")));
    QCOMPARE(w.detailPanel()->followUps()->count(), 1);
    w.detailPanel()->followUps()->setCurrentRow(0);
    QVERIFY(w.detailPanel()->completeSelectedFollowUp());
    QCOMPARE(w.detailPanel()->followUps()->count(), 0);
    QCOMPARE(timeline->rowCount(), all + 1);
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-window.png")));
}

// The first start as the program makes it: a new database, the administrator created in the
// first-start dialog, the window opened for that account, the demo offer accepted.
void TestMainWindow::firstStartLoadsTheDemoOffice()
{
    TestDatabase other;
    const Session system = other.freshSession(m_clock);
    FirstAdministratorDialog first(system);
    first.show();
    typeText(first.nameEdit(), QStringLiteral("管理员"));
    QTest::keyClicks(first.passwordEdit(), QStringLiteral("first-password"));
    QTest::keyClicks(first.repeatEdit(), QStringLiteral("first-password"));
    QVERIFY(first.tryAccept());
    const Session admin = Accounts::sessionFor(system, first.staff());
    QCOMPARE(admin.role, QStringLiteral("admin"));
    MainWindow w(admin);
    w.show();
    // A failure would show an error box: close it rather than wait, and let the checks below fail.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(50);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(w.windowTitle(), QStringLiteral("EstateDesk"));
    QVERIFY(w.offerDemoDataIfEmpty());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("1,000")) ||
            MessageBox::lastText().contains(QStringLiteral("1000")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("practice database")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ClientRepository(admin).count(), 1000);
    // The demo made a practice database, and the title says so (issue 14 item 1).
    QCOMPARE(w.windowTitle(), QStringLiteral("EstateDesk — practice database"));
    QVERIFY(SettingsRepository(admin).isPractice());
    QCOMPARE(w.clientModel()->rowCount(), 1000);
    const QSqlDatabase db = other.db().connection();
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM handovers")).toLongLong() > 0);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toLongLong() > 0);
    // The administrator's account is untouched by the demo: it signs in again.
    QCOMPARE(Accounts(system).signIn(QStringLiteral("管理员"), QStringLiteral("first-password")).role,
             QStringLiteral("admin"));
    // Not asked again once there are clients.
    QVERIFY(!w.offerDemoDataIfEmpty());
}

void TestMainWindow::declinedOfferLeavesTheDatabaseEmpty()
{
    TestDatabase other;
    Session session = other.freshSession(m_clock);
    MainWindow w(session);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!w.offerDemoDataIfEmpty());
    QCOMPARE(ClientRepository(session).count(), 0);
    QVERIFY(!SettingsRepository(session).isPractice());
    QCOMPARE(w.windowTitle(), QStringLiteral("EstateDesk"));
}

void TestMainWindow::mergesADuplicateAfterAsking()
{
    TestDatabase other;
    Session session = other.freshSession(m_clock);
    Client a, b;
    a.name = QStringLiteral("张三");
    a.phone = QStringLiteral("13812345678");
    b.name = QStringLiteral("张三（重复）");
    b.phone = QStringLiteral("13812345679");
    ClientRepository(session).add(a);
    ClientRepository(session).add(b);
    MainWindow w(session);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!w.mergeClients(a.id, b.id));
    QCOMPARE(ClientRepository(session).count(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(w.mergeClients(a.id, b.id));
    QCOMPARE(ClientRepository(session).count(), 1);
    QCOMPARE(w.clientModel()->rowCount(), 1);
}

void TestMainWindow::scheduledJobsSayWhichJobFailed()
{
    // The backup folder cannot be made (a file stands where its parent should be): the backup
    // fails and says so by its name, the other jobs still run, on the window's worker thread.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SettingsRepository(m_session).setValue(QStringLiteral("backup.folder"),
                                           blocker + QStringLiteral("/backups"));
    MainWindow w(m_session);
    QSignalSpy finished(&w, &MainWindow::jobsFinished);
    w.runScheduledJobs();
    QVERIFY(finished.wait(60000));
    const QStringList messages = finished.at(0).at(0).toStringList();
    QCOMPARE(messages.filter(QStringLiteral("failed")).size(), 1); // retention may add what it did
    QVERIFY2(messages.constFirst().startsWith(QStringLiteral("Automatic backup failed: ")),
             qPrintable(messages.constFirst()));
    QCOMPARE(w.statusBar()->currentMessage(), messages.constFirst());
    QCOMPARE(
        Sql::scalar(
            m_session.db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE job IN ('payment-follow-ups', 'escalations', "
                           "'missed-installments', 'retention')"))
            .toInt(),
        4);
    SettingsRepository(m_session).setValue(QStringLiteral("backup.folder"), QString());
}

void TestMainWindow::erasesAClientOnRequestAfterAsking()
{
    TestDatabase other;
    Session session = other.freshSession(m_clock);
    Client a;
    a.name = QStringLiteral("李要求删除");
    a.phone = QStringLiteral("13812340000");
    a.notes = QStringLiteral("只在周末联系");
    ClientRepository(session).add(a);
    // Not offered to a consultant.
    {
        Session consultant = session;
        consultant.role = QStringLiteral("consultant");
        MainWindow w(consultant);
        w.show();
        w.tabs()->setCurrentWidget(w.clientsPage());
        w.detailPanel()->showClient(a.id);
        QCOMPARE(w.detailPanel()->clientId(), a.id);
        QVERIFY(!w.detailPanel()->eraseButton()->isVisible());
    }
    session.role = QStringLiteral("supervisor");
    MainWindow w(session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.tabs()->setCurrentWidget(w.clientsPage());
    w.clientView()->selectRow(0);
    QCOMPARE(w.detailPanel()->clientId(), a.id);
    auto *erase = w.detailPanel()->findChild<QPushButton *>(QStringLiteral("erasePersonalDataButton"));
    QVERIFY(erase && erase->isVisible());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(erase, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("李要求删除")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ClientRepository(session).get(a.id).notes, QStringLiteral("只在周末联系"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(erase, Qt::LeftButton);
    QVERIFY(Erasure::isErased(session, a.id));
    const Client gone = ClientRepository(session).get(a.id);
    QVERIFY(gone.notes.isEmpty());
    QVERIFY(!gone.phone.contains(QStringLiteral("13812340000")));
    QVERIFY(!erase->isVisible());
    QVERIFY(!w.detailPanel()->findChild<QLabel *>()->text().contains(QStringLiteral("李要求删除")));
}

void TestMainWindow::importSummaryListsWarningsAndRefusedLines()
{
    TestDatabase other;
    Session session = other.freshSession(m_clock);
    MainWindow w(session);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sources.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QString::fromUtf8("姓名,电话,来源\n张三,13812345678,中介推荐\n李四,13912345678,微信\n").toUtf8());
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(w.importClientsFrom(file));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Imported 2 clients")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Line 2: Source: \"中介推荐\"")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(w.clientModel()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!w.importClientsFrom(QStringLiteral(ESTATEDESK_TEST_DATA "/clients-utf8-stray-byte.csv")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Line 4: ")), qPrintable(MessageBox::lastText()));
    QCOMPARE(ClientRepository(session).count(), 2);
}

void TestMainWindow::englishPlaceholdersAndTheHolidayNameColumn()
{
    if (m_language == QLatin1String("en")) {
        // Every example in an empty field of the English window is English.
        MainWindow w(m_session);
        static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (const QLineEdit *edit : w.findChildren<QLineEdit *>())
            QVERIFY2(!edit->placeholderText().contains(chinese), qPrintable(edit->placeholderText()));
    }
    // In Chinese the holiday calendar's column is the holiday's name (名称), not a person's (姓名).
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/estatedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    CalendarSettingsPage page(m_session);
    const QString header = page.table()->horizontalHeaderItem(2)->text();
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(header, QStringLiteral("名称"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
