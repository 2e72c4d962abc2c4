// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Vocabulary.h"

namespace estatedesk {

QList<Vocabulary::Entry> Vocabulary::roles()
{
    return {{Role::Reception, tr("Reception")},
            {Role::Consultant, tr("Sales consultant")},
            {Role::Service, tr("Customer service")},
            {Role::Supervisor, tr("Supervisor")},
            {Role::Admin, tr("Administrator")}};
}

QList<Vocabulary::Entry> Vocabulary::genders()
{
    return {{QStringLiteral("male"),
             tr("Male"),
             {QStringLiteral("男"), QStringLiteral("M"), QStringLiteral("Male")}},
            {QStringLiteral("female"),
             tr("Female"),
             {QStringLiteral("女"), QStringLiteral("F"), QStringLiteral("Female")}}};
}

QList<Vocabulary::Entry> Vocabulary::sourceChannels()
{
    return {{QStringLiteral("walk_in"),
             tr("Walk-in"),
             {QStringLiteral("到访"), QStringLiteral("来访"), QStringLiteral("Walk-in")}},
            {QStringLiteral("phone"),
             tr("Phone"),
             {QStringLiteral("电话"), QStringLiteral("来电"), QStringLiteral("Phone")}},
            {QStringLiteral("wechat"), tr("WeChat"), {QStringLiteral("微信"), QStringLiteral("WeChat")}},
            {QStringLiteral("online"),
             tr("Online"),
             {QStringLiteral("网络"), QStringLiteral("线上"), QStringLiteral("Online")}},
            {QStringLiteral("referral"),
             tr("Agent referral"),
             {QStringLiteral("中介"), QStringLiteral("转介"), QStringLiteral("老带新"),
              QStringLiteral("Agent referral")}},
            {QStringLiteral("other"), tr("Other"), {QStringLiteral("其他"), QStringLiteral("Other")}}};
}

QString Vocabulary::sourceLabel(const QString &key, const QString &detail)
{
    const QString channel = key.isEmpty() ? QString() : label(sourceChannels(), key);
    return detail.isEmpty() ? channel : tr("%1 (%2)").arg(channel, detail);
}

QList<Vocabulary::Entry> Vocabulary::interests()
{
    return {
        {QStringLiteral("location"),
         tr("Location"),
         {QStringLiteral("位置"), QStringLiteral("区位"), QStringLiteral("地段"),
          QStringLiteral("Location")}},
        {QStringLiteral("layout"), tr("Unit type"), {QStringLiteral("户型"), QStringLiteral("Unit type")}},
        {QStringLiteral("price"), tr("Price"), {QStringLiteral("价格"), QStringLiteral("Price")}},
        {QStringLiteral("amenities"), tr("Amenities"), {QStringLiteral("配套"), QStringLiteral("Amenities")}},
        {QStringLiteral("policy"), tr("Policy"), {QStringLiteral("政策"), QStringLiteral("Policy")}},
        {QStringLiteral("transport"),
         tr("Transport"),
         {QStringLiteral("交通"), QStringLiteral("Transport")}}};
}

QList<Vocabulary::Entry> Vocabulary::serviceKinds()
{
    using K = ServiceKind;
    return {{K::Consultation, tr("Consultation")},
            {K::Call, tr("Call")},
            {K::Viewing, tr("Viewing")},
            {K::Contract, tr("Contract")},
            {K::Payment, tr("Payment follow-up")},
            {K::Handover, tr("Handover")},
            {K::Complaint, tr("Complaint")},
            {K::ReturnVisit, tr("Return visit")},
            // Acts logged by hand on a client (seed 三.(三)1), besides the calls above.
            {K::Wechat, tr("WeChat conversation")},
            {K::Visit, tr("Visit")},
            {K::Message, tr("Message")},
            {K::Other, tr("Other act")}};
}

QList<Vocabulary::Entry> Vocabulary::manualServiceKinds()
{
    QList<Entry> out;
    for (const Entry &e : serviceKinds())
        if (QStringList{ServiceKind::Call, ServiceKind::Wechat, ServiceKind::Visit, ServiceKind::Message,
                        ServiceKind::Other}
                .contains(e.key))
            out << e;
    return out;
}

QList<Vocabulary::Entry> Vocabulary::appointmentStatuses()
{
    return {
        {AppointmentStatus::Booked, tr("Booked")},        {AppointmentStatus::Confirmed, tr("Confirmed")},
        {AppointmentStatus::CheckedIn, tr("Checked in")}, {AppointmentStatus::Done, tr("Done")},
        {AppointmentStatus::NoShow, tr("No-show")},       {AppointmentStatus::Cancelled, tr("Cancelled")}};
}

QList<Vocabulary::Entry> Vocabulary::contractStatuses()
{
    return {{ContractStatus::Draft, tr("Draft")},
            {ContractStatus::Signed, tr("Signed")},
            {ContractStatus::Filed, tr("Filed")},
            {ContractStatus::Cancelled, tr("Cancelled")}};
}

QList<Vocabulary::Entry> Vocabulary::complaintStatuses()
{
    return {{ComplaintStatus::Received, tr("Received")},
            {ComplaintStatus::FirstResponse, tr("First response given")},
            {ComplaintStatus::SolutionProposed, tr("Solution proposed")},
            {ComplaintStatus::Resolved, tr("Resolved")},
            {ComplaintStatus::ReturnVisit, tr("Return visit done")},
            {ComplaintStatus::Closed, tr("Closed")}};
}

QList<Vocabulary::Entry> Vocabulary::complaintSeverities()
{
    return {{ComplaintSeverity::Normal, tr("Normal")},
            {ComplaintSeverity::Urgent, tr("Urgent")},
            {ComplaintSeverity::Emergency, tr("Emergency")}};
}

QList<Vocabulary::Entry> Vocabulary::handoverStatuses()
{
    return {{HandoverStatus::Scheduled, tr("Scheduled")},
            {HandoverStatus::Done, tr("Handed over")},
            {HandoverStatus::Cancelled, tr("Cancelled")}};
}

QList<Vocabulary::Entry> Vocabulary::defectStatuses()
{
    return {{DefectStatus::Open, tr("Open")},
            {DefectStatus::Fixed, tr("Fixed, awaiting re-inspection")},
            {DefectStatus::Closed, tr("Fixed, re-inspection passed")}};
}

QList<Vocabulary::Entry> Vocabulary::unitStates()
{
    return {{UnitState::Available, tr("Available")},
            {UnitState::Reserved, tr("Reserved")},
            {UnitState::Contracted, tr("Contracted")},
            {UnitState::HandedOver, tr("Handed over")}};
}

QStringList Vocabulary::keys(const QList<Entry> &entries)
{
    QStringList out;
    for (const Entry &e : entries)
        out << e.key;
    return out;
}

QString Vocabulary::label(const QList<Entry> &entries, const QString &key)
{
    for (const Entry &e : entries)
        if (e.key == key)
            return e.label;
    return key;
}

QString Vocabulary::keyFor(const QList<Entry> &entries, const QString &keyOrLabel)
{
    const QString wanted = keyOrLabel.trimmed();
    for (const Entry &e : entries)
        if (e.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            e.label.compare(wanted, Qt::CaseInsensitive) == 0 ||
            e.aliases.contains(wanted, Qt::CaseInsensitive))
            return e.key;
    return {};
}

} // namespace estatedesk
