// SPDX-License-Identifier: GPL-3.0-or-later
// The three item models under QAbstractItemModelTester (Qt Test failure reporting), fed with the
// demo office and exercised the way the screens use them: reloaded, filtered, sorted, paged,
// ticked. Both backends: the models read the database.
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "itemmodels/ClientListModel.h"
#include "itemmodels/DeadlineListModel.h"
#include "itemmodels/ServiceRecordModel.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "storage/BackgroundReader.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clientListPagesFiltersAndSorts();
    void clientListCountsPastItsCapOnTheReader();
    void deadlineListFiltersAndTicks();
    void serviceRecordsPerClientAndFiltered();

private:
    // Reads every cell in every role the views ask for (pages load as rows are read).
    static void readAll(const QAbstractItemModel *model);
    // A client of the demo with at least three service records of two kinds.
    qint64 busyClient() const;

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestItemModels::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    m_session = m_test.freshSession(m_clock);
    // More clients than one page of the client list (ClientListModel::kPageSize).
    DemoData::generate(m_session, 450, 4);
}

void TestItemModels::readAll(const QAbstractItemModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1)})
                model->index(r, c).data(role);
}

qint64 TestItemModels::busyClient() const
{
    for (qint64 id = 1; id <= 450; ++id) {
        const QList<ServiceRecord> records = ServiceRecordRepository(m_session).forClient(id);
        QSet<QString> kinds;
        for (const ServiceRecord &r : records)
            kinds.insert(r.kind);
        if (records.size() >= 3 && kinds.size() >= 2)
            return id;
    }
    return 0;
}

void TestItemModels::clientListPagesFiltersAndSorts()
{
    ClientListModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 all = ClientRepository(m_session).count();
    QVERIFY(all > ClientListModel::kPageSize);
    QCOMPARE(model.rowCount(), int(all));
    readAll(&model); // every page
    // Newest first by number, then oldest first.
    model.sort(ClientListModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), int(all));
    const qint64 firstDesc =
        model.index(0, ClientListModel::IdColumn).data(ClientListModel::IdRole).toLongLong();
    const qint64 lastDesc = model.index(model.rowCount() - 1, ClientListModel::IdColumn)
                                .data(ClientListModel::IdRole)
                                .toLongLong();
    QVERIFY2(firstDesc > lastDesc, qPrintable(QStringLiteral("%1 %2").arg(firstDesc).arg(lastDesc)));
    model.sort(ClientListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ClientListModel::IdColumn).data(ClientListModel::IdRole).toLongLong(), lastDesc);
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        readAll(&model);
    }
    // A filter by phone finds the one client; a filter matching nobody empties the list.
    const Client known = ClientRepository(m_session).get(7);
    model.setFilterText(known.phone);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ClientListModel::IdRole).toLongLong(), known.id);
    QCOMPARE(model.rowOfId(known.id), 0);
    model.setFilterText(QStringLiteral("no client is called this"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), int(all));
    // A client added elsewhere shows after a reload.
    Client added;
    added.name = QStringLiteral("模型测试");
    added.phone = QStringLiteral("13811112222");
    ClientRepository(m_session).add(added);
    model.refresh();
    QCOMPARE(model.rowCount(), int(all) + 1);
    QVERIFY(model.findRow(added.id, 10) >= 0);
}

void TestItemModels::clientListCountsPastItsCapOnTheReader()
{
    // Past its cap the list has the cap's rows at once and reads the exact count on the reader's
    // thread; the rows past the cap follow those shown when it arrives.
    BackgroundReader reader(m_session.db);
    ClientListModel model(m_session, nullptr, &reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 all = ClientRepository(m_session).count();
    QCOMPARE(model.rowCount(), int(all)); // under the cap: counted at once
    QVERIFY(model.isCountExact());
    model.setCountCap(100);
    QSignalSpy counted(&model, &ClientListModel::countChanged);
    model.refresh();
    QCOMPARE(counted.size(), 1);
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.rowCount(), 100);
    const qint64 first = model.index(0, 0).data(ClientListModel::IdRole).toLongLong();
    const qint64 hundredth = model.index(99, 0).data(ClientListModel::IdRole).toLongLong();
    QVERIFY(counted.wait());
    QVERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), int(all));
    QCOMPARE(model.index(0, 0).data(ClientListModel::IdRole).toLongLong(), first);
    QCOMPARE(model.index(99, 0).data(ClientListModel::IdRole).toLongLong(), hundredth);
    readAll(&model);
    // A filter typed before the count arrives: the count read for the list before is dropped.
    model.refresh();
    QVERIFY(!model.isCountExact());
    const Client known = ClientRepository(m_session).get(9);
    model.setFilterText(known.phone);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.isCountExact());
    bool drained = false; // reads run in order: this one's answer comes after the dropped count's
    reader.read<int>(
        &model, [] { return 0; }, [&drained](const int &) { drained = true; }, [](const QString &) {});
    QTRY_VERIFY(drained);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(counted.size(), 4); // the refresh, its count, the filter's refresh; not the dropped count
}

