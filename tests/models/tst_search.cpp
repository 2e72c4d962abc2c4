// SPDX-License-Identifier: GPL-3.0-or-later
// The front-desk search on SQLite and PostgreSQL: phone fragments in any format, one and two
// Chinese characters (the SQLite 3.40 trigram pitfall), pinyin and initials with surname readings,
// best matches first, masking by role.
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/ClientSearchIndex.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Erasure.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QThread>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

static QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void finds_data();
    void finds();
    void bestMatchesFirst();
    void digitsStartingWithDoubleZero_data();
    void digitsStartingWithDoubleZero();
    void phonesMaskedByRole();
    void clientListUsesTheSameSearch();
    void upgradeFillsPinyin();
    void indexOrdersAsAScanWould_data();
    void indexOrdersAsAScanWould();
    void indexFollowsEveryWrite();
    void importWritesWhatTheTriggerWould();
    void walkInDuringAnImport();
    void upgradeWritesEachInsertsEntriesAtOnce();
    void upgradedOfficeFindsNumberAndPinyinStarts();
    void lastServiceFollowsTheRecords();
    void lastServiceWithTwoPCsAtOnce_data();
    void lastServiceWithTwoPCsAtOnce();
    void listSortsByLastServiceAndConsultant();
    void listSortsNamesByTheirPinyin();
    void upgradeFillsTheLastService();
    void erasedPlaceholderMatchesNoDigits();
    void upgradeLeavesErasedPlaceholdersOut();

private:
    QStringList names(const QString &text, const Session &session);
    void addClients(const QList<QPair<const char *, const char *>> &namesAndPhones);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestSearch::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestSearch::init()
{
    m_session = m_test.freshSession(m_clock);
    const QList<QPair<const char *, const char *>> people = {
        {"张三", "13812345678"},           {"张三丰", "13912340000"}, {"单雄信", "13700000001"},
        {"曾国藩", "13700000002"},         {"解缙", "13700000003"},   {"区志强", "13700000004"},
        {"欧阳修", "13700000005"},         {"李四", "010-87654321"},  {"王五", "0755-8888 9999"},
        {"John Smith", "+1 650 253 0000"}, {"张", "13600000000"}};
    for (const auto &p : people) {
        Client c;
        c.name = QString::fromUtf8(p.first);
        c.phone = QString::fromUtf8(p.second);
        ClientRepository(m_session).add(c);
    }
}

QStringList TestSearch::names(const QString &text, const Session &session)
{
    QStringList out;
    for (const ClientRow &r : ClientRepository(session).find(text, 50))
        out << r.name;
    return out;
}

void TestSearch::addClients(const QList<QPair<const char *, const char *>> &namesAndPhones)
{
    for (const auto &[name, phone] : namesAndPhones) {
        Client c;
        c.name = QString::fromUtf8(name);
        c.phone = QString::fromUtf8(phone);
        ClientRepository(m_session).add(c);
    }
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in this order
    QTest::newRow("one character") << QString::fromUtf8("张") << utf8List({"张", "张三", "张三丰"});
    QTest::newRow("two characters in the middle") << QString::fromUtf8("三丰") << utf8List({"张三丰"});
    QTest::newRow("two characters at the start") << QString::fromUtf8("张三") << utf8List({"张三", "张三丰"});
    QTest::newRow("three characters") << QString::fromUtf8("张三丰") << utf8List({"张三丰"});
    QTest::newRow("three characters, not together") << QString::fromUtf8("张丰") << utf8List({});
    QTest::newRow("three digits") << QString::fromUtf8("234") << utf8List({"张三", "张三丰"});
    QTest::newRow("initials") << QString::fromUtf8("zs") << utf8List({"张三", "张三丰"});
    QTest::newRow("full pinyin") << QString::fromUtf8("zhangsan") << utf8List({"张三", "张三丰"});
    QTest::newRow("pinyin with a space") << QString::fromUtf8("zhang san") << utf8List({"张三", "张三丰"});
    QTest::newRow("upper-case initials") << QString::fromUtf8("ZSF") << utf8List({"张三丰"});
    QTest::newRow("单 read shan") << QString::fromUtf8("shan") << utf8List({"单雄信"});
    QTest::newRow("单 initials") << QString::fromUtf8("sxx") << utf8List({"单雄信"});
    QTest::newRow("曾 read zeng") << QString::fromUtf8("zengguofan") << utf8List({"曾国藩"});
    QTest::newRow("解 read xie") << QString::fromUtf8("xiej") << utf8List({"解缙"});
    QTest::newRow("区 read ou") << QString::fromUtf8("ou") << utf8List({"区志强", "欧阳修"});
    QTest::newRow("last four digits") << QString::fromUtf8("5678") << utf8List({"张三"});
    QTest::newRow("digits with a space") << QString::fromUtf8("138 1234") << utf8List({"张三"});
    QTest::newRow("+86 with dashes") << QString::fromUtf8("+86-138") << utf8List({"张三"});
    QTest::newRow("0086") << QString::fromUtf8("0086 139") << utf8List({"张三丰"});
    QTest::newRow("landline part") << QString::fromUtf8("8765") << utf8List({"李四"});
    QTest::newRow("landline with trunk 0") << QString::fromUtf8("0755 8888") << utf8List({"王五"});
    QTest::newRow("foreign number") << QString::fromUtf8("+1 650") << utf8List({"John Smith"});
    QTest::newRow("latin name") << QString::fromUtf8("john") << utf8List({"John Smith"});
    QTest::newRow("latin initials") << QString::fromUtf8("js") << utf8List({"John Smith"});
    QTest::newRow("two digits: start of the number")
        << QString::fromUtf8("13")
        << utf8List({"张", "单雄信", "曾国藩", "解缙", "区志强", "欧阳修", "张三", "张三丰"});
    QTest::newRow("nothing") << QString::fromUtf8("无此人") << utf8List({});
    // What a Chinese input method types in its full-width mode (the tester's F13).
    QTest::newRow("full-width digits") << QString::fromUtf8("５６７８") << utf8List({"张三"});
    QTest::newRow("full-width initials") << QString::fromUtf8("ｚｓｆ") << utf8List({"张三丰"});
    QTest::newRow("full-width +86") << QString::fromUtf8("＋８６－１３８") << utf8List({"张三"});
}

void TestSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(names(text, m_session), expected);
}

void TestSearch::bestMatchesFirst()
{
    // Phone: a number ending in the digits beats one that only contains them.
    Client a;
    a.name = QStringLiteral("尾号");
    a.phone = QStringLiteral("13900001234");
    ClientRepository(m_session).add(a);
    Client b;
    b.name = QStringLiteral("中间");
    b.phone = QStringLiteral("13912340001");
    ClientRepository(m_session).add(b);
    const QStringList found = names(QStringLiteral("1234"), m_session);
    QCOMPARE(found.value(0), QStringLiteral("尾号"));
    QVERIFY(found.indexOf(QStringLiteral("中间")) > 0);
    // Initials that match exactly beat longer ones.
    QCOMPARE(names(QStringLiteral("z"), m_session).value(0), QStringLiteral("张"));
}

void TestSearch::digitsStartingWithDoubleZero_data()
{
    // The tester's P1: digits a caller reads out from the middle of a number may start with 00
    // (about one search in ten); they were taken as the international prefix only and found nobody.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in this order
    QTest::newRow("0028 from the middle") << QString::fromUtf8("0028") << utf8List({"李敏东"});
    QTest::newRow("00287") << QString::fromUtf8("00287") << utf8List({"李敏东"});
    QTest::newRow("002873") << QString::fromUtf8("002873") << utf8List({"李敏东"});
    QTest::newRow("0004 at the end") << QString::fromUtf8("0004") << utf8List({"周四", "区志强"});
    // Both readings: …910047's last digits, and the start of a Norwegian number (+47).
    QTest::newRow("0047: the end and +47") << QString::fromUtf8("0047") << utf8List({"吴七", "Olaf Berg"});
    QTest::newRow("00852: Hong Kong") << QString::fromUtf8("00852 9123") << utf8List({"陈港"});
    QTest::newRow("0086 and the whole number")
        << QString::fromUtf8("0086 150 0028 7393") << utf8List({"李敏东"});
    QTest::newRow("0086 with dashes") << QString::fromUtf8("0086-138-1870") << utf8List({"周四"});
    QTest::newRow("full-width 00") << QString::fromUtf8("００２８７") << utf8List({"李敏东"});
}

void TestSearch::digitsStartingWithDoubleZero()
{
    addClients({{"李敏东", "15000287393"},
                {"周四", "13818700004"},
                {"吴七", "13800910047"},
                {"陈港", "+852 9123 4567"},
                {"Olaf Berg", "+47 412 34 567"}});
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(names(text, m_session), expected);
    // The client list filters alike (the 客户 page's filter box).
    ClientListModel model(m_session);
    model.setFilterText(text);
    QCOMPARE(model.rowCount(), expected.size());
}

void TestSearch::phonesMaskedByRole()
{
    Session reception = m_session;
    reception.role = QStringLiteral("reception");
    const QList<ClientRow> rows = ClientRepository(reception).find(QStringLiteral("5678"), 5);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().phone, QStringLiteral("138****5678"));
}

void TestSearch::clientListUsesTheSameSearch()
{
    ClientListModel model(m_session);
    model.setFilterText(QStringLiteral("zs"));
    QCOMPARE(model.rowCount(), 2);
    model.setFilterText(QStringLiteral("张"));
    QCOMPARE(model.rowCount(), 3);
}

void TestSearch::upgradeFillsPinyin()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 5);
    Session old{&db, &m_clock, 0};
    Sql::run(db.connection(),
             QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
             {QStringLiteral("曾小贤"), QStringLiteral("+8613800000009")});
    Migrations::migrate(db);
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT name_initials FROM clients")).toString(),
             QStringLiteral("zxx"));
    QCOMPARE(names(QStringLiteral("zengxiao"), old), QStringList{QStringLiteral("曾小贤")});
    // The search index (step 21) holds the clients that were there before it.
    QCOMPARE(names(QStringLiteral("小贤"), old), QStringList{QStringLiteral("曾小贤")});
    QCOMPARE(names(QStringLiteral("1380000"), old), QStringList{QStringLiteral("曾小贤")});
}

