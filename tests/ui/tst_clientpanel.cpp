// SPDX-License-Identifier: GPL-3.0-or-later
// The client panel of the Clients page, offscreen with real widgets: editing a client (and the
// message when someone else saved it meanwhile), logging an act by hand, answering a consultation.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "ClientDetailPanel.h"
#include "ClientEditDialog.h"
#include "ConsultationResponder.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Accounts.h"
#include "security/Erasure.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestClientPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void editsEveryField();
    void editRefusesAnotherClientsPhone();
    void editAddsAndRemovesOtherPhones();
    void editAfterSomeoneElseSavedSaysSoAndKeepsTheTyping();
    void receptionEditsWithoutSeeingTheNotes();
    void logsAnActByHand();
    void timelineShowsEveryoneForTheNextClient();
    void answersTheClientsConsultation();
    void offersNothingNewForAnErasedClient();

private:
    ClientEditDialog *openEditor(MainWindow &w, qint64 clientId);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestClientPanel::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestClientPanel::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 100, 2);
}

// Shows the client on the Clients page as the user does: the Clients tab, then their row.
static bool openClient(MainWindow &w, qint64 clientId)
{
    if (!clickTabsTo(find<QTabWidget>(&w, "mainTabs"), {MainWindow::tr("Clients")}))
        return false;
    return chooseRow(find<QTableView>(&w, "clientList"), 0, clientId, ClientListModel::IdRole);
}

ClientEditDialog *TestClientPanel::openEditor(MainWindow &w, qint64 clientId)
{
    if (!openClient(w, clientId))
        return nullptr;
    QPushButton *edit = w.findChild<QPushButton *>(QStringLiteral("editClientButton"));
    if (!edit || !edit->isVisible() || !edit->isEnabled())
        return nullptr;
    QTest::mouseClick(edit, Qt::LeftButton);
    return w.findChild<ClientEditDialog *>(QStringLiteral("clientEditDialog"));
}

// Empties a text box as the user does: select all, delete.
static void clearText(QPlainTextEdit *edit)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
}

void TestClientPanel::editsEveryField()
{
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QPointer<ClientEditDialog> dialog = openEditor(w, 5);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    retype(find<QLineEdit>(dialog, "editName"), QStringLiteral("欧阳娜娜"));
    retype(find<QLineEdit>(dialog, "editPhone"), QStringLiteral("139 0000 8888"));
    QVERIFY(choose(find<QComboBox>(dialog, "editGender"), QStringLiteral("female")));
    retype(find<QLineEdit>(dialog, "editOccupation"), QStringLiteral("设计师"));
    QVERIFY(choose(find<QComboBox>(dialog, "editSource"), QStringLiteral("online")));
    auto *notes = find<QPlainTextEdit>(dialog, "editNotes");
    clearText(notes);
    typeText(notes, QStringLiteral("只在周末看房"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("client-edit.png")));
    QVERIFY(click(dialog, "clientEditSave"));
    const Client c = ClientRepository(m_session).get(5);
    QCOMPARE(c.name, QStringLiteral("欧阳娜娜"));
    QCOMPARE(c.phone, QStringLiteral("+8613900008888"));
    QCOMPARE(c.gender, QStringLiteral("female"));
    QCOMPARE(c.occupation, QStringLiteral("设计师"));
    QCOMPARE(c.source, QStringLiteral("online"));
    QCOMPARE(c.notes, QStringLiteral("只在周末看房"));
    QCOMPARE(c.rowVersion, 2);
    // The dialog is done and the panel shows the new name at once.
    QVERIFY(!dialog || !dialog->isVisible());
    QVERIFY(find<QLabel>(&w, "clientTitle")->text().contains(QStringLiteral("欧阳娜娜")));
}

void TestClientPanel::editRefusesAnotherClientsPhone()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ClientEditDialog *dialog = openEditor(w, 5);
    QVERIFY(dialog);
    const QString taken = ClientRepository(m_session).get(6).phone;
    QLineEdit *phone = find<QLineEdit>(dialog, "editPhone");
    retype(phone, taken);
    QVERIFY(click(dialog, "clientEditSave"));
    QVERIFY(dialog->isVisible());
    const QLabel *status = find<QLabel>(dialog, "clientEditStatus");
    QVERIFY2(status->text().contains(QStringLiteral("already belongs")), qPrintable(status->text()));
    QCOMPARE(dialog->focusWidget(),
             static_cast<QWidget *>(phone)); // the field named is where the cursor goes
    QCOMPARE(ClientRepository(m_session).get(5).rowVersion, 1);
}

