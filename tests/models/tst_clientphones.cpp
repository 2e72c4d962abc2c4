// SPDX-License-Identifier: GPL-3.0-or-later
// A client's other phone numbers, on SQLite and PostgreSQL: one client per number across main and
// other numbers (also with two PCs writing at once), the merge that keeps a duplicate's numbers
// (the tester's F9), the front desk, the search and the console program finding a client by any
// of its numbers, the personal-data export, the erasure, the CSV files, and the upgrade of an
// office made before the numbers existed.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "io/ClientCsv.h"
#include "io/PersonalDataExport.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/VisitRegistration.h"
#include "security/Erasure.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestClientPhones : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void oneClientPerNumber();
    void numbersAreValidatedAndAudited();
    void twoPCsAtOnce_data();
    void twoPCsAtOnce();
    void mergeKeepsTheDuplicatesNumbers();
    void searchFindsEveryNumber();
    void erasureRemovesThem();
    void exportsCarryThem();
    void importRefusesAnotherClientsNumber();
    void consoleAddsListsAndRemoves();
    void upgradeOfAnExistingOffice();

private:
    QList<qint64> found(const QString &text) const;

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    Client m_zhang; // 张三, 138 1234 5678
    Client m_li;    // 李四, 137 0000 1111
};

void TestClientPhones::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestClientPhones::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    m_zhang = addClient(m_session, QStringLiteral("张三"), QStringLiteral("13812345678"));
    m_li = addClient(m_session, QStringLiteral("李四"), QStringLiteral("13700001111"));
}

QList<qint64> TestClientPhones::found(const QString &text) const
{
    QList<qint64> ids;
    for (const ClientRow &row : ClientRepository(m_session).find(text))
        ids << row.id;
    return ids;
}

void TestClientPhones::oneClientPerNumber()
{
    ClientPhones phones(m_session);
    phones.add(m_zhang.id, QStringLiteral("139 8765 4321"), QStringLiteral("工作"));
    // Another client's other number, as another number: refused naming the field and the client.
    try {
        phones.add(m_li.id, QStringLiteral("+86 13987654321"));
        QFAIL("the number is 张三's");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("other_phone"));
        QVERIFY2(e.message().startsWith(ClientPhones::tr("Other phone")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("张三")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QString::number(m_zhang.id)), qPrintable(e.message()));
    }
    // Another client's main number, as another number.
    QVERIFY_THROWS_EXCEPTION(ValidationError, phones.add(m_li.id, QStringLiteral("13812345678")));
    // Another client's other number, as the main number of a new client or of an edited one.
    Client wang;
    wang.name = QStringLiteral("王五");
    wang.phone = QStringLiteral("139-8765-4321");
    try {
        ClientRepository(m_session).add(wang);
        QFAIL("the number is 张三's");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
        QVERIFY2(e.message().contains(QStringLiteral("张三")), qPrintable(e.message()));
    }
    Client li = ClientRepository(m_session).get(m_li.id);
    li.phone = QStringLiteral("13987654321");
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).update(li));
    // The client's own other number as its main one, or its main one as another: refused too.
    Client zhang = ClientRepository(m_session).get(m_zhang.id);
    zhang.phone = QStringLiteral("13987654321");
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).update(zhang));
    QVERIFY_THROWS_EXCEPTION(ValidationError, phones.add(m_zhang.id, QStringLiteral("13812345678")));
    QVERIFY_THROWS_EXCEPTION(ValidationError, phones.add(m_zhang.id, QStringLiteral("13987654321")));
    // Once removed, the number is free for anyone.
    phones.remove(m_zhang.id, QStringLiteral("139 8765 4321"));
    QVERIFY(phones.of(m_zhang.id).isEmpty());
    phones.add(m_li.id, QStringLiteral("13987654321"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("139 8765 4321")).id, m_li.id);
}

