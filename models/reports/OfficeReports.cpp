// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/OfficeReports.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "deadlines/DeadlinePolicy.h"
#include "domain/Vocabulary.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace estatedesk {

namespace {

QString minutesText(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes < 60)
        return OfficeReports::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return OfficeReports::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return OfficeReports::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1);
}

// "met in 2 h 10 min", "late by 3 h", "overdue 1 d 2 h", "open", "—"
QString outcome(const DeadlineItem *item, qint64 now)
{
    if (!item)
        return QStringLiteral("—");
    switch (item->stateAt(now)) {
    case DeadlineState::Met: return OfficeReports::tr("met (%1)").arg(minutesText(item->stoppedAt - item->startedAt));
    case DeadlineState::MetLate: return OfficeReports::tr("late by %1").arg(minutesText(item->stoppedAt - item->dueAt));
    case DeadlineState::Overdue: return OfficeReports::tr("overdue %1").arg(minutesText(now - item->dueAt));
    case DeadlineState::Paused: return OfficeReports::tr("paused");
    default: return OfficeReports::tr("open, due %1").arg(item->dueText());
    }
}

QString phoneFor(const Session &session, const QString &phone, qint64 consultantId)
{
    return Permissions::seesFullClient(session, consultantId) ? Phone::display(phone) : Phone::mask(phone);
}

} // namespace

QStringList OfficeReports::names()
{
    return {QStringLiteral("reception-daily"), QStringLiteral("overdue"),  QStringLiteral("complaint-compliance"),
            QStringLiteral("appraisal"),       QStringLiteral("survey"),   QStringLiteral("training"),
            QStringLiteral("service-analysis")};
}

QStringList OfficeReports::available()
{
    return names();
}

QPair<qint64, qint64> OfficeReports::monthSpan(const QString &month)
{
    QDate first;
    const auto span = OfficeTime::monthSpan(month, &first);
    if (!first.isValid())
        throw ValidationError(QStringLiteral("--month"), tr("--month: \"%1\" is not a month like 2026-11").arg(month));
    return span;
}

ReportDocument OfficeReports::start(const Session &session, const QString &name, const QString &title, const QString &period)
{
    ReportDocument doc;
    doc.name = name;
    doc.title = title;
    doc.period = period;
    doc.officeName = SettingsRepository(session).value(QStringLiteral("office.name"), tr("Sales centre customer service"));
    doc.printedAt = OfficeTime::formatDateTime(session.clock->nowMs());
    return doc;
}

ReportDocument OfficeReports::build(const Session &session, const QString &name, const Period &period)
{
    if (name == QLatin1String("reception-daily")) {
        if (!Permissions::allows(session.role, Action::PrintReports))
            Permissions::require(session, Action::RegisterConsultation); // the desk prints its own log
        const QDate day = period.date.isValid() ? period.date : OfficeTime::toOffice(session.clock->nowMs()).date();
        return receptionDaily(session, day);
    }
    if (!names().contains(name))
        throw ValidationError(QStringLiteral("report"),
                              tr("Report: \"%1\" is not one of %2").arg(name, names().join(QStringLiteral(", "))));
    const QString thisMonth = OfficeTime::toOffice(session.clock->nowMs()).toString(QStringLiteral("yyyy-MM"));
    if (name == QLatin1String("appraisal") && !Permissions::allows(session.role, Action::PrintReports)) {
        // Every staff member prints their own published pack, and nobody else's.
        if (period.staffId != 0 && period.staffId != session.actorId)
            throw PermissionError(tr("Not allowed: each staff member prints only their own appraisal."));
        const QString month = period.month.isEmpty() ? thisMonth : period.month;
        monthSpan(month); // validates
        if (AppraisalRepository(session).publishedRevision(month) == 0)
            throw ValidationError(QStringLiteral("--month"), tr("--month: the appraisal of %1 is not published yet").arg(month));
        return appraisal(session, month, session.actorId);
    }
    Permissions::require(session, Action::PrintReports);
    if (name == QLatin1String("overdue"))
        return overdue(session);
    if (name == QLatin1String("complaint-compliance")) {
        const QString month = period.month.isEmpty() ? OfficeTime::toOffice(session.clock->nowMs()).toString(QStringLiteral("yyyy-MM"))
                                                     : period.month;
        return complaintCompliance(session, month);
    }
    if (name == QLatin1String("appraisal"))
        return appraisal(session, period.month.isEmpty() ? thisMonth : period.month, period.staffId);
    if (name == QLatin1String("training"))
        return training(session, period.month.isEmpty() ? thisMonth : period.month);
    if (name == QLatin1String("service-analysis"))
        return serviceAnalysis(session, period.month.isEmpty() ? thisMonth : period.month);
    const QDate today = OfficeTime::toOffice(session.clock->nowMs()).date();
    return survey(session, period.quarter.isEmpty() ? QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1)
                                                    : period.quarter);
}