void TestSearch::indexOrdersAsAScanWould_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"张",       "三",  "张三", "三丰",  "国藩",     "王",   "𠮷",   "𠮷田",     "田",
          "单雄",     "234", "1234", "5678",  "138",      "888",  "8888", "9999",     "370",
          "12340000", "z",   "zs",   "zhang", "zhangsan", "w",    "wang", "wangwang", "ww",
          "ou",       "js",  "john", "t",     "tian",     "0000", "0004", "00001"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestSearch::indexOrdersAsAScanWould()
{
    // More clients, with names that repeat a character and one outside the BMP, so that every
    // rank of the index is met; what the search finds is compared with a scan of every client in
    // C++ (the search's order: the whole name or the number's end, then the start, then elsewhere;
    // then the shorter name, then the older record).
    addClients(
        {{"王王", "13912341234"}, {"王", "13800000000"}, {"𠮷田", "13988889999"}, {"田𠮷", "13999998888"}});
    QFETCH(QString, text);
    struct Row
    {
        int rank;
        qint64 length, id;
        QString name;
    };
    QList<Row> rows;
    const bool digits = text.front().isDigit(),
               latin = text.front().unicode() < 128 && text.front().isLetter();
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT id, name, phone, name_pinyin, name_initials FROM clients"));
    while (q.next()) {
        const QString name = q.value(1).toString(), phone = q.value(2).toString(),
                      pinyin = q.value(3).toString(), initials = q.value(4).toString();
        const qint64 length = name.toUcs4().size(), id = q.value(0).toLongLong();
        if (digits && phone.contains(text))
            rows.append({phone.endsWith(text)                             ? 0
                         : phone.startsWith(QStringLiteral("+86") + text) ? 1
                                                                          : 2,
                         length, id, name});
        else if (latin && (initials.startsWith(text) || pinyin.startsWith(text)))
            rows.append({initials == text            ? 0
                         : pinyin == text            ? 1
                         : initials.startsWith(text) ? 2
                                                     : 3,
                         length, id, name});
        else if (!digits && !latin && name.contains(text))
            rows.append({name == text ? 0 : name.startsWith(text) ? 1 : 2, length, id, name});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.rank, a.length, a.id) < std::tie(b.rank, b.length, b.id);
    });
    QStringList expected;
    for (const Row &r : rows)
        expected << r.name;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(names(text, m_session), expected);
    // The client list counts and shows the same clients.
    ClientListModel model(m_session);
    model.setFilterText(text);
    QCOMPARE(model.rowCount(), expected.size());
}

void TestSearch::indexFollowsEveryWrite()
{
    ClientRepository clients(m_session);
    Client renamed = clients.get(clients.find(QStringLiteral("欧阳修"), 1).constFirst().id);
    renamed.name = QStringLiteral("欧阳询");
    renamed.phone = QStringLiteral("13711112222");
    clients.update(renamed);
    QCOMPARE(names(QStringLiteral("阳修"), m_session), QStringList{});
    QCOMPARE(names(QStringLiteral("0005"), m_session), QStringList{});
    QCOMPARE(names(QStringLiteral("阳询"), m_session), QStringList{QStringLiteral("欧阳询")});
    QCOMPARE(names(QStringLiteral("1222"), m_session), QStringList{QStringLiteral("欧阳询")});

    // A merged duplicate leaves the index with its record.
    const qint64 keep = clients.find(QStringLiteral("张三丰"), 1).constFirst().id;
    const qint64 duplicate = clients.find(QStringLiteral("解缙"), 1).constFirst().id;
    clients.merge(keep, duplicate);
    QCOMPARE(names(QStringLiteral("解缙"), m_session), QStringList{});
    // Its number is the kept client's other number now ("0003" from its middle).
    QCOMPARE(names(QStringLiteral("0003"), m_session), QStringList{QStringLiteral("张三丰")});
    for (const QString &table : ClientSearchIndex::derivedTables().mid(0, 2))
        QCOMPARE(Sql::scalar(
                     m_session.db->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE client_id NOT IN (SELECT id FROM clients)")
                         .arg(table))
                     .toInt(),
                 0);
}