void TestClientPhones::numbersAreValidatedAndAudited()
{
    ClientPhones phones(m_session);
    try {
        phones.add(m_zhang.id, QStringLiteral("12345"));
        QFAIL("not a number");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("other_phone"));
        QVERIFY2(e.message().startsWith(ClientPhones::tr("Other phone")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             phones.add(m_zhang.id, QStringLiteral("13987654321"), QString(21, u'长')));
    QVERIFY_THROWS_EXCEPTION(NotFoundError, phones.add(999999, QStringLiteral("13987654321")));
    QVERIFY_THROWS_EXCEPTION(ValidationError, phones.remove(m_zhang.id, QStringLiteral("13987654321")));
    // A consultant changes only their own clients' numbers.
    Session consultant = m_session;
    consultant.role = QStringLiteral("consultant");
    consultant.actorId = 4242;
    QVERIFY_THROWS_EXCEPTION(PermissionError,
                             ClientPhones(consultant).add(m_zhang.id, QStringLiteral("13987654321")));

    const qint64 auditBefore = AuditLog::forEntity(m_session, QStringLiteral("clients"), m_zhang.id).size();
    const OtherPhone added =
        phones.add(m_zhang.id, QStringLiteral("(0755) 8888 1234"), QStringLiteral(" 公司 "));
    QCOMPARE(added.phone, QStringLiteral("+8675588881234"));
    QCOMPARE(added.label, QStringLiteral("公司"));
    const QList<AuditEntry> audit = AuditLog::forEntity(m_session, QStringLiteral("clients"), m_zhang.id);
    QCOMPARE(audit.size(), auditBefore + 1);
    QCOMPARE(audit.constLast().action, QStringLiteral("update"));
    QVERIFY(audit.constLast().afterJson.contains(QStringLiteral("+8675588881234")));
    phones.removeEntry(m_zhang.id, added.id);
    QCOMPARE(AuditLog::forEntity(m_session, QStringLiteral("clients"), m_zhang.id).size(), auditBefore + 2);
    // Masked like the main number for a role that does not see the client in full.
    phones.add(m_zhang.id, QStringLiteral("13987654321"));
    Session reception = m_session;
    reception.role = QStringLiteral("reception");
    const QString shown = ClientPhones(reception).of(m_zhang.id).constFirst().phone;
    QVERIFY2(shown.contains(u'*') == ClientRepository(reception).get(m_zhang.id).phone.contains(u'*'),
             qPrintable(shown));
}

void TestClientPhones::twoPCsAtOnce_data()
{
    QTest::addColumn<bool>("hereAsOther");
    QTest::addColumn<bool>("thereAsOther");
    QTest::newRow("other here, a new client's main number there") << true << false;
    QTest::newRow("main number here, another number there") << false << true;
    QTest::newRow("other here, other there") << true << true;
}

void TestClientPhones::twoPCsAtOnce()
{
    // This PC writes the number inside its transaction; another PC (its own connection) writes the
    // same number meanwhile, as a main or another number. PostgreSQL runs READ COMMITTED: the
    // other PC's check would not see this PC's uncommitted number and both would keep it. It
    // waits for the number's lock instead, then finds it taken.
    if (m_session.db->backend() != Backend::Postgres)
        QSKIP("SQLite lets one connection write at a time");
    QFETCH(bool, hereAsOther);
    QFETCH(bool, thereAsOther);
    const QString number = QStringLiteral("13987654321");
    const DatabaseConfig config = m_test.config();
    QString refusal;
    QThread *otherPc = QThread::create([&] {
        Database db(config);
        Session s{&db, &m_clock, 0};
        try {
            if (thereAsOther) {
                ClientPhones(s).add(m_li.id, number);
            } else {
                Client c;
                c.name = QStringLiteral("王五");
                c.phone = number;
                ClientRepository(s).add(c);
            }
        } catch (const ValidationError &e) {
            refusal = e.message();
        }
    });
    {
        Transaction tx(*m_session.db);
        if (hereAsOther) {
            ClientPhones(m_session).add(m_zhang.id, number);
        } else {
            Client zhang = ClientRepository(m_session).get(m_zhang.id);
            zhang.phone = number;
            ClientRepository(m_session).update(zhang);
        }
        otherPc->start();
        bool waiting = false;
        for (int poll = 0; poll < 100000 && !waiting && !otherPc->isFinished(); ++poll)
            waiting = Sql::scalar(m_session.db->connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"))
                          .toInt() > 0;
        QVERIFY2(waiting, "the other PC did not wait for this one");
        tx.commit();
    }
    QVERIFY(otherPc->wait(60000));
    delete otherPc;
    QVERIFY2(refusal.contains(QStringLiteral("张三")), qPrintable(refusal));
    const QString e164 = QStringLiteral("+86") + number;
    QCOMPARE(
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM clients WHERE phone = ?) + (SELECT COUNT(*) "
                                   "FROM client_phones WHERE phone = ?)"),
                    {e164, e164})
            .toInt(),
        1);
}

