// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ServiceAnalysisRepository.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

#include <QHash>

namespace estatedesk {

namespace {

// Rows of (label, n, clients) from a grouped query.
QList<ServiceAnalysisRepository::Count> counts(QSqlQuery q)
{
    QList<ServiceAnalysisRepository::Count> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.text("label"), row.integer("n"), row.integer("clients")});
    return out;
}

} // namespace

ServiceAnalysisRepository::ServiceAnalysisRepository(const Session &session) : m_session(session)
{
    Permissions::require(m_session, Action::PrintReports);
}

QStringList ServiceAnalysisRepository::budgetBandKeys()
{
    return {QStringLiteral("lt200"),   QStringLiteral("200-300"), QStringLiteral("300-400"),
            QStringLiteral("400-500"), QStringLiteral("ge500"),   QStringLiteral("none")};
}

QString ServiceAnalysisRepository::budgetBandLabel(const QString &key)
{
    if (key == QLatin1String("lt200"))
        return tr("under 2 million yuan");
    if (key == QLatin1String("ge500"))
        return tr("5 million yuan and above");
    if (key == QLatin1String("200-300"))
        return tr("2–3 million yuan");
    if (key == QLatin1String("300-400"))
        return tr("3–4 million yuan");
    if (key == QLatin1String("400-500"))
        return tr("4–5 million yuan");
    return tr("not given");
}

ServiceAnalysisRepository::Count ServiceAnalysisRepository::consultations(qint64 from, qint64 to) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT COUNT(*) AS n, COUNT(DISTINCT client_id) AS clients FROM consultations WHERE received_at >= ? AND "
            "received_at < ?"),
        {from, to});
    Count c;
    const SqlRow row(q);
    if (q.next()) {
        c.count = row.integer("n");
        c.clients = row.integer("clients");
    }
    return c;
}

QList<ServiceAnalysisRepository::Count> ServiceAnalysisRepository::channels(qint64 from, qint64 to) const
{
    return counts(Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT channel AS label, COUNT(*) AS n, COUNT(DISTINCT client_id) AS clients FROM consultations "
            "WHERE received_at >= ? "
            "AND received_at < ? GROUP BY channel ORDER BY COUNT(*) DESC, channel"),
        {from, to}));
}

QList<ServiceAnalysisRepository::Count> ServiceAnalysisRepository::interests(qint64 from, qint64 to) const
{
    // interests is a comma-separated list of keys: one pass, two columns per key.
    const QStringList keys = Vocabulary::keys(Vocabulary::interests());
    QStringList columns;
    QVariantList values;
    for (const QString &k : keys) {
        columns << QStringLiteral("SUM(CASE WHEN (',' || interests || ',') LIKE ? THEN 1 ELSE 0 END)")
                << QStringLiteral(
                       "COUNT(DISTINCT CASE WHEN (',' || interests || ',') LIKE ? THEN client_id END)");
        values << QStringLiteral("%,%1,%").arg(k) << QStringLiteral("%,%1,%").arg(k);
    }
    values << from << to;
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT %1 FROM consultations WHERE received_at >= ? AND received_at < ?")
                     .arg(columns.join(QStringLiteral(", "))),
                 values);
    QList<Count> out;
    const bool found = q.next();
    for (int i = 0; i < keys.size(); ++i)
        out.append({keys.at(i), found ? q.value(2 * i).toInt() : 0, found ? q.value(2 * i + 1).toInt() : 0});
    return out;
}

QList<ServiceAnalysisRepository::Count> ServiceAnalysisRepository::budgetBands(qint64 from, qint64 to) const
{
    // Bands in fen: 2,000,000 yuan = 200,000,000 fen.
    const QList<Count> found = counts(Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT band AS label, COUNT(*) AS n, COUNT(DISTINCT client_id) AS clients FROM (SELECT client_id, CASE WHEN budget_fen IS NULL THEN "
            "'none' WHEN budget_fen < 200000000 THEN 'lt200' WHEN budget_fen < 300000000 THEN '200-300' WHEN budget_fen < "
            "400000000 THEN '300-400' WHEN budget_fen < 500000000 THEN '400-500' ELSE 'ge500' END AS band FROM "
            "consultations WHERE received_at >= ? AND received_at < ?) b GROUP BY band"),
        {from, to}));
    QList<Count> out;
    for (const QString &k : budgetBandKeys()) {
        Count c{k, 0, 0};
        for (const Count &f : found)
            if (f.key == k)
                c = f;
        out << c;
    }
    return out;
}

