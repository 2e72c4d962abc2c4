// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Errors.h"
#include "io/Csv.h"

#include <QFile>
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
    void refusesUtf8WithAStrayByteByLine();
    void refusesGb18030WithABadByteByLine();
    void decodesARealExcelGb18030File();
    void formatsAndProtectsFields();
};

void TestCsv::parsesQuotesCommasAndLineBreaks()
{
    const auto rows = Csv::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3\r\n"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).fields,
             QStringList({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
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
    QCOMPARE(Csv::decode(QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("姓名").toUtf8(), &enc),
             QString::fromUtf8("姓名"));
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

static QByteArray testFile(const char *name)
{
    QFile f(QStringLiteral(ESTATEDESK_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCsv::refusesUtf8WithAStrayByteByLine()
{
    // A UTF-8 file where one byte went astray (line 4): read as GB18030 it would give 璧靛叚 for 赵六.
    const QByteArray bytes = testFile("clients-utf8-stray-byte.csv");
    QVERIFY(!bytes.isEmpty());
    const Csv::Decoded d = Csv::decodeChecked(bytes);
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(d.badLines, QList<int>({4}));
    QVERIFY(d.text.isEmpty());
    // The same with two stray bytes on two lines, and behind a BOM (a BOM always means UTF-8).
    QByteArray twice = bytes;
    const QByteArray wang = QString::fromUtf8("王五").toUtf8();
    twice.replace(QByteArray("\n" + wang), QByteArray("\n\xFF" + wang));
    QCOMPARE(Csv::decodeChecked(twice).badLines, QList<int>({4, 5}));
    QCOMPARE(Csv::decodeChecked(QByteArray("\xEF\xBB\xBF"
                                           "a\n\xB5\n"))
                 .badLines,
             QList<int>({2}));
    try {
        Csv::decode(bytes);
        QFAIL("expected a ValidationError");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("Line 4: ")) &&
                     e.message().contains(QStringLiteral("UTF-8")),
                 qPrintable(e.message()));
    }
}

void TestCsv::refusesGb18030WithABadByteByLine()
{
    QStringEncoder gb("GB18030");
    const QByteArray li = gb(QString::fromUtf8("李"));
    QByteArray bytes = gb(QString::fromUtf8("姓名,电话\n张三,13812345678\n李四,13912345678\n"));
    bytes.replace(li, QByteArray(li + "\xFF")); // a byte GB18030 has no use for, after 李
    QVERIFY(bytes.contains('\xFF'));
    const Csv::Decoded d = Csv::decodeChecked(bytes);
    QCOMPARE(d.encoding, QStringLiteral("GB18030"));
    QCOMPARE(d.badLines, QList<int>({3}));
    // A character cut short at the very end of the file is named too.
    QByteArray cut = gb(QString::fromUtf8("姓名,电话\n张三,13812345678\n李"));
    cut.chop(1);
    QCOMPARE(Csv::decodeChecked(cut).badLines, QList<int>({3}));
}

void TestCsv::decodesARealExcelGb18030File()
{
    // Saved by Excel on Chinese Windows: GB18030, CRLF, no BOM.
    const QByteArray bytes = testFile("clients-excel-gb18030.csv");
    QVERIFY(!bytes.isEmpty());
    const Csv::Decoded d = Csv::decodeChecked(bytes);
    QCOMPARE(d.encoding, QStringLiteral("GB18030"));
    QVERIFY(d.badLines.isEmpty());
    const QList<Csv::Row> rows = Csv::parse(d.text);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).fields.constFirst(), QStringLiteral("客户姓名"));
    QCOMPARE(rows.at(2).fields.at(4), QStringLiteral("中介推荐"));
    QCOMPARE(rows.at(4).fields.at(5), QStringLiteral("要学区房, 预算300万"));
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
