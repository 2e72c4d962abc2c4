// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/VisitRegistration.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/RotationRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

VisitResult VisitRegistration::registerVisit(const VisitForm &form)
{
    Permissions::require(m_session, Action::RegisterConsultation);
    VisitResult result;
    Transaction tx(*m_session.db);
    const QString phone = Phone::normalize(form.phone);
    // The same new caller at two desks: one client, found by the second desk as returning (the key
    // ClientRepository::add and ClientPhones::add lock).
    tx.lockKey(ClientPhones::lockKey(phone));
    ClientRepository clients(m_session);
    Client client = clients.findByPhone(phone);
    if (client.id != 0) {
        result.returning = true;
        clients.fillMissingDetails(client.id, form.gender, form.occupation);
    } else {
        Permissions::require(m_session, Action::AddClient);
        client.name = form.name;
        client.phone = phone;
        client.gender = form.gender;
        client.occupation = form.occupation;
        client.source = form.channel;
        client.interests = form.interests;
        client.notes = form.notes;
        if (m_session.role == Vocabulary::Role::Consultant)
            client.consultantId = m_session.actorId; // a consultant registering a new client serves them
        clients.add(client);
    }
    qint64 staffId = m_session.role == Vocabulary::Role::Consultant ? m_session.actorId : client.consultantId;
    // A walk-in at the reception desk goes to a consultant by the rotation board.
    if (form.channel == QLatin1String("walk_in") && m_session.role != Vocabulary::Role::Consultant) {
        try {
            const RotationRepository::Assignment a = RotationRepository(m_session).assignWalkIn(client.id);
            staffId = a.staffId;
            result.assignedTo = a.staffName;
            result.assignedReturning = a.returning;
        } catch (const ValidationError &e) {
            result.notAssignedReason =
                e.message(); // registered all the same; nothing of the rotation was written
        }
    }
    Consultation c;
    c.clientId = client.id;
    c.staffId = staffId;
    c.channel = form.channel;
    c.receivedAt = form.receivedAt > 0 ? form.receivedAt : m_session.clock->nowMs();
    c.interests = form.interests;
    c.needs = form.needs;
    c.budgetFen = form.budgetFen;
    c.notes = form.notes;
    ConsultationRepository(m_session).add(c);
    tx.commit();
    result.clientId = client.id;
    result.consultationId = c.id;
    result.afterHours = c.afterHours;
    if (const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                             QStringLiteral("consultations"), c.id))
        result.responseDue = item->dueAt;
    return result;
}

QList<VisitRegistration::Waiting> VisitRegistration::afterHoursQueue() const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT k.id, k.client_id, c.name, k.channel, k.received_at FROM consultations k JOIN "
                       "clients c ON c.id = k.client_id WHERE k.after_hours = 1 AND k.responded_at IS NULL "
                       "AND c.anonymised_at IS NULL ORDER BY k.received_at, k.id"));
    QList<Waiting> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.id("client_id"), row.text("name"), row.text("channel"),
                    row.int64("received_at")});
    return out;
}

} // namespace estatedesk
