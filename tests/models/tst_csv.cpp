// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Errors.h"
#include "io/Csv.h"

#include <QStringEncoder>
#include <QtTest>

using namespace estatedesk;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void parsesQuotesCommasAndLineBreaks();
    void numbersRowsByTheirFirstLine();
    void skipsBlankLines();
    void reportsAnUnclosedQuoteWithItsLine();
    void decodesUtf8WithAndWithoutBom();
    void decodesGb18030();
    void formatsAndProtectsFields();
};

void TestCsv::parsesQuotesCommasAndLineBreaks()
{
    const auto rows = Csv::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3\r\n"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).fields, QStringList({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(rows.at(1).fields, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestCsv::numbersRowsByTheirFirstLine()
{
    const auto rows = Csv::parse(QStringLiteral("h1,h2\nx,\"two\nlines\"\ny,z\n"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).line, 2);
    QCOMPARE(rows.at(1).fields.at(1), QStringLiteral("two\nlines"));
    QCOMPARE(rows.at(2).line, 4);
}

void TestCsv::skipsBlankLines()
{
    const auto rows = Csv::parse(QStringLiteral("h\n\n\nv\n\n"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).line, 4);
}

void TestCsv::reportsAnUnclosedQuoteWithItsLine()
{
    try {
        Csv::parse(QStringLiteral("h\nok\n\"broken,\nmore\n"));
        QFAIL("expected a ValidationError");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Line 3")), qPrintable(e.message()));
    }
}

void TestCsv::decodesUtf8WithAndWithoutBom()
{
    QString enc;
    QCOMPARE(Csv::decode(QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("姓名").toUtf8(), &enc), QString::fromUtf8("姓名"));
    QCOMPARE(enc, QStringLiteral("UTF-8"));
    QCOMPARE(Csv::decode(QString::fromUtf8("张三").toUtf8(), &enc), QString::fromUtf8("张三"));
}

void TestCsv::decodesGb18030()
{
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray bytes = gb(QString::fromUtf8("姓名,电话\n张三,13812345678\n"));
    QString enc;
    QCOMPARE(Csv::decode(bytes, &enc), QString::fromUtf8("姓名,电话\n张三,13812345678\n"));
    QCOMPARE(enc, QStringLiteral("GB18030"));
}

void TestCsv::formatsAndProtectsFields()
{
    QCOMPARE(Csv::formatRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("q\"")}),
             QStringLiteral("a,\"b,c\",\"q\"\"\""));
    QCOMPARE(Csv::protect(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    QCOMPARE(Csv::unprotect(QStringLiteral("'=SUM(A1)")), QStringLiteral("=SUM(A1)"));
    QCOMPARE(Csv::protect(QString::fromUtf8("张三")), QString::fromUtf8("张三"));
    QCOMPARE(Csv::unprotect(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
