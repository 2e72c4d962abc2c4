// SPDX-License-Identifier: GPL-3.0-or-later
// The units board (销控) offscreen on demo data: every unit of a building in its floor row,
// coloured by its state.
#include "GuiTestHelpers.h"
#include "TestDatabase.h"

#include "UnitsBoardPage.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "repositories/UnitRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestUnitsBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyUnitInItsPlaceAndColour();

private:
    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
};

void TestUnitsBoard::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
    m_session = m_test.freshSession(m_clock);
    DemoData::generate(m_session, 1000, 5);
}

void TestUnitsBoard::everyUnitInItsPlaceAndColour()
{
    UnitsBoardPage page(m_session);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *buildings = find<QComboBox>(&page, "buildingBox");
    QTableWidget *grid = find<QTableWidget>(&page, "unitsGrid");
    // Another building first, then building 1: the board follows the choice.
    QVERIFY(buildings->count() >= 2);
    const QString other = buildings->itemData(buildings->count() - 1).toString();
    QVERIFY(choose(buildings, other));
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < grid->columnCount(); ++c)
            if (const QTableWidgetItem *item = grid->item(r, c))
                QCOMPARE(UnitRepository(m_session).get(item->data(Qt::UserRole).toLongLong()).building,
                         other);
    QVERIFY(choose(buildings, QStringLiteral("1")));
    QHash<qint64, Unit> units;
    for (const Unit &u : UnitRepository(m_session).list())
        if (u.building == QLatin1String("1"))
            units.insert(u.id, u);
    int cells = 0;
    bool sawContracted = false;
    for (int r = 0; r < grid->rowCount(); ++r) {
        for (int c = 0; c < grid->columnCount(); ++c) {
            const QTableWidgetItem *item = grid->item(r, c);
            if (!item)
                continue;
            ++cells;
            const Unit u = units.value(item->data(Qt::UserRole).toLongLong());
            QCOMPARE(grid->verticalHeaderItem(r)->text(), UnitsBoardPage::tr("Floor %1").arg(u.floor));
            QCOMPARE(item->background().color(), UnitsBoardPage::stateColour(u.state));
            sawContracted |= u.state == QLatin1String("contracted");
        }
    }
    QCOMPARE(cells, int(units.size()));
    QVERIFY(sawContracted);
    // The top floor comes first.
    QVERIFY(grid->verticalHeaderItem(0)->text().contains(QStringLiteral("18")));
    QVERIFY(saveScreenshot(&page, QStringLiteral("units-board.png")));
}

QTEST_MAIN(TestUnitsBoard)
#include "tst_unitsboard.moc"
