// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/UnitRepository.h"

#include "repositories/EntityStore.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace estatedesk {

namespace {

QVariantMap unitRow(const Unit &u)
{
    return {{QStringLiteral("building"), u.building},
            {QStringLiteral("entrance"), u.entrance},
            {QStringLiteral("floor"), u.floor},
            {QStringLiteral("room"), u.room},
            {QStringLiteral("area_dm2"), u.areaDm2},
            {QStringLiteral("layout"), u.layout},
            {QStringLiteral("list_price_fen"), u.listPriceFen},
            {QStringLiteral("state"), u.state}};
}

Unit unitFrom(const SqlRow &r)
{
    Unit u;
    readCommonColumns(r, u);
    u.building = r.text("building");
    u.entrance = r.text("entrance");
    u.floor = r.integer("floor");
    u.room = r.text("room");
    u.areaDm2 = r.int64("area_dm2");
    u.layout = r.text("layout");
    u.listPriceFen = r.int64("list_price_fen");
    u.state = r.text("state");
    return u;
}

EntityStore<Unit> units(const Session &s)
{
    return {s, QStringLiteral("units"), UnitRepository::tr("unit"), unitRow, unitFrom};
}

} // namespace

void UnitRepository::add(Unit &unit)
{
    Permissions::require(m_session, Action::WriteContracts);
    Transaction tx(*m_session.db);
    units(m_session).insert(unit);
    tx.commit();
}

void UnitRepository::update(Unit &unit)
{
    Permissions::require(m_session, Action::WriteContracts);
    Transaction tx(*m_session.db);
    units(m_session).update(unit);
    tx.commit();
}

Unit UnitRepository::get(qint64 id) const
{
    return units(m_session).get(id);
}

QList<Unit> UnitRepository::list(const QString &state) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT * FROM units WHERE (? = '' OR state = ?) ORDER BY building, entrance, floor, room"),
        {state, state});
    QList<Unit> out;
    const SqlRow row(q);
    while (q.next())
        out << unitFrom(row);
    return out;
}

QStringList UnitRepository::buildings() const
{
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT DISTINCT building FROM units"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.toInt() != b.toInt() ? a.toInt() < b.toInt() : a < b;
    });
    return out;
}

QList<Unit> UnitRepository::inBuilding(const QString &building) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT * FROM units WHERE building = ? ORDER BY entrance, floor, room"), {building});
    QList<Unit> out;
    const SqlRow row(q);
    while (q.next())
        out << unitFrom(row);
    return out;
}

} // namespace estatedesk
