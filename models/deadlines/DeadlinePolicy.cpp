// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines/DeadlinePolicy.h"

#include "core/Errors.h"

namespace estatedesk {

QList<DeadlinePolicy> DeadlinePolicy::defaults()
{
    // Seed 三.(一)1: consultations answered within 15 minutes.
    // Seed 三.(一)2: complaints answered within 24 hours, a solution within 3 working days.
    // Seed 三.(一)3: emergencies on site within 2 hours.
    // Seed 二.(三)1(2): defects fixed by a deadline (限期整改); 15 working days is the office's default.
    // Seed 二.(三)1(1): the handover time notified in advance; 7 days is the office's default.
    // Seed 二.(三)2(3): return visits after a complaint is resolved; 7 days is the office's default.
    // Seed 二.(二)2(3): payment progress followed; an installment is due at the end of its date.
    // Seed 二.(三)2(3) "定期回访客户": regular visits after signing (7 days) and after the handover (30
    // days); the numbers of days are the office's defaults.
    return {
        {QStringLiteral("consultation-response"), DeadlineClock::WallClock, 15, 0, 20, false},
        {QStringLiteral("complaint-first-response"), DeadlineClock::WallClock, 24 * 60, 0, 20, false},
        {QStringLiteral("complaint-solution"), DeadlineClock::WorkingDays, 0, 3, 20, true},
        {QStringLiteral("emergency-onsite"), DeadlineClock::WallClock, 2 * 60, 0, 20, false},
        {QStringLiteral("defect-rectification"), DeadlineClock::WorkingDays, 0, 15, 20, false},
        {QStringLiteral("handover-notice"), DeadlineClock::DaysBeforeDate, 0, 7, 20, false},
        {QStringLiteral("return-visit"), DeadlineClock::WallClock, 7 * 24 * 60, 0, 20, false},
        {QStringLiteral("installment"), DeadlineClock::EndOfDate, 0, 0, 20, false},
        {QStringLiteral("visit-after-signing"), DeadlineClock::WallClock, 7 * 24 * 60, 0, 20, false},
        {QStringLiteral("visit-after-handover"), DeadlineClock::WallClock, 30 * 24 * 60, 0, 20, false},
    };
}

QStringList DeadlinePolicy::names()
{
    QStringList out;
    for (const DeadlinePolicy &p : defaults())
        out << p.name;
    return out;
}

QString DeadlinePolicy::label(const QString &name)
{
    if (name == QLatin1String("consultation-response"))
        return tr("Consultation response");
    if (name == QLatin1String("complaint-first-response"))
        return tr("Complaint first response");
    if (name == QLatin1String("complaint-solution"))
        return tr("Complaint solution");
    if (name == QLatin1String("emergency-onsite"))
        return tr("Emergency on site");
    if (name == QLatin1String("defect-rectification"))
        return tr("Defect rectification");
    if (name == QLatin1String("handover-notice"))
        return tr("Handover notice");
    if (name == QLatin1String("return-visit"))
        return tr("Return visit");
    if (name == QLatin1String("installment"))
        return tr("Installment");
    if (name == QLatin1String("visit-after-signing"))
        return tr("Visit after signing");
    if (name == QLatin1String("visit-after-handover"))
        return tr("Visit after handover");
    return name;
}

QString DeadlinePolicy::clockKey(DeadlineClock clock)
{
    switch (clock) {
    case DeadlineClock::WallClock:
        return QStringLiteral("wall_clock");
    case DeadlineClock::WorkingDays:
        return QStringLiteral("working_days");
    case DeadlineClock::DaysBeforeDate:
        return QStringLiteral("days_before_date");
    case DeadlineClock::EndOfDate:
        return QStringLiteral("end_of_date");
    }
    return {};
}

DeadlineClock DeadlinePolicy::clockFromKey(const QString &key, bool *ok)
{
    for (DeadlineClock c : {DeadlineClock::WallClock, DeadlineClock::WorkingDays,
                            DeadlineClock::DaysBeforeDate, DeadlineClock::EndOfDate}) {
        if (clockKey(c) == key) {
            if (ok)
                *ok = true;
            return c;
        }
    }
    if (ok)
        *ok = false;
    return DeadlineClock::WallClock;
}

QString DeadlinePolicy::clockLabel(DeadlineClock clock)
{
    switch (clock) {
    case DeadlineClock::WallClock:
        return tr("Wall clock");
    case DeadlineClock::WorkingDays:
        return tr("Working days");
    case DeadlineClock::DaysBeforeDate:
        return tr("Calendar days before a date");
    case DeadlineClock::EndOfDate:
        return tr("End of a date");
    }
    return {};
}

QString DeadlinePolicy::lengthText() const
{
    switch (clock) {
    case DeadlineClock::WallClock:
        if (lengthMinutes % (24 * 60) == 0)
            return tr("%n day(s)", nullptr, int(lengthMinutes / (24 * 60)));
        if (lengthMinutes % 60 == 0)
            return tr("%n hour(s)", nullptr, int(lengthMinutes / 60));
        return tr("%n minute(s)", nullptr, int(lengthMinutes));
    case DeadlineClock::WorkingDays:
        return tr("%n working day(s)", nullptr, lengthDays);
    case DeadlineClock::DaysBeforeDate:
        return tr("%n day(s) before", nullptr, lengthDays);
    case DeadlineClock::EndOfDate:
        return tr("end of the due date");
    }
    return {};
}

void DeadlinePolicy::validate() const
{
    if (!names().contains(name))
        throw ValidationError(
            QStringLiteral("policy"),
            tr("Policy: \"%1\" is not one of %2").arg(name, names().join(QStringLiteral(", "))));
    if (clock == DeadlineClock::WallClock && (lengthMinutes < 1 || lengthMinutes > 365 * 24 * 60))
        throw ValidationError(QStringLiteral("length"), tr("Length: give from 1 minute to 365 days"));
    if ((clock == DeadlineClock::WorkingDays || clock == DeadlineClock::DaysBeforeDate) &&
        (lengthDays < 1 || lengthDays > 365))
        throw ValidationError(QStringLiteral("length"), tr("Length: give from 1 to 365 days"));
    if (dueSoonPercent < 0 || dueSoonPercent > 100)
        throw ValidationError(QStringLiteral("due_soon"), tr("Due soon: give a share from 0 to 100 %"));
}

} // namespace estatedesk
