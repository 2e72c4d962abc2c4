// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

// Removes a client's personal data from every table and from the before/after images of every
// audit entry about the client's records (and about duplicates merged into the client). What
// stays: the rows themselves with their dates, amounts, states and staff, so that statistics
// still add up. Used by the retention rule (everything personal goes) and by erasure on request
// (what a law requires to be kept stays). Runs inside the caller's transaction.
class Database;

class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    enum class Keep
    {
        Nothing,      // retention: the period the seed sets is over
        LegalRecords, // on request: the signed contract's buyer identity and the receipts stay
    };
    struct Result
    {
        int rowsChanged = 0;
        int auditEntriesRedacted = 0;
    };
    // The personal fields of the client; reason ("retention", "erasure") marks the redacted
    // audit images.
    static Result eraseClient(const Session &session, qint64 clientId, Keep keep, const QString &reason);

    // Erasure on the client's request (PIPL art. 47), by a supervisor: everything personal goes
    // except what a law requires to be kept (keptByLaw), in one transaction with one audit entry
    // ("erase_personal_data"). The client is marked anonymised: no longer searched, surveyed or
    // contacted; the retention rule removes the kept part when its period ends. Returns the
    // numbers of the contracts kept.
    static QStringList eraseOnRequest(const Session &session, qint64 clientId);

    // What a law requires to be kept of the client, and why and until when: one entry per signed
    // or filed contract, which keeps at least its buyer's name, also without an ID document (for
    // the personal-data export, the confirmation and the erasure's audit entry). Nothing once the
    // client's data are erased and the retention rule has removed the name.
    struct Kept
    {
        QString contractNumber;
        QString what; // "the buyer's name, ID document and co-buyers; price, payments and receipts"
        QString why;
        QString until; // a date, or how it is counted while the home is not handed over
    };
    static QList<Kept> keptByLaw(const Session &session, qint64 clientId);
    // The question the supervisor confirms an erasure on request with: what goes, and each
    // contract kept by law with what, until when and why (or that nothing is kept).
    static QString confirmationText(const Session &session, qint64 clientId);
    // The one rule of "this client is erased": anonymised (by the retention rule or on request,
    // clients.anonymised_at). An erased client is finished business: nothing new about the person
    // is recorded (refuseIfErased); what the office must still finish on a contract the law keeps
    // (payments, the handover, complaints and defects) goes on.
    static bool isErased(const Session &session, qint64 clientId);
    // What may no longer be done for an erased client (refusal() says each, in this order).
    enum class Refused
    {
        Edit,         // the client's fields (ClientRepository::update)
        OtherPhone,   // adding or removing another phone number (ClientPhones)
        Merge,        // merging a duplicate into the client, or the client into another
        ServiceAct,   // an act logged by hand (ServiceRecordRepository::log)
        FollowUp,     // a follow-up task written by hand
        Viewing,      // booking or changing a viewing (cancelling it and a no-show stay allowed)
        Contract,     // a new contract; checking the buyer's ID on, or signing, a draft
        Consultation, // registering or answering a consultation
        ReturnVisit,  // recording a regular return visit (after signing or handover)
        Survey,       // a satisfaction survey answer
    };
    // Why it is refused, naming the client: "The personal data of client No. 12 were erased; no
    // service act can be recorded for them any more." (also the tooltip of a disabled button).
    static QString refusal(qint64 clientId, Refused what);
    // Throws ValidationError("client", refusal(...)) when the client is erased.
    static void refuseIfErased(const Session &session, qint64 clientId, Refused what);
    // SQLite zeroes removed values in the file (secure_delete) but its write-ahead log still holds
    // the pages as they were: fold the log into the file and empty it. A checkpoint cannot run in
    // a transaction, so inside one this does nothing and the unit's owner calls it after the
    // commit (ScheduledJobs::runDue after the retention job).
    static void foldWriteAheadLog(const Database &db);
};

} // namespace estatedesk