void TestClientPanel::editAddsAndRemovesOtherPhones()
{
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ClientEditDialog *dialog = openEditor(w, 5);
    QVERIFY(dialog);
    auto *list = find<QListWidget>(dialog, "editOtherPhones");
    QCOMPARE(list->count(), 0);
    retype(find<QLineEdit>(dialog, "editNewOtherPhone"), QStringLiteral("139-8765-4321"));
    retype(find<QLineEdit>(dialog, "editNewOtherPhoneLabel"), QStringLiteral("work"));
    QVERIFY(click(dialog, "addOtherPhone"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(),
             ClientEditDialog::tr("%1 (%2)").arg(QStringLiteral("139 8765 4321"), QStringLiteral("work")));
    QCOMPARE(ClientPhones::phonesOf(m_session, 5), QStringList{QStringLiteral("+8613987654321")});
    QVERIFY(find<QLineEdit>(dialog, "editNewOtherPhone")->text().isEmpty());
    // The panel behind shows it at once.
    QVERIFY2(find<QLabel>(&w, "clientOtherPhones")->text().contains(QStringLiteral("139 8765 4321")),
             qPrintable(find<QLabel>(&w, "clientOtherPhones")->text()));
    // Another client's main number: refused naming that client; nothing added.
    const Client other = ClientRepository(m_session).get(6);
    retype(find<QLineEdit>(dialog, "editNewOtherPhone"), other.phone);
    QTest::keyClick(find<QLineEdit>(dialog, "editNewOtherPhone"), Qt::Key_Return);
    const QLabel *status = find<QLabel>(dialog, "clientEditStatus");
    QVERIFY2(status->text().contains(other.name), qPrintable(status->text()));
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("client-edit-other-phones.png")));
    // Removing: choose the number, then Remove.
    QVERIFY(!find<QPushButton>(dialog, "removeOtherPhone")->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(click(dialog, "removeOtherPhone"));
    QCOMPARE(list->count(), 0);
    QVERIFY(ClientPhones::phonesOf(m_session, 5).isEmpty());
    // The client's own fields were not touched: no new version, Save still applies.
    QCOMPARE(ClientRepository(m_session).get(5).rowVersion, 1);
    QVERIFY(click(dialog, "clientEditSave"));
}

void TestClientPanel::editAfterSomeoneElseSavedSaysSoAndKeepsTheTyping()
{
    MainWindow w(m_session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ClientEditDialog *dialog = openEditor(w, 8);
    QVERIFY(dialog);
    // Another PC renames the client while the dialog is open, and changes the occupation this
    // user is about to change too.
    Client theirs = ClientRepository(m_session).get(8);
    theirs.name = QStringLiteral("改过的名字");
    theirs.occupation = QStringLiteral("教师");
    ClientRepository(m_session).update(theirs);
    QLineEdit *occupation = find<QLineEdit>(dialog, "editOccupation");
    retype(occupation, QStringLiteral("律师"));
    QVERIFY(click(dialog, "clientEditSave"));
    QVERIFY(dialog->isVisible());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("client-edit-conflict.png")));
    const QLabel *status = find<QLabel>(dialog, "clientEditStatus");
    QVERIFY2(status->text().contains(QStringLiteral("Someone else changed this client")),
             qPrintable(status->text()));
    // The field both changed is named, with their value, which the form no longer shows.
    QVERIFY2(status->text().contains(QStringLiteral("You both changed the occupation (theirs: 教师)")),
             qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QStringLiteral("the name")), qPrintable(status->text()));
    // Nothing was overwritten; their name is shown, the typing kept.
    Client stored = ClientRepository(m_session).get(8);
    QCOMPARE(stored.name, QStringLiteral("改过的名字"));
    QCOMPARE(stored.occupation, QStringLiteral("教师"));
    QCOMPARE(find<QLineEdit>(dialog, "editName")->text(), QStringLiteral("改过的名字"));
    QCOMPARE(occupation->text(), QStringLiteral("律师"));
    // Saving again applies the typing on top of their change.
    QVERIFY(click(dialog, "clientEditSave"));
    stored = ClientRepository(m_session).get(8);
    QCOMPARE(stored.name, QStringLiteral("改过的名字"));
    QCOMPARE(stored.occupation, QStringLiteral("律师"));
}

