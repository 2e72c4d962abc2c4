// SPDX-License-Identifier: GPL-3.0-or-later
// Repositories on SQLite and PostgreSQL: validation, duplicates, row_version conflicts, audit in
// the same transaction, service records for every act, sales control, the client list queries.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "core/Pinyin.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace estatedesk;
using namespace estatedesk::test;

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void addsAndReadsAClientWithNormalisedPhone();
    void refusesADuplicatePhoneInAnyFormat();
    void rejectsBadInputNamingTheField();
    void namesMustBeVisibleAndFreeOfControlCharacters_data();
    void namesMustBeVisibleAndFreeOfControlCharacters();
    void detectsRowVersionConflicts();
    void auditsEveryChangeWithBeforeAndAfter();
    void staffNamesAreUnique();
    void consultationWritesServiceRecords();
    void viewingAndComplaintWriteServiceRecords();
    void salesControlAllowsOneLiveContractPerUnit();
    void unitsBoardReadsOneBuildingAtATime();
    void salesControlIsEnforcedByTheDatabase();
    void clientQueriesFilterAndSort();
    void clientListModelPagesLazily();
    void insertBatchGivesEveryClientItsIdAndSearchKeys();
    void mergingKeepsEveryRecord();
    void followUpTasks();

private:
    Client makeClient(const QString &name, const QString &phone, qint64 consultant = 0);
    Unit makeUnit(const QString &room);
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestRepositories::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
}

void TestRepositories::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
}

Client TestRepositories::makeClient(const QString &name, const QString &phone, qint64 consultant)
{
    Client c;
    c.name = name;
    c.phone = phone;
    c.consultantId = consultant;
    ClientRepository(m_session).add(c);
    return c;
}

Unit TestRepositories::makeUnit(const QString &room)
{
    Unit u;
    u.building = QStringLiteral("3");
    u.entrance = QStringLiteral("1");
    u.floor = 15;
    u.room = room;
    u.areaDm2 = 8950;
    u.listPriceFen = 198'000'000;
    UnitRepository(m_session).add(u);
    return u;
}

void TestRepositories::addsAndReadsAClientWithNormalisedPhone()
{
    Client c;
    c.name = QStringLiteral("  张三 ");
    c.phone = QStringLiteral("138-1234-5678");
    c.gender = QStringLiteral("male");
    c.source = QStringLiteral("walk_in");
    c.interests = {QStringLiteral("price"), QStringLiteral("layout")};
    c.occupation = QStringLiteral("教师");
    ClientRepository(m_session).add(c);
    QVERIFY(c.id > 0);
    QCOMPARE(c.rowVersion, 1);
    const Client read = ClientRepository(m_session).get(c.id);
    QCOMPARE(read.name, QStringLiteral("张三"));
    QCOMPARE(read.phone, QStringLiteral("+8613812345678"));
    QCOMPARE(read.interests, QStringList({QStringLiteral("price"), QStringLiteral("layout")}));
    QCOMPARE(read.createdAt, fridayMorning());
    QCOMPARE(read.occupation, QStringLiteral("教师"));
    QCOMPARE(ClientRepository(m_session).findByPhone(QStringLiteral("+86 138 1234 5678")).id, c.id);
    QVERIFY_THROWS_EXCEPTION(NotFoundError, ClientRepository(m_session).get(c.id + 1000));
}

void TestRepositories::refusesADuplicatePhoneInAnyFormat()
{
    const Client first = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Client second;
    second.name = QStringLiteral("李四");
    second.phone = QStringLiteral("0086 138 1234 5678");
    try {
        ClientRepository(m_session).add(second);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
        QVERIFY2(e.message().contains(QStringLiteral("张三")), qPrintable(e.message()));
    }
    QCOMPARE(ClientRepository(m_session).count(), 1);
    // Changing another client's phone to a used one is refused too.
    Client other = makeClient(QStringLiteral("王五"), QStringLiteral("13900000000"));
    other.phone = QStringLiteral("+8613812345678");
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).update(other));
    // The database's unique index is the last line of defence.
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        Sql::run(
            m_session.db->connection(),
            QStringLiteral("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, ?, 0, 0)"),
            {QStringLiteral("x"), first.phone}));
}

