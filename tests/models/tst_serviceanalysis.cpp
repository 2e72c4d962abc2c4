// SPDX-License-Identifier: GPL-3.0-or-later
// The service-analysis report (seed 三.(三)3) on SQLite and PostgreSQL, on a hand-made month whose
// figures can be counted by hand: what the month's consultations asked for (channels, interests,
// budget bands), the unit types signed and the sample units viewed, and the path from first
// visit to viewing to contract per channel and per consultant, "by now" moving with the clock.
#include "Fixtures.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Translations.h"
#include "domain/Vocabulary.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/ServiceAnalysisRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestServiceAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void whatClientsAskFor();
    void firstVisitToContract();
    void laterViewingsCountByNow();
    void printedAndRefused();

private:
    qint64 client(const QString &name, const QString &phone, qint64 consultant);
    void consultation(qint64 clientId, const char *channel, const char *received,
                      const QStringList &interests, qint64 budgetYuan);
    void viewing(qint64 clientId, qint64 consultant, const char *starts, const char *room,
                 const char *status);
    void contract(qint64 clientId, const QString &layout, const QDate &signedOn, bool cancel);
    static QStringList row(const ReportDocument &doc, int section, const QString &first);
    ReportDocument november()
    {
        return OfficeReports::build(m_session, QStringLiteral("service-analysis"),
                                    {{}, QStringLiteral("2026-11"), {}});
    }

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    QTemporaryDir m_dir;
    qint64 m_a = 0, m_b = 0;
    QHash<QString, qint64> m_clients;
    int m_units = 0;
};

qint64 TestServiceAnalysis::client(const QString &name, const QString &phone, qint64 consultant)
{
    Client c;
    c.name = name;
    c.phone = phone;
    c.consultantId = consultant;
    ClientRepository(m_session).add(c);
    return c.id;
}

void TestServiceAnalysis::consultation(qint64 clientId, const char *channel, const char *received,
                                       const QStringList &interests, qint64 budgetYuan)
{
    Consultation c;
    c.clientId = clientId;
    c.channel = QString::fromLatin1(channel);
    c.receivedAt = at(received);
    c.interests = interests;
    c.budgetFen = budgetYuan < 0 ? -1 : budgetYuan * 100;
    ConsultationRepository(m_session).add(c);
}

void TestServiceAnalysis::viewing(qint64 clientId, qint64 consultant, const char *starts, const char *room,
                                  const char *status)
{
    Appointment a;
    a.clientId = clientId;
    a.consultantId = consultant;
    a.startsAt = at(starts);
    a.endsAt = a.startsAt + 3'600'000;
    a.location = QString::fromUtf8(room);
    a.status = QString::fromLatin1(status);
    const qint64 now = m_clock.nowMs();
    m_clock.set(a.startsAt - 24 * 3'600'000); // booked the day before (a past start is refused)
    AppointmentRepository(m_session).add(a);
    m_clock.set(now);
}

void TestServiceAnalysis::contract(qint64 clientId, const QString &layout, const QDate &signedOn, bool cancel)
{
    Unit unit;
    unit.building = QStringLiteral("8");
    unit.floor = 3;
    unit.room = QStringLiteral("30%1").arg(++m_units);
    unit.areaDm2 = 9000;
    unit.layout = layout;
    unit.listPriceFen = 250'000'000;
    UnitRepository(m_session).add(unit);
    Contract c =
        signContract(m_session,
                     addContract(m_session, QStringLiteral("HT2026-%1").arg(m_units, 4, 10, QLatin1Char('0')),
                                 clientId, unit)
                         .id,
                     signedOn);
    ContractRepository contracts(m_session);
    if (cancel) {
        c.status = QStringLiteral("cancelled");
        c.cancelReason = QStringLiteral("客户放弃");
        contracts.update(c);
    }
}

// "2 1 50.0%" → {"2", "1", "50.0%"}
static QStringList cells(const char *text)
{
    return QString::fromUtf8(text).split(u' ');
}

QStringList TestServiceAnalysis::row(const ReportDocument &doc, int section, const QString &first)
{
    for (const QStringList &r : doc.sections.value(section).rows)
        if (r.value(0) == first)
            return r;
    return {};
}

