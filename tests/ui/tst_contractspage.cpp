// SPDX-License-Identifier: GPL-3.0-or-later
// The contracts screen offscreen: a draft reserves the unit, identity before signing, co-buyers,
// the questions log, a payment plan with a receipt and its live installment deadlines, the loan
// and tax checklist, and the papers printed to PDF (text extracted, Chinese included).
#include "GuiTestHelpers.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "ContractsPage.h"
#include "DeadlineCell.h"
#include "contracts/ContractPaymentTab.h"
#include "contracts/ContractQuestionsTab.h"
#include "contracts/ContractStepsTab.h"
#include "contracts/ContractTab.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "reports/PaymentScheduleReport.h"
#include "reports/SalesDocuments.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/UnitRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestContractsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void draftToSignedWithPlanAndPapers();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestContractsPage::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 300, 3);
}

void TestContractsPage::draftToSignedWithPlanAndPapers()
{
    Client buyer;
    buyer.name = QStringLiteral("欧阳签约");
    buyer.phone = QStringLiteral("13655557777");
    ClientRepository(m_session).add(buyer);
    ContractsPage page(m_session);
    page.resize(1500, 860);
    QVERIFY(page.table()->rowCount() > 0); // the demo's contracts
    const qint64 unitId = page.unitBox()->currentData().toLongLong();
    QCOMPARE(UnitRepository(m_session).get(unitId).state, QStringLiteral("available"));
    const int availableBefore = page.unitBox()->count();

    // A draft: the unit is reserved and leaves the list of available units.
    page.numberEdit()->setText(QStringLiteral("HT2026-09001"));
    page.discountBox()->setValue(10000.00);
    QVERIFY2(page.createDraft(QStringLiteral("136 5555 7777")), qPrintable(page.statusLabel()->text()));
    const qint64 id = page.selectedId();
    QVERIFY(id > 0);
    QCOMPARE(UnitRepository(m_session).get(unitId).state, QStringLiteral("reserved"));
    QCOMPARE(page.unitBox()->count(), availableBefore - 1);
    QCOMPARE(ContractRepository(m_session).get(id).discountFen, 1'000'000);

    // Signing needs the identity first; a bad check digit is refused by name.
    QVERIFY(!page.contractTab()->sign());
    page.contractTab()->idNumberEdit()->setText(QStringLiteral("110101199003074478"));
    QVERIFY(!page.contractTab()->verifyIdentity());
    QVERIFY(!page.statusLabel()->text().isEmpty());
    QCOMPARE(ContractRepository(m_session).get(id).idVerifiedAt, 0); // nothing recorded
    page.contractTab()->idNumberEdit()->setText(QStringLiteral("11010519491231002x"));
    QVERIFY2(page.contractTab()->verifyIdentity(), qPrintable(page.statusLabel()->text()));
    page.contractTab()->signDateEdit()->setDate(QDate(2026, 10, 1));
    QVERIFY2(page.contractTab()->sign(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(UnitRepository(m_session).get(unitId).state, QStringLiteral("contracted"));
    page.contractTab()->coBuyersEdit()->setText(QStringLiteral("欧阳配偶"));
    QVERIFY(page.contractTab()->saveCoBuyers());

    // The questions log.
    typeText(page.questionsTab()->questionEdit(), QStringLiteral("逾期交房的违约金怎么算？"));
    QVERIFY(page.questionsTab()->askQuestion());
    QCOMPARE(page.questionsTab()->questionList()->count(), 1);
    page.questionsTab()->questionList()->setCurrentRow(0);
    typeText(page.questionsTab()->answerEdit(), QStringLiteral("按合同第十五条，每日万分之一"));
    QVERIFY(page.questionsTab()->answerQuestion());
    QVERIFY(page.questionsTab()->questionList()->item(0)->text().contains(QStringLiteral("万分之一")));

    // A plan from 1 October: the first installment is overdue on 27 November, until paid.
    page.paymentTab()->planKindBox()->setCurrentIndex(
        page.paymentTab()->planKindBox()->findData(QStringLiteral("installments")));
    page.paymentTab()->planStartEdit()->setDate(QDate(2026, 10, 1));
    QVERIFY2(page.paymentTab()->createPlan(), qPrintable(page.statusLabel()->text()));
    QTableWidget *inst = page.paymentTab()->installmentTable();
    QVERIFY(inst->rowCount() >= 2);
    QCOMPARE(DeadlineState(inst->item(0, 6)->data(DeadlineCell::StateRole).toInt()), DeadlineState::Overdue);
    qint64 total = 0;
    for (const Installment &i : PaymentPlanRepository(m_session).installments(id))
        total += i.amountFen;
    const Contract signedContract = ContractRepository(m_session).get(id);
    QCOMPARE(total, signedContract.priceFen - signedContract.discountFen);
    const Installment first = PaymentPlanRepository(m_session).installments(id).constFirst();
    inst->selectRow(0);
    page.paymentTab()->receiptAmountBox()->setValue(double(first.amountFen) / 100.0);
    QVERIFY2(page.paymentTab()->recordReceipt(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(PaymentPlanRepository(m_session).installments(id).constFirst().paidFen, first.amountFen);
    QCOMPARE(DeadlineState(inst->item(0, 6)->data(DeadlineCell::StateRole).toInt()), DeadlineState::MetLate);

    // The loan and tax checklist: the deed tax paid.
    QTableWidget *steps = page.stepsTab()->stepTable();
    QVERIFY(steps->rowCount() >= 3);
    int deedTax = -1;
    for (int r = 0; r < steps->rowCount(); ++r)
        if (steps->item(r, 0)->text() == LoanTaxSteps::stepLabel(QStringLiteral("deed_tax")))
            deedTax = r;
    QVERIFY(deedTax >= 0);
    steps->selectRow(deedTax);
    QVERIFY2(page.stepsTab()->markStep(QStringLiteral("done")), qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.stepsTab()->stepTable()->item(deedTax, 1)->text(), ContractsPage::tr("Done"));
    page.detailTabs()->setCurrentIndex(2);
    QVERIFY(saveScreenshot(&page, QStringLiteral("contracts.png")));

    // The papers.
    QTemporaryDir dir;
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    QVERIFY2(page.writePaper(QStringLiteral("summary"), summary), qPrintable(page.statusLabel()->text()));
    QString text = rawPdfText(summary);
    QVERIFY2(text.contains(SalesDocuments::summaryTitle()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("欧阳签约")) && text.contains(QStringLiteral("欧阳配偶")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("逾期交房的违约金怎么算")), qPrintable(text));
    const QString checklist = dir.filePath(QStringLiteral("checklist.pdf"));
    QVERIFY(page.writePaper(QStringLiteral("registration"), checklist));
    text = rawPdfText(checklist);
    for (const QString &doc : SalesDocuments::documents(QStringLiteral("registration")))
        QVERIFY2(text.simplified().contains(doc.simplified()), qPrintable(doc + QStringLiteral("\n") + text));
    const QString schedule = dir.filePath(QStringLiteral("schedule.pdf"));
    QVERIFY(page.writePaper(QStringLiteral("schedule"), schedule));
    QVERIFY(rawPdfText(schedule).contains(PaymentScheduleReport::yuan(first.amountFen)));
    if (!shots.isEmpty()) {
        QFile::copy(summary, shots + QStringLiteral("/contract-summary.pdf"));
        QFile::copy(checklist, shots + QStringLiteral("/documents-registration.pdf"));
    }

    // Cancelled: the unit is available again.
    page.contractTab()->reasonEdit()->setText(QStringLiteral("客户放弃"));
    QVERIFY(page.contractTab()->cancel());
    QCOMPARE(UnitRepository(m_session).get(unitId).state, QStringLiteral("available"));
}

QTEST_MAIN(TestContractsPage)
#include "tst_contractspage.moc"