void TestRepositories::rejectsBadInputNamingTheField()
{
    Client c;
    c.name = QStringLiteral("张三");
    c.phone = QStringLiteral("1234");
    try {
        ClientRepository(m_session).add(c);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
    }
    Consultation consultation;
    consultation.channel = QStringLiteral("phone");
    consultation.receivedAt = m_clock.nowMs();
    try {
        ConsultationRepository(m_session).add(consultation);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("client"));
    }
    QCOMPARE(ClientRepository(m_session).count(), 0);
    QCOMPARE(AuditLog::count(m_session), 0);
}

// Issue 14.9: names of only zero-width, bidi or combining characters, and control characters (a
// NUL surfaced raw database text on PostgreSQL), were accepted. Refused by field, on both backends,
// for clients and staff; nothing written.
void TestRepositories::namesMustBeVisibleAndFreeOfControlCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero-width spaces") << QStringLiteral("\u200B\u200B") << false;
    QTest::newRow("a byte-order mark") << QStringLiteral("\uFEFF") << false;
    QTest::newRow("combining marks") << QStringLiteral("\u0301\u0308") << false;
    QTest::newRow("a NUL inside") << (QStringLiteral("张") + QChar(0) + QStringLiteral("三")) << false;
    QTest::newRow("an escape") << QStringLiteral("张\u001B[31m三") << false;
    QTest::newRow("a right-to-left override") << QStringLiteral("张\u202E三") << false;
    QTest::newRow("a line break") << QStringLiteral("张\n三") << false;
    QTest::newRow("plain") << QStringLiteral("张三") << true;
    QTest::newRow("CJK extension B") << QString::fromUcs4(U"\U00020000\U00020001") << true;
    QTest::newRow("Latin with accents") << QStringLiteral("Zoë O'Brien") << true;
}

void TestRepositories::namesMustBeVisibleAndFreeOfControlCharacters()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    Client c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    Staff s;
    s.name = name;
    s.role = QStringLiteral("consultant");
    for (const std::function<void()> &add : std::initializer_list<std::function<void()>>{
             [&] { ClientRepository(m_session).add(c); }, [&] { StaffRepository(m_session).add(s); }}) {
        try {
            add();
            QVERIFY2(accepted, "accepted");
        } catch (const ValidationError &e) {
            QVERIFY2(!accepted, qPrintable(e.message()));
            QCOMPARE(e.field(), QStringLiteral("name"));
        }
    }
    QCOMPARE(ClientRepository(m_session).count(), accepted ? 1 : 0);
    QCOMPARE(ClientRepository(m_session).count() > 0, AuditLog::count(m_session) > 0);
    // Multi-line notes keep their line breaks; a NUL in them is refused all the same.
    if (accepted) {
        Client noted = ClientRepository(m_session).get(c.id);
        noted.notes = QStringLiteral("第一行\n第二行");
        ClientRepository(m_session).update(noted);
        noted = ClientRepository(m_session).get(c.id);
        noted.notes = QStringLiteral("a") + QChar(0);
        QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).update(noted));
        QCOMPARE(ClientRepository(m_session).get(c.id).notes, QStringLiteral("第一行\n第二行"));
    }
}

void TestRepositories::detectsRowVersionConflicts()
{
    const Client original = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Client mine = ClientRepository(m_session).get(original.id);
    Client theirs = ClientRepository(m_session).get(original.id);
    theirs.notes = QStringLiteral("their note");
    ClientRepository(m_session).update(theirs);
    QCOMPARE(theirs.rowVersion, 2);
    mine.occupation = QStringLiteral("my change");
    try {
        ClientRepository(m_session).update(mine);
        QFAIL("expected ConflictError");
    } catch (const ConflictError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("version 2")), qPrintable(e.message()));
    }
    const Client stored = ClientRepository(m_session).get(original.id);
    QCOMPARE(stored.notes, QStringLiteral("their note"));
    QVERIFY(stored.occupation.isEmpty());
    QCOMPARE(stored.rowVersion, 2);
    // Reloading and applying again works.
    Client reloaded = stored;
    reloaded.occupation = QStringLiteral("my change");
    ClientRepository(m_session).update(reloaded);
    QCOMPARE(reloaded.rowVersion, 3);
}