void TestServiceAnalysis::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    for (const auto &[name, id] :
         {std::pair{QStringLiteral("顾问甲"), &m_a}, std::pair{QStringLiteral("顾问乙"), &m_b}}) {
        Staff s;
        s.name = name;
        s.role = QStringLiteral("consultant");
        StaffRepository(m_session).add(s);
        *id = s.id;
    }
    const QString loc = QStringLiteral("location"), layout = QStringLiteral("layout"),
                  price = QStringLiteral("price");
    // c1 (甲): walk-in on 2 Nov, 2.5 million; viewed on 5 Nov, signed on 20 Nov (三室两厅).
    const qint64 c1 = client(QStringLiteral("分析一"), QStringLiteral("13800000011"), m_a);
    consultation(c1, "walk_in", "2026-11-02T10:00:00+08:00", {loc, price}, 2'500'000);
    viewing(c1, m_a, "2026-11-05T10:00:00+08:00", "样板间A", "done");
    contract(c1, QStringLiteral("三室两厅"), QDate(2026, 11, 20), false);
    // c2 (甲): phone on 3 Nov, 4.5 million; checked in for a viewing on 10 Nov; no contract.
    const qint64 c2 = client(QStringLiteral("分析二"), QStringLiteral("13800000012"), m_a);
    consultation(c2, "phone", "2026-11-03T11:00:00+08:00", {layout}, 4'500'000);
    viewing(c2, m_a, "2026-11-10T14:00:00+08:00", "样板间B", "checked_in");
    // c3 (乙): WeChat on 10 Nov, no budget; signed on 25 Nov (两室一厅) without a viewing.
    const qint64 c3 = client(QStringLiteral("分析三"), QStringLiteral("13800000013"), m_b);
    consultation(c3, "wechat", "2026-11-10T09:30:00+08:00", {price, layout}, -1);
    contract(c3, QStringLiteral("两室一厅"), QDate(2026, 11, 25), false);
    // c4 (乙): walk-in on 15 Nov (6 million), WeChat again on 20 Nov (1.5 million); a viewing booked for 30
    // Nov.
    const qint64 c4 = client(QStringLiteral("分析四"), QStringLiteral("13800000014"), m_b);
    consultation(c4, "walk_in", "2026-11-15T15:00:00+08:00", {}, 6'000'000);
    consultation(c4, "wechat", "2026-11-20T16:00:00+08:00", {QStringLiteral("transport")}, 1'500'000);
    viewing(c4, m_b, "2026-11-30T10:00:00+08:00", "样板间A", "booked");
    m_clients.insert(QStringLiteral("c4"), c4);
    // c5 (甲): first came by phone on 31 Oct at 23:30 (October, office time), walked in on 1 Nov at 00:10;
    // signed on 31 Oct (四室两厅): a November consultation, not a November client.
    const qint64 c5 = client(QStringLiteral("分析五"), QStringLiteral("13800000015"), m_a);
    consultation(c5, "phone", "2026-10-31T23:30:00+08:00", {price}, -1);
    consultation(c5, "walk_in", "2026-11-01T00:10:00+08:00", {QStringLiteral("amenities")}, -1);
    contract(c5, QStringLiteral("四室两厅"), QDate(2026, 10, 31), false);
    // c6 (no consultant): online on 20 Nov, exactly 3 million; missed the viewing; a contract cancelled.
    const qint64 c6 = client(QStringLiteral("分析六"), QStringLiteral("13800000016"), 0);
    consultation(c6, "online", "2026-11-20T20:00:00+08:00", {price}, 3'000'000);
    viewing(c6, m_b, "2026-11-21T10:00:00+08:00", "样板间A", "no_show");
    contract(c6, QStringLiteral("三室两厅"), QDate(2026, 11, 22), true);
}

