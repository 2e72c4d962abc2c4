// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/AppraisalRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/RowGateway.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace estatedesk {

QJsonObject Appraisal::toJson() const
{
    QJsonObject comp;
    for (auto it = compliance.cbegin(); it != compliance.cend(); ++it)
        comp.insert(it.key(), QJsonArray{it.value().first, it.value().second});
    return {{QStringLiteral("staff_id"), staffId},
            {QStringLiteral("staff_name"), staffName},
            {QStringLiteral("role"), role},
            {QStringLiteral("clients_served"), clientsServed},
            {QStringLiteral("complaints"), complaints},
            {QStringLiteral("complaint_rate"), complaintRate},
            {QStringLiteral("survey_responses"), surveyResponses},
            {QStringLiteral("satisfaction"), satisfaction},
            {QStringLiteral("compliance"), comp},
            {QStringLiteral("compliance_all"), complianceAll},
            {QStringLiteral("consultations"), consultations},
            {QStringLiteral("viewings"), viewings},
            {QStringLiteral("contracts"), contracts},
            {QStringLiteral("training_score"), trainingScore},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("coaching"), QJsonArray::fromStringList(coaching)}};
}

Appraisal Appraisal::fromJson(const QJsonObject &o)
{
    Appraisal a;
    a.staffId = o.value(QStringLiteral("staff_id")).toInteger();
    a.staffName = o.value(QStringLiteral("staff_name")).toString();
    a.role = o.value(QStringLiteral("role")).toString();
    a.clientsServed = o.value(QStringLiteral("clients_served")).toInt();
    a.complaints = o.value(QStringLiteral("complaints")).toInt();
    a.complaintRate = o.value(QStringLiteral("complaint_rate")).toDouble();
    a.surveyResponses = o.value(QStringLiteral("survey_responses")).toInt();
    a.satisfaction = o.value(QStringLiteral("satisfaction")).toDouble(-1);
    const QJsonObject comp = o.value(QStringLiteral("compliance")).toObject();
    for (auto it = comp.begin(); it != comp.end(); ++it)
        a.compliance.insert(it.key(),
                            {it.value().toArray().at(0).toInt(), it.value().toArray().at(1).toInt()});
    a.complianceAll = o.value(QStringLiteral("compliance_all")).toDouble(-1);
    a.consultations = o.value(QStringLiteral("consultations")).toInt();
    a.viewings = o.value(QStringLiteral("viewings")).toInt();
    a.contracts = o.value(QStringLiteral("contracts")).toInt();
    a.trainingScore = o.value(QStringLiteral("training_score")).toInt(-1);
    a.rank = o.value(QStringLiteral("rank")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("coaching")).toArray())
        a.coaching << v.toString();
    return a;
}

namespace {

// The first day of a "YYYY-MM" month and its span; throws naming --month when it is not one.
QPair<qint64, qint64> checkedMonth(const QString &monthText, QDate *first)
{
    const auto span = OfficeTime::monthSpan(monthText, first);
    if (!first->isValid())
        throw ValidationError(
            QStringLiteral("--month"),
            AppraisalRepository::tr("--month: \"%1\" is not a month like 2026-11").arg(monthText));
    return span;
}

QString required(const QString &field, const QString &label, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw ValidationError(field, AppraisalRepository::tr("%1: please fill it in").arg(label));
    return t;
}

} // namespace

