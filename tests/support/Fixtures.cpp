// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/UnitRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

#include <QStringList>

namespace estatedesk::test {

Client addClient(const Session &session, const QString &name, const QString &phone)
{
    Client c;
    c.name = name;
    c.phone = phone;
    ClientRepository(session).add(c);
    return c;
}

Unit addUnit(const Session &session, const QString &building, int floor, const QString &room,
             qint64 listPriceFen)
{
    Unit u;
    u.building = building;
    u.floor = floor;
    u.room = room;
    u.areaDm2 = 9000;
    u.listPriceFen = listPriceFen;
    UnitRepository(session).add(u);
    return u;
}

Contract addContract(const Session &session, const QString &number, qint64 clientId, const Unit &unit,
                     qint64 priceFen)
{
    Contract c;
    c.number = number;
    c.clientId = clientId;
    c.unitId = unit.id;
    c.priceFen = priceFen > 0 ? priceFen : unit.listPriceFen;
    ContractRepository(session).add(c);
    return c;
}

Contract signContract(const Session &session, qint64 contractId, const QDate &on)
{
    ContractRepository contracts(session);
    Contract c = contracts.get(contractId);
    contracts.verifyIdentity(c, QStringLiteral("resident_id"), QStringLiteral("11010519491231002X"));
    c = contracts.get(contractId);
    c.status = QStringLiteral("signed");
    c.signedOn = on;
    contracts.update(c);
    return contracts.get(contractId);
}

QString queryPlan(const Session &session, const QString &sql, const QVariantList &values)
{
    const QSqlDatabase db = session.db->connection();
    const bool sqlite = session.db->backend() == Backend::Sqlite;
    QString statement = sql;
    QVariantList bound = values;
    if (!sqlite) {
        // PostgreSQL prepares no EXPLAIN: the values go into the statement as literals.
        Sql::run(db, QStringLiteral("SET enable_seqscan = off"));
        for (const QVariant &v : std::as_const(bound)) {
            const QString literal = v.metaType().id() == QMetaType::QString
                                        ? u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\''
                                        : v.toString();
            statement.replace(statement.indexOf(u'?'), 1, literal);
        }
        bound.clear();
    }
    QSqlQuery q = Sql::run(
        db, (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) + statement, bound);
    QStringList steps;
    const SqlRow row(q);
    while (q.next())
        steps << row.text(sqlite ? "detail" : "QUERY PLAN");
    q.finish();
    if (!sqlite)
        Sql::run(db, QStringLiteral("RESET enable_seqscan"));
    return steps.join(u'\n');
}

} // namespace estatedesk::test
