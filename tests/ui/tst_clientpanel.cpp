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
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Accounts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
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
    void editAfterSomeoneElseSavedSaysSoAndKeepsTheTyping();
    void receptionEditsWithoutSeeingTheNotes();
    void logsAnActByHand();
    void answersTheClientsConsultation();

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

ClientEditDialog *TestClientPanel::openEditor(MainWindow &w, qint64 clientId)
{
    w.openClient(clientId);
    QPushButton *edit = w.detailPanel()->findChild<QPushButton *>(QStringLiteral("editClientButton"));
    if (!edit || !edit->isVisible() || !edit->isEnabled())
        return nullptr;
    QTest::mouseClick(edit, Qt::LeftButton);
    return w.detailPanel()->findChild<ClientEditDialog *>(QStringLiteral("clientEditDialog"));
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
    dialog->nameEdit()->clear();
    typeText(dialog->nameEdit(), QStringLiteral("欧阳娜娜"));
    dialog->phoneEdit()->clear();
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("139 0000 8888"));
    dialog->genderBox()->setCurrentIndex(dialog->genderBox()->findData(QStringLiteral("female")));
    dialog->occupationEdit()->clear();
    typeText(dialog->occupationEdit(), QStringLiteral("设计师"));
    dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(QStringLiteral("online")));
    dialog->notesEdit()->clear();
    typeText(dialog->notesEdit(), QStringLiteral("只在周末看房"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("client-edit.png")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clientEditSave")), Qt::LeftButton);
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
    QVERIFY(w.detailPanel()
                ->findChild<QLabel *>(QStringLiteral("clientTitle"))
                ->text()
                .contains(QStringLiteral("欧阳娜娜")));
}

void TestClientPanel::editRefusesAnotherClientsPhone()
{
    MainWindow w(m_session);
    w.show();
    ClientEditDialog *dialog = openEditor(w, 5);
    QVERIFY(dialog);
    const QString taken = ClientRepository(m_session).get(6).phone;
    dialog->phoneEdit()->clear();
    QTest::keyClicks(dialog->phoneEdit(), taken);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clientEditSave")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("already belongs")),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->focusWidget(),
             static_cast<QWidget *>(dialog->phoneEdit())); // the field named is where the cursor goes
    QCOMPARE(ClientRepository(m_session).get(5).rowVersion, 1);
}

void TestClientPanel::editAfterSomeoneElseSavedSaysSoAndKeepsTheTyping()
{
    MainWindow w(m_session);
    w.show();
    ClientEditDialog *dialog = openEditor(w, 8);
    QVERIFY(dialog);
    // Another PC renames the client while the dialog is open.
    Client theirs = ClientRepository(m_session).get(8);
    theirs.name = QStringLiteral("改过的名字");
    ClientRepository(m_session).update(theirs);
    dialog->occupationEdit()->clear();
    typeText(dialog->occupationEdit(), QStringLiteral("律师"));
    QPushButton *save = dialog->findChild<QPushButton *>(QStringLiteral("clientEditSave"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("client-edit-conflict.png")));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Someone else changed this client")),
             qPrintable(dialog->statusLabel()->text()));
    // Nothing was overwritten; their name is shown, the typing kept.
    Client stored = ClientRepository(m_session).get(8);
    QCOMPARE(stored.name, QStringLiteral("改过的名字"));
    QVERIFY(stored.occupation != QStringLiteral("律师"));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("改过的名字"));
    QCOMPARE(dialog->occupationEdit()->text(), QStringLiteral("律师"));
    // Saving again applies the typing on top of their change.
    QTest::mouseClick(save, Qt::LeftButton);
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
        ClientEditDialog *dialog = openEditor(w, 9);
        QVERIFY(dialog);
        QVERIFY(dialog->phoneEdit()->text().contains(u'*'));
        QVERIFY(dialog->notesEdit()->isReadOnly());
        QVERIFY(dialog->notesEdit()->toPlainText().isEmpty());
        dialog->occupationEdit()->clear();
        typeText(dialog->occupationEdit(), QStringLiteral("厨师"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clientEditSave")), Qt::LeftButton);
        const Client stored = ClientRepository(m_session).get(9);
        QCOMPARE(stored.occupation, QStringLiteral("厨师"));
        QCOMPARE(stored.notes, QStringLiteral("内部备注"));
        QVERIFY(!stored.phone.contains(u'*'));
    }
    // Customer service may not change clients: no Edit button.
    MainWindow w(Accounts::sessionFor(m_session, service));
    w.show();
    QVERIFY(openEditor(w, 9) == nullptr);
}

void TestClientPanel::logsAnActByHand()
{
    MainWindow w(m_session);
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openClient(12);
    ClientDetailPanel *panel = w.detailPanel();
    const int before = panel->recordsView()->model()->rowCount();
    panel->actKindBox()->setCurrentIndex(panel->actKindBox()->findData(QStringLiteral("wechat")));
    typeText(panel->actContentEdit(), QStringLiteral("发送了样板间视频"));
    typeText(panel->actResultEdit(), QStringLiteral("客户约周六看房"));
    QTest::mouseClick(panel->logActButton(), Qt::LeftButton);
    QCOMPARE(panel->recordsView()->model()->rowCount(), before + 1);
    const ServiceRecord newest = ServiceRecordRepository(m_session).forClient(12).constFirst();
    QCOMPARE(newest.kind, QStringLiteral("wechat"));
    QCOMPARE(newest.content, QStringLiteral("发送了样板间视频"));
    QCOMPARE(newest.result, QStringLiteral("客户约周六看房"));
    QVERIFY(panel->actContentEdit()->text().isEmpty());
    // Nothing said: refused with the field named, nothing logged.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(panel->logActButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Content")), qPrintable(MessageBox::lastText()));
    QCOMPARE(int(ServiceRecordRepository(m_session).forClient(12).size()), before + 1);
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
    w.openClient(15);
    ClientDetailPanel *panel = w.detailPanel();
    QVERIFY(panel->awaitingLabel()->isVisible());
    QVERIFY(saveScreenshot(&w, QStringLiteral("client-panel.png")));
    QVERIFY2(panel->awaitingLabel()->text().contains(QStringLiteral("awaiting a response")),
             qPrintable(panel->awaitingLabel()->text()));
    m_clock.advance(5 * 60'000);
    QTest::mouseClick(panel->responder()->button(), Qt::LeftButton);
    QCOMPARE(ConsultationRepository(m_session).get(c.id).respondedAt, m_clock.nowMs());
    const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                         QStringLiteral("consultations"), c.id);
    QCOMPARE(item->stateAt(m_clock.nowMs()), DeadlineState::Met);
    QVERIFY(!panel->responder()->button()->isEnabled());
    QCOMPARE(ServiceRecordRepository(m_session).forClient(15).constFirst().refId, c.id);
}

QTEST_MAIN(TestClientPanel)
#include "tst_clientpanel.moc"