QList<Appraisal> AppraisalRepository::compute(const QString &monthText) const
{
    Permissions::require(m_session, Action::PrintReports);
    QDate first;
    const auto [from, to] = checkedMonth(monthText, &first);
    const qint64 now = m_session.clock->nowMs();
    const qint64 countUntil = std::min(now, to); // an open item counts as missed once its deadline has passed
    QSqlDatabase db = m_session.db->connection();
    SettingsRepository settings(m_session);
    const double minSatisfaction = settings.get(Settings::MinSatisfaction);
    const double minCompliance = settings.get(Settings::MinCompliance);
    const double maxComplaintRate = settings.get(Settings::MaxComplaintRate);

    // The team and the counts that have a (staff, time) index, in one query: each correlated
    // count reads its index range only. The other measures follow, each one grouped query for the
    // whole team (never a query per person and measure).
    const QVariantList span{from, to};
    QList<Appraisal> out;
    {
        // Staff who joined after the month are not part of it.
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT s.id, s.name, s.role, (SELECT COUNT(DISTINCT r.client_id) FROM service_records r "
                "WHERE r.staff_id = s.id AND r.at >= ? AND r.at < ?) AS clients_served, (SELECT COUNT(*) "
                "FROM consultations x WHERE x.staff_id = s.id AND x.received_at >= ? AND x.received_at < ?) "
                "AS consultations, (SELECT COUNT(*) FROM appointments a WHERE a.consultant_id = s.id AND "
                "a.starts_at >= ? AND a.starts_at < ? AND a.status IN (?, ?)) AS viewings FROM staff s WHERE ") +
                StaffRepository::teamCondition() + QStringLiteral(" ORDER BY s.id"),
            QVariantList{from, to, from, to, from, to, Vocabulary::AppointmentStatus::CheckedIn,
                         Vocabulary::AppointmentStatus::Done} +
                StaffRepository::teamValues(to));
        const SqlRow row(q);
        while (q.next()) {
            Appraisal a;
            a.staffId = row.id("id");
            a.staffName = row.text("name");
            a.role = row.text("role");
            a.clientsServed = row.integer("clients_served");
            a.consultations = row.integer("consultations");
            a.viewings = row.integer("viewings");
            out << a;
        }
    }
    auto perStaff = [&db](const QString &sql, const QVariantList &values) {
        QHash<qint64, QVariant> byStaff;
        QSqlQuery q = Sql::run(db, sql, values);
        const SqlRow row(q);
        while (q.next())
            byStaff.insert(row.id("staff_id"), row.value("n"));
        return byStaff;
    };
    const QHash<qint64, QVariant> complaints = perStaff(
        QStringLiteral(
            "SELECT k.consultant_id AS staff_id, COUNT(*) AS n FROM complaints c JOIN clients k ON k.id = c.client_id WHERE "
            "c.received_at >= ? AND c.received_at < ? AND k.consultant_id IS NOT NULL GROUP BY k.consultant_id"),
        span);
    QHash<qint64, SurveyRepository::Score> scores; // as SurveyRepository::scoreOf computes them
    {
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT staff_id, COUNT(*) AS n, AVG(attitude * 1.0) AS attitude, AVG(efficiency * 1.0) AS "
                "efficiency, AVG(resolution * 1.0) AS resolution FROM survey_responses WHERE responded_at >= ? AND responded_at < ? AND staff_id IS "
                "NOT NULL GROUP BY staff_id"),
            span);
        const SqlRow row(q);
        while (q.next()) {
            SurveyRepository::Score score;
            score.staffId = row.id("staff_id");
            score.responses = row.integer("n");
            score.attitude = row.number("attitude");
            score.efficiency = row.number("efficiency");
            score.resolution = row.number("resolution");
            score.overall = (score.attitude + score.efficiency + score.resolution) / 3.0;
            scores.insert(score.staffId, score);
        }
    }
    QHash<qint64, QMap<QString, QPair<int, int>>> compliance;
    {
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT staff_id, policy, SUM(CASE WHEN outcome = 'met' THEN 1 ELSE 0 END) AS met, SUM(CASE "
                "WHEN outcome IS NOT NULL OR (stopped_at IS NULL AND due_at < ?) THEN 1 ELSE 0 END) AS n FROM "
                "deadline_items WHERE due_at >= ? AND due_at < ? AND staff_id IS NOT NULL GROUP BY "
                "staff_id, policy"),
            {countUntil, from, to});
        const SqlRow row(q);
        while (q.next()) {
            const int m = row.integer("met"), n = row.integer("n");
            if (n > 0)
                compliance[row.id("staff_id")].insert(row.text("policy"), {m, n});
        }
    }
    const QVariantList days{first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate)};
    const QHash<qint64, QVariant> contracts = perStaff(
        QStringLiteral(
            "SELECT consultant_id AS staff_id, COUNT(*) AS n FROM contracts WHERE signed_on >= ? AND signed_on "
            "< ? AND status IN (?, ?) GROUP BY consultant_id"),
        days + QVariantList{Vocabulary::ContractStatus::Signed, Vocabulary::ContractStatus::Filed});
    // As TrainingRepository::bestPassedScore: the best passed score of a session held in the month.
    const QHash<qint64, QVariant> training = perStaff(
        QStringLiteral(
            "SELECT t.staff_id, MAX(t.score) AS n FROM training_results t JOIN training_sessions x ON x.id = "
            "t.session_id WHERE t.passed = 1 AND x.held_on >= ? AND x.held_on < ? GROUP BY t.staff_id"),
        days);
    for (Appraisal &a : out) {
        a.complaints = complaints.value(a.staffId, 0).toInt();
        a.complaintRate = a.clientsServed > 0 ? double(a.complaints) / a.clientsServed : 0;
        const SurveyRepository::Score score = scores.value(a.staffId);
        a.surveyResponses = score.responses;
        a.satisfaction = score.responses > 0 ? score.overall : -1;
        a.compliance = compliance.value(a.staffId);
        int met = 0, counted = 0;
        for (const QPair<int, int> &c : std::as_const(a.compliance)) {
            met += c.first;
            counted += c.second;
        }
        a.complianceAll = counted > 0 ? 100.0 * met / counted : -1;
        a.contracts = contracts.value(a.staffId, 0).toInt();
        const QVariant best = training.value(a.staffId);
        a.trainingScore = best.isNull() || !best.isValid() ? -1 : best.toInt();
        if (a.satisfaction >= 0 && a.satisfaction < minSatisfaction)
            a.coaching << tr("satisfaction %1 below %2")
                              .arg(a.satisfaction, 0, 'f', 2)
                              .arg(minSatisfaction, 0, 'f', 1);
        if (a.complianceAll >= 0 && a.complianceAll < minCompliance)
            a.coaching << tr("deadline compliance %1% below %2%")
                              .arg(a.complianceAll, 0, 'f', 1)
                              .arg(minCompliance, 0, 'f', 0);
        if (a.complaintRate > maxComplaintRate)
            a.coaching << tr("complaint rate %1 above %2")
                              .arg(a.complaintRate, 0, 'f', 3)
                              .arg(maxComplaintRate, 0, 'f', 3);
        if (a.trainingScore < 0)
            a.coaching << tr("no training passed this month");
    }
    // Rank: compliance, then satisfaction, then fewer complaints per client (unknowns last).
    QList<Appraisal *> order;
    for (Appraisal &a : out)
        order << &a;
    std::stable_sort(order.begin(), order.end(), [](const Appraisal *x, const Appraisal *y) {
        if (x->complianceAll != y->complianceAll)
            return x->complianceAll > y->complianceAll;
        if (x->satisfaction != y->satisfaction)
            return x->satisfaction > y->satisfaction;
        return x->complaintRate < y->complaintRate;
    });
    for (int i = 0; i < order.size(); ++i)
        order.at(i)->rank = i + 1;
    std::sort(out.begin(), out.end(), [](const Appraisal &x, const Appraisal &y) { return x.rank < y.rank; });
    return out;
}