void TestClientPhones::mergeKeepsTheDuplicatesNumbers()
{
    // The tester's F9: 陈测试 called again from a second phone and was registered anew; the merge
    // must keep that number (and any other of the duplicate's) with the client kept.
    ClientPhones(m_session).add(m_li.id, QStringLiteral("13655556666"), QStringLiteral("家"));
    const QString notesBefore = ClientRepository(m_session).get(m_zhang.id).notes;
    ClientRepository(m_session).merge(m_zhang.id, m_li.id);
    QCOMPARE(ClientPhones::phonesOf(m_session, m_zhang.id),
             (QStringList{QStringLiteral("+8613655556666"), QStringLiteral("+8613700001111")}));
    QCOMPARE(ClientRepository(m_session).get(m_zhang.id).notes, notesBefore); // no stopgap in the notes
    // The front desk's check: a returning client, the one kept, by either number.
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("137 0000 1111")).id, m_zhang.id);
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13655556666")).id, m_zhang.id);
    VisitForm form;
    form.phone = QStringLiteral("137-0000-1111");
    form.channel = QStringLiteral("phone");
    const VisitResult visit = VisitRegistration(m_session).registerVisit(form);
    QVERIFY(visit.returning);
    QCOMPARE(visit.clientId, m_zhang.id);
    // The search, by digits of the duplicate's number.
    QCOMPARE(found(QStringLiteral("700001111")), QList<qint64>{m_zhang.id});
    QCOMPARE(found(QStringLiteral("13700001111")), QList<qint64>{m_zhang.id});
    QCOMPARE(found(QStringLiteral("666")), QList<qint64>{m_zhang.id});
    // And nobody can take it as a new client.
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             addClient(m_session, QStringLiteral("李四"), QStringLiteral("13700001111")));
}

void TestClientPhones::searchFindsEveryNumber()
{
    ClientPhones phones(m_session);
    const OtherPhone other = phones.add(m_li.id, QStringLiteral("13987654321"));
    // Three digits (one entry of the index), more digits, the whole number in any writing, the
    // start after +86.
    for (const char *typed : {"321", "4321", "87654321", "139 8765 4321", "+86 139 8765", "0086 13987654321"})
        QVERIFY2(found(QString::fromLatin1(typed)).contains(m_li.id), typed);
    QVERIFY(!found(QStringLiteral("87654321")).contains(m_zhang.id));
    // Digits from the middle that start with 00 (the tester's P1: "0011" of 139 0011 2233 found
    // nobody, being taken as an international prefix).
    phones.add(m_zhang.id, QStringLiteral("139 0011 2233"));
    for (const char *typed : {"0011223", "00112233", "1390011", "0086 139 0011 2233", "0086 13900112233"})
        QVERIFY2(found(QString::fromLatin1(typed)) == QList<qint64>{m_zhang.id}, typed);
    // 李四's main number 137 0000 1111 holds 0011 as well.
    QCOMPARE(found(QStringLiteral("0011")), (QList<qint64>{m_zhang.id, m_li.id}));
    // The main number's match comes first: 张三's main number ends 678, 李四's other number too.
    phones.add(m_li.id, QStringLiteral("13600000678"));
    QCOMPARE(found(QStringLiteral("678")), (QList<qint64>{m_zhang.id, m_li.id}));
    // The client list filters alike.
    ClientQuery query;
    query.text = QStringLiteral("87654321");
    QCOMPARE(ClientRepository(m_session).count(query), 1);
    QCOMPARE(ClientRepository(m_session).page(query, 0, 10).constFirst().id, m_li.id);
    // Removed or moved to another client, the entries follow.
    phones.removeEntry(m_li.id, other.id);
    QVERIFY(found(QStringLiteral("87654321")).isEmpty());
    QCOMPARE(ClientRepository(m_session).count(query), 0);
    ClientRepository(m_session).merge(m_zhang.id, m_li.id);
    QCOMPARE(found(QStringLiteral("3600000678")), QList<qint64>{m_zhang.id});
    QCOMPARE(Sql::scalar(m_session.db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM client_other_phone_grams WHERE client_id = ?"),
                         {m_li.id})
                 .toInt(),
             0);
}

void TestClientPhones::erasureRemovesThem()
{
    ClientPhones(m_session).add(m_li.id, QStringLiteral("13987654321"));
    Erasure::eraseOnRequest(m_session, m_li.id);
    QVERIFY(ClientPhones::phonesOf(m_session, m_li.id).isEmpty());
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("13987654321")).id, 0);
    QVERIFY(found(QStringLiteral("87654321")).isEmpty());
    // The audit entries of the change no longer hold the number.
    for (const AuditEntry &e : AuditLog::forEntity(m_session, QStringLiteral("clients"), m_li.id))
        QVERIFY2(!e.beforeJson.contains(QStringLiteral("13987654321")) &&
                     !e.afterJson.contains(QStringLiteral("13987654321")),
                 qPrintable(e.action));
    // Retention's anonymisation takes the same way (Keep::Nothing).
    ClientPhones(m_session).add(m_zhang.id, QStringLiteral("13655556666"));
    Erasure::eraseClient(m_session, m_zhang.id, Erasure::Keep::Nothing, QStringLiteral("retention"));
    QVERIFY(ClientPhones::phonesOf(m_session, m_zhang.id).isEmpty());
}