// Every entry of the index, with the client's phone instead of its id, sorted.
static QStringList indexEntries(const Session &session)
{
    QStringList out;
    for (const QString &table : ClientSearchIndex::derivedTables()) {
        if (table == ClientSearchIndex::Positions)
            continue;
        QSqlQuery q =
            Sql::run(session.db->connection(),
                     QStringLiteral("SELECT g.gram, g.rank, c.phone FROM %1 g JOIN clients c ON c.id = "
                                    "g.client_id")
                         .arg(table));
        while (q.next())
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(table, q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    out.sort();
    return out;
}

void TestSearch::importWritesWhatTheTriggerWould()
{
    // init() added its clients one at a time, through the insert trigger; an import of the same
    // clients (on SQLite the trigger is set aside and the entries written in one pass) must leave
    // the same index.
    const QStringList byTrigger = indexEntries(m_session);
    QVERIFY(byTrigger.size() > 50);
    QList<qint64> ids;
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT id FROM clients ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Client> batch;
    for (const qint64 id : std::as_const(ids))
        batch << ClientRepository(m_session).get(id);
    m_session = m_test.freshSession(m_clock);
    for (Client &c : batch)
        c.id = c.createdAt = 0;
    ClientRepository(m_session).insertBatch(batch, QStringLiteral("import"));
    const QStringList byImport = indexEntries(m_session);
    QCOMPARE(byImport, byTrigger);
    // The same as each client's entries written again by the row trigger of a change (on
    // PostgreSQL an INSERT's entries are written by a statement trigger for all its rows at once,
    // init()'s one-row INSERTs included).
    Sql::run(m_session.db->connection(), QStringLiteral("UPDATE clients SET name = name"));
    QCOMPARE(indexEntries(m_session), byImport);

    // The trigger is back after the import, and after an import that failed (a phone taken).
    Client late;
    late.name = QStringLiteral("魏征");
    late.phone = QStringLiteral("13755556666");
    ClientRepository(m_session).add(late);
    QCOMPARE(names(QStringLiteral("魏征"), m_session), QStringList{late.name});
    QList<Client> clash{batch.constFirst()};
    clash.first().id = 0;
    QVERIFY_THROWS_EXCEPTION(UniqueClashError,
                             ClientRepository(m_session).insertBatch(clash, QStringLiteral("import")));
    late.id = 0;
    late.name = QStringLiteral("房玄龄");
    late.phone = QStringLiteral("13755557777");
    ClientRepository(m_session).add(late);
    QCOMPARE(names(QStringLiteral("玄龄"), m_session), QStringList{late.name});
}

void TestSearch::walkInDuringAnImport()
{
    // Another PC registers a walk-in while this one imports a spreadsheet: the walk-in is found
    // at once on its PC, and on this one with the imported clients once the import is done. On
    // PostgreSQL the walk-in is written while the import's transaction is open (different rows);
    // SQLite makes the other PC wait for the import's commit.
    const bool postgres = m_session.db->backend() == Backend::Postgres;
    QList<Client> batch;
    for (int i = 0; i < 300; ++i) { // more than one multi-row INSERT
        Client c;
        c.name = QStringLiteral("导入%1").arg(i);
        c.phone = QStringLiteral("+861350000%1").arg(i, 4, 10, QLatin1Char(u'0'));
        batch << c;
    }
    QStringList seenThere;
    bool walkInAdded = false;
    const DatabaseConfig config = m_test.config();
    QThread *otherPc = QThread::create([&] {
        Database db(config);
        Session there{&db, &m_clock, 0};
        Client walkIn;
        walkIn.name = QStringLiteral("魏征");
        walkIn.phone = QStringLiteral("13755556666");
        ClientRepository(there).add(walkIn);
        walkInAdded = true;
        seenThere = names(QStringLiteral("魏征"), there) + names(QStringLiteral("导入299"), there);
    });
    {
        Transaction import(*m_session.db);
        ClientRepository(m_session).insertBatch(batch, QStringLiteral("import"));
        otherPc->start();
        if (postgres) // the walk-in is written and found before the import ends
            QVERIFY(otherPc->wait(60000));
        import.commit();
    }
    QVERIFY(otherPc->wait(60000));
    delete otherPc;
    QVERIFY(walkInAdded);
    // On PostgreSQL the import's clients were not there yet; on SQLite the walk-in came after them.
    const QStringList expectedThere = postgres
                                          ? QStringList{QStringLiteral("魏征")}
                                          : QStringList{QStringLiteral("魏征"), QStringLiteral("导入299")};
    QCOMPARE(seenThere, expectedThere);
    QCOMPARE(names(QStringLiteral("魏征"), m_session), QStringList{QStringLiteral("魏征")});
    QCOMPARE(names(QStringLiteral("导入299"), m_session), QStringList{QStringLiteral("导入299")});
    QCOMPARE(names(QStringLiteral("0299"), m_session), QStringList{QStringLiteral("导入299")});
    QCOMPARE(names(QStringLiteral("daoru"), m_session).size(), 50); // the search's limit
}

// An office of schema 29 on a server whose database keeps a language order (the tests' databases
// do: ICU zh-Hans-CN), with clients and other numbers: after the upgrade the starts of a number
// and of a pinyin find them, and the triggers still keep the index.
void TestSearch::upgradedOfficeFindsNumberAndPinyinStarts()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 29);
    QSqlDatabase conn = db.connection();
    Sql::run(conn,
             QStringLiteral(
                 "INSERT INTO clients (name, phone, name_pinyin, name_initials, created_at, updated_at) "
                 "VALUES (?, ?, 'zhangweiguo', 'zwg', 0, 0), (?, ?, 'lina', 'ln', 0, 0)"),
             {QStringLiteral("张卫国"), QStringLiteral("+8613912345678"), QStringLiteral("李娜"),
              QStringLiteral("+8618800001111")});
    Sql::run(conn,
             QStringLiteral("INSERT INTO client_phones (client_id, phone, label, created_at) SELECT id, "
                            "'+85291234567', '', 0 FROM clients WHERE name = ?"),
             {QStringLiteral("李娜")});
    Migrations::migrate(db);
    Session upgraded{&db, &m_clock, 0};
    QCOMPARE(names(QStringLiteral("13"), upgraded), QStringList{QStringLiteral("张卫国")});
    QCOMPARE(names(QStringLiteral("zhangwei"), upgraded), QStringList{QStringLiteral("张卫国")});
    QCOMPARE(names(QStringLiteral("00852"), upgraded), QStringList{QStringLiteral("李娜")});
    // The row triggers are back: a renamed client and a changed number are found at once.
    Sql::run(conn,
             QStringLiteral("UPDATE clients SET name = ?, name_pinyin = 'zhaoweiguo', name_initials = "
                            "'zwg', phone = '+8613012345678' WHERE name = ?"),
             {QStringLiteral("赵卫国"), QStringLiteral("张卫国")});
    QCOMPARE(names(QStringLiteral("赵卫"), upgraded), QStringList{QStringLiteral("赵卫国")});
    QCOMPARE(names(QStringLiteral("1301234"), upgraded), QStringList{QStringLiteral("赵卫国")});
    Sql::run(conn, QStringLiteral("UPDATE client_phones SET phone = '+85261234567'"));
    QCOMPARE(names(QStringLiteral("6123456"), upgraded), QStringList{QStringLiteral("李娜")});
}

