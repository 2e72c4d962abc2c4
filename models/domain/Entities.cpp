// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Entities.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"

#include <algorithm>

namespace estatedesk {

QString FieldNames::label(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("source_detail"), QT_TR_NOOP("Source as written")},
        {QStringLiteral("interests"), QT_TR_NOOP("Interests")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("consultant"), QT_TR_NOOP("Consultant")},
        {QStringLiteral("client"), QT_TR_NOOP("Client")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff member")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received at")},
        {QStringLiteral("responded_at"), QT_TR_NOOP("Responded at")},
        {QStringLiteral("budget"), QT_TR_NOOP("Budget")},
        {QStringLiteral("building"), QT_TR_NOOP("Building")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("floor"), QT_TR_NOOP("Floor")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("list_price"), QT_TR_NOOP("List price")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("Start")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("End")},
        {QStringLiteral("party_size"), QT_TR_NOOP("Party size")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("number"), QT_TR_NOOP("Contract number")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("price"), QT_TR_NOOP("Price")},
        {QStringLiteral("discount"), QT_TR_NOOP("Discount")},
        {QStringLiteral("signed_on"), QT_TR_NOOP("Signing date")},
        {QStringLiteral("cancel_reason"), QT_TR_NOOP("Cancellation reason")},
        {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("content"), QT_TR_NOOP("Content")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("handover_on"), QT_TR_NOOP("Handover date")},
        {QStringLiteral("handover"), QT_TR_NOOP("Handover")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("responsible"), QT_TR_NOOP("Responsible party")},
        {QStringLiteral("deadline_days"), QT_TR_NOOP("Deadline (working days)")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("Recorded at")},
        {QStringLiteral("property_contact"), QT_TR_NOOP("Property-management contact")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("defect"), QT_TR_NOOP("Defect")},
        {QStringLiteral("co_buyers"), QT_TR_NOOP("Co-buyers")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(*it);
}

