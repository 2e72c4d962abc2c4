// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ComplaintsBoard.h"

#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/StaffRepository.h"

namespace estatedesk {

ComplaintsBoard ComplaintsBoard::read(const Session &session, Scope scope)
{
    ComplaintsBoard board;
    board.complaints = ComplaintRepository(session).list(scope != Scope::All);
    if (scope == Scope::Escalated)
        board.complaints.removeIf([](const Complaint &c) { return c.escalatedAt == 0; });
    QList<qint64> ids, clientIds;
    for (const Complaint &c : std::as_const(board.complaints)) {
        ids << c.id;
        clientIds << c.clientId;
    }
    board.clientNames = ClientRepository(session).namesOf(clientIds);
    for (const Staff &s : StaffRepository(session).list())
        board.staffNames.insert(s.id, s.name);
    board.deadlines = DeadlineRepository(session).latestForRecords(QStringLiteral("complaints"), ids);
    return board;
}

} // namespace estatedesk
