// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>

namespace estatedesk {

class AppraisalRepository;

// The reports supervisors print and sign (seed 四; DESIGN §7 `report`), built from the
// database at the session clock's "now". Days and months are bounded at local midnight in the
// office time zone. Phones are masked as the session's role requires.
//   reception-daily (--date)       the day's consultations and viewings at the front desk
//   overdue                        every open item past its deadline
//   complaint-compliance (--month) each complaint deadline met, late or missed, per policy
//   appraisal (--month)            the team's monthly appraisal (published revision or live), with
//                                  the rewards and coaching; staff print their own published pack
//   survey (--quarter)             the quarter's satisfaction survey, by dimension and staff
//   training (--month)             the month's sessions, assessments, and who was not trained
//   trends (--month)               the 12 months up to the month (TrendsReport)
//   service-analysis (--month)     what clients asked for, and first visit → viewing → contract
class OfficeReports
{
    Q_DECLARE_TR_FUNCTIONS(OfficeReports)
public:
    struct Period
    {
        QDate date;         // reception-daily
        QString month;      // "YYYY-MM"
        QString quarter;    // "YYYY-Qn"
        qint64 staffId = 0; // appraisal: one staff member's pack (0: the team's)
    };
    static QStringList names();
    // The period report `name` is for: one day (reception-daily), a quarter (survey), none
    // (overdue, always as of now) or a month (the others).
    enum class Covers
    {
        Day,
        Month,
        Quarter,
        Nothing
    };
    static Covers covers(const QString &name);
    // The period of report `name` from the one text a window takes for it: a day (2026-11-27) for
    // reception-daily, a quarter (2026-Q4) for survey, a month (2026-11) for the others, nothing
    // for overdue; empty: the current one. Anything else throws ValidationError naming `field`
    // (the window's label for the text), never another period than the one asked for.
    static Period periodFromText(const QString &name, const QString &text, const QString &field);
    // The ones this version builds (names() lists what the design asks for).
    static QStringList available();
    // Throws ValidationError naming the option ("--month", ...) or the report name; a period the
    // report does not take (a month for the daily log) is refused, never replaced by today's.
    static ReportDocument build(const Session &session, const QString &name, const Period &period);
    // The UTC span [from, to) of a "YYYY-MM" month in the office time zone.
    static QPair<qint64, qint64> monthSpan(const QString &month);
    // A report with its title, period, the office's name and the time it is printed.
    static ReportDocument start(const Session &session, const QString &name, const QString &title,
                                const QString &period);

private:
    static ReportDocument receptionDaily(const Session &session, const QDate &day);
    static ReportDocument overdue(const Session &session);
    static ReportDocument complaintCompliance(const Session &session, const QString &month);
    static ReportDocument appraisal(const Session &session, const QString &month, qint64 staffId);
    static QList<ReportDocument::Section> rewardsAndCoaching(const AppraisalRepository &repo,
                                                             const QString &month, qint64 staffId);
    static ReportDocument survey(const Session &session, const QString &quarter);
    static ReportDocument training(const Session &session, const QString &month);
    static ReportDocument serviceAnalysis(const Session &session,
                                          const QString &month); // ServiceAnalysisReport.cpp
};

} // namespace estatedesk
