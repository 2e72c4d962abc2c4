// SPDX-License-Identifier: GPL-3.0-or-later
// Client import (all or nothing, every bad line named) and export, on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "io/ClientCsv.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestClientCsv : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importsChineseHeadersInAnyOrder();
    void importsGb18030FromExcel();
    void reportsEveryBadLineAndImportsNothing();
    void refusesPhonesAlreadyInTheDatabase();
    void requiresNameAndPhoneColumns();
    void exportRoundTrips();
    void keepsUnknownSourcesAsWrittenWithAWarning();
    void importsARealExcelGb18030File();
    void refusesAStrayByteByLineAndImportsNothing();

private:
    static QByteArray utf8(const char *text) { return QByteArray(text); }
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestClientCsv::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestClientCsv::init()
{
    m_session = m_test.freshSession(m_clock);
}

void TestClientCsv::importsChineseHeadersInAnyOrder()
{
    const auto r = ClientCsv::importBytes(m_session,
                                          utf8("\xEF\xBB\xBF电话,姓名,性别,职业,来源,备注,序号\r\n"
                                               "138 1234 5678,张三,男,教师,微信,想要三房,1\r\n"
                                               "+86-139-0000-1111,李四,女,,到访,,2\r\n"
                                               "010-87654321,王五,,,,\"备注, 带逗号\",3\r\n"),
                                          QStringLiteral("clients.csv"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.warnings.size(), 1); // 序号 is ignored, and said so
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("序号")));
    const Client zhang = ClientRepository(m_session).findByPhone(QStringLiteral("13812345678"));
    QCOMPARE(zhang.name, QStringLiteral("张三"));
    QCOMPARE(zhang.gender, QStringLiteral("male"));
    QCOMPARE(zhang.source, QStringLiteral("wechat"));
    QCOMPARE(zhang.occupation, QStringLiteral("教师"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("01087654321")).notes,
             QStringLiteral("备注, 带逗号"));
    QCOMPARE(AuditLog::count(m_session), 1); // one entry for the batch
}

