// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/TrendRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

#include <QDate>

namespace estatedesk {

namespace {

// "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 … ELSE 11 END": the month a time falls in, the
// ends of the first 11 months bound.
QString monthOf(const QString &column)
{
    QString sql = QStringLiteral("CASE");
    for (int m = 0; m + 1 < TrendRepository::Months; ++m)
        sql += QStringLiteral(" WHEN %1 < CAST(? AS BIGINT) THEN %2").arg(column).arg(m);
    return sql + QStringLiteral(" ELSE %1 END").arg(TrendRepository::Months - 1);
}

} // namespace

TrendRepository::Trends TrendRepository::twelveMonths(const QString &lastMonth) const
{
    QDate last;
    OfficeTime::monthSpan(lastMonth, &last);
    if (!last.isValid())
        throw ValidationError(QStringLiteral("--month"),
                              tr("--month: \"%1\" is not a month like 2026-11").arg(lastMonth));
    Trends t;
    QVariantList ends; // the end of each month but the last
    qint64 from = 0, to = 0;
    for (int m = 0; m < Months; ++m) {
        const QString month = last.addMonths(m - Months + 1).toString(QStringLiteral("yyyy-MM"));
        t.months << month;
        const auto span = OfficeTime::monthSpan(month);
        if (m == 0)
            from = span.first;
        if (m + 1 < Months)
            ends << span.second;
        to = span.second;
    }
    t.complaintRate.resize(Months);
    t.satisfaction.resize(Months);
    t.trainingPass.resize(Months);
    const QSqlDatabase db = m_session.db->connection();
    const qint64 now = m_session.clock->nowMs();

    // Each query its own QSqlQuery: a finished one reassigned returns one row on PostgreSQL.
    QSqlQuery compliance = Sql::run(
        db,
        QStringLiteral(
            "SELECT policy, %1 AS month_index, SUM(CASE WHEN outcome = 'met' THEN 1 ELSE 0 END) AS met, SUM(CASE "
            "WHEN outcome IS NOT NULL OR (stopped_at IS NULL AND due_at < CAST(? AS BIGINT)) THEN 1 ELSE 0 END) "
            "AS n FROM deadline_items WHERE due_at >= "
            "CAST(? AS BIGINT) AND due_at < CAST(? AS BIGINT) GROUP BY 1, 2")
            .arg(monthOf(QStringLiteral("due_at"))),
        ends + QVariantList{now, from, to});
    const SqlRow complianceRow(compliance);
    while (compliance.next()) {
        const int whole = complianceRow.integer("n");
        if (whole == 0)
            continue;
        QList<Ratio> &months = t.compliance[complianceRow.text("policy")];
        months.resize(Months);
        months[complianceRow.integer("month_index")] = {complianceRow.integer("met"), whole};
    }
    compliance.finish();

    // A count per month: "SELECT <month of column>, COUNT(…) FROM … WHERE column in the 12 months GROUP BY
    // 1".
    auto countPerMonth = [&](const QString &column, const QString &count, const QString &table) {
        QList<int> counts(Months, 0);
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT %1 AS month_index, %2 AS n FROM %3 WHERE %4 >= CAST(? AS BIGINT) AND %4 < CAST(? AS BIGINT) GROUP BY 1")
                .arg(monthOf(column), count, table, column),
            ends + QVariantList{from, to});
        const SqlRow row(q);
        while (q.next())
            counts[row.integer("month_index")] = row.integer("n");
        return counts;
    };
    const QList<int> received = countPerMonth(QStringLiteral("received_at"), QStringLiteral("COUNT(*)"),
                                              QStringLiteral("complaints"));
    const QList<int> served = countPerMonth(QStringLiteral("at"), QStringLiteral("COUNT(DISTINCT client_id)"),
                                            QStringLiteral("service_records"));
    for (int m = 0; m < Months; ++m)
        t.complaintRate[m] = {received.at(m), served.at(m)};

    QSqlQuery survey = Sql::run(
        db,
        QStringLiteral(
            "SELECT %1 AS month_index, COUNT(*) AS n, AVG(attitude * 1.0) AS attitude, AVG(efficiency * "
            "1.0) AS efficiency, AVG(resolution * 1.0) AS resolution "
            "FROM survey_responses WHERE responded_at >= CAST(? AS BIGINT) AND responded_at < "
            "CAST(? AS BIGINT) GROUP BY 1")
            .arg(monthOf(QStringLiteral("responded_at"))),
        ends + QVariantList{from, to});
    const SqlRow surveyRow(survey);
    while (survey.next())
        t.satisfaction[surveyRow.integer("month_index")] = {
            surveyRow.integer("n"), surveyRow.number("attitude"), surveyRow.number("efficiency"),
            surveyRow.number("resolution")};
    survey.finish();

    // A staff member passed a session when any attempt passed.
    QSqlQuery training = Sql::run(
        db,
        QStringLiteral(
            "SELECT SUBSTR(s.held_on, 1, 7) AS month, SUM(x.passed) AS passed, COUNT(*) AS n FROM (SELECT session_id, "
            "staff_id, MAX(passed) AS passed FROM training_results GROUP BY session_id, staff_id) x "
            "JOIN training_sessions s ON s.id = x.session_id WHERE s.held_on >= ? AND s.held_on < ? "
            "GROUP BY 1"),
        {last.addMonths(1 - Months).toString(Qt::ISODate), last.addMonths(1).toString(Qt::ISODate)});
    const SqlRow trainingRow(training);
    while (training.next()) {
        const qsizetype m = t.months.indexOf(trainingRow.text("month"));
        if (m >= 0)
            t.trainingPass[m] = {trainingRow.integer("passed"), trainingRow.integer("n")};
    }
    return t;
}

} // namespace estatedesk
