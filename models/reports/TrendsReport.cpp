// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TrendsReport.h"

#include "deadlines/DeadlinePolicy.h"
#include "reports/OfficeReports.h"

#include <cmath>

namespace estatedesk {

namespace {

using Kind = ReportDocument::CellKind;
using Cell = ReportDocument::Cell;
using Ratio = TrendRepository::Ratio;

ReportDocument::Column column(const QString &key, Kind kind = Kind::Text, const QString &header = {})
{
    return {key, kind, header};
}

Cell shareCell(const Ratio &r)
{
    return r.whole > 0 ? Cell(QStringLiteral("%1%").arg(100.0 * r.part / r.whole, 0, 'f', 1), r.value())
                       : Cell(QStringLiteral("—"), {});
}

double percentOrGap(const Ratio &r)
{
    return r.whole > 0 ? 100.0 * r.part / r.whole : qQNaN();
}

// A scale from 0 to a round number above the highest value (at least 5).
double scaleAbove(const QList<QList<double>> &values)
{
    double top = 0;
    for (const QList<double> &row : values)
        for (double v : row)
            if (!qIsNaN(v))
                top = std::max(top, v);
    return std::max(5.0, std::ceil(top / 5.0) * 5.0);
}

} // namespace

QList<ReportDocument::Section> TrendsReport::sections(const TrendRepository::Trends &t)
{
    const int months = int(t.months.size());
    ReportDocument::Section compliance;
    compliance.key = QStringLiteral("compliance");
    compliance.heading = tr("Deadline compliance by kind (%)");
    compliance.lines << tr(
        "Met on time ÷ (met, met late, or still open past the deadline), by the month the deadline falls in.");
    compliance.headers << tr("Month");
    compliance.columns << column(QStringLiteral("month"));
    QStringList policies;
    for (const QString &p : DeadlinePolicy::names())
        if (t.compliance.contains(p))
            policies << p;
    for (const QString &p : std::as_const(policies)) {
        compliance.headers << DeadlinePolicy::label(p);
        compliance.columns << column(QString(p).replace(u'-', u'_'), Kind::Percent);
        compliance.rightAligned << int(compliance.headers.size()) - 1;
        compliance.chartSeries << DeadlinePolicy::label(p);
    }
    for (const QString &p : std::as_const(policies)) {
        const QString key = QString(p).replace(u'-', u'_');
        compliance.columns << column(key + QStringLiteral("_met"), Kind::Integer,
                                     tr("%1: met on time").arg(DeadlinePolicy::label(p)))
                           << column(key + QStringLiteral("_counted"), Kind::Integer,
                                     tr("%1: counted").arg(DeadlinePolicy::label(p)));
    }
    compliance.chartLines = true;
    compliance.chartMax = 100;
    compliance.chartCategories = t.months;

    ReportDocument::Section complaints;
    complaints.key = QStringLiteral("complaints");
    complaints.heading = tr("Complaint rate (%)");
    complaints.lines << tr("Complaints received ÷ clients served (with a service record) in the month.");
    complaints.headers = {tr("Month"), tr("Complaints", "a count"), tr("Clients served"),
                          tr("Complaint rate")};
    complaints.rightAligned = {1, 2, 3};
    complaints.columns = {column(QStringLiteral("month")),
                          column(QStringLiteral("complaints"), Kind::Integer),
                          column(QStringLiteral("clients_served"), Kind::Integer),
                          column(QStringLiteral("complaint_rate"), Kind::Percent)};
    complaints.chartLines = true;
    complaints.chartSeries = {tr("Complaint rate")};
    complaints.chartCategories = t.months;

    ReportDocument::Section satisfaction;
    satisfaction.key = QStringLiteral("satisfaction");
    satisfaction.heading = tr("Satisfaction by dimension (1–5)");
    satisfaction.lines << tr("The average score of the survey responses given in the month.");
    satisfaction.headers = {tr("Month"), tr("Responses"), tr("Service attitude"), tr("Efficiency"),
                            tr("Problem resolution")};
    satisfaction.rightAligned = {1, 2, 3, 4};
    satisfaction.columns = {
        column(QStringLiteral("month")), column(QStringLiteral("responses"), Kind::Integer),
        column(QStringLiteral("attitude"), Kind::Number), column(QStringLiteral("efficiency"), Kind::Number),
        column(QStringLiteral("resolution"), Kind::Number)};
    satisfaction.chartLines = true;
    satisfaction.chartSeries = {tr("Service attitude"), tr("Efficiency"), tr("Problem resolution")};
    satisfaction.chartCategories = t.months;
    satisfaction.chartMax = 5;

    ReportDocument::Section training;
    training.key = QStringLiteral("training");
    training.heading = tr("Training pass rate (%)");
    training.lines << tr("Staff who passed the assessment of a session held in the month ÷ staff assessed.");
    training.headers = {tr("Month"), tr("Assessed"), tr("Passed"), tr("Pass rate")};
    training.rightAligned = {1, 2, 3};
    training.columns = {column(QStringLiteral("month")), column(QStringLiteral("assessed"), Kind::Integer),
                        column(QStringLiteral("passed"), Kind::Integer),
                        column(QStringLiteral("pass_rate"), Kind::Percent)};
    training.chartLines = true;
    training.chartSeries = {tr("Pass rate")};
    training.chartCategories = t.months;
    training.chartMax = 100;

    for (int m = 0; m < months; ++m) {
        const QString month = t.months.at(m);
        QList<Cell> row{month};
        QList<Cell> counts;
        QList<double> points;
        for (const QString &p : std::as_const(policies)) {
            const Ratio r = t.compliance.value(p).value(m);
            row << shareCell(r);
            counts << r.part << r.whole;
            points << percentOrGap(r);
        }
        compliance.addRow(row + counts);
        compliance.chartValues << points;

        const Ratio rate = t.complaintRate.value(m);
        complaints.addRow({month, rate.part, rate.whole, shareCell(rate)});
        complaints.chartValues << QList<double>{percentOrGap(rate)};

        const TrendRepository::Satisfaction s = t.satisfaction.value(m);
        auto score = [&s](double v) {
            return s.responses > 0 ? Cell(QString::number(v, 'f', 2), v) : Cell(QStringLiteral("—"), {});
        };
        satisfaction.addRow(
            {month, s.responses, score(s.attitude), score(s.efficiency), score(s.resolution)});
        satisfaction.chartValues << (s.responses > 0 ? QList<double>{s.attitude, s.efficiency, s.resolution}
                                                     : QList<double>{qQNaN(), qQNaN(), qQNaN()});

        const Ratio pass = t.trainingPass.value(m);
        training.addRow({month, pass.whole, pass.part, shareCell(pass)});
        training.chartValues << QList<double>{percentOrGap(pass)};
    }
    complaints.chartMax = scaleAbove(complaints.chartValues);
    if (policies.isEmpty()) { // nothing to draw
        compliance.chartCategories.clear();
        compliance.lines << tr("No deadline fell in these months.");
    }
    // A figure a page: its chart and its 12 months together.
    for (ReportDocument::Section *s : {&compliance, &complaints, &satisfaction, &training}) {
        s->newPage = true;
        s->noWrap << 0;
    }
    return {compliance, complaints, satisfaction, training};
}

ReportDocument TrendsReport::build(const Session &session, const QString &month)
{
    const TrendRepository::Trends trends = TrendRepository(session).twelveMonths(month);
    ReportDocument doc =
        OfficeReports::start(session, QStringLiteral("trends"), tr("Trends over 12 months"),
                             tr("%1 to %2").arg(trends.months.constFirst(), trends.months.constLast()));
    doc.sections = sections(trends);
    return doc;
}

} // namespace estatedesk