void TestRepositories::auditsEveryChangeWithBeforeAndAfter()
{
    m_session.actorId = 0;
    Staff s;
    s.name = QStringLiteral("周主管");
    s.role = QStringLiteral("supervisor");
    StaffRepository(m_session).add(s);
    m_session.actorId = s.id;
    m_clock.advance(60'000);
    Client c = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    m_clock.advance(60'000);
    c.notes = QStringLiteral("prefers weekends");
    ClientRepository(m_session).update(c);
    const QList<AuditEntry> entries = AuditLog::forEntity(m_session, QStringLiteral("clients"), c.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("insert"));
    QCOMPARE(entries.at(0).actorId, s.id);
    QCOMPARE(entries.at(0).at, fridayMorning() + 60'000);
    QVERIFY(entries.at(0).afterJson.contains(QStringLiteral("+8613812345678")));
    QCOMPARE(entries.at(1).action, QStringLiteral("update"));
    const QVariantMap before = QJsonDocument::fromJson(entries.at(1).beforeJson.toUtf8()).toVariant().toMap();
    const QVariantMap after = QJsonDocument::fromJson(entries.at(1).afterJson.toUtf8()).toVariant().toMap();
    QCOMPARE(before.value(QStringLiteral("notes")).toString(), QString());
    QCOMPARE(after.value(QStringLiteral("notes")).toString(), QStringLiteral("prefers weekends"));
    QCOMPARE(before.value(QStringLiteral("row_version")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("row_version")).toInt(), 2);
    // A refused change leaves no audit entry.
    const qint64 count = AuditLog::count(m_session);
    Client stale = c;
    stale.rowVersion = 1;
    QVERIFY_THROWS_EXCEPTION(ConflictError, ClientRepository(m_session).update(stale));
    QCOMPARE(AuditLog::count(m_session), count);
}

void TestRepositories::staffNamesAreUnique()
{
    Staff a;
    a.name = QStringLiteral("陈顾问");
    a.role = QStringLiteral("consultant");
    StaffRepository(m_session).add(a);
    Staff b = a;
    b.id = 0;
    try {
        StaffRepository(m_session).add(b);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("name"));
    }
    QCOMPARE(StaffRepository(m_session).list(true, QStringLiteral("consultant")).size(), 1);
    a.active = false;
    StaffRepository(m_session).update(a);
    QCOMPARE(StaffRepository(m_session).list(true).size(), 0);
    QCOMPARE(StaffRepository(m_session).list(false).size(), 1);
}

void TestRepositories::consultationWritesServiceRecords()
{
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Consultation c;
    c.clientId = client.id;
    c.channel = QStringLiteral("wechat");
    c.receivedAt = m_clock.nowMs();
    c.interests = {QStringLiteral("price")};
    c.needs = QStringLiteral("首套刚需");
    c.budgetFen = 300'0000'00;
    ConsultationRepository(m_session).add(c);
    QCOMPARE(ConsultationRepository(m_session).countAwaitingResponse(), 1);
    m_clock.advance(10 * 60'000);
    ConsultationRepository(m_session).recordResponse(c, m_clock.nowMs(), 0, QStringLiteral("发送价格表"));
    QCOMPARE(ConsultationRepository(m_session).countAwaitingResponse(), 0);
    const Consultation read = ConsultationRepository(m_session).get(c.id);
    QCOMPARE(read.respondedAt, fridayMorning() + 10 * 60'000);
    QCOMPARE(read.budgetFen, qint64(300'0000'00));
    const QList<ServiceRecord> timeline = ServiceRecordRepository(m_session).forClient(client.id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0).content, QStringLiteral("发送价格表")); // newest first
    QCOMPARE(timeline.at(1).content, QStringLiteral("首套刚需"));
    QCOMPARE(timeline.at(1).refEntity, QStringLiteral("consultations"));
    QCOMPARE(timeline.at(1).refId, c.id);
    // A second first response is refused.
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             ConsultationRepository(m_session).recordResponse(c, m_clock.nowMs(), 0, {}));
}

void TestRepositories::viewingAndComplaintWriteServiceRecords()
{
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Appointment a;
    a.clientId = client.id;
    a.startsAt = fridayMorning() + 3600'000;
    a.endsAt = a.startsAt + 3600'000;
    a.partySize = 3;
    a.bring = QStringLiteral("身份证");
    AppointmentRepository(m_session).add(a);
    a.status = QStringLiteral("checked_in");
    AppointmentRepository(m_session).update(a);
    QCOMPARE(AppointmentRepository(m_session).between(fridayMorning(), fridayMorning() + 86400'000).size(),
             1);

    Complaint c;
    c.clientId = client.id;
    c.description = QStringLiteral("卫生间渗水");
    c.severity = QStringLiteral("urgent");
    c.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(c);
    QCOMPARE(ComplaintRepository(m_session).countOpen(), 1);
    m_clock.set(m_clock.nowMs() + 60'000);
    ComplaintRepository(m_session).respond(c.id, QStringLiteral("已联系物业上门查看"));

    const QList<ServiceRecord> timeline = ServiceRecordRepository(m_session).forClient(client.id);
    QStringList kinds;
    for (const ServiceRecord &r : timeline)
        kinds << r.kind;
    QCOMPARE(kinds.count(QStringLiteral("viewing")), 2);
    QCOMPARE(kinds.count(QStringLiteral("complaint")), 2);
}

void TestRepositories::unitsBoardReadsOneBuildingAtATime()
{
    // Buildings 10, 2 and 3 (makeUnit's): counted as people count them, 2 before 10.
    addUnit(m_session, QStringLiteral("10"), 1, QStringLiteral("0101"), 100'000'000);
    addUnit(m_session, QStringLiteral("2"), 3, QStringLiteral("0302"), 100'000'000);
    addUnit(m_session, QStringLiteral("2"), 1, QStringLiteral("0101"), 100'000'000);
    makeUnit(QStringLiteral("1501"));
    UnitRepository units(m_session);
    QCOMPARE(units.buildings(),
             (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("10")}));
    const QList<Unit> two = units.inBuilding(QStringLiteral("2"));
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).room, QStringLiteral("0101"));
    QCOMPARE(two.at(1).room, QStringLiteral("0302"));
    QVERIFY(units.inBuilding(QStringLiteral("4")).isEmpty());
}

void TestRepositories::salesControlAllowsOneLiveContractPerUnit()
{
    const Client a = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    const Client b = makeClient(QStringLiteral("李四"), QStringLiteral("13912345678"));
    const Unit unit = makeUnit(QStringLiteral("1502"));
    Contract first;
    first.number = QStringLiteral("HT2026-00001");
    first.clientId = a.id;
    first.unitId = unit.id;
    first.priceFen = unit.listPriceFen;
    ContractRepository(m_session).add(first);

    Contract second = first;
    second.id = 0;
    second.number = QStringLiteral("HT2026-00002");
    second.clientId = b.id;
    try {
        ContractRepository(m_session).add(second);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("unit"));
        QVERIFY2(e.message().contains(QStringLiteral("HT2026-00001")), qPrintable(e.message()));
    }
    // Once the first is cancelled (with a reason) the unit can be sold again.
    first.status = QStringLiteral("cancelled");
    first.cancelReason = QStringLiteral("客户放弃购买");
    ContractRepository(m_session).update(first);
    ContractRepository(m_session).add(second);
    QVERIFY(second.id > 0);
    QCOMPARE(ContractRepository(m_session).forClient(b.id).size(), 1);
}