ReportDocument OfficeReports::appraisal(const Session &session, const QString &month, qint64 staffId)
{
    monthSpan(month); // validates
    AppraisalRepository repo(session);
    QList<Appraisal> team = repo.month(month);
    if (staffId > 0) { // one staff member's pack: their row and their page
        team.removeIf([staffId](const Appraisal &a) { return a.staffId != staffId; });
        if (team.isEmpty())
            throw ValidationError(QStringLiteral("--staff"), tr("--staff: No. %1 is not appraised (an active consultant, "
                                                                  "customer-service or reception staff member)")
                                                               .arg(staffId));
    }
    ReportDocument doc = start(session, QStringLiteral("appraisal"), tr("Monthly appraisal"), month);
    ReportDocument::Section summary;
    summary.heading = tr("The team");
    const int revision = repo.publishedRevision(month);
    summary.lines << (revision == 0 ? tr("Not published yet: these are today's figures and may still change.")
                      : revision == 1 ? tr("Published: these figures are frozen.")
                                      : tr("Published, revision %1 (corrected: %2).")
                                            .arg(revision)
                                            .arg(team.isEmpty() ? QString() : team.constFirst().reason));
    summary.lines << tr("Ranked by deadline compliance, then satisfaction, then fewer complaints per client served.");
    summary.headers = {tr("Rank"), tr("Staff member"), tr("Clients served"), tr("Complaints", "a count"), tr("Complaint rate"),
                       tr("Satisfaction"), tr("Deadline compliance"), tr("Consultations"), tr("Viewings"), tr("Contracts"),
                       tr("Training"), tr("Coaching")};
    summary.rightAligned = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (const Appraisal &a : team)
        summary.rows << QStringList{QString::number(a.rank), a.staffName, QString::number(a.clientsServed), QString::number(a.complaints),
                                    QString::number(a.complaintRate, 'f', 3),
                                    a.satisfaction < 0 ? QStringLiteral("—") : QString::number(a.satisfaction, 'f', 2),
                                    a.complianceAll < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(a.complianceAll, 0, 'f', 1),
                                    QString::number(a.consultations), QString::number(a.viewings), QString::number(a.contracts),
                                    a.trainingScore < 0 ? tr("not passed") : QString::number(a.trainingScore),
                                    a.coaching.isEmpty() ? QString() : tr("yes")};
    doc.sections << summary << rewardsAndCoaching(repo, month, staffId);
    for (const Appraisal &a : team) {
        ReportDocument::Section one;
        one.heading = tr("%1 — rank %2").arg(a.staffName).arg(a.rank);
        one.lines << (a.coaching.isEmpty() ? tr("No coaching needed.") : tr("Coaching: %1.").arg(a.coaching.join(QStringLiteral("; "))));
        one.headers = {tr("Deadline"), tr("Met on time"), tr("Counted"), tr("Compliance")};
        one.rightAligned = {1, 2, 3};
        for (auto it = a.compliance.cbegin(); it != a.compliance.cend(); ++it)
            one.rows << QStringList{DeadlinePolicy::label(it.key()), QString::number(it.value().first), QString::number(it.value().second),
                                    percent(it.value().first, it.value().second)};
        doc.sections << one;
    }
    return doc;
}