void TestClientPhones::exportsCarryThem()
{
    ClientPhones(m_session).add(m_zhang.id, QStringLiteral("13987654321"), QStringLiteral("工作"));
    ClientPhones(m_session).add(m_zhang.id, QStringLiteral("13655556666"));
    const QJsonObject doc =
        QJsonDocument::fromJson(PersonalDataExport::toJson(m_session, m_zhang.id)).object();
    const QJsonArray others = doc.value(QStringLiteral("other_phones")).toArray();
    QCOMPARE(others.size(), 2);
    QCOMPARE(others.at(0).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("+8613987654321"));
    QCOMPARE(others.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("工作"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    QCOMPARE(ClientCsv::exportFile(m_session, path), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(",other_phones")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",139 8765 4321; 136 5555 6666")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).endsWith(u','), qPrintable(lines.at(2)));
}

void TestClientPhones::importRefusesAnotherClientsNumber()
{
    ClientPhones(m_session).add(m_zhang.id, QStringLiteral("13987654321"));
    const ClientCsv::ImportResult r = ClientCsv::importBytes(
        m_session, QStringLiteral("name,phone\n王五,13500002222\n赵六,139 8765 4321\n").toUtf8(),
        QStringLiteral("clients.csv"));
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.at(0).contains(QStringLiteral("3")) && r.errors.at(0).contains(QStringLiteral("张三")),
             qPrintable(r.errors.at(0)));
}

void TestClientPhones::consoleAddsListsAndRemoves()
{
    auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(ESTATEDESK_CLI_PATH), m_test.cliOptions() + args);
        p.waitForFinished(60000);
        return qMakePair(p.exitCode(),
                         QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const QString id = QString::number(m_zhang.id);
    auto r = cli({QStringLiteral("clients"), QStringLiteral("phones"), id, QStringLiteral("--add"),
                  QStringLiteral("139 8765 4321"), QStringLiteral("--label"), QStringLiteral("工作")});
    QCOMPARE(r.first, 0);
    QCOMPARE(r.second, QStringLiteral("+8613987654321\t工作\n"));
    r = cli({QStringLiteral("clients"), QStringLiteral("find"), QStringLiteral("87654321")});
    QCOMPARE(r.first, 0);
    QVERIFY2(r.second.startsWith(id + u'\t'), qPrintable(r.second));
    r = cli({QStringLiteral("clients"), QStringLiteral("show"), id});
    QVERIFY2(r.second.contains(QStringLiteral("other_phones\t+8613987654321\n")), qPrintable(r.second));
    // Another client's number: refused, naming the field and the client (exit 1, the data says no).
    r = cli({QStringLiteral("clients"), QStringLiteral("phones"), QString::number(m_li.id),
             QStringLiteral("--add"), QStringLiteral("13987654321")});
    QCOMPARE(r.first, 1);
    QVERIFY2(r.second.contains(QStringLiteral("张三")), qPrintable(r.second));
    r = cli({QStringLiteral("clients"), QStringLiteral("phones"), id, QStringLiteral("--remove"),
             QStringLiteral("13987654321")});
    QCOMPARE(r.first, 0);
    QCOMPARE(r.second, QString());
    r = cli({QStringLiteral("clients"), QStringLiteral("phones"), id, QStringLiteral("--label"),
             QStringLiteral("x")});
    QCOMPARE(r.first, 2);
}

void TestClientPhones::upgradeOfAnExistingOffice()
{
    // An office made by the program before other numbers existed (schema version 26), with a client.
    Database &db = m_test.fresh();
    int before = 0;
    for (const Migrations::Step &step : Migrations::steps())
        if (step.description.contains(QLatin1String("other phone numbers")))
            before = step.version - 1;
    QVERIFY(before > 0);
    QCOMPARE(Migrations::migrate(db, before), before);
    Sql::run(db.connection(),
             QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
             {QStringLiteral("陈测试"), QStringLiteral("+8613912345678")});
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QVERIFY(IntegrityCheck::run(db).isEmpty());
    Session session{&db, &m_clock, 0};
    const qint64 id = ClientRepository(session).findByPhone(QStringLiteral("13912345678")).id;
    QVERIFY(id > 0);
    ClientPhones(session).add(id, QStringLiteral("13987654321"));
    QCOMPARE(ClientRepository(session).find(QStringLiteral("87654321")).constFirst().id, id);
    QCOMPARE(ClientRepository(session).findByPhone(QStringLiteral("13987654321")).id, id);
}

QTEST_GUILESS_MAIN(TestClientPhones)
#include "tst_clientphones.moc"