void TestItemModels::deadlineListFiltersAndTicks()
{
    DeadlineListModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing read yet
    // Attention only (the default), then every open item, then complaints only.
    const DeadlineFilter attention;
    model.refresh();
    QCOMPARE(model.rowCount(), int(DeadlineRepository(m_session).open(m_clock.nowMs(), attention).size()));
    QVERIFY(model.rowCount() > 0);
    const DeadlineFilter everything{{}, true, {}};
    model.setFilter(everything);
    const int open = int(DeadlineRepository(m_session).open(m_clock.nowMs(), everything).size());
    QCOMPARE(model.rowCount(), open);
    QVERIFY(open > 0);
    readAll(&model);
    model.setFilter({{}, true, QStringLiteral("complaints")});
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < open);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(DeadlineListModel::EntityRole).toString(),
                 QStringLiteral("complaints"));
    // The countdowns move on: remaining times change, the rows stay.
    model.setFilter(everything);
    const int rows = model.rowCount();
    auto remaining = [&] {
        QStringList texts;
        for (int r = 0; r < model.rowCount(); ++r)
            texts << model.index(r, DeadlineListModel::RemainingColumn).data().toString();
        return texts;
    };
    const QStringList before = remaining();
    m_clock.advance(3 * 60'000);
    model.tick();
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(remaining() != before);
    // Much later, more of them are overdue; a reload keeps the model consistent.
    m_clock.advance(3 * 24 * 3600'000LL);
    model.tick();
    model.refresh();
    readAll(&model);
    m_clock.set(fridayMorning());
    model.refresh();
    QCOMPARE(model.rowCount(), open);
}

void TestItemModels::serviceRecordsPerClientAndFiltered()
{
    const qint64 clientId = busyClient();
    QVERIFY(clientId > 0);
    const QList<ServiceRecord> records = ServiceRecordRepository(m_session).forClient(clientId);
    ServiceRecordModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no client yet
    model.setClient(clientId);
    QCOMPARE(model.rowCount(), int(records.size()));
    readAll(&model);
    // Through the filter the client panel uses, sorted by time: kind, then staff member, then none.
    ServiceRecordFilter filter;
    filter.setSourceModel(&model);
    filter.setSortRole(ServiceRecordModel::RawRole);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(ServiceRecordModel::TimeColumn, Qt::AscendingOrder);
    const QString kind = records.constFirst().kind;
    filter.setKind(kind);
    int ofKind = 0;
    for (const ServiceRecord &r : records)
        ofKind += r.kind == kind;
    QCOMPARE(filter.rowCount(), ofKind);
    QVERIFY(filter.rowCount() < model.rowCount());
    readAll(&filter);
    filter.setKind(QString());
    filter.setStaff(records.constFirst().staffId);
    int ofStaff = 0;
    for (const ServiceRecord &r : records) // credited to them or entered by them
        ofStaff += r.staffId == records.constFirst().staffId || r.recordedBy == records.constFirst().staffId;
    QCOMPARE(filter.rowCount(), ofStaff);
    filter.setStaff(0);
    QCOMPARE(filter.rowCount(), model.rowCount());
    for (int r = 1; r < filter.rowCount(); ++r)
        QVERIFY(
            filter.index(r - 1, ServiceRecordModel::TimeColumn)
                .data(ServiceRecordModel::RawRole)
                .toLongLong() <=
            filter.index(r, ServiceRecordModel::TimeColumn).data(ServiceRecordModel::RawRole).toLongLong());
    // Another client, then none: the filter follows its source.
    model.setClient(clientId == 1 ? 2 : 1);
    readAll(&filter);
    model.setClient(0);
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