QList<ReportDocument::Section> OfficeReports::rewardsAndCoaching(const AppraisalRepository &repo, const QString &month, qint64 staffId)
{
    ReportDocument::Section rewards;
    rewards.heading = tr("Rewards");
    rewards.headers = {tr("Staff member"), tr("Reward"), tr("Why"), tr("Given by"), tr("Date")};
    for (const AppraisalReward &r : repo.rewards(month, staffId))
        rewards.rows << QStringList{r.staffName, r.reward, r.reason, r.givenByName, r.givenOn.toString(Qt::ISODate)};
    if (rewards.rows.isEmpty()) {
        rewards.lines << tr("No rewards recorded.");
        rewards.headers.clear();
    }
    ReportDocument::Section coaching;
    coaching.heading = tr("Coaching given");
    coaching.headers = {tr("Staff member"), tr("Date"), tr("Topic"), tr("Outcome"), tr("Coached by")};
    for (const AppraisalCoaching &c : repo.coaching(month, staffId))
        coaching.rows << QStringList{c.staffName, c.heldOn.toString(Qt::ISODate), c.topic, c.outcome, c.coachName};
    if (coaching.rows.isEmpty()) {
        coaching.lines << tr("No coaching recorded.");
        coaching.headers.clear();
    }
    return {rewards, coaching};
}

ReportDocument OfficeReports::survey(const Session &session, const QString &quarter)
{
    SurveyRepository::quarterDays(quarter); // validates
    SurveyRepository surveys(session);
    const qint64 campaign = Sql::scalar(session.db->connection(), QStringLiteral("SELECT id FROM survey_campaigns WHERE quarter = ?"),
                                        {quarter})
                                .toLongLong();
    ReportDocument doc = start(session, QStringLiteral("survey"), tr("Quarterly satisfaction survey"), quarter);
    const QList<SurveyRepository::Score> scores = campaign > 0 ? surveys.results(campaign) : QList<SurveyRepository::Score>{};
    ReportDocument::Section office;
    office.heading = tr("Results by dimension");
    if (scores.isEmpty() || scores.constFirst().responses == 0) {
        office.lines << tr("No responses were recorded for %1.").arg(quarter);
        doc.sections << office;
        return doc;
    }
    const SurveyRepository::Score &all = scores.constFirst();
    office.lines << tr("%n response(s); scores from 1 (poor) to 5 (excellent).", nullptr, all.responses);
    office.headers = {tr("Dimension"), tr("Average"), tr("Chart")};
    office.rightAligned = {1};
    auto bar = [](double value) { return QString(qRound(value * 4), QChar(0x2588)); }; // 4 blocks a point
    for (const auto &d : QList<QPair<QString, double>>{{tr("Service attitude"), all.attitude},
                                                       {tr("Efficiency"), all.efficiency},
                                                       {tr("Problem resolution"), all.resolution},
                                                       {tr("Overall"), all.overall}})
        office.rows << QStringList{d.first, QString::number(d.second, 'f', 2), bar(d.second)};
    ReportDocument::Section staff;
    staff.heading = tr("Results by staff member (credited to whoever served the client)");
    staff.headers = {tr("Staff member"), tr("Responses"), tr("Service attitude"), tr("Efficiency"), tr("Problem resolution"),
                     tr("Overall"), tr("Chart")};
    staff.rightAligned = {1, 2, 3, 4, 5};
    staff.chartSeries = {tr("Service attitude"), tr("Efficiency"), tr("Problem resolution")};
    staff.chartMax = 5;
    for (const SurveyRepository::Score &s : scores) {
        staff.chartCategories << (s.staffName.isEmpty() ? tr("(nobody recorded)") : s.staffName);
        staff.chartValues << QList<double>{s.attitude, s.efficiency, s.resolution};
    }
    for (const SurveyRepository::Score &s : scores.mid(1))
        staff.rows << QStringList{s.staffName.isEmpty() ? tr("(nobody recorded)") : s.staffName, QString::number(s.responses),
                                  QString::number(s.attitude, 'f', 2), QString::number(s.efficiency, 'f', 2),
                                  QString::number(s.resolution, 'f', 2), QString::number(s.overall, 'f', 2), bar(s.overall)};
    ReportDocument::Section actions;
    actions.heading = tr("Improvement actions");
    actions.headers = {tr("Action"), tr("Due"), tr("Done"), tr("Result")};
    for (const auto &a : surveys.actions(campaign))
        actions.rows << QStringList{a.action, a.dueOn.toString(Qt::ISODate),
                                    a.doneAt > 0 ? OfficeTime::formatDate(a.doneAt) : tr("open"), a.result};
    doc.sections << office << staff << actions;
    return doc;
}

