// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ViewingBriefReport.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "reports/OfficeReports.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

namespace estatedesk {

ReportDocument ViewingBriefReport::build(const Session &session, qint64 appointmentId)
{
    Permissions::require(session, Action::PrepareViewing);
    const Appointment a = AppointmentRepository(session).get(appointmentId);
    const Client client = ClientRepository(session).get(a.clientId);
    QHash<qint64, QString> staff;
    for (const Staff &s : StaffRepository(session).list())
        staff.insert(s.id, s.name);
    auto orDash = [](const QString &s) { return s.trimmed().isEmpty() ? QStringLiteral("—") : s; };
    ReportDocument doc =
        OfficeReports::start(session, QStringLiteral("viewing-brief"), tr("Client brief before the viewing"),
                             OfficeTime::formatDateTime(a.startsAt));

    ReportDocument::Section viewing;
    viewing.heading = tr("The viewing");
    // A few facts a line, so that the page holds the whole brief.
    const QString dot = QStringLiteral(" · ");
    viewing.lines << QStringList{tr("Time: %1 to %2")
                                     .arg(OfficeTime::formatDateTime(a.startsAt),
                                          OfficeTime::toOffice(a.endsAt).toString(QStringLiteral("HH:mm"))),
                                 tr("Place: %1").arg(orDash(a.location))}
                         .join(dot)
                  << QStringList{tr("Consultant: %1").arg(orDash(staff.value(a.consultantId))),
                                 tr("Party: %n person(s)", nullptr, a.partySize)}
                         .join(dot);
    QStringList extras;
    if (!a.bring.trimmed().isEmpty())
        extras << tr("The client was asked to bring: %1").arg(a.bring);
    if (a.securityEscort)
        extras << tr("A security escort is arranged.");
    if (!a.specialNeeds.trimmed().isEmpty())
        extras << tr("Special needs: %1").arg(a.specialNeeds);
    if (!a.notes.trimmed().isEmpty())
        extras << tr("Notes on the booking: %1").arg(a.notes);
    if (!extras.isEmpty())
        viewing.lines << extras.join(dot);
    doc.sections << viewing;

    ReportDocument::Section background;
    background.heading = tr("Background");
    background.lines
        << QStringList{tr("Name: %1").arg(client.name), tr("Phone: %1").arg(Phone::display(client.phone)),
                       tr("Gender: %1").arg(orDash(Vocabulary::label(Vocabulary::genders(), client.gender))),
                       tr("Occupation: %1").arg(orDash(client.occupation))}
               .join(dot)
        << QStringList{tr("Found us through: %1")
                           .arg(orDash(Vocabulary::label(Vocabulary::sourceChannels(), client.source))),
                       tr("Their consultant: %1").arg(orDash(staff.value(client.consultantId))),
                       tr("Client since: %1").arg(OfficeTime::formatDate(client.createdAt))}
               .join(dot)
        << tr("Notes: %1")
               .arg(client.notesHidden ? tr("(there are notes, hidden from your role)")
                                       : orDash(client.notes));
    doc.sections << background;

    // Interests: the client's own and those of every consultation; needs and budget as said.
    QSqlDatabase db = session.db->connection();
    QStringList interests = client.interests;
    QStringList needs;
    QStringList unanswered;
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT received_at, interests, needs, budget_fen, responded_at FROM consultations WHERE "
            "client_id = ? ORDER BY received_at DESC, id DESC LIMIT 20"),
        {client.id});
    const SqlRow row(q);
    while (q.next()) {
        for (const QString &i : row.list("interests"))
            if (!interests.contains(i))
                interests << i;
        const QString when = OfficeTime::formatDate(row.int64("received_at"));
        QStringList said;
        if (!row.text("needs").trimmed().isEmpty())
            said << row.text("needs").trimmed();
        if (!row.isNull("budget_fen") && row.int64("budget_fen") >= 0)
            said << tr("budget %1 10k yuan").arg(row.int64("budget_fen") / 1'000'000.0, 0, 'f', 0);
        if (!said.isEmpty() && needs.size() < 3)
            needs << tr("%1: %2").arg(when, said.join(QStringLiteral("; ")));
        if (row.isNull("responded_at"))
            unanswered << tr("The consultation of %1 has not been answered yet.")
                              .arg(OfficeTime::formatDateTime(row.int64("received_at")));
    }
    q.finish();
    QStringList interestLabels;
    for (const QString &i : std::as_const(interests))
        interestLabels << Vocabulary::label(Vocabulary::interests(), i);
    ReportDocument::Section wants;
    wants.heading = tr("Interests and needs");
    wants.lines << tr("Interests: %1")
                       .arg(interestLabels.isEmpty() ? tr("none recorded")
                                                     : interestLabels.join(QStringLiteral(", ")));
    for (const QString &n : std::as_const(needs))
        wants.lines << tr("Needs said on %1").arg(n);
    doc.sections << wants;

    ReportDocument::Section past;
    past.heading = tr("Past visits and contacts");
    const QList<ServiceRecord> records = ServiceRecordRepository(session).forClient(client.id, kPastVisits);
    if (records.isEmpty())
        past.lines << tr("This is the client's first contact with the office.");
    past.headers = QStringList{tr("When"), tr("Act"), tr("By"), tr("What"), tr("Result")};
    past.key = QStringLiteral("contacts");
    using Kind = ReportDocument::CellKind;
    past.columns = {{QStringLiteral("at"), Kind::DateTime, {}},
                    {QStringLiteral("kind"), Kind::Code, {}},
                    {QStringLiteral("staff"), Kind::Text, {}},
                    {QStringLiteral("content"), Kind::Text, {}},
                    {QStringLiteral("result"), Kind::Text, {}}};
    for (const ServiceRecord &r : records)
        past.addRow({ReportDocument::Cell(OfficeTime::formatDateTime(r.at), OfficeTime::toOffice(r.at)),
                     ReportDocument::Cell(Vocabulary::label(Vocabulary::serviceKinds(), r.kind), r.kind),
                     ServiceRecordRepository::staffText(r, staff), r.content, r.result});
    if (records.isEmpty())
        past.headers.clear();
    doc.sections << past;

    ReportDocument::Section open;
    open.heading = tr("Open questions");
    if (Permissions::allows(session.role, Action::ReadContracts)) {
        ContractRepository contracts(session);
        for (const Contract &c : contracts.forClient(client.id))
            for (const ContractRepository::Question &question : contracts.questions(c.id))
                if (question.answer.trimmed().isEmpty())
                    open.lines << tr("Contract %1, not yet answered: %2").arg(c.number, question.question);
    }
    QSqlQuery complaints = Sql::run(
        db,
        QStringLiteral("SELECT id, description, status FROM complaints WHERE client_id = ? AND status "
                       "<> ? ORDER BY received_at"),
        {client.id, Vocabulary::ComplaintStatus::Closed});
    const SqlRow complaintRow(complaints);
    while (complaints.next())
        open.lines << tr("Complaint No. %1 (%2): %3")
                          .arg(
                              complaintRow.text("id"),
                              Vocabulary::label(Vocabulary::complaintStatuses(), complaintRow.text("status")),
                              complaintRow.text("description"));
    complaints.finish();
    for (const FollowUp &f : FollowUpRepository(session).forClient(client.id, true))
        open.lines << tr("Follow-up due %1: %2").arg(f.dueOn.toString(Qt::ISODate), f.task);
    open.lines << unanswered;
    if (open.lines.isEmpty())
        open.lines << tr("No open questions.");
    doc.sections << open;
    return doc;
}

} // namespace estatedesk
