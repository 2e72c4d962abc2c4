// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The units for sale (building, entrance, floor, room) and their sales state.

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QList>
#include <QStringList>

namespace estatedesk {

class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
public:
    explicit UnitRepository(const Session &session) : m_session(session) {}
    void add(Unit &unit);
    void update(Unit &unit);
    Unit get(qint64 id) const;
    // Every unit, or those in one state ("available", …), by building, entrance, floor, room.
    QList<Unit> list(const QString &state = {}) const;
    // The buildings that have units, in the order buildings are counted (2 before 10).
    QStringList buildings() const;
    // The units of one building, by entrance, floor, room (the units board: one building at a time).
    QList<Unit> inBuilding(const QString &building) const;

private:
    Session m_session;
};

} // namespace estatedesk