ReportDocument OfficeReports::training(const Session &session, const QString &month)
{
    QDate first;
    OfficeTime::monthSpan(month, &first);
    if (!first.isValid())
        monthSpan(month); // throws, naming --month
    TrainingRepository repo(session);
    ReportDocument doc = start(session, QStringLiteral("training"), tr("Training and assessment"), month);
    const QList<TrainingRepository::TrainingSession> sessions = repo.sessionsIn(first, first.addMonths(1));
    ReportDocument::Section summary;
    summary.heading = tr("Sessions");
    summary.headers = {tr("Date"), tr("Topic"), tr("Title"), tr("Pass mark"), tr("Assessed"), tr("Passed")};
    summary.rightAligned = {3, 4, 5};
    QList<ReportDocument::Section> details;
    for (const auto &s : sessions) {
        const QList<TrainingRepository::Result> results = repo.results(s.id);
        const int passed = int(std::count_if(results.begin(), results.end(), [](const auto &r) { return r.passed; }));
        summary.rows << QStringList{s.heldOn.toString(Qt::ISODate), TrainingRepository::topicLabel(s.topic), s.title,
                                    QString::number(s.passMark), QString::number(results.size()), QString::number(passed)};
        ReportDocument::Section d;
        d.heading = tr("%1 — %2").arg(s.heldOn.toString(Qt::ISODate), s.title);
        d.headers = {tr("Staff member"), tr("Attempts"), tr("Latest score"), tr("Result")};
        d.rightAligned = {1, 2};
        for (const auto &r : results)
            d.rows << QStringList{r.staffName, QString::number(r.attempt), QString::number(r.score),
                                  r.passed ? tr("passed") : tr("re-assessment due")};
        details << d;
    }
    ReportDocument::Section untrained;
    untrained.heading = tr("Not trained this month");
    for (const auto &u : repo.untrained(first, first.addMonths(1)))
        untrained.lines << u.second;
    if (untrained.lines.isEmpty())
        untrained.lines << tr("Everyone was trained.");
    doc.sections << summary << details << untrained;
    return doc;
}