void TestServiceAnalysis::whatClientsAskFor()
{
    const ReportDocument doc = november();
    QCOMPARE(doc.sections.size(), 8);
    // Seven consultations in November (c5's of 31 Oct is October's) from six clients.
    QVERIFY2(doc.sections.at(0).lines.value(0).contains(QStringLiteral(": 7, from 6 client(s)")),
             qPrintable(doc.sections.at(0).lines.value(0)));
    auto channel = [](const char *key) {
        return Vocabulary::label(Vocabulary::sourceChannels(), QString::fromLatin1(key));
    };
    QCOMPARE(row(doc, 1, channel("walk_in")), (QStringList{channel("walk_in"), QStringLiteral("3"),
                                                           QStringLiteral("42.9%"), QStringLiteral("3")}));
    QCOMPARE(row(doc, 1, channel("wechat")), (QStringList{channel("wechat"), QStringLiteral("2"),
                                                          QStringLiteral("28.6%"), QStringLiteral("2")}));
    QCOMPARE(row(doc, 1, channel("phone")).value(1), QStringLiteral("1"));
    QCOMPARE(row(doc, 1, channel("online")).value(1), QStringLiteral("1"));
    QCOMPARE(doc.sections.at(1).rows.size(), 4);
    QCOMPARE(doc.sections.at(1).rows.constFirst().value(0), channel("walk_in")); // most first

    auto interest = [](const char *key) {
        return Vocabulary::label(Vocabulary::interests(), QString::fromLatin1(key));
    };
    QCOMPARE(row(doc, 2, interest("price")), (QStringList{interest("price"), QStringLiteral("3"),
                                                          QStringLiteral("42.9%"), QStringLiteral("3")}));
    QCOMPARE(row(doc, 2, interest("layout")).value(1), QStringLiteral("2"));
    QCOMPARE(row(doc, 2, interest("location")).value(1), QStringLiteral("1"));
    QCOMPARE(row(doc, 2, interest("amenities")).value(1), QStringLiteral("1"));
    QCOMPARE(row(doc, 2, interest("transport")).value(1), QStringLiteral("1"));
    QCOMPARE(row(doc, 2, interest("policy")).value(1), QStringLiteral("0"));

    // Budget bands: 1.5 m, 2.5 m, 3 m (the band it starts), 4.5 m, 6 m, and two without.
    const QStringList bands = ServiceAnalysisRepository::budgetBandKeys();
    const QList<int> expected = {1, 1, 1, 1, 1, 2};
    for (int i = 0; i < bands.size(); ++i)
        QCOMPARE(row(doc, 3, ServiceAnalysisRepository::budgetBandLabel(bands.at(i))).value(1),
                 QString::number(expected.at(i)));
    QCOMPARE(row(doc, 3, ServiceAnalysisRepository::budgetBandLabel(QStringLiteral("none"))).value(2),
             QStringLiteral("28.6%"));

    // Unit types signed in November: the cancelled contract and October's do not count.
    QCOMPARE(doc.sections.at(4).rows.size(), 2);
    QCOMPARE(row(doc, 4, QStringLiteral("三室两厅")),
             (QStringList{QStringLiteral("三室两厅"), QStringLiteral("1"), QStringLiteral("50.0%"),
                          QStringLiteral("1")}));
    QCOMPARE(row(doc, 4, QStringLiteral("两室一厅")).value(1), QStringLiteral("1"));
    // Sample units: viewings that took place (the no-show and the booked one do not).
    QCOMPARE(doc.sections.at(5).rows.size(), 2);
    QCOMPARE(row(doc, 5, QStringLiteral("样板间A")).value(1), QStringLiteral("1"));
    QCOMPARE(row(doc, 5, QStringLiteral("样板间B")).value(1), QStringLiteral("1"));
}

void TestServiceAnalysis::firstVisitToContract()
{
    const ReportDocument doc = november();
    auto channel = [](const char *key) {
        return Vocabulary::label(Vocabulary::sourceChannels(), QString::fromLatin1(key));
    };
    // New clients c1, c2, c3, c4, c6 (c5 first came in October). Cells: clients, viewed, signed,
    // visit → viewing, viewing → contract, visit → contract.
    QCOMPARE(row(doc, 6, channel("walk_in")).mid(1), cells("2 1 1 50.0% 100.0% 50.0%"));
    QCOMPARE(row(doc, 6, channel("phone")).mid(1), cells("1 1 0 100.0% 0.0% 0.0%"));
    QCOMPARE(row(doc, 6, channel("wechat")).mid(1), cells("1 0 1 0.0% — 100.0%"));
    QCOMPARE(row(doc, 6, channel("online")).mid(1), cells("1 0 0 0.0% — 0.0%"));
    const QStringList total = cells("5 2 2 40.0% 50.0% 40.0%");
    QCOMPARE(doc.sections.at(6).rows.constLast().mid(1), total);
    QCOMPARE(doc.sections.at(6).chartCategories.size(), 4);
    QCOMPARE(row(doc, 7, QStringLiteral("顾问甲")).mid(1), cells("2 2 1 100.0% 50.0% 50.0%"));
    QCOMPARE(row(doc, 7, QStringLiteral("顾问乙")).mid(1), cells("2 0 1 0.0% — 50.0%"));
    QCOMPARE(row(doc, 7, QStringLiteral("(no consultant)")).mid(1), cells("1 0 0 0.0% — 0.0%"));
    QCOMPARE(doc.sections.at(7).rows.constLast().mid(1), total);

    // The repository's grouped rows: one per (channel, consultant).
    const auto [from, to] = OfficeReports::monthSpan(QStringLiteral("2026-11"));
    const QList<ServiceAnalysisRepository::Path> paths = ServiceAnalysisRepository(m_session).paths(from, to);
    QCOMPARE(paths.size(), 5); // walk-in 甲, walk-in 乙, phone 甲, WeChat 乙, online none
}