void TestSearch::upgradeWritesEachInsertsEntriesAtOnce()
{
    // An office upgraded from schema 25 (PostgreSQL: the row trigger on INSERT) to the statement
    // trigger writes the entries of a multi-row INSERT as before.
    Database &db = m_test.fresh();
    Migrations::migrate(db, 25);
    Migrations::migrate(db);
    QSqlDatabase conn = db.connection();
    if (db.backend() == Backend::Postgres) {
        // One insert trigger for each statement (tgtype bit 0 clear), the row trigger kept for
        // changes and removals.
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT tgtype & 1 FROM pg_trigger WHERE tgrelid = "
                                                  "'clients'::regclass AND tgname = 'clients_search_insert'"))
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = "
                                                  "'clients'::regclass AND tgname LIKE 'clients_search%'"))
                     .toInt(),
                 2);
    }
    Sql::run(conn,
             QStringLiteral(
                 "INSERT INTO clients (name, phone, name_pinyin, name_initials, created_at, updated_at) "
                 "VALUES (?, ?, 'zengxiaoxian', 'zxx', 0, 0), (?, ?, 'huyifei', 'hyf', 0, 0)"),
             {QStringLiteral("曾小贤"), QStringLiteral("+8613800000009"), QStringLiteral("胡一菲"),
              QStringLiteral("+8613800000010")});
    Session upgraded{&db, &m_clock, 0};
    QCOMPARE(names(QStringLiteral("小贤"), upgraded), QStringList{QStringLiteral("曾小贤")});
    QCOMPARE(names(QStringLiteral("13800000010"), upgraded), QStringList{QStringLiteral("胡一菲")});
    QCOMPARE(names(QStringLiteral("hyf"), upgraded), QStringList{QStringLiteral("胡一菲")});
    const QStringList inserted = indexEntries(upgraded);
    Sql::run(conn, QStringLiteral("UPDATE clients SET name = name"));
    QCOMPARE(indexEntries(upgraded), inserted);
    QVERIFY(inserted.size() > 20);
}

// clients.last_service_at as read by the list (NULL: -1).
static qint64 lastService(const Session &session, qint64 clientId)
{
    const QVariant v =
        Sql::scalar(session.db->connection(),
                    QStringLiteral("SELECT last_service_at FROM clients WHERE id = ?"), {clientId});
    return v.isNull() ? -1 : v.toLongLong();
}

static ServiceRecord addRecord(const Session &session, qint64 clientId, qint64 at)
{
    ServiceRecord r;
    r.clientId = clientId;
    r.at = at;
    r.kind = QStringLiteral("call");
    r.content = QStringLiteral("test");
    ServiceRecordRepository(session).add(r);
    return r;
}

void TestSearch::lastServiceFollowsTheRecords()
{
    // The column the list shows and sorts by follows every write of service_records, however it
    // is written (its triggers): an added record, a record's time changed, a record moved to
    // another client or removed, a merge.
    ClientRepository clients(m_session);
    const qint64 a = clients.findByPhone(QStringLiteral("13812345678")).id;
    const qint64 b = clients.findByPhone(QStringLiteral("13912340000")).id;
    QCOMPARE(lastService(m_session, a), -1);
    const ServiceRecord first = addRecord(m_session, a, 5000);
    QCOMPARE(lastService(m_session, a), 5000);
    const ServiceRecord earlier = addRecord(m_session, a, 3000);
    QCOMPARE(lastService(m_session, a), 5000); // an earlier record is not the last
    const ServiceRecord later = addRecord(m_session, a, 8000);
    QCOMPARE(lastService(m_session, a), 8000);
    QSqlDatabase db = m_session.db->connection();
    // The last record's time moved back, then forward again.
    Sql::run(db, QStringLiteral("UPDATE service_records SET at = ? WHERE id = ?"), {4000, later.id});
    QCOMPARE(lastService(m_session, a), 5000);
    Sql::run(db, QStringLiteral("UPDATE service_records SET at = ? WHERE id = ?"), {9000, later.id});
    QCOMPARE(lastService(m_session, a), 9000);
    // Moved to another client: both change.
    Sql::run(db, QStringLiteral("UPDATE service_records SET client_id = ? WHERE id = ?"), {b, later.id});
    QCOMPARE(lastService(m_session, a), 5000);
    QCOMPARE(lastService(m_session, b), 9000);
    // Removed: an earlier record leaves it, the last one gives the one before, the only one none.
    Sql::run(db, QStringLiteral("DELETE FROM service_records WHERE id = ?"), {earlier.id});
    QCOMPARE(lastService(m_session, a), 5000);
    Sql::run(db, QStringLiteral("DELETE FROM service_records WHERE id = ?"), {first.id});
    QCOMPARE(lastService(m_session, a), -1);
    // The list reads it.
    ClientQuery byNumber;
    for (const ClientRow &row : clients.page(byNumber, 0, 50))
        QCOMPARE(row.lastServiceAt, row.id == b ? 9000 : 0);
    // A merge moves the duplicate's records to the client kept, and notes the merge now.
    addRecord(m_session, a, 7000);
    clients.merge(a, b);
    QCOMPARE(lastService(m_session, a), m_clock.nowMs());
    Sql::run(db, QStringLiteral("DELETE FROM service_records WHERE client_id = ? AND at = ?"),
             {a, m_clock.nowMs()});
    QCOMPARE(lastService(m_session, a), 9000); // b's record came over
}