void TestClientPanel::receptionEditsWithoutSeeingTheNotes()
{
    Client c = ClientRepository(m_session).get(9);
    c.notes = QStringLiteral("内部备注");
    ClientRepository(m_session).update(c);
    const Staff admin = Accounts(m_session).createFirstAdministrator(QStringLiteral("管理员"),
                                                                     QStringLiteral("admin-password"));
    const Staff reception = Accounts(Accounts::sessionFor(m_session, admin))
                                .addAccount(QStringLiteral("前台"), QStringLiteral("reception"),
                                            QStringLiteral("reception-pass-7"));
    const Staff service =
        Accounts(Accounts::sessionFor(m_session, admin))
            .addAccount(QStringLiteral("客服"), QStringLiteral("service"), QStringLiteral("service-pass-7"));
    {
        MainWindow w(Accounts::sessionFor(m_session, reception));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ClientEditDialog *dialog = openEditor(w, 9);
        QVERIFY(dialog);
        QVERIFY(find<QLineEdit>(dialog, "editPhone")->text().contains(u'*'));
        auto *notes = find<QPlainTextEdit>(dialog, "editNotes");
        QVERIFY(notes->isReadOnly());
        QVERIFY(notes->toPlainText().isEmpty());
        retype(find<QLineEdit>(dialog, "editOccupation"), QStringLiteral("厨师"));
        QVERIFY(click(dialog, "clientEditSave"));
        const Client stored = ClientRepository(m_session).get(9);
        QCOMPARE(stored.occupation, QStringLiteral("厨师"));
        QCOMPARE(stored.notes, QStringLiteral("内部备注"));
        QVERIFY(!stored.phone.contains(u'*'));
    }
    // Customer service may not change clients: no Edit button.
    MainWindow w(Accounts::sessionFor(m_session, service));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClient(w, 9));
    QVERIFY(!find<QPushButton>(&w, "editClientButton")->isVisible());
    QVERIFY(openEditor(w, 9) == nullptr);
}

void TestClientPanel::logsAnActByHand()
{
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClient(w, 12));
    QAbstractItemModel *records = find<QTableView>(&w, "serviceRecordsView")->model();
    const int before = records->rowCount();
    QVERIFY(choose(find<QComboBox>(&w, "actKind"), QStringLiteral("wechat")));
    QLineEdit *content = find<QLineEdit>(&w, "actContent");
    retype(content, QStringLiteral("发送了样板间视频"));
    retype(find<QLineEdit>(&w, "actResult"), QStringLiteral("客户约周六看房"));
    QVERIFY(click(&w, "logActButton"));
    QCOMPARE(records->rowCount(), before + 1);
    const ServiceRecord newest = ServiceRecordRepository(m_session).forClient(12).constFirst();
    QCOMPARE(newest.kind, QStringLiteral("wechat"));
    QCOMPARE(newest.content, QStringLiteral("发送了样板间视频"));
    QCOMPARE(newest.result, QStringLiteral("客户约周六看房"));
    QVERIFY(content->text().isEmpty());
    // Nothing said: refused with the field named, nothing logged.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(click(&w, "logActButton"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Content")), qPrintable(MessageBox::lastText()));
    QCOMPARE(int(ServiceRecordRepository(m_session).forClient(12).size()), before + 1);
}

// Trial 2026-12-04 P10.2: the timeline's staff filter chosen for one client is not kept for the
// next one, whose timeline would look empty (a supervisor about to erase them sees "no records").
void TestClientPanel::timelineShowsEveryoneForTheNextClient()
{
    // A client with a record by someone, and another with records, none of them by that someone.
    qint64 first = 0, next = 0, staffId = 0;
    int nextRecords = 0;
    for (qint64 id = 1; id <= 100 && next == 0; ++id) {
        const QList<ServiceRecord> records = ServiceRecordRepository(m_session).forClient(id);
        if (records.isEmpty())
            continue;
        if (first == 0) {
            first = id;
            staffId = records.constFirst().staffId;
            continue;
        }
        if (std::none_of(records.begin(), records.end(),
                         [&](const ServiceRecord &r) { return r.staffId == staffId; })) {
            next = id;
            nextRecords = int(records.size());
        }
    }
    QVERIFY(first > 0 && next > 0 && staffId > 0);
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClient(w, first));
    QAbstractItemModel *records = find<QTableView>(&w, "serviceRecordsView")->model();
    QComboBox *staff = find<QComboBox>(&w, "recordStaffFilter");
    QVERIFY(choose(staff, staffId));
    QVERIFY(records->rowCount() > 0);
    QVERIFY(openClient(w, next));
    QCOMPARE(staff->currentIndex(), 0);
    QCOMPARE(staff->currentText(), ClientDetailPanel::tr("Everyone"));
    QCOMPARE(records->rowCount(), nextRecords);
    QVERIFY(saveScreenshot(&w, QStringLiteral("client-timeline-next-client.png")));
    // Shown again (after an act logged, a phone revealed), the same client keeps the filter.
    QVERIFY(choose(staff, staffId));
    QCOMPARE(records->rowCount(), 0);
    auto *panel = w.findChild<ClientDetailPanel *>();
    QVERIFY(panel);
    panel->showClient(next);
    QCOMPARE(staff->currentData().toLongLong(), staffId);
}