// "By now": a viewing of c4 on 1 December makes the November client viewed when printed later,
// while November's sample-unit count stays.
void TestServiceAnalysis::laterViewingsCountByNow()
{
    m_clock.set(at("2026-12-15T10:00:00+08:00"));
    const auto restore = qScopeGuard([this] { m_clock.set(fridayMorning()); });
    viewing(m_clients.value(QStringLiteral("c4")), m_b, "2026-12-01T10:00:00+08:00", "样板间B", "done");
    const ReportDocument doc = november();
    const QString walkIn = Vocabulary::label(Vocabulary::sourceChannels(), QStringLiteral("walk_in"));
    QCOMPARE(row(doc, 6, walkIn).mid(1), cells("2 2 1 100.0% 50.0% 50.0%"));
    QCOMPARE(row(doc, 7, QStringLiteral("顾问乙")).mid(1, 2), cells("2 1"));
    QCOMPARE(doc.sections.at(5).rows.size(), 2);
    QCOMPARE(row(doc, 5, QStringLiteral("样板间B")).value(1), QStringLiteral("1"));
    // December's report: no consultations, no new clients, and says so with dashes, not errors.
    const ReportDocument december = OfficeReports::build(m_session, QStringLiteral("service-analysis"),
                                                         {{}, QStringLiteral("2026-12"), {}});
    QCOMPARE(december.sections.at(6).rows.size(), 1); // the total only
    QCOMPARE(december.sections.at(6).rows.constFirst().mid(1), cells("0 0 0 — — —"));
}

void TestServiceAnalysis::printedAndRefused()
{
    QVERIFY(OfficeReports::names().contains(QStringLiteral("service-analysis")));
    QVERIFY(OfficeReports::available().contains(QStringLiteral("service-analysis")));
    const ReportDocument doc = november();
    const QString pdf = m_dir.filePath(QStringLiteral("service-analysis.pdf"));
    ReportPrinter::writeReport(doc, pdf);
    const QString text = rawPdfText(pdf);
    QVERIFY2(cjkRadicals(text).isEmpty(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Service data analysis")) &&
                 text.contains(QStringLiteral("顾问甲")) && text.contains(QStringLiteral("两室一厅")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("40.0%")), qPrintable(text));
    // Programs get the share as a fraction, in one of the report's CSV tables.
    QString csv;
    for (const auto &file : doc.csvFiles())
        csv += QString::fromUtf8(file.second);
    QVERIFY2(csv.contains(QStringLiteral(",0.4,")) || csv.contains(QStringLiteral(",0.4\r\n")) ||
                 csv.contains(QStringLiteral(",0.4\n")),
             qPrintable(csv));

    try {
        OfficeReports::build(m_session, QStringLiteral("service-analysis"),
                             {{}, QStringLiteral("2026-13"), {}});
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("--month"));
    }
    Session consultant = m_session;
    consultant.role = QStringLiteral("consultant");
    consultant.actorId = m_a;
    QVERIFY_THROWS_EXCEPTION(PermissionError,
                             OfficeReports::build(consultant, QStringLiteral("service-analysis"),
                                                  {{}, QStringLiteral("2026-11"), {}}));
    QVERIFY_THROWS_EXCEPTION(PermissionError, ServiceAnalysisRepository{consultant});
}

QTEST_MAIN(TestServiceAnalysis)
#include "tst_serviceanalysis.moc"