ReportDocument OfficeReports::receptionDaily(const Session &session, const QDate &day)
{
    ReportDocument doc = start(session, QStringLiteral("reception-daily"), tr("Daily reception log"), day.toString(Qt::ISODate));
    const QTimeZone zone = OfficeTime::zone();
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QSqlDatabase db = session.db->connection();
    DeadlineRepository deadlines(session);
    const qint64 now = session.clock->nowMs();

    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT c.id, c.received_at, k.name, k.phone, k.consultant_id, c.channel, s.name, c.interests, "
                                          "c.needs, c.responded_at FROM consultations c JOIN clients k ON k.id = c.client_id LEFT JOIN "
                                          "staff s ON s.id = c.staff_id WHERE c.received_at >= ? AND c.received_at < ? ORDER BY "
                                          "c.received_at, c.id"),
                           {from, to});
    ReportDocument::Section consultations;
    consultations.heading = tr("Consultations and visits");
    consultations.headers = {tr("Time"), tr("Client"), tr("Phone"), tr("Channel"), tr("Consultant"), tr("Interests"), tr("Needs"),
                             tr("Response")};
    int met = 0, late = 0, waiting = 0;
    QList<QPair<qint64, QStringList>> rows;
    QList<QPair<QString, qint64>> phones; // masked after the query, which must finish first
    while (q.next()) {
        QStringList interests;
        for (const QString &k : q.value(7).toString().split(u',', Qt::SkipEmptyParts))
            interests << Vocabulary::label(Vocabulary::interests(), k);
        rows.append({q.value(0).toLongLong(),
                     {OfficeTime::toOffice(q.value(1).toLongLong()).toString(QStringLiteral("HH:mm")), q.value(2).toString(),
                      QString(), Vocabulary::label(Vocabulary::sourceChannels(), q.value(5).toString()), q.value(6).toString(),
                      interests.join(QStringLiteral("、")), q.value(8).toString()}});
        phones.append({q.value(3).toString(), q.value(4).toLongLong()});
    }
    q.finish();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].second[2] = phoneFor(session, phones.at(i).first, phones.at(i).second);
    for (auto &row : rows) {
        const auto item = deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), row.first);
        const DeadlineState state = item ? item->stateAt(now) : DeadlineState::OnTrack;
        met += state == DeadlineState::Met;
        late += state == DeadlineState::MetLate || state == DeadlineState::Overdue;
        waiting += item && item->stoppedAt == 0;
        row.second << outcome(item ? &*item : nullptr, now);
        consultations.rows << row.second;
    }
    const qint64 newClients = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients WHERE created_at >= ? AND created_at < ?"),
                                          {from, to})
                                  .toLongLong();
    ReportDocument::Section summary;
    summary.heading = tr("Summary");
    summary.lines << tr("Consultations: %1 (new clients registered: %2).").arg(rows.size()).arg(newClients)
                  << tr("Answered within the deadline: %1; late: %2; still waiting: %3; on time: %4.")
                         .arg(met)
                         .arg(late)
                         .arg(waiting)
                         .arg(percent(met, int(rows.size())));

    ReportDocument::Section viewings;
    viewings.heading = tr("Viewings");
    viewings.headers = {tr("Time"), tr("Client"), tr("Party"), tr("Consultant"), tr("Sample unit"), tr("Status")};
    viewings.rightAligned = {2};
    // A query of its own: reassigning a finished QSqlQuery loses the new result on PostgreSQL.
    QSqlQuery v = Sql::run(db,
                 QStringLiteral("SELECT a.starts_at, k.name, a.party_size, s.name, a.location, a.status FROM appointments a JOIN clients "
                                "k ON k.id = a.client_id LEFT JOIN staff s ON s.id = a.consultant_id WHERE a.starts_at >= ? AND "
                                "a.starts_at < ? ORDER BY a.starts_at, a.id"),
                 {from, to});
    while (v.next())
        viewings.rows << QStringList{OfficeTime::toOffice(v.value(0).toLongLong()).toString(QStringLiteral("HH:mm")),
                                     v.value(1).toString(), v.value(2).toString(), v.value(3).toString(), v.value(4).toString(),
                                     Vocabulary::label(Vocabulary::appointmentStatuses(), v.value(5).toString())};
    summary.lines << tr("Viewings: %1.").arg(viewings.rows.size());
    doc.sections << summary << consultations << viewings;
    return doc;
}

ReportDocument OfficeReports::overdue(const Session &session)
{
    const qint64 now = session.clock->nowMs();
    ReportDocument doc = start(session, QStringLiteral("overdue"), tr("Overdue list"), OfficeTime::formatDateTime(now));
    DeadlineRepository deadlines(session);
    const QList<DeadlineItem> items = deadlines.overdue(now);
    ReportDocument::Section summary;
    summary.heading = tr("Summary");
    QHash<QString, int> counts;
    for (const DeadlineItem &i : items)
        ++counts[i.policy];
    summary.headers = {tr("Deadline"), tr("Overdue")};
    summary.rightAligned = {1};
    for (const QString &p : DeadlinePolicy::names())
        if (counts.value(p) > 0)
            summary.rows << QStringList{DeadlinePolicy::label(p), QString::number(counts.value(p))};
    summary.lines << tr("%n item(s) past their deadline, most overdue first.", nullptr, int(items.size()));
    ReportDocument::Section list;
    list.heading = tr("Items");
    list.headers = {tr("Deadline"), tr("Record"), tr("Client"), tr("Responsible"), tr("Due"), tr("Overdue by")};
    for (const DeadlineItem &i : items)
        list.rows << QStringList{DeadlinePolicy::label(i.policy), DeadlineRepository::recordText(i), i.clientName, i.staffName,
                                 i.dueText(), minutesText(now - i.dueAt)};
    doc.sections << summary << list;
    return doc;
}