void TestSearch::lastServiceWithTwoPCsAtOnce_data()
{
    QTest::addColumn<QString>("there"); // what the other PC does while this one adds a record
    QTest::addColumn<qint64>("here");   // the time of the record this PC adds
    QTest::addColumn<qint64>("expected");
    // The client has records at 1000 and 2000.
    QTest::newRow("both add a record") << QStringLiteral("add 2500") << qint64(3000) << qint64(3000);
    QTest::newRow("both add, the other's later")
        << QStringLiteral("add 3500") << qint64(3000) << qint64(3500);
    QTest::newRow("the latest removed there, an earlier one added here")
        << QStringLiteral("remove 2000") << qint64(1500) << qint64(1500);
    QTest::newRow("the latest moved back there, a later one added here")
        << QStringLiteral("move 2000 to 500") << qint64(9000) << qint64(9000);
}

void TestSearch::lastServiceWithTwoPCsAtOnce()
{
    // Two PCs (two connections) write service records of one client at once: this one adds a
    // record inside its transaction, the other PC adds, removes or moves one meanwhile, and the
    // column ends as the latest of the records both leave. PostgreSQL's READ COMMITTED let the
    // other PC read the records as they were before this one's record (its trigger now locks the
    // client first, so it waits for this PC's commit); SQLite's writers take turns.
    if (m_session.db->backend() != Backend::Postgres)
        QSKIP("SQLite lets one connection write at a time");
    QFETCH(QString, there);
    QFETCH(qint64, here);
    QFETCH(qint64, expected);
    const qint64 client = ClientRepository(m_session).findByPhone(QStringLiteral("13812345678")).id;
    QHash<qint64, qint64> recordAt;
    for (qint64 at : {1000, 2000})
        recordAt.insert(at, addRecord(m_session, client, at).id);
    const QStringList words = there.split(u' ');
    const DatabaseConfig config = m_test.config();
    QThread *otherPc = QThread::create([&] {
        Database db(config);
        Session s{&db, &m_clock, 0};
        if (words.at(0) == QLatin1String("add"))
            addRecord(s, client, words.at(1).toLongLong());
        else if (words.at(0) == QLatin1String("remove"))
            Sql::run(db.connection(), QStringLiteral("DELETE FROM service_records WHERE id = ?"),
                     {recordAt.value(words.at(1).toLongLong())});
        else
            Sql::run(db.connection(), QStringLiteral("UPDATE service_records SET at = ? WHERE id = ?"),
                     {words.at(3).toLongLong(), recordAt.value(words.at(1).toLongLong())});
    });
    {
        Transaction tx(*m_session.db);
        addRecord(m_session, client, here);
        otherPc->start();
        // Until the other PC has written, or waits for a lock this transaction holds.
        bool settled = false;
        // (pg_locks, not pg_stat_activity: that one is read once per transaction.)
        for (int poll = 0; poll < 100000 && !settled; ++poll)
            settled = otherPc->isFinished() ||
                      Sql::scalar(m_session.db->connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"))
                              .toInt() > 0;
        QVERIFY(settled);
        tx.commit();
    }
    QVERIFY(otherPc->wait(60000));
    delete otherPc;
    QCOMPARE(lastService(m_session, client), expected);
    QCOMPARE(lastService(m_session, client),
             Sql::scalar(m_session.db->connection(),
                         QStringLiteral("SELECT MAX(at) FROM service_records WHERE client_id = ?"), {client})
                 .toLongLong());
}

// The name column sorts as a Chinese name list does, by the pinyin (surnames read as surnames:
// 单 shan, 曾 zeng, 解 xie, 区 ou), on both databases, page by page, with and without a filter
// and walking the order's index (SQLite past denseMatches).
void TestSearch::listSortsNamesByTheirPinyin()
{
    ClientRepository clients(m_session);
    auto names = [&](bool descending, const QString &text = {}, qint64 dense = 10000) {
        ClientQuery q;
        q.sort = ClientQuery::Sort::Name;
        q.descending = descending;
        q.text = text;
        q.denseMatches = dense;
        QStringList out;
        for (qint64 offset = 0; offset < clients.count(q); offset += 3)
            for (const ClientRow &row : clients.page(q, offset, 3))
                out << row.name;
        return out;
    };
    const QStringList byPinyin = {
        QStringLiteral("John Smith"), QStringLiteral("李四"),   QStringLiteral("欧阳修"),
        QStringLiteral("区志强"),     QStringLiteral("单雄信"), QStringLiteral("王五"),
        QStringLiteral("解缙"),       QStringLiteral("曾国藩"), QStringLiteral("张"),
        QStringLiteral("张三"),       QStringLiteral("张三丰")};
    QCOMPARE(names(false), byPinyin);
    QStringList reversed = byPinyin;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(true), reversed);
    const QStringList zhang = {QStringLiteral("张"), QStringLiteral("张三"), QStringLiteral("张三丰")};
    QCOMPARE(names(false, QStringLiteral("张")), zhang);
    QCOMPARE(names(false, QStringLiteral("张"), 1), zhang);
}

