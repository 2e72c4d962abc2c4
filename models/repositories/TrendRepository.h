// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace estatedesk {

// The office's figures month by month, for the 12 months up to a month (seed 四: supervisors
// compare months). Months run from local midnight in the office time zone, as in the appraisal:
//   deadline compliance per kind: items whose deadline falls in the month, met on time ÷
//     (met, met late, or still open past it at "now");
//   complaint rate: complaints received ÷ clients served (a service record) in the month;
//   satisfaction: the average of the survey responses given in the month, per dimension;
//   training pass rate: staff assessed in the month's sessions who passed ÷ staff assessed.
// One grouped query per figure, whatever the number of months.
class TrendRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrendRepository)
public:
    static constexpr int Months = 12;
    struct Ratio
    {
        int part = 0, whole = 0;
        // The share, or -1 when there is nothing to count.
        double value() const { return whole > 0 ? double(part) / whole : -1; }
    };
    struct Satisfaction
    {
        int responses = 0;
        double attitude = 0, efficiency = 0, resolution = 0; // 1–5 averages
    };
    struct Trends
    {
        QStringList months;                     // "YYYY-MM", oldest first
        QMap<QString, QList<Ratio>> compliance; // policy → a ratio per month (policies with anything counted)
        QList<Ratio> complaintRate;             // complaints ÷ clients served
        QList<Satisfaction> satisfaction;
        QList<Ratio> trainingPass; // passed ÷ assessed
    };

    explicit TrendRepository(const Session &session) : m_session(session) {}
    // The 12 months ending with lastMonth ("YYYY-MM"); throws ValidationError("--month") when it
    // is not a month.
    Trends twelveMonths(const QString &lastMonth) const;

private:
    Session m_session;
};

} // namespace estatedesk