void TestRepositories::salesControlIsEnforcedByTheDatabase()
{
    const Client a = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    const Unit unit = makeUnit(QStringLiteral("1601"));
    const QString insert =
        QStringLiteral("INSERT INTO contracts (number, client_id, unit_id, price_fen, status, created_at, "
                       "updated_at) VALUES (?, ?, ?, 100, 'draft', 0, 0)");
    Sql::run(m_session.db->connection(), insert, {QStringLiteral("X-1"), a.id, unit.id});
    QVERIFY_THROWS_EXCEPTION(
        StorageError, Sql::run(m_session.db->connection(), insert, {QStringLiteral("X-2"), a.id, unit.id}));
}

void TestRepositories::clientQueriesFilterAndSort()
{
    makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    makeClient(QStringLiteral("张三丰"), QStringLiteral("13912340000"));
    makeClient(QStringLiteral("李四"), QStringLiteral("010-87654321"));
    makeClient(QStringLiteral("Wang 50%"), QStringLiteral("13700005678"));
    ClientRepository repo(m_session);
    auto names = [&](const QString &text, ClientQuery::Sort sort = ClientQuery::Sort::Id,
                     bool desc = false) -> QStringList {
        ClientQuery q;
        q.text = text;
        q.sort = sort;
        q.descending = desc;
        QStringList out;
        for (const ClientRow &r : repo.page(q, 0, 50))
            out << r.name;
        if (repo.count(q) != out.size())
            out << QStringLiteral("(count disagrees)");
        return out;
    };
    QCOMPARE(names(QStringLiteral("张")), QStringList({QStringLiteral("张三"), QStringLiteral("张三丰")}));
    QCOMPARE(names(QStringLiteral("三丰")), QStringList({QStringLiteral("张三丰")}));
    QCOMPARE(names(QStringLiteral("5678")),
             QStringList({QStringLiteral("张三"), QStringLiteral("Wang 50%")}));
    QCOMPARE(names(QStringLiteral("138 1234")), QStringList({QStringLiteral("张三")}));
    QCOMPARE(names(QStringLiteral("+86-139")), QStringList({QStringLiteral("张三丰")}));
    QCOMPARE(names(QStringLiteral("8765")), QStringList({QStringLiteral("李四")}));
    QCOMPARE(names(QStringLiteral("wang")), QStringList({QStringLiteral("Wang 50%")}));
    QCOMPARE(names(QStringLiteral("50%")), QStringList({QStringLiteral("Wang 50%")})); // % is literal
    QCOMPARE(names(QStringLiteral("_")), QStringList());
    QCOMPARE(names(QString(), ClientQuery::Sort::Id, true).constFirst(), QStringLiteral("Wang 50%"));
    QCOMPARE(names(QString(), ClientQuery::Sort::Phone).constFirst(), QStringLiteral("李四"));
}