void TestSearch::listSortsByLastServiceAndConsultant()
{
    ClientRepository clients(m_session);
    const qint64 total = clients.count();
    QList<qint64> ids;
    for (const ClientRow &row : clients.page({}, 0, 50))
        ids << row.id;
    QCOMPARE(ids.size(), total);
    // Last services out of id order; the rest have none.
    addRecord(m_session, ids.at(3), 2000);
    addRecord(m_session, ids.at(1), 3000);
    addRecord(m_session, ids.at(5), 1000);
    addRecord(m_session, ids.at(5), 500);
    // Consultants out of id order and out of name order; some clients have none.
    auto consultant = [&](const QString &name) {
        Staff s;
        s.name = name;
        s.role = QStringLiteral("consultant");
        StaffRepository(m_session).add(s);
        return s.id;
    };
    const qint64 zhou = consultant(QStringLiteral("Zhou"));
    const qint64 an = consultant(QStringLiteral("An"));
    QSqlDatabase db = m_session.db->connection();
    for (const auto &[index, consultant] : {std::pair{0, zhou}, {2, an}, {4, zhou}, {6, an}, {7, zhou}})
        Sql::run(db, QStringLiteral("UPDATE clients SET consultant_id = ? WHERE id = ?"),
                 {consultant, ids.at(index)});
    auto order = [&](ClientQuery::Sort sort, bool descending, const QString &text = {},
                     qint64 dense = 10000) {
        ClientQuery q;
        q.sort = sort;
        q.descending = descending;
        q.text = text;
        q.denseMatches = dense;
        QList<qint64> out;
        // Two rows a page: the pages join up in the list's order.
        for (qint64 offset = 0; offset < clients.count(q); offset += 2)
            for (const ClientRow &row : clients.page(q, offset, 2))
                out << row.id;
        return out;
    };
    // What the list shows, ordered here as the database orders (NULL first on SQLite, last on
    // PostgreSQL), then by number.
    const bool nullsFirst = m_session.db->backend() == Backend::Sqlite;
    auto expected = [&](const std::function<QVariant(qint64)> &key, bool descending) {
        QList<qint64> out = ids;
        std::sort(out.begin(), out.end(), [&](qint64 x, qint64 y) {
            const QVariant kx = key(x), ky = key(y);
            if (kx.isNull() != ky.isNull())
                return kx.isNull() == (nullsFirst != descending);
            if (!kx.isNull() && kx != ky)
                return descending ? QVariant::compare(ky, kx) < 0 : QVariant::compare(kx, ky) < 0;
            return descending ? y < x : x < y;
        });
        return out;
    };
    auto lastOf = [&](qint64 id) {
        const qint64 at = lastService(m_session, id);
        return at < 0 ? QVariant() : QVariant(at);
    };
    auto consultantOf = [&](qint64 id) {
        return Sql::scalar(
            db,
            QStringLiteral("SELECT s.name FROM clients c JOIN staff s ON s.id = c.consultant_id "
                           "WHERE c.id = ?"),
            {id});
    };
    for (bool descending : {false, true}) {
        QCOMPARE(order(ClientQuery::Sort::LastServiceAt, descending), expected(lastOf, descending));
        QCOMPARE(order(ClientQuery::Sort::Consultant, descending), expected(consultantOf, descending));
    }
    // With a filter: the matches in the same order, whether found through the filter's index
    // and sorted or, as past denseMatches on SQLite, by walking the sort order and checking each.
    auto matching = [&](const QList<qint64> &inOrder, const QString &text) {
        QList<qint64> out;
        for (qint64 id : inOrder) {
            const Client c = clients.get(id);
            if (c.name.contains(text) || c.phone.startsWith(QStringLiteral("+86") + text))
                out << id;
        }
        return out;
    };
    for (const QString &text : {QStringLiteral("张"), QStringLiteral("13")}) {
        for (qint64 dense : {10000, 1}) {
            for (bool descending : {false, true}) {
                const QList<qint64> byConsultant =
                    order(ClientQuery::Sort::Consultant, descending, text, dense);
                QCOMPARE(byConsultant, matching(expected(consultantOf, descending), text));
                QVERIFY(byConsultant.size() >= 2);
                QCOMPARE(order(ClientQuery::Sort::LastServiceAt, descending, text, dense),
                         matching(expected(lastOf, descending), text));
                QCOMPARE(order(ClientQuery::Sort::Id, descending, text, dense),
                         matching(expected([](qint64) { return QVariant(); }, descending), text));
            }
        }
    }
}