// What publishing a month locks (Transaction::lockKey): the number of its next revision.
static QString revisionKey(const QString &month)
{
    return QStringLiteral("kpi_snapshots:") + month;
}

int AppraisalRepository::publishedRevision(const QString &month) const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM kpi_snapshots WHERE month = ?"),
                       {month})
        .toInt();
}

bool AppraisalRepository::seesTeam() const
{
    return Permissions::allows(m_session.role, Action::PrintReports);
}

QString AppraisalRepository::youAreNotAppraised(const QString &month)
{
    return tr("You are not in the appraisal results of %1 (the month's published appraisal does not "
              "include you, or you were not on duty that month)")
        .arg(month);
}

QString AppraisalRepository::isNotAppraised(const QString &name, const QString &month)
{
    return tr("Staff member: %1 is not in the appraisal of %2 (it covers the consultants, "
              "customer-service and reception staff on duty that month)")
        .arg(name, month);
}

qint64 AppraisalRepository::visibleStaff(qint64 staffId) const
{
    if (seesTeam())
        return staffId;
    if (staffId != 0 && staffId != m_session.actorId)
        throw PermissionError(tr("Not allowed: each staff member sees only their own appraisal."));
    return m_session.actorId;
}

QList<Appraisal> AppraisalRepository::month(const QString &monthText) const
{
    const int revision = publishedRevision(monthText);
    if (!seesTeam()) { // their own published row, never the live figures
        QDate first;
        checkedMonth(monthText, &first);
        if (revision == 0)
            return {};
        return snapshots(QStringLiteral("month = ? AND revision = ? AND staff_id = ?"),
                         {monthText, revision, m_session.actorId});
    }
    if (revision == 0)
        return compute(monthText);
    QList<Appraisal> out =
        snapshots(QStringLiteral("month = ? AND revision = ? ORDER BY staff_id"), {monthText, revision});
    std::sort(out.begin(), out.end(), [](const Appraisal &x, const Appraisal &y) { return x.rank < y.rank; });
    return out;
}

