// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/UnitRepository.h"

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

} // namespace estatedesk::test