void TestClientPanel::answersTheClientsConsultation()
{
    Consultation c;
    c.clientId = 15;
    c.channel = QStringLiteral("wechat");
    c.receivedAt = m_clock.nowMs();
    ConsultationRepository(m_session).add(c);
    // Any older open consultation of the demo client is answered first: the panel offers the oldest.
    for (const ConsultationRepository::Row &r : ConsultationRepository(m_session).list(true, 15))
        if (r.id != c.id)
            ConsultationRepository(m_session).respond(r.id, {});
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClient(w, 15));
    const QLabel *awaiting = find<QLabel>(&w, "awaitingResponse");
    QVERIFY(awaiting->isVisible());
    QVERIFY(saveScreenshot(&w, QStringLiteral("client-panel.png")));
    QVERIFY2(awaiting->text().contains(QStringLiteral("awaiting a response")), qPrintable(awaiting->text()));
    m_clock.advance(5 * 60'000);
    auto *responder = find<ConsultationResponder>(&w, "panelResponder");
    QVERIFY(click(responder, "respondButton"));
    QCOMPARE(ConsultationRepository(m_session).get(c.id).respondedAt, m_clock.nowMs());
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::Met);
    QVERIFY(!find<QPushButton>(responder, "respondButton")->isEnabled());
    QCOMPARE(ServiceRecordRepository(m_session).forClient(15).constFirst().refId, c.id);
}

// The tester's finding: once a client's personal data were erased, editing was refused, but logging
// an act and adding a follow-up task were still offered (and taken), and so was merging a duplicate
// into it. Each is disabled now with a tooltip that says why; for the next client all are back.
void TestClientPanel::offersNothingNewForAnErasedClient()
{
    const qint64 erased = 21, live = 22;
    Erasure::eraseOnRequest(m_session, erased);
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClient(w, erased));
    const QList<QPair<const char *, Erasure::Refused>> offered = {
        {"logActButton", Erasure::Refused::ServiceAct}, {"actContent", Erasure::Refused::ServiceAct},
        {"actKind", Erasure::Refused::ServiceAct},      {"addFollowUpButton", Erasure::Refused::FollowUp},
        {"followUpTask", Erasure::Refused::FollowUp},   {"followUpDue", Erasure::Refused::FollowUp},
        {"editClientButton", Erasure::Refused::Edit},   {"panelResponder", Erasure::Refused::Consultation}};
    for (const auto &[name, why] : offered) {
        QWidget *widget = find<QWidget>(&w, name);
        QVERIFY2(widget->isVisible() && !widget->isEnabled(), name);
        QCOMPARE(widget->toolTip(), Erasure::refusal(erased, why));
    }
    QVERIFY2(find<QPushButton>(&w, "logActButton")
                 ->toolTip()
                 .startsWith(QStringLiteral("The personal data of client No. %1 were erased").arg(erased)),
             qPrintable(find<QPushButton>(&w, "logActButton")->toolTip()));
    // Clicked all the same: nothing is logged.
    const qsizetype records = ServiceRecordRepository(m_session).forClient(erased).size();
    retype(find<QLineEdit>(&w, "actContent"), QStringLiteral("回电"));
    QTest::mouseClick(find<QPushButton>(&w, "logActButton"), Qt::LeftButton);
    QCOMPARE(ServiceRecordRepository(m_session).forClient(erased).size(), records);
    auto *merge = w.findChild<QAction *>(QStringLiteral("mergeClientsAction"));
    QVERIFY(merge);
    QVERIFY(!merge->isEnabled());
    QCOMPARE(merge->toolTip(), Erasure::refusal(erased, Erasure::Refused::Merge));
    QVERIFY(saveScreenshot(&w, QStringLiteral("client-panel-erased.png")));

    QVERIFY(openClient(w, live));
    for (const auto &[name, why] : offered) {
        if (QByteArrayView(name) == "panelResponder")
            continue; // enabled while the client has a consultation awaiting its response
        QWidget *widget = find<QWidget>(&w, name);
        QVERIFY2(widget->isEnabled(), name);
        QVERIFY2(widget->toolTip() != Erasure::refusal(live, why), name);
    }
    QVERIFY(merge->isEnabled());
}

QTEST_MAIN(TestClientPanel)
#include "tst_clientpanel.moc"