void TestClientCsv::importsGb18030FromExcel()
{
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb(QStringLiteral("姓名,电话,来源\n赵六,13700001111,电话\n"));
    const auto r = ClientCsv::importBytes(m_session, bytes, QStringLiteral("excel.csv"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    const Client c = ClientRepository(m_session).findByPhone(QStringLiteral("13700001111"));
    QCOMPARE(c.name, QStringLiteral("赵六"));
    QCOMPARE(c.source, QStringLiteral("phone"));
}

void TestClientCsv::reportsEveryBadLineAndImportsNothing()
{
    const auto r = ClientCsv::importBytes(m_session,
                                          utf8("name,phone,gender\n"
                                               "张三,13812345678,男\n"      // line 2: fine
                                               ",13912345678,女\n"          // line 3: no name
                                               "李四,12345,男\n"            // line 4: bad phone
                                               "王五,+86 138-1234-5678,\n"  // line 5: same phone as line 2
                                               "赵六,13700001111,unknown\n" // line 6: bad gender
                                               "孙七,13700002222,女\n"),    // line 7: fine
                                          QStringLiteral("bad.csv"));
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.errors.size(), 4);
    QVERIFY2(r.errors.at(0).startsWith(QStringLiteral("Line 3:")) &&
                 r.errors.at(0).contains(QStringLiteral("Name")),
             qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(1).startsWith(QStringLiteral("Line 4:")) &&
                 r.errors.at(1).contains(QStringLiteral("Phone")),
             qPrintable(r.errors.at(1)));
    QVERIFY2(r.errors.at(2).startsWith(QStringLiteral("Line 5:")) &&
                 r.errors.at(2).contains(QStringLiteral("line 2")),
             qPrintable(r.errors.at(2)));
    QVERIFY2(r.errors.at(3).startsWith(QStringLiteral("Line 6:")) &&
                 r.errors.at(3).contains(QStringLiteral("Gender")),
             qPrintable(r.errors.at(3)));
    QCOMPARE(ClientRepository(m_session).count(), 0);
    QCOMPARE(AuditLog::count(m_session), 0);
}

void TestClientCsv::refusesPhonesAlreadyInTheDatabase()
{
    Client existing;
    existing.name = QStringLiteral("老客户");
    existing.phone = QStringLiteral("13812345678");
    ClientRepository(m_session).add(existing);
    const auto r = ClientCsv::importBytes(
        m_session, utf8("姓名,电话\n新客户,13900000000\n张三,138-1234-5678\n"), QStringLiteral("x.csv"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.constFirst().startsWith(QStringLiteral("Line 3:")), qPrintable(r.errors.constFirst()));
    QVERIFY2(r.errors.constFirst().contains(QStringLiteral("老客户")), qPrintable(r.errors.constFirst()));
    QCOMPARE(ClientRepository(m_session).count(), 1);
}

void TestClientCsv::requiresNameAndPhoneColumns()
{
    auto r = ClientCsv::importBytes(m_session, utf8("姓名,职业\n张三,教师\n"), QStringLiteral("x.csv"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.constFirst().startsWith(QStringLiteral("Line 1:")) &&
                 r.errors.constFirst().contains(QStringLiteral("phone")),
             qPrintable(r.errors.constFirst()));
    r = ClientCsv::importBytes(m_session, QByteArray(), QStringLiteral("empty.csv"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.constFirst().contains(QStringLiteral("empty.csv")));
    r = ClientCsv::importBytes(m_session, utf8("name,phone\n\"unclosed,138\n"), QStringLiteral("q.csv"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.constFirst().contains(QStringLiteral("Line 2")), qPrintable(r.errors.constFirst()));
}

void TestClientCsv::exportRoundTrips()
{
    Staff s;
    s.name = QStringLiteral("陈顾问");
    s.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(s);
    const auto in =
        ClientCsv::importBytes(m_session,
                               utf8("name,phone,gender,source,notes,consultant,interests\n"
                                    "张三,13812345678,male,wechat,=HYPERLINK(\"x\"),陈顾问,价格、户型\n"
                                    "李四,010-87654321,女,,\"多行\n备注\",,\n"),
                               QStringLiteral("in.csv"));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(ClientCsv::exportFile(m_session, file), 2);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.contains("'=HYPERLINK"), "formulas must be defused for spreadsheets");
    QVERIFY(bytes.contains("138 1234 5678"));

    // Into an empty database, the export imports back to the same clients.
    Session other = m_test.freshSession(m_clock);
    StaffRepository(other).add(s);
    const auto back = ClientCsv::importBytes(other, bytes, QStringLiteral("out.csv"));
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.imported, 2);
    const Client zhang = ClientRepository(other).findByPhone(QStringLiteral("13812345678"));
    QCOMPARE(zhang.notes, QStringLiteral("=HYPERLINK(\"x\")"));
    QCOMPARE(zhang.source, QStringLiteral("wechat"));
    QCOMPARE(zhang.consultantId, s.id);
    QCOMPARE(zhang.interests, QStringList({QStringLiteral("price"), QStringLiteral("layout")}));
    QCOMPARE(ClientRepository(other).findByPhone(QStringLiteral("01087654321")).notes,
             QStringLiteral("多行\n备注"));
}

static QByteArray testFile(const char *name)
{
    QFile f(QStringLiteral(ESTATEDESK_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestClientCsv::keepsUnknownSourcesAsWrittenWithAWarning()
{
    const auto r = ClientCsv::importBytes(m_session,
                                          utf8("姓名,电话,来源\n"
                                               "张三,13812345678,中介推荐\n"
                                               "李四,13912345678,微信\n"
                                               "王五,13700001111,其他\n"
                                               "赵六,13600001111,老业主介绍\n"),
                                          QStringLiteral("sources.csv"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.imported, 4);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY2(r.warnings.at(0).startsWith(QStringLiteral("Line 2: ")) &&
                 r.warnings.at(0).contains(QStringLiteral("中介推荐")),
             qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).startsWith(QStringLiteral("Line 5: ")) &&
                 r.warnings.at(1).contains(QStringLiteral("老业主介绍")),
             qPrintable(r.warnings.at(1)));
    const Client zhang = ClientRepository(m_session).findByPhone(QStringLiteral("13812345678"));
    QCOMPARE(zhang.source, QStringLiteral("other"));
    QCOMPARE(zhang.sourceDetail, QStringLiteral("中介推荐"));
    QCOMPARE(Vocabulary::sourceLabel(zhang.source, zhang.sourceDetail), QStringLiteral("Other (中介推荐)"));
    const Client li = ClientRepository(m_session).findByPhone(QStringLiteral("13912345678"));
    QCOMPARE(li.source, QStringLiteral("wechat"));
    QVERIFY(li.sourceDetail.isEmpty());
    const Client wang = ClientRepository(m_session).findByPhone(QStringLiteral("13700001111"));
    QCOMPARE(wang.source, QStringLiteral("other"));
    QVERIFY(wang.sourceDetail.isEmpty());

    // Exported as written, so the file imports back to the same.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(ClientCsv::exportFile(m_session, file), 4);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("中介推荐"));
    Session other = m_test.freshSession(m_clock);
    const auto back = ClientCsv::importBytes(other, bytes, QStringLiteral("out.csv"));
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(ClientRepository(other).findByPhone(QStringLiteral("13600001111")).sourceDetail,
             QStringLiteral("老业主介绍"));

    // Wording of its own belongs to "other" only.
    Client c;
    c.name = QStringLiteral("孙八");
    c.phone = QStringLiteral("13500001111");
    c.source = QStringLiteral("wechat");
    c.sourceDetail = QStringLiteral("朋友圈");
    QVERIFY_THROWS_EXCEPTION(ValidationError, c.validate());
}

void TestClientCsv::importsARealExcelGb18030File()
{
    const auto r =
        ClientCsv::importBytes(m_session, testFile("clients-excel-gb18030.csv"), QStringLiteral("excel.csv"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.imported, 4);
    QCOMPARE(r.warnings.size(), 2); // 中介推荐 and 朋友介绍; 老带新 is a referral
    const Client li = ClientRepository(m_session).findByPhone(QStringLiteral("13912345678"));
    QCOMPARE(li.name, QStringLiteral("李四"));
    QCOMPARE(li.occupation, QStringLiteral("医生"));
    QCOMPARE(li.sourceDetail, QStringLiteral("中介推荐"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13700001111")).source,
             QStringLiteral("referral"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("075588889999")).notes,
             QStringLiteral("要学区房, 预算300万"));
}

void TestClientCsv::refusesAStrayByteByLineAndImportsNothing()
{
    const auto r = ClientCsv::importBytes(m_session, testFile("clients-utf8-stray-byte.csv"),
                                          QStringLiteral("stray.csv"));
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.constFirst().startsWith(QStringLiteral("Line 4: ")), qPrintable(r.errors.constFirst()));
    QCOMPARE(ClientRepository(m_session).count(), 0);
    QCOMPARE(AuditLog::count(m_session), 0);
}

QTEST_GUILESS_MAIN(TestClientCsv)
#include "tst_clientcsv.moc"
