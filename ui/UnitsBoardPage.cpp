// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitsBoardPage.h"

#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/UnitRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

QColor UnitsBoardPage::stateColour(const QString &state)
{
    if (state == Vocabulary::UnitState::Available)
        return QColor(0xD4, 0xED, 0xDA);
    if (state == Vocabulary::UnitState::Reserved)
        return QColor(0xFF, 0xE8, 0xA1);
    if (state == Vocabulary::UnitState::Contracted)
        return QColor(0xF5, 0xC2, 0xC7);
    return QColor(0xD6, 0xD8, 0xDB); // handed over
}

UnitsBoardPage::UnitsBoardPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Building:"), this));
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("buildingBox"));
    top->addWidget(m_building);
    for (const Vocabulary::Entry &e : Vocabulary::unitStates()) {
        auto *legend = new QLabel(e.label, this);
        legend->setStyleSheet(QStringLiteral("background:%1;padding:2px 8px").arg(stateColour(e.key).name()));
        top->addWidget(legend);
    }
    top->addStretch(1);
    layout->addLayout(top);
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("unitsGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_grid, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    QStringList sorted;
    try {
        sorted = UnitRepository(m_session).buildings();
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
    for (const QString &b : sorted)
        m_building->addItem(tr("Building %1").arg(b), b);
    connect(m_building, &QComboBox::currentIndexChanged, this,
            [this] { showBuilding(m_building->currentData().toString()); });
    if (!sorted.isEmpty())
        showBuilding(sorted.constFirst());
}

void UnitsBoardPage::reload()
{
    if (m_building->currentIndex() >= 0)
        showBuilding(m_building->currentData().toString());
}

void UnitsBoardPage::showBuilding(const QString &building)
{
    const QSignalBlocker block(m_building);
    m_building->setCurrentIndex(m_building->findData(building));
    QList<Unit> units;
    try {
        units = UnitRepository(m_session).inBuilding(building);
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return;
    }
    // Rows: floors from the top down; columns: entrance and room position on the floor.
    QMap<int, QList<Unit>> byFloor;
    QStringList columns;
    for (const Unit &u : std::as_const(units)) {
        byFloor[u.floor] << u;
        const QString column = tr("Entrance %1, No. %2").arg(u.entrance, u.room.right(2));
        if (!columns.contains(column))
            columns << column;
    }
    std::sort(columns.begin(), columns.end());
    const QList<int> floors = byFloor.keys();
    m_grid->clear();
    m_grid->setRowCount(int(floors.size()));
    m_grid->setColumnCount(int(columns.size()));
    m_grid->setHorizontalHeaderLabels(columns);
    QStringList floorLabels;
    QHash<QString, int> counts;
    for (int r = 0; r < floors.size(); ++r) {
        const int floor = floors.at(floors.size() - 1 - r);
        floorLabels << tr("Floor %1").arg(floor);
        for (const Unit &u : byFloor.value(floor)) {
            const int c = int(columns.indexOf(tr("Entrance %1, No. %2").arg(u.entrance, u.room.right(2))));
            auto *item = new QTableWidgetItem(
                QStringLiteral("%1\n%2 m² %3").arg(u.room).arg(u.areaDm2 / 100.0, 0, 'f', 1).arg(u.layout));
            item->setBackground(stateColour(u.state));
            item->setData(Qt::UserRole, u.id);
            item->setData(Qt::UserRole + 1, u.state);
            item->setToolTip(tr("%1 — %2, list price %3 yuan")
                                 .arg(u.label(), Vocabulary::label(Vocabulary::unitStates(), u.state))
                                 .arg(u.listPriceFen / 100));
            item->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(r, c, item);
            ++counts[u.state];
        }
    }
    m_grid->setVerticalHeaderLabels(floorLabels);
    m_grid->resizeRowsToContents();
    QStringList parts;
    for (const Vocabulary::Entry &e : Vocabulary::unitStates())
        parts << tr("%1 %2").arg(e.label).arg(counts.value(e.key));
    m_summary->setText(tr("%n unit(s): ", nullptr, int(units.size())) + parts.join(QStringLiteral(" · ")));
}

} // namespace estatedesk
