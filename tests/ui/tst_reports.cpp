// SPDX-License-Identifier: GPL-3.0-or-later
// Printed reports: the payment schedule rendered to PDF, its text extracted (pdftotext) and the
// figures found in it — Chinese included, so the font is embedded, not boxes.
#include "Fixtures.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Translations.h"
#include "print/ReportPrinter.h"
#include "reports/PaymentScheduleReport.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/UnitRepository.h"

#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paymentSchedulePdf();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestReports::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
}

void TestReports::paymentSchedulePdf()
{
    const Client client = addClient(m_session, QStringLiteral("欧阳买房"), QStringLiteral("13812345678"));
    Unit unit;
    unit.building = QStringLiteral("3");
    unit.entrance = QStringLiteral("2");
    unit.floor = 15;
    unit.room = QStringLiteral("1502");
    unit.areaDm2 = 8950;
    unit.listPriceFen = 198'765'432;
    UnitRepository(m_session).add(unit);
    const Contract c =
        signContract(m_session, addContract(m_session, QStringLiteral("HT2026-00777"), client.id, unit).id,
                     QDate(2026, 11, 1));
    PaymentPlanRepository plans(m_session);
    plans.create(c.id, QStringLiteral("installments"), QDate(2026, 11, 1));
    const Installment first = plans.installments(c.id).constFirst();
    plans.addReceipt(first.id, first.amountFen, QDate(2026, 11, 8), QStringLiteral("转账"),
                     QStringLiteral("工行回单 1108"));

    const QString html = PaymentScheduleReport::html(m_session, c.id);
    QVERIFY(html.contains(QStringLiteral("1,987,654.32"))); // the total, to the fen
    QVERIFY(html.contains(QStringLiteral("HT2026-00777")));
    QVERIFY(html.contains(QStringLiteral("138 1234 5678")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("schedule.pdf"));
    ReportPrinter::writePdf(html, QStringLiteral("HT2026-00777"), pdf);
    const QString shots = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/payment-schedule.pdf"));

    const QString extracted = rawPdfText(pdf);
    // The text of every run is extractable (ReportPrinter::printFont), the contract number too.
    QVERIFY2(extracted.contains(QStringLiteral("HT2026-00777")), qPrintable(extracted));
    QVERIFY2(extracted.contains(QStringLiteral("欧阳买房")), qPrintable(extracted)); // Chinese embedded
    QVERIFY2(extracted.contains(QStringLiteral("1,987,654.32")), qPrintable(extracted));
    QVERIFY2(extracted.contains(PaymentScheduleReport::yuan(first.amountFen)), qPrintable(extracted));
    QVERIFY2(extracted.contains(QStringLiteral("2026-11-08")), qPrintable(extracted));
    QCOMPARE(PaymentScheduleReport::yuan(5), QStringLiteral("0.05"));
    QCOMPARE(PaymentScheduleReport::yuan(123456789), QStringLiteral("1,234,567.89"));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