ReportDocument OfficeReports::complaintCompliance(const Session &session, const QString &month)
{
    const auto [from, to] = monthSpan(month);
    ReportDocument doc = start(session, QStringLiteral("complaint-compliance"), tr("Complaint deadline compliance"), month);
    const qint64 now = session.clock->nowMs();
    QSqlDatabase db = session.db->connection();
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT c.id, c.received_at, k.name, c.severity, c.status, c.escalated_at FROM complaints c JOIN "
                                          "clients k ON k.id = c.client_id WHERE c.received_at >= ? AND c.received_at < ? ORDER BY "
                                          "c.received_at, c.id"),
                           {from, to});
    struct Row
    {
        qint64 id, received;
        QString client, severity, status;
        bool escalated;
    };
    QList<Row> rows;
    QList<qint64> ids;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong() > 0});
        ids << q.value(0).toLongLong();
    }
    q.finish();
    const QStringList policies = {QStringLiteral("complaint-first-response"), QStringLiteral("complaint-solution"),
                                  QStringLiteral("emergency-onsite"), QStringLiteral("return-visit")};
    // Every round counts: a reopened complaint owes (and is measured on) each solution.
    struct Tally
    {
        int met = 0, late = 0, overdue = 0, open = 0;
    };
    QHash<QString, Tally> tally;
    QHash<qint64, QHash<QString, DeadlineItem>> latest;
    DeadlineRepository deadlines(session);
    for (qint64 id : std::as_const(ids))
        for (const DeadlineItem &i : deadlines.forRecord(QStringLiteral("complaints"), id)) {
            if (!policies.contains(i.policy))
                continue;
            Tally &t = tally[i.policy];
            switch (i.stateAt(now)) {
            case DeadlineState::Met: ++t.met; break;
            case DeadlineState::MetLate: ++t.late; break;
            case DeadlineState::Overdue: ++t.overdue; break;
            default: ++t.open; break;
            }
            auto &byPolicy = latest[id];
            if (!byPolicy.contains(i.policy) || byPolicy.value(i.policy).round < i.round)
                byPolicy.insert(i.policy, i);
        }
    ReportDocument::Section summary;
    summary.heading = tr("Compliance by deadline");
    summary.lines << tr("Complaints received in %1: %2 (escalated to the supervisors: %3).")
                         .arg(month)
                         .arg(rows.size())
                         .arg(std::count_if(rows.begin(), rows.end(), [](const Row &r) { return r.escalated; }));
    summary.headers = {tr("Deadline"), tr("Met"), tr("Met late"), tr("Overdue"), tr("Still open"), tr("Compliance")};
    summary.rightAligned = {1, 2, 3, 4, 5};
    for (const QString &p : policies) {
        const Tally t = tally.value(p);
        summary.rows << QStringList{DeadlinePolicy::label(p), QString::number(t.met), QString::number(t.late), QString::number(t.overdue),
                                    QString::number(t.open), percent(t.met, t.met + t.late + t.overdue)};
    }
    summary.lines << tr("Compliance = met ÷ (met + met late + overdue); items still within their deadline are not counted.");
    ReportDocument::Section list;
    list.heading = tr("Complaints");
    list.headers = {tr("No."), tr("Received"), tr("Client"), tr("Severity"), tr("Status"), DeadlinePolicy::label(policies.at(0)),
                    DeadlinePolicy::label(policies.at(1)), DeadlinePolicy::label(policies.at(2)), DeadlinePolicy::label(policies.at(3))};
    for (const Row &r : rows) {
        QStringList cells{QString::number(r.id), OfficeTime::toOffice(r.received).toString(QStringLiteral("MM-dd HH:mm")), r.client,
                          Vocabulary::label(Vocabulary::complaintSeverities(), r.severity),
                          Vocabulary::label(Vocabulary::complaintStatuses(), r.status)};
        const auto byPolicy = latest.value(r.id);
        for (const QString &p : policies) {
            const auto it = byPolicy.constFind(p);
            cells << outcome(it == byPolicy.constEnd() ? nullptr : &*it, now);
        }
        list.rows << cells;
    }
    doc.sections << summary << list;
    return doc;
}

} // namespace estatedesk
