// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace estatedesk::test {

// The client, unit and contract setup the tests share. Each adds its record through the
// repositories (so deadlines, unit states and audit entries follow as in the program) and
// returns it with its id.

// A client with a name and a phone, nothing else.
Client addClient(const Session &session, const QString &name, const QString &phone);
// A unit for sale of 90 m².
Unit addUnit(const Session &session, const QString &building, int floor, const QString &room,
             qint64 listPriceFen);
// A draft contract (it reserves the unit) at the unit's list price, or at priceFen when given.
Contract addContract(const Session &session, const QString &number, qint64 clientId, const Unit &unit,
                     qint64 priceFen = 0);
// The buyer's identity checked (a valid resident ID) and the contract signed on that day.
Contract signContract(const Session &session, qint64 contractId, const QDate &on);

// The plan the database makes for a statement, one step a line: SQLite's EXPLAIN QUERY PLAN, or
// PostgreSQL's EXPLAIN with sequential scans priced out (a test's few rows would otherwise always
// be scanned), so that an index the statement can use shows by its name.
QString queryPlan(const Session &session, const QString &sql, const QVariantList &values = {});

} // namespace estatedesk::test