void TestRepositories::clientListModelPagesLazily()
{
    QList<Client> many;
    for (int i = 0; i < 450; ++i) {
        Client c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("+86136%1").arg(i, 8, 10, QLatin1Char('0'));
        many << c;
    }
    ClientRepository(m_session).insertBatch(many, QStringLiteral("import"));
    ClientListModel model(m_session);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
    QCOMPARE(model.index(449, ClientListModel::NameColumn).data().toString(), QStringLiteral("客户449"));
    QCOMPARE(model.index(0, ClientListModel::PhoneColumn).data(ClientListModel::RawRole).toString(),
             QStringLiteral("+8613600000000"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilterText(QStringLiteral("客户44"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 11); // 客户44 and 客户440–449
    model.sort(ClientListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("客户449"));
    QCOMPARE(reset.size(), 2);
}

// An import inserts many rows per statement: every client still gets its own id back, and the
// pinyin the search uses is each name's own, in every chunk (the last one partial) and in order.
void TestRepositories::insertBatchGivesEveryClientItsIdAndSearchKeys()
{
    const QStringList surnames = {QStringLiteral("单"), QStringLiteral("曾"), QStringLiteral("张"),
                                  QStringLiteral("欧阳")};
    const QStringList given = {QStringLiteral("田芳"), QStringLiteral("小贤"), QStringLiteral("三"),
                               QStringLiteral("明")};
    QList<Client> many;
    for (int i = 0; i < 613; ++i) {
        Client c;
        c.name = surnames.at(i % 4) + given.at((i / 4) % 4) + QString::number(i);
        // Phones in descending order, so that insertion order and phone order differ.
        c.phone = QStringLiteral("+86137%1").arg(99999999 - i, 8, 10, QLatin1Char('0'));
        many << c;
    }
    ClientRepository(m_session).insertBatch(many, QStringLiteral("import"));
    QSet<qint64> ids;
    for (const Client &c : std::as_const(many)) {
        QVERIFY(c.id > 0);
        ids << c.id;
        QSqlQuery q = Sql::run(
            m_session.db->connection(),
            QStringLiteral("SELECT name, phone, name_pinyin, name_initials FROM clients WHERE id = ?"),
            {c.id});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), c.name);
        QCOMPARE(q.value(1).toString(), c.phone);
        const Pinyin::Forms forms = Pinyin::ofName(c.name);
        QCOMPARE(q.value(2).toString(), forms.full);
        QCOMPARE(q.value(3).toString(), forms.initials);
    }
    QCOMPARE(ids.size(), 613);
    QCOMPARE(Pinyin::ofName(QStringLiteral("单田芳")).full,
             QStringLiteral("shantianfang")); // read as a surname
    qsizetype ouyangXiaoxian = 0;
    for (const Client &c : std::as_const(many))
        ouyangXiaoxian += c.name.startsWith(QStringLiteral("欧阳小贤")) ? 1 : 0;
    QCOMPARE(ouyangXiaoxian, 38);
    QCOMPARE(ClientRepository(m_session).find(QStringLiteral("oyxx"), 700).size(), ouyangXiaoxian);
}

void TestRepositories::mergingKeepsEveryRecord()
{
    Client keep = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    Client dup;
    dup.name = QStringLiteral("张叁");
    dup.phone = QStringLiteral("13812345679");
    dup.occupation = QStringLiteral("教师");
    dup.notes = QStringLiteral("周末看房");
    ClientRepository(m_session).add(dup);
    Consultation c;
    c.clientId = dup.id;
    c.channel = QStringLiteral("phone");
    c.receivedAt = m_clock.nowMs();
    ConsultationRepository(m_session).add(c);
    Complaint complaint;
    complaint.clientId = dup.id;
    complaint.description = QStringLiteral("噪音");
    complaint.receivedAt = m_clock.nowMs();
    ComplaintRepository(m_session).add(complaint);
    const int recordsBefore = int(ServiceRecordRepository(m_session).forClient(keep.id).size() +
                                  ServiceRecordRepository(m_session).forClient(dup.id).size());
    const qint64 dupAudit = AuditLog::forEntity(m_session, QStringLiteral("clients"), dup.id).size();

    ClientRepository(m_session).merge(keep.id, dup.id);
    QVERIFY_THROWS_EXCEPTION(NotFoundError, ClientRepository(m_session).get(dup.id));
    const Client merged = ClientRepository(m_session).get(keep.id);
    QCOMPARE(merged.occupation, QStringLiteral("教师"));
    // The duplicate's notes stay on the card; its phone number becomes another number of the
    // client kept (the tester's F9; tst_clientphones checks the desk and the search find it).
    QCOMPARE(merged.notes, QStringLiteral("周末看房"));
    QCOMPARE(merged.phone, keep.phone);
    QCOMPARE(ClientPhones::phonesOf(m_session, keep.id), QStringList{QStringLiteral("+8613812345679")});
    // Every service record moved over, plus the note of the merge, which is no call.
    const QList<ServiceRecord> records = ServiceRecordRepository(m_session).forClient(keep.id);
    QCOMPARE(records.size(), recordsBefore + 1);
    QCOMPARE(std::count_if(records.cbegin(), records.cend(),
                           [](const ServiceRecord &r) { return r.kind == Vocabulary::ServiceKind::Call; }),
             0);
    QCOMPARE(ConsultationRepository(m_session).get(c.id).clientId, keep.id);
    for (const DeadlineItem &i :
         DeadlineRepository(m_session).forRecord(QStringLiteral("complaints"), complaint.id))
        QCOMPARE(i.clientId, keep.id);
    // The duplicate's audit entries stay, with one more saying where it went.
    QCOMPARE(AuditLog::forEntity(m_session, QStringLiteral("clients"), dup.id).size(), dupAudit + 1);
    QCOMPARE(AuditLog::forEntity(m_session, QStringLiteral("clients"), keep.id).constLast().action,
             QStringLiteral("merge"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, ClientRepository(m_session).merge(keep.id, keep.id));
    Session consultant = m_session;
    consultant.role = QStringLiteral("consultant");
    QVERIFY_THROWS_EXCEPTION(PermissionError, ClientRepository(consultant).merge(keep.id, 999));
}

void TestRepositories::followUpTasks()
{
    const Client client = makeClient(QStringLiteral("张三"), QStringLiteral("13812345678"));
    FollowUpRepository tasks(m_session);
    const qint64 late = tasks.add(client.id, 0, QDate(2026, 11, 26), QStringLiteral("回电确认贷款预审"));
    tasks.add(client.id, 0, QDate(2026, 12, 3), QStringLiteral("邀请参加开盘活动"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, tasks.add(client.id, 0, QDate(), QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             tasks.add(client.id, 0, QDate(2026, 12, 1), QStringLiteral("  ")));
    QCOMPARE(tasks.forClient(client.id).size(), 2);
    QCOMPARE(tasks.due(QDate(2026, 11, 27)).size(), 1);
    tasks.complete(late, QStringLiteral("已预审通过"));
    QCOMPARE(tasks.forClient(client.id).size(), 1);
    QCOMPARE(tasks.forClient(client.id, false).size(), 2);
    QVERIFY_THROWS_EXCEPTION(ValidationError, tasks.complete(late, QString()));
    // Done is a service act: it is on the timeline.
    QCOMPARE(ServiceRecordRepository(m_session).forClient(client.id).constFirst().result,
             QStringLiteral("已预审通过"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
