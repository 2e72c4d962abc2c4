// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The value types of the domain (DESIGN §3). Plain data: ids are 0 until stored, optional times
// are 0 when absent, money is integer fen, times are UTC milliseconds, calendar days are QDate.
// validate() normalises what it can (phone, trimmed text) and throws ValidationError naming the
// field for anything else.

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
    QString phone; // E.164, unique
    QString gender; // '', 'male', 'female'
    QString occupation;
    QString source; // Vocabulary::sourceChannels() or ''
    QStringList interests; // Vocabulary::interests()
    QString notes;
    qint64 consultantId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
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
    QString state = QStringLiteral("available");
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
    QString status = QStringLiteral("booked");
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

struct Contract
{
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    qint64 unitId = 0;
    qint64 consultantId = 0;
    qint64 priceFen = 0;
    qint64 discountFen = 0;
    QString status = QStringLiteral("draft");
    QDate signedOn;
    QString cancelReason;
    QString idType;          // IdDocument::typeKey, set by ContractRepository::verifyIdentity
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
    QString severity = QStringLiteral("normal");
    QString description;
    QString status = QStringLiteral("received");
    qint64 receivedAt = 0;
    qint64 firstResponseAt = 0;
    qint64 solutionAt = 0;
    qint64 onsiteAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

// A unit handed over to its buyer (交房). The full handover workflow (notice, inspection,
// defects) builds on this; retention counts from the date of a handover that is done.
struct Handover
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 unitId = 0;
    qint64 clientId = 0;
    QDate handoverOn;
    qint64 staffId = 0;
    QString status = QStringLiteral("scheduled"); // scheduled, done, cancelled
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int rowVersion = 0;

    void validate();
};

struct ServiceRecord
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 staffId = 0;
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