// Callers decide whose rows (month(), history()).
QList<Appraisal> AppraisalRepository::snapshots(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT figures, revision, published_at, reason FROM kpi_snapshots WHERE ") + where,
        values);
    QList<Appraisal> out;
    const SqlRow row(q);
    while (q.next()) {
        Appraisal a = Appraisal::fromJson(QJsonDocument::fromJson(row.text("figures").toUtf8()).object());
        a.revision = row.integer("revision");
        a.publishedAt = row.int64("published_at");
        a.reason = row.text("reason");
        out << a;
    }
    return out;
}

void AppraisalRepository::store(const QString &month, int revision, const QString &reason)
{
    const QList<Appraisal> figures = compute(month);
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*m_session.db);
    for (const Appraisal &a : figures)
        Sql::run(
            m_session.db->connection(),
            QStringLiteral(
                "INSERT INTO kpi_snapshots (month, staff_id, revision, figures, published_at, published_by, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {month, a.staffId, revision,
             QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)), now,
             Sql::nullableId(m_session.actorId), reason.trimmed()});
    AuditLog::write(m_session, QStringLiteral("publish"), QStringLiteral("kpi_snapshots"), revision, {},
                    {{QStringLiteral("month"), month},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("reason"), reason.trimmed()}});
    tx.commit();
}

void AppraisalRepository::publish(const QString &month)
{
    Permissions::require(m_session, Action::PrintReports);
    Transaction tx(*m_session.db);
    tx.lockKey(revisionKey(month));
    if (publishedRevision(month) > 0)
        throw ValidationError(
            QStringLiteral("month"),
            tr("Month: %1 is published already; publish a correction as a new revision with its reason")
                .arg(month));
    store(month, 1, QString());
    tx.commit();
}

int AppraisalRepository::revise(const QString &month, const QString &reason)
{
    Permissions::require(m_session, Action::PrintReports);
    Transaction tx(*m_session.db);
    tx.lockKey(revisionKey(month)); // two corrections at once: revisions 2 and 3, not two 2s
    const int current = publishedRevision(month);
    if (current == 0)
        throw ValidationError(QStringLiteral("month"), tr("Month: %1 is not published yet").arg(month));
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("reason"), tr("Reason: say what the correction changes"));
    store(month, current + 1, reason);
    tx.commit();
    return current + 1;
}

