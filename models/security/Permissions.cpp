// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Permissions.h"

#include "core/Errors.h"
#include "domain/Vocabulary.h"

namespace estatedesk {

QStringList Permissions::roles()
{
    return Vocabulary::keys(Vocabulary::roles());
}

bool Permissions::allows(const QString &role, Action action)
{
    if (role == Vocabulary::Role::System)
        return true;
    const bool reception = role == Vocabulary::Role::Reception,
               consultant = role == Vocabulary::Role::Consultant, service = role == Vocabulary::Role::Service,
               supervisor = role == Vocabulary::Role::Supervisor, admin = role == Vocabulary::Role::Admin;
    switch (action) {
    case Action::ManageAccounts:
    case Action::EditCalendar:
    case Action::ManageBackups:
    case Action::LoadDemoData:
        return admin;
    case Action::EditPolicies:
        return admin || supervisor;
    case Action::ImportClients:
        return admin || supervisor || reception;
    case Action::MergeClients:
        return supervisor || reception;
    case Action::ExportClients:
        return supervisor || consultant || service || admin;
    case Action::AddClient:
        return reception || consultant || supervisor || service;
    case Action::EditClient:
        return reception || consultant || supervisor;
    case Action::RegisterConsultation:
        return reception || consultant || supervisor;
    case Action::RespondConsultation:
        return reception || consultant || supervisor || service;
    case Action::RecordServiceAct:
        return reception || consultant || supervisor || service;
    case Action::BookViewing:
        return reception || consultant || supervisor;
    case Action::ReadContracts:
        return consultant || supervisor || service;
    case Action::WriteContracts:
        return consultant || supervisor;
    case Action::AddComplaint:
        return reception || service || supervisor || consultant;
    case Action::HandleComplaint:
        return service || supervisor;
    case Action::ManageHandovers:
        return service || supervisor;
    case Action::PrintReports:
        return supervisor || admin;
    case Action::ViewOverdueList:
        return reception || consultant || service || supervisor || admin;
    case Action::ViewAuditLog:
        return supervisor || admin;
    case Action::RevealPersonalData:
        return reception || consultant || service || supervisor;
    case Action::ExportPersonalData:
        return supervisor;
    case Action::RecordReturnVisit:
        return consultant || service || supervisor;
    case Action::TickChecklist:
        return reception || consultant || service || supervisor;
    case Action::PrepareViewing:
        return reception || consultant || supervisor;
    case Action::RewardAndCoach:
        return supervisor;
    case Action::ReverseReceipt:
        return supervisor || admin;
    }
    return false;
}

QString Permissions::actionLabel(Action action)
{
    switch (action) {
    case Action::ManageAccounts:
        return tr("manage staff accounts");
    case Action::EditPolicies:
        return tr("change deadline policies and office settings");
    case Action::EditCalendar:
        return tr("change the holiday calendar");
    case Action::ManageBackups:
        return tr("make or restore backups");
    case Action::LoadDemoData:
        return tr("load demo data");
    case Action::ImportClients:
        return tr("import clients");
    case Action::MergeClients:
        return tr("merge duplicate clients");
    case Action::ExportClients:
        return tr("export clients");
    case Action::AddClient:
        return tr("add clients");
    case Action::EditClient:
        return tr("change clients");
    case Action::RegisterConsultation:
        return tr("register consultations");
    case Action::RespondConsultation:
        return tr("answer consultations");
    case Action::RecordServiceAct:
        return tr("log service acts");
    case Action::BookViewing:
        return tr("book viewings");
    case Action::ReadContracts:
        return tr("see contracts and their amounts");
    case Action::WriteContracts:
        return tr("write contracts");
    case Action::AddComplaint:
        return tr("record complaints");
    case Action::HandleComplaint:
        return tr("handle complaints");
    case Action::ManageHandovers:
        return tr("record handovers");
    case Action::PrintReports:
        return tr("print the office reports");
    case Action::ViewOverdueList:
        return tr("see the overdue list");
    case Action::ViewAuditLog:
        return tr("read the audit log");
    case Action::RevealPersonalData:
        return tr("reveal a client's phone number");
    case Action::ExportPersonalData:
        return tr("export a client's personal data");
    case Action::RecordReturnVisit:
        return tr("record return visits");
    case Action::TickChecklist:
        return tr("tick the opening checklists");
    case Action::PrepareViewing:
        return tr("print a client brief before a viewing");
    case Action::RewardAndCoach:
        return tr("record rewards and coaching");
    case Action::ReverseReceipt:
        return tr("reverse receipts");
    }
    return {};
}

void Permissions::require(const Session &session, Action action)
{
    if (allows(session.role, action))
        return;
    throw PermissionError(
        tr("Not allowed: the %1 role may not %2.")
            .arg(Vocabulary::label(Vocabulary::roles(), session.role), actionLabel(action)));
}

bool Permissions::seesFullClient(const Session &session, qint64 clientConsultantId)
{
    const QString &role = session.role;
    if (role == Vocabulary::Role::System || role == Vocabulary::Role::Supervisor ||
        role == Vocabulary::Role::Service)
        return true;
    if (role == Vocabulary::Role::Consultant)
        return clientConsultantId > 0 && clientConsultantId == session.actorId;
    return false;
}

} // namespace estatedesk
