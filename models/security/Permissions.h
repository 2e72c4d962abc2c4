// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace estatedesk {

// What a role may do. Checked in the models library on every write and sensitive read, so a
// hidden button is never the only guard (DESIGN §8).
enum class Action
{
    ManageAccounts, // create staff accounts, reset passwords, change roles, deactivate
    EditPolicies,   // deadline policies and office settings
    EditCalendar,   // holiday calendar
    ManageBackups,  // backup, restore
    LoadDemoData,
    ImportClients,
    MergeClients,
    ExportClients,
    AddClient,
    EditClient,
    RegisterConsultation,
    RespondConsultation,
    RecordServiceAct, // log a call, a WeChat conversation, a visit … by hand
    BookViewing,
    ReadContracts, // contract amounts
    WriteContracts,
    ManageHandovers,
    PrintReports, // the supervisors' reports; the reception log also to reception
    // The overdue list: every open item past its deadline with its client, responsible staff and
    // due time (installments by number only: never contract numbers or amounts). The dashboard
    // shows it to every role ("everyone", DESIGN §5), so `overdue` and `report overdue` follow the
    // same rule (issue 14 item 10).
    ViewOverdueList,
    AddComplaint,
    HandleComplaint,
    ViewAuditLog,
    RevealPersonalData, // an audited look at a masked phone number
    ExportPersonalData, // a client's own data on request (PIPL)
    RecordReturnVisit,  // the regular return visits after signing and after the handover
    TickChecklist,      // the opening checklists of the reception area and the sample units
    PrepareViewing,     // the client brief printed before a viewing
    RewardAndCoach,     // record the rewards and the coaching of a published appraisal (seed 四.(三)2-3)
    ReverseReceipt,     // reverse (冲正) a receipt entered by mistake; consultants ask their supervisor
};

class PermissionError;

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static bool allows(const QString &role, Action action);
    // Throws PermissionError naming the role and the action when the session may not.
    static void require(const Session &session, Action action);
    static QString actionLabel(Action action);
    static QStringList roles();
    // Whether the session sees a client's phone and notes in full: supervisors and service staff
    // always, a consultant for the clients assigned to them, the system itself. Pass -1 for
    // "any client" (true only for the roles that see every client in full).
    static bool seesFullClient(const Session &session, qint64 clientConsultantId);
};

} // namespace estatedesk