QList<Appraisal> AppraisalRepository::history(const QString &month, qint64 staffId) const
{
    return snapshots(QStringLiteral("month = ? AND staff_id = ? ORDER BY revision"),
                     {month, visibleStaff(staffId)});
}

// ---------------------------------------------------------------- rewards and coaching

void AppraisalRepository::checkAppraised(const QString &month, qint64 staffId) const
{
    const QVariant found =
        Sql::scalar(m_session.db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM kpi_snapshots WHERE month = ? AND staff_id = ?"),
                    {month, staffId});
    if (found.toInt() > 0)
        return;
    if (publishedRevision(month) == 0)
        throw ValidationError(
            QStringLiteral("month"),
            tr("Month: %1 is not published yet; publish it before recording rewards and coaching")
                .arg(month));
    throw ValidationError(
        QStringLiteral("staff"),
        tr("Staff member: No. %1 is not in the published appraisal of %2").arg(staffId).arg(month));
}

namespace {

// The shared mechanics of rewards and coaching: one transaction each, audited by RowGateway.
struct Notes
{
    const Session &session;
    QString table;
    QString label;

    qint64 insert(QVariantMap row) const
    {
        const qint64 now = session.clock->nowMs();
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        return RowGateway(session, table, label).insert(row);
    }
    int update(qint64 id, int version, QVariantMap row) const
    {
        row.insert(QStringLiteral("updated_at"), session.clock->nowMs());
        Transaction tx(*session.db);
        const int next = RowGateway(session, table, label).update(id, version, row);
        tx.commit();
        return next;
    }
    void remove(qint64 id) const
    {
        Transaction tx(*session.db);
        RowGateway gateway(session, table, label);
        const QVariantMap before = RowGateway::toMap(gateway.fetch(id));
        Sql::run(session.db->connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        AuditLog::write(session, QStringLiteral("delete"), table, id, before, {});
        tx.commit();
    }
};

QDate dateOr(const QDate &date, const Session &session)
{
    return date.isValid() ? date : OfficeTime::toOffice(session.clock->nowMs()).date();
}

} // namespace

QList<AppraisalReward> AppraisalRepository::rewards(const QString &month, qint64 staffId) const
{
    const qint64 who = visibleStaff(staffId);
    QVariantList values{month};
    if (who > 0)
        values << who;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT r.id, r.month, r.staff_id, s.name AS staff_name, r.reward, r.reason, r.given_on, "
            "r.given_by, g.name AS given_by_name, "
            "r.row_version FROM appraisal_rewards r JOIN staff s ON s.id = r.staff_id LEFT JOIN staff g "
            "ON g.id = r.given_by WHERE r.month = ?") +
            (who > 0 ? QStringLiteral(" AND r.staff_id = ?") : QString()) +
            QStringLiteral(" ORDER BY r.given_on, r.id"),
        values);
    QList<AppraisalReward> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("month"), row.id("staff_id"), row.text("staff_name"),
                    row.text("reward"), row.text("reason"), row.date("given_on"), row.id("given_by"),
                    row.text("given_by_name"), row.integer("row_version")});
    return out;
}

void AppraisalRepository::addReward(AppraisalReward &r)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    r.reward = required(QStringLiteral("reward"), tr("Reward"), r.reward);
    r.reason = required(QStringLiteral("reason"), tr("Why"), r.reason);
    r.givenOn = dateOr(r.givenOn, m_session);
    Transaction tx(*m_session.db);
    checkAppraised(r.month, r.staffId);
    r.givenBy = m_session.actorId;
    r.id = Notes{m_session, QStringLiteral("appraisal_rewards"), tr("reward")}.insert(
        {{QStringLiteral("month"), r.month},
         {QStringLiteral("staff_id"), r.staffId},
         {QStringLiteral("reward"), r.reward},
         {QStringLiteral("reason"), r.reason},
         {QStringLiteral("given_on"), r.givenOn.toString(Qt::ISODate)},
         {QStringLiteral("given_by"), Sql::nullableId(r.givenBy)}});
    r.rowVersion = 1;
    tx.commit();
}