namespace {

[[noreturn]] void fail(const QString &field, const QString &why)
{
    throw ValidationError(
        field, QCoreApplication::translate("Validation", "%1: %2").arg(FieldNames::label(field), why));
}

// Control characters (a NUL, an escape, a bidi override that reverses how text shows) never
// belong in what people type; line breaks and tabs only in multi-line text.
void noControlCharacters(const QString &field, const QString &value, bool multiLine)
{
    for (const QChar c : value) {
        const bool lineBreak = c == u'\n' || c == u'\r' || c == u'\t';
        const bool bidi = (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
                          (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
        if ((c.category() == QChar::Other_Control && !(multiLine && lineBreak)) || bidi)
            fail(field, QCoreApplication::translate(
                            "Validation", "contains an invisible control character (U+%1); type it again")
                            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
    }
}

void required(const QString &field, QString &value, int maxLength = 200)
{
    value = value.trimmed();
    if (value.isEmpty())
        fail(field, QCoreApplication::translate("Validation", "required"));
    if (value.size() > maxLength)
        fail(field, QCoreApplication::translate("Validation", "at most %n characters", nullptr, maxLength));
    noControlCharacters(field, value, false);
}

// A name people can read: at least one letter, digit, punctuation mark or symbol, not only
// zero-width, combining or formatting characters (U+200B, U+FEFF, ...).
void requiredName(const QString &field, QString &value, int maxLength)
{
    required(field, value, maxLength);
    const QList<uint> codePoints = value.toUcs4(); // names in CJK extension B are surrogate pairs
    const bool visible = std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return QChar::isLetterOrNumber(c) || QChar::isPunct(c) || QChar::isSymbol(c);
    });
    if (!visible)
        fail(field, QCoreApplication::translate("Validation", "needs at least one visible character"));
}

void optional(const QString &field, QString &value, int maxLength = 2000)
{
    value = value.trimmed();
    if (value.size() > maxLength)
        fail(field, QCoreApplication::translate("Validation", "at most %n characters", nullptr, maxLength));
    noControlCharacters(field, value, true);
}

void oneOf(const QString &field, const QString &value, const QList<Vocabulary::Entry> &entries,
           bool allowEmpty)
{
    if (allowEmpty && value.isEmpty())
        return;
    if (!Vocabulary::keys(entries).contains(value)) {
        QStringList labels;
        for (const auto &e : entries)
            labels << e.label;
        fail(field, QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                        .arg(value, labels.join(QStringLiteral(", "))));
    }
}

void idRequired(const QString &field, qint64 id)
{
    if (id <= 0)
        fail(field, QCoreApplication::translate("Validation", "required"));
}

void timeRequired(const QString &field, qint64 ms)
{
    if (ms <= 0)
        fail(field, QCoreApplication::translate("Validation", "required"));
}

void interestsValid(QStringList &interests)
{
    interests.removeAll(QString());
    interests.removeDuplicates();
    for (const QString &i : std::as_const(interests))
        oneOf(QStringLiteral("interests"), i, Vocabulary::interests(), false);
}

} // namespace

void Staff::validate()
{
    requiredName(QStringLiteral("name"), name, 50);
    oneOf(QStringLiteral("role"), role, Vocabulary::roles(), false);
    phone = phone.trimmed();
    if (!phone.isEmpty())
        phone = Phone::normalize(phone);
}

void Client::validate()
{
    requiredName(QStringLiteral("name"), name, 50);
    phone = Phone::normalize(phone);
    validateWithNormalizedPhone();
}

void Client::validateWithNormalizedPhone()
{
    requiredName(QStringLiteral("name"), name, 50);
    oneOf(QStringLiteral("gender"), gender, Vocabulary::genders(), true);
    optional(QStringLiteral("occupation"), occupation, 100);
    oneOf(QStringLiteral("source"), source, Vocabulary::sourceChannels(), true);
    optional(QStringLiteral("source_detail"), sourceDetail, 100);
    if (!sourceDetail.isEmpty() && source != QLatin1String("other"))
        fail(QStringLiteral("source_detail"),
             QCoreApplication::translate("Validation",
                                         "only a source of the kind \"%1\" keeps its own wording")
                 .arg(Vocabulary::label(Vocabulary::sourceChannels(), QStringLiteral("other"))));
    interestsValid(interests);
    optional(QStringLiteral("notes"), notes);
}

void Consultation::validate()
{
    idRequired(QStringLiteral("client"), clientId);
    oneOf(QStringLiteral("channel"), channel, Vocabulary::sourceChannels(), false);
    timeRequired(QStringLiteral("received_at"), receivedAt);
    if (respondedAt != 0 && respondedAt < receivedAt)
        fail(QStringLiteral("responded_at"),
             QCoreApplication::translate("Validation", "cannot be before the consultation was received"));
    interestsValid(interests);
    optional(QStringLiteral("needs"), needs);
    optional(QStringLiteral("notes"), notes);
    if (budgetFen < -1)
        fail(QStringLiteral("budget"), QCoreApplication::translate("Validation", "cannot be negative"));
}

void Unit::validate()
{
    required(QStringLiteral("building"), building, 20);
    entrance = entrance.trimmed();
    required(QStringLiteral("room"), room, 20);
    if (floor < -5 || floor > 200)
        fail(QStringLiteral("floor"),
             QCoreApplication::translate("Validation", "must be between -5 and 200"));
    if (areaDm2 <= 0)
        fail(QStringLiteral("area"), QCoreApplication::translate("Validation", "must be greater than zero"));
    if (listPriceFen < 0)
        fail(QStringLiteral("list_price"), QCoreApplication::translate("Validation", "cannot be negative"));
    optional(QStringLiteral("layout"), layout, 50);
    oneOf(QStringLiteral("state"), state, Vocabulary::unitStates(), false);
}

QString Unit::label() const
{
    if (entrance.isEmpty())
        return QCoreApplication::translate("Unit", "Building %1, room %2").arg(building, room);
    return QCoreApplication::translate("Unit", "Building %1, entrance %2, room %3")
        .arg(building, entrance, room);
}

void Appointment::validate()
{
    idRequired(QStringLiteral("client"), clientId);
    timeRequired(QStringLiteral("starts_at"), startsAt);
    if (endsAt <= startsAt)
        fail(QStringLiteral("ends_at"), QCoreApplication::translate("Validation", "must be after the start"));
    if (partySize < 1 || partySize > 50)
        fail(QStringLiteral("party_size"),
             QCoreApplication::translate("Validation", "must be between 1 and 50"));
    optional(QStringLiteral("location"), location, 100);
    optional(QStringLiteral("notes"), notes);
    bring = bring.trimmed();
    specialNeeds = specialNeeds.trimmed();
    oneOf(QStringLiteral("status"), status, Vocabulary::appointmentStatuses(), false);
}

void Contract::validate()
{
    required(QStringLiteral("number"), number, 40);
    idRequired(QStringLiteral("client"), clientId);
    idRequired(QStringLiteral("unit"), unitId);
    if (priceFen <= 0)
        fail(QStringLiteral("price"), QCoreApplication::translate("Validation", "must be greater than zero"));
    if (discountFen < 0 || discountFen > priceFen)
        fail(QStringLiteral("discount"),
             QCoreApplication::translate("Validation", "must be between zero and the price"));
    oneOf(QStringLiteral("status"), status, Vocabulary::contractStatuses(), false);
    optional(QStringLiteral("co_buyers"), coBuyers, 200);
    if ((status == Vocabulary::ContractStatus::Signed || status == Vocabulary::ContractStatus::Filed) &&
        !signedOn.isValid())
        fail(QStringLiteral("signed_on"), QCoreApplication::translate("Validation", "required once signed"));
    cancelReason = cancelReason.trimmed();
    if (status == Vocabulary::ContractStatus::Cancelled && cancelReason.isEmpty())
        fail(QStringLiteral("cancel_reason"),
             QCoreApplication::translate("Validation", "required to cancel"));
}

void Complaint::validate()
{
    idRequired(QStringLiteral("client"), clientId);
    required(QStringLiteral("description"), description, 4000);
    oneOf(QStringLiteral("severity"), severity, Vocabulary::complaintSeverities(), false);
    oneOf(QStringLiteral("status"), status, Vocabulary::complaintStatuses(), false);
    timeRequired(QStringLiteral("received_at"), receivedAt);
    channel = channel.trimmed();
    category = category.trimmed();
}

void Handover::validate()
{
    idRequired(QStringLiteral("client"), clientId);
    idRequired(QStringLiteral("unit"), unitId);
    if (!handoverOn.isValid())
        fail(QStringLiteral("handover_on"), QCoreApplication::translate("Validation", "required"));
    oneOf(QStringLiteral("status"), status, Vocabulary::handoverStatuses(), false);
    optional(QStringLiteral("notes"), notes);
    optional(QStringLiteral("property_contact"), propertyContact, 200);
    optional(QStringLiteral("channel"), noticeChannel, 50);
}

void Defect::validate()
{
    idRequired(QStringLiteral("handover"), handoverId);
    required(QStringLiteral("location"), location, 100);
    required(QStringLiteral("description"), description, 2000);
    required(QStringLiteral("responsible"), responsible, 100);
    if (deadlineDays < 1 || deadlineDays > 365)
        fail(QStringLiteral("deadline_days"),
             QCoreApplication::translate("Validation", "between 1 and 365 working days"));
    oneOf(QStringLiteral("status"), status, Vocabulary::defectStatuses(), false);
    timeRequired(QStringLiteral("recorded_at"), recordedAt);
}

void ServiceRecord::validate()
{
    idRequired(QStringLiteral("client"), clientId);
    timeRequired(QStringLiteral("at"), at);
    oneOf(QStringLiteral("kind"), kind, Vocabulary::serviceKinds(), false);
    required(QStringLiteral("content"), content, 4000);
    optional(QStringLiteral("result"), result, 4000);
}

} // namespace estatedesk