QList<ServiceAnalysisRepository::Count> ServiceAnalysisRepository::unitTypesSigned(const QDate &first,
                                                                                   const QDate &end) const
{
    return counts(Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT u.layout AS label, COUNT(*) AS n, COUNT(DISTINCT x.client_id) AS clients FROM contracts x JOIN units u ON u.id = "
            "x.unit_id WHERE x.status IN (?, ?) AND x.signed_on >= ? AND x.signed_on < ? "
            "GROUP BY u.layout ORDER BY COUNT(*) DESC, u.layout"),
        {Vocabulary::ContractStatus::Signed, Vocabulary::ContractStatus::Filed, first.toString(Qt::ISODate),
         end.toString(Qt::ISODate)}));
}

QList<ServiceAnalysisRepository::Count> ServiceAnalysisRepository::sampleUnitsViewed(qint64 from,
                                                                                     qint64 to) const
{
    return counts(Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT location AS label, COUNT(*) AS n, COUNT(DISTINCT client_id) AS clients FROM appointments WHERE starts_at >= ? "
            "AND starts_at < ? AND status IN (?, ?) GROUP BY location ORDER BY COUNT(*) "
            "DESC, location"),
        {from, to, Vocabulary::AppointmentStatus::CheckedIn, Vocabulary::AppointmentStatus::Done}));
}

QList<ServiceAnalysisRepository::Path> ServiceAnalysisRepository::paths(qint64 from, qint64 to) const
{
    const qint64 now = m_session.clock->nowMs();
    const QString today = OfficeTime::toOffice(now).date().toString(Qt::ISODate);
    // The clients of the month (first consultation in the span), each with the channel of that
    // consultation and two flags, then grouped by channel and consultant: one query.
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT t.channel, t.consultant_id, s.name, COUNT(*) AS n, SUM(t.viewed) AS viewed, SUM(t.contracted) AS "
            "contracted, SUM(t.viewed * t.contracted) AS viewed_and_contracted "
            "FROM (SELECT f.client_id, (SELECT c.channel FROM consultations c WHERE c.client_id = f.client_id ORDER BY "
            "c.received_at, c.id LIMIT 1) AS channel, k.consultant_id, CASE WHEN EXISTS (SELECT 1 FROM appointments a WHERE "
            "a.client_id = f.client_id AND a.status IN (?, ?) AND a.starts_at < CAST(? AS BIGINT)) THEN 1 ELSE 0 "
            "END AS viewed, CASE WHEN EXISTS (SELECT 1 FROM contracts x WHERE x.client_id = f.client_id AND x.status IN "
            "(?, ?) AND x.signed_on <= ?) THEN 1 ELSE 0 END AS contracted FROM (SELECT client_id FROM consultations "
            "GROUP BY client_id HAVING MIN(received_at) >= CAST(? AS BIGINT) AND MIN(received_at) < CAST(? AS BIGINT)) f JOIN "
            "clients k ON k.id = f.client_id) t LEFT JOIN staff s ON s.id = t.consultant_id GROUP BY t.channel, t.consultant_id, "
            "s.name ORDER BY t.channel, t.consultant_id"),
        {Vocabulary::AppointmentStatus::CheckedIn, Vocabulary::AppointmentStatus::Done, now,
         Vocabulary::ContractStatus::Signed, Vocabulary::ContractStatus::Filed, today, from, to});
    QList<Path> out;
    const SqlRow row(q);
    while (q.next()) {
        Path p;
        p.channel = row.text("channel");
        p.consultantId = row.id("consultant_id");
        p.consultantName = row.text("name");
        p.clients = row.integer("n");
        p.viewed = row.integer("viewed");
        p.signedUp = row.integer("contracted");
        p.viewedAndSigned = row.integer("viewed_and_contracted");
        out << p;
    }
    return out;
}

} // namespace estatedesk