void AppraisalRepository::updateReward(AppraisalReward &r)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    r.reward = required(QStringLiteral("reward"), tr("Reward"), r.reward);
    r.reason = required(QStringLiteral("reason"), tr("Why"), r.reason);
    r.givenOn = dateOr(r.givenOn, m_session);
    r.rowVersion = Notes{m_session, QStringLiteral("appraisal_rewards"), tr("reward")}.update(
        r.id, r.rowVersion,
        {{QStringLiteral("reward"), r.reward},
         {QStringLiteral("reason"), r.reason},
         {QStringLiteral("given_on"), r.givenOn.toString(Qt::ISODate)}});
}

void AppraisalRepository::removeReward(qint64 id)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    Notes{m_session, QStringLiteral("appraisal_rewards"), tr("reward")}.remove(id);
}

QList<AppraisalCoaching> AppraisalRepository::coaching(const QString &month, qint64 staffId) const
{
    const qint64 who = visibleStaff(staffId);
    QVariantList values{month};
    if (who > 0)
        values << who;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT c.id, c.month, c.staff_id, s.name AS staff_name, c.held_on, c.topic, c.outcome, "
            "c.coach_id, g.name AS coach_name, "
            "c.row_version FROM appraisal_coaching c JOIN staff s ON s.id = c.staff_id LEFT JOIN staff g "
            "ON g.id = c.coach_id WHERE c.month = ?") +
            (who > 0 ? QStringLiteral(" AND c.staff_id = ?") : QString()) +
            QStringLiteral(" ORDER BY c.held_on, c.id"),
        values);
    QList<AppraisalCoaching> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("month"), row.id("staff_id"), row.text("staff_name"),
                    row.date("held_on"), row.text("topic"), row.text("outcome"), row.id("coach_id"),
                    row.text("coach_name"), row.integer("row_version")});
    return out;
}

void AppraisalRepository::addCoaching(AppraisalCoaching &c)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    c.topic = required(QStringLiteral("topic"), tr("Topic"), c.topic);
    c.outcome = c.outcome.trimmed();
    c.heldOn = dateOr(c.heldOn, m_session);
    Transaction tx(*m_session.db);
    checkAppraised(c.month, c.staffId);
    c.coachId = m_session.actorId;
    c.id = Notes{m_session, QStringLiteral("appraisal_coaching"), tr("coaching")}.insert(
        {{QStringLiteral("month"), c.month},
         {QStringLiteral("staff_id"), c.staffId},
         {QStringLiteral("held_on"), c.heldOn.toString(Qt::ISODate)},
         {QStringLiteral("topic"), c.topic},
         {QStringLiteral("outcome"), c.outcome},
         {QStringLiteral("coach_id"), Sql::nullableId(c.coachId)}});
    c.rowVersion = 1;
    tx.commit();
}

void AppraisalRepository::updateCoaching(AppraisalCoaching &c)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    c.topic = required(QStringLiteral("topic"), tr("Topic"), c.topic);
    c.outcome = c.outcome.trimmed();
    c.heldOn = dateOr(c.heldOn, m_session);
    c.rowVersion = Notes{m_session, QStringLiteral("appraisal_coaching"), tr("coaching")}.update(
        c.id, c.rowVersion,
        {{QStringLiteral("held_on"), c.heldOn.toString(Qt::ISODate)},
         {QStringLiteral("topic"), c.topic},
         {QStringLiteral("outcome"), c.outcome}});
}

void AppraisalRepository::removeCoaching(qint64 id)
{
    Permissions::require(m_session, Action::RewardAndCoach);
    Notes{m_session, QStringLiteral("appraisal_coaching"), tr("coaching")}.remove(id);
}

} // namespace estatedesk
