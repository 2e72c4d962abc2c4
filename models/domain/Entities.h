// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The value types of the domain (DESIGN §3). Plain data: ids are 0 until stored, optional times
// are 0 when absent, money is integer fen, times are UTC milliseconds, calendar days are QDate.
// validate() normalises what it can (phone, trimmed text) and throws ValidationError naming the
// field for anything else.

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace estatedesk {

struct Staff
{
    qint64 id = 0;
    QString name;
    QString role; // Vocabulary::roles()
    bool active = true;
    QString phone; // optional, E.164
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

struct Client
{
    qint64 id = 0;
    QString name;
    QString phone;  // E.164, unique
    QString gender; // '', 'male', 'female'
    QString occupation;
    QString source;        // Vocabulary::sourceChannels() or ''
    QString sourceDetail;  // the source as written when no channel fits (source "other"), e.g. 中介推荐
    QStringList interests; // Vocabulary::interests()
    QString notes;
    // Read only: the client has notes, but they are hidden from the session that read them
    // (ClientRepository::maskForViewer); notes is empty then. Never written.
    bool notesHidden = false;
    qint64 consultantId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
    // The same checks when phone already holds what Phone::tryNormalize returned (an import
    // that parsed it once to find duplicates): libphonenumber is not run a second time.
    void validateWithNormalizedPhone();
};

struct Consultation
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;
    QString channel; // Vocabulary::sourceChannels()
    qint64 receivedAt = 0;
    qint64 respondedAt = 0; // 0 while awaiting the first response
    QStringList interests;
    QString needs;
    qint64 budgetFen = -1; // -1: not given
    QString notes;
    bool afterHours = false; // received outside office hours: waits for the next opening
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

struct Unit
{
    qint64 id = 0;
    QString building;
    QString entrance;
    int floor = 0;
    QString room;
    qint64 areaDm2 = 0; // square decimetres: 89.50 m² = 8950
    QString layout;
    qint64 listPriceFen = 0;
    QString state = Vocabulary::UnitState::Available;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
    QString label() const; // "3栋2单元1502"
};

struct Appointment
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 consultantId = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int partySize = 1;
    QString location; // sample unit or building
    QString bring;
    bool securityEscort = false;
    QString specialNeeds;
    QString status = Vocabulary::AppointmentStatus::Booked;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;
    QString clientName; // read with the lists (AppointmentRepository::between, ...); never written

    void validate();
};

struct Contract
{
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    qint64 unitId = 0;
    qint64 consultantId = 0;
    QString coBuyers; // the other buyers on the contract, by name ("李四、王五")
    qint64 priceFen = 0;
    qint64 discountFen = 0;
    QString status = Vocabulary::ContractStatus::Draft;
    QDate signedOn;
    QString cancelReason;
    QString idType; // IdDocument::typeKey, set by ContractRepository::verifyIdentity
    QString idNumber;
    qint64 idVerifiedBy = 0;
    qint64 idVerifiedAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

struct Complaint
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;
    QString channel;
    QString category;
    QString severity = Vocabulary::ComplaintSeverity::Normal;
    QString description;
    QString status = Vocabulary::ComplaintStatus::Received;
    qint64 receivedAt = 0;
    qint64 firstResponseAt = 0;
    qint64 solutionAt = 0;
    qint64 onsiteAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 unitId = 0; // the home it is about, when it is about one
    qint64 contractId = 0;
    qint64 waitingSince = 0; // waiting for the client: pausable clocks stand still
    qint64 escalatedAt = 0;  // an overdue deadline was escalated to the supervisors
    int reopened = 0;        // how many times it was reopened
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

// A unit handed over to its buyer (交房): the notice sent in advance, the inspection with the
// client, the property-management contact given; its defects are rows of their own.
// Retention counts from the date of a handover that is done.
struct Handover
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 unitId = 0;
    qint64 clientId = 0;
    QDate handoverOn;
    qint64 staffId = 0;
    QString status = Vocabulary::HandoverStatus::Scheduled;
    QString notes;
    qint64 noticeSentAt = 0;
    QString noticeChannel;
    qint64 inspectedAt = 0;
    QString propertyContact; // the property-management office's name and phone, as given
    qint64 propertyContactGivenAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

// A defect found at the handover inspection, to be fixed by its own deadline (限期整改).
// open → fixed (by the responsible party) → closed once the re-inspection passes; a failed
// re-inspection opens it again.
struct Defect
{
    qint64 id = 0;
    qint64 handoverId = 0;
    QString location; // room or place: "主卧", "厨房"
    QString description;
    QString responsible;  // who fixes it: contractor, supplier
    int deadlineDays = 0; // working days; 0 takes the defect-rectification policy's length
    QString status = Vocabulary::DefectStatus::Open;
    qint64 recordedAt = 0;
    qint64 fixedAt = 0;
    qint64 reinspectedAt = 0;
    QString reinspectionResult; // "", passed, failed
    qint64 reinspectedBy = 0;
    qint64 complaintId = 0; // raised as a complaint when it ran late
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

// One step of a complaint's life: who did what and when.
struct ComplaintEvent
{
    qint64 id = 0;
    qint64 complaintId = 0;
    qint64 at = 0;
    QString kind; // received, first_response, solution_proposed, onsite, waiting, resumed, resolved,
                  // return_visit, closed, reopened, escalated, edited
    qint64 staffId = 0;
    QString staffName;
    QString note;
};

// A return visit (回访) after a complaint was resolved.
struct ReturnVisit
{
    qint64 id = 0;
    qint64 complaintId = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;
    qint64 visitedAt = 0;
    QString channel;
    int satisfaction = 0; // 1–5
    bool satisfied = true;
    QString outcome; // what the client said
    qint64 createdAt = 0;
};

struct ServiceRecord
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;    // the staff member the act is credited to (a viewing's consultant, say)
    qint64 recordedBy = 0; // who entered it (0: a scheduled job, or entered before this was kept)
    qint64 at = 0;
    QString kind; // Vocabulary::serviceKinds()
    QString channel;
    QString content;
    QString result;
    QString refEntity; // "consultation", "appointment", ...
    qint64 refId = 0;

    void validate();
};

// Labels of fields, for messages and column headers.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)
public:
    static QString label(const QString &field);
};

} // namespace estatedesk