void TestSearch::upgradeFillsTheLastService()
{
    Database &db = m_test.fresh();
    Migrations::migrate(db, 22);
    QSqlDatabase conn = db.connection();
    Sql::run(conn,
             QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
             {QStringLiteral("曾小贤"), QStringLiteral("+8613800000009")});
    Sql::run(conn,
             QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
             {QStringLiteral("胡一菲"), QStringLiteral("+8613800000010")});
    const qint64 zeng =
        Sql::scalar(conn, QStringLiteral("SELECT id FROM clients WHERE name = ?"), {QStringLiteral("曾小贤")})
            .toLongLong();
    for (qint64 at : {100, 300, 200})
        Sql::run(conn,
                 QStringLiteral(
                     "INSERT INTO service_records (client_id, at, kind, content) VALUES (?, ?, 'call', 'x')"),
                 {zeng, at});
    Migrations::migrate(db);
    Session upgraded{&db, &m_clock, 0};
    QCOMPARE(lastService(upgraded, zeng), 300);
    QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM clients WHERE last_service_at IS NULL"))
                 .toInt(),
             1);
}

// A client with the number as its id (the placeholder of an erased client is "+0" and the id),
// written as an older version or an import writes it.
static qint64 clientNumbered(const Database &db, qint64 id, const QString &name, const QString &phone)
{
    Sql::run(db.connection(),
             QStringLiteral(
                 "INSERT INTO clients (id, name, phone, created_at, updated_at) VALUES (?, ?, ?, 0, 0)"),
             {id, name, phone});
    return id;
}

// The client list's filter: how many clients it shows.
static int listed(const Session &session, const QString &text)
{
    ClientListModel model(session);
    model.setFilterText(text);
    return model.rowCount();
}

// The tester's finding: typing "0172" found the erased client No. 172 by its placeholder "+0172",
// at the front desk, in the client list's filter and with `clients find`.
void TestSearch::erasedPlaceholderMatchesNoDigits()
{
    const qint64 erased =
        clientNumbered(*m_session.db, 172, QStringLiteral("待删除"), QStringLiteral("+8613999990000"));
    addClients({{"号码含一七二", "13817200000"}});
    Erasure::eraseOnRequest(m_session, erased);
    QCOMPARE(ClientRepository(m_session).get(erased).phone, Phone::erasedPlaceholder(erased));
    for (const char *digits : {"0172", "+0172", "+0", "+01", "01720", "172"}) {
        const QStringList found = names(QString::fromLatin1(digits), m_session);
        QVERIFY2(!found.contains(QStringLiteral("(removed)")), digits);
        QCOMPARE(listed(m_session, QString::fromLatin1(digits)), int(found.size()));
    }
    // A live number holding the digits is still found; the index holds none of the placeholder's.
    QCOMPARE(names(QStringLiteral("172"), m_session), QStringList{QStringLiteral("号码含一七二")});
    QCOMPARE(
        Sql::scalar(
            m_session.db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE client_id = ?").arg(ClientSearchIndex::PhoneGrams),
            {erased})
            .toInt(),
        0);
    QCOMPARE(ClientRepository(m_session).findByPhone(Phone::erasedPlaceholder(erased)).id, 0);
    // Still listed, and shown by its number.
    QCOMPARE(listed(m_session, {}), 13);
    QCOMPARE(ClientRepository(m_session).get(erased).id, erased);
}

// An office that erased clients before: the upgrade removes the placeholders' entries, and its
// triggers write none for a client erased afterwards.
void TestSearch::upgradeLeavesErasedPlaceholdersOut()
{
    Database &db = m_test.fresh();
    QCOMPARE(Migrations::migrate(db, 30), 30);
    Session old{&db, &m_clock, 0};
    clientNumbered(db, 172, QStringLiteral("早删除"), QStringLiteral("+8613999990000"));
    clientNumbered(db, 173, QStringLiteral("后删除"), QStringLiteral("+8613999990001"));
    // Erased as version 30 erased, whose triggers put the placeholder's digits into the index (this
    // program's steps make today's triggers, so the entries they wrote are written here).
    Sql::run(db.connection(), QStringLiteral("UPDATE clients SET name = '(removed)', phone = '+0172', "
                                             "anonymised_at = 0 WHERE id = 172"));
    Sql::run(db.connection(),
             QStringLiteral("INSERT INTO %1 (gram, rank, client_id) VALUES ('017', 2009, 172), "
                            "('172', 9, 172)")
                 .arg(ClientSearchIndex::PhoneGrams));
    QCOMPARE(names(QStringLiteral("0172"), old), QStringList{QStringLiteral("(removed)")});
    QCOMPARE(Migrations::migrate(db), Migrations::latestVersion());
    QCOMPARE(names(QStringLiteral("0172"), old), QStringList());
    QCOMPARE(listed(old, QStringLiteral("0172")), 0);
    Erasure::eraseOnRequest(old, 173);
    QCOMPARE(names(QStringLiteral("0173"), old), QStringList());
    QCOMPARE(
        Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE client_id IN (172, 173)")
                                         .arg(ClientSearchIndex::PhoneGrams))
            .toInt(),
        0);
    // The index is what the triggers write: every client written again changes nothing.
    const QStringList upgraded = indexEntries(old);
    Sql::run(db.connection(), QStringLiteral("UPDATE clients SET name = name"));
    QCOMPARE(indexEntries(old), upgraded);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
