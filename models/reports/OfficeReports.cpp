// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/OfficeReports.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "deadlines/DeadlineEngine.h"
#include "deadlines/DeadlinePolicy.h"
#include "domain/Vocabulary.h"
#include "reports/TrendsReport.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

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
    case DeadlineState::Met:
        return OfficeReports::tr("met (%1)").arg(minutesText(item->stoppedAt - item->startedAt));
    case DeadlineState::MetLate:
        return OfficeReports::tr("late by %1").arg(minutesText(item->stoppedAt - item->dueAt));
    case DeadlineState::Overdue:
        return OfficeReports::tr("overdue %1").arg(minutesText(now - item->dueAt));
    case DeadlineState::Paused:
        return OfficeReports::tr("paused");
    default:
        return OfficeReports::tr("open, due %1").arg(item->dueText());
    }
}

using Kind = ReportDocument::CellKind;
using Cell = ReportDocument::Cell;

ReportDocument::Column column(const char *key, Kind kind = Kind::Text, const QString &header = {})
{
    return {QString::fromLatin1(key), kind, header};
}

// "66.7%" on paper, 0.667 for programs; "—" and empty without a whole.
Cell share(int part, int whole)
{
    return {percent(part, whole), whole == 0 ? QVariant() : QVariant(double(part) / whole)};
}

Cell decimal(double value, int decimals)
{
    return {QString::number(value, 'f', decimals), value};
}

Cell officeTime(qint64 ms, const QString &format)
{
    return {OfficeTime::toOffice(ms).toString(format), OfficeTime::toOffice(ms)};
}

// A deadline's outcome: the words on paper, its state for programs ("met", "overdue", "none").
Cell outcomeCell(const DeadlineItem *item, qint64 now)
{
    return {outcome(item, now), item ? DeadlineEngine::stateKey(item->stateAt(now)) : QStringLiteral("none")};
}

// A consultation's response as the desk's log shows it. One received after hours has its clock
// start at the next opening (the after-hours queue): its response time counts from there, as its
// deadline does, and one answered before the office opened says so (never a negative time).
Cell responseCell(const DeadlineItem *item, qint64 receivedAt, qint64 now)
{
    if (!item || item->startedAt <= receivedAt || item->stateAt(now) != DeadlineState::Met)
        return outcomeCell(item, now);
    const QString words =
        item->stoppedAt <= item->startedAt
            ? OfficeReports::tr("met (answered before opening)")
            : OfficeReports::tr("met (%1 after opening)").arg(minutesText(item->stoppedAt - item->startedAt));
    return {words, DeadlineEngine::stateKey(DeadlineState::Met)};
}

QString phoneFor(const Session &session, const QString &phone, qint64 consultantId)
{
    return Permissions::seesFullClient(session, consultantId) ? Phone::display(phone) : Phone::mask(phone);
}

} // namespace

QStringList OfficeReports::names()
{
    return {QStringLiteral("reception-daily"),
            QStringLiteral("overdue"),
            QStringLiteral("complaint-compliance"),
            QStringLiteral("appraisal"),
            QStringLiteral("survey"),
            QStringLiteral("training"),
            QStringLiteral("trends"),
            QStringLiteral("service-analysis")};
}

OfficeReports::Covers OfficeReports::covers(const QString &name)
{
    if (name == QLatin1String("reception-daily"))
        return Covers::Day;
    if (name == QLatin1String("survey"))
        return Covers::Quarter;
    if (name == QLatin1String("overdue"))
        return Covers::Nothing;
    return Covers::Month;
}

OfficeReports::Period OfficeReports::periodFromText(const QString &name, const QString &text,
                                                    const QString &field)
{
    Period period;
    if (text.isEmpty())
        return period;
    const Covers kind = covers(name);
    if (kind == Covers::Nothing)
        throw ValidationError(QStringLiteral("period"),
                              tr("%1: the overdue list is always as of now; leave it empty").arg(field));
    if (kind == Covers::Day) {
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        period.date = day.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!period.date.isValid())
            throw ValidationError(QStringLiteral("period"),
                                  tr("%1: \"%2\" is not a day like 2026-11-27 (the daily log is for one day)")
                                      .arg(field, text));
    } else if (kind == Covers::Quarter) {
        try {
            SurveyRepository::quarterDays(text); // validates, naming the console's --quarter
        } catch (const ValidationError &) {
            throw ValidationError(QStringLiteral("period"),
                                  tr("%1: \"%2\" is not a quarter like 2026-Q4").arg(field, text));
        }
        period.quarter = text;
    } else {
        QDate first;
        OfficeTime::monthSpan(text, &first);
        if (!first.isValid())
            throw ValidationError(QStringLiteral("period"),
                                  tr("%1: \"%2\" is not a month like 2026-11").arg(field, text));
        period.month = text;
    }
    return period;
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
        throw ValidationError(QStringLiteral("--month"),
                              tr("--month: \"%1\" is not a month like 2026-11").arg(month));
    return span;
}

ReportDocument OfficeReports::start(const Session &session, const QString &name, const QString &title,
                                    const QString &period)
{
    ReportDocument doc;
    doc.name = name;
    doc.title = title;
    doc.period = period;
    doc.officeName = SettingsRepository(session).get(Settings::OfficeName);
    doc.printedAt = OfficeTime::formatDateTime(session.clock->nowMs());
    return doc;
}

ReportDocument OfficeReports::build(const Session &session, const QString &name, const Period &period)
{
    if (!names().contains(name))
        throw ValidationError(
            QStringLiteral("report"),
            tr("Report: \"%1\" is not one of %2").arg(name, names().join(QStringLiteral(", "))));
    // A period the report does not take is refused: the daily log of today for a month typed,
    // or a month's report for a day, would be another period than the one asked for.
    const Covers kind = covers(name);
    const bool daily = kind == Covers::Day;
    const bool quarterly = kind == Covers::Quarter;
    const bool none = kind == Covers::Nothing;
    if ((period.date.isValid() && !daily) || (!period.month.isEmpty() && (daily || quarterly || none)) ||
        (!period.quarter.isEmpty() && !quarterly))
        throw ValidationError(QStringLiteral("period"),
                              none    ? tr("Period: the overdue list takes none; it is always as of now")
                              : daily ? tr("Period: the daily reception log is for one day, like 2026-11-27")
                              : quarterly
                                  ? tr("Period: the survey report is for a quarter, like 2026-Q4")
                                  : tr("Period: the %1 report is for a month, like 2026-11").arg(name));
    if (daily) {
        if (!Permissions::allows(session.role, Action::PrintReports))
            Permissions::require(session, Action::RegisterConsultation); // the desk prints its own log
        const QDate day =
            period.date.isValid() ? period.date : OfficeTime::toOffice(session.clock->nowMs()).date();
        return receptionDaily(session, day);
    }
    const QString thisMonth =
        OfficeTime::toOffice(session.clock->nowMs()).toString(QStringLiteral("yyyy-MM"));
    if (name == QLatin1String("appraisal") && !Permissions::allows(session.role, Action::PrintReports)) {
        // Every staff member prints their own published pack, and nobody else's.
        if (period.staffId != 0 && period.staffId != session.actorId)
            throw PermissionError(tr("Not allowed: each staff member prints only their own appraisal."));
        const QString month = period.month.isEmpty() ? thisMonth : period.month;
        monthSpan(month); // validates
        if (AppraisalRepository(session).publishedRevision(month) == 0)
            throw ValidationError(QStringLiteral("month"),
                                  tr("Month: the appraisal of %1 is not published yet").arg(month));
        return appraisal(session, month, session.actorId);
    }
    if (name == QLatin1String("overdue")) {
        // The dashboard's list on paper: the same rule as the dashboard and `overdue`.
        Permissions::require(session, Action::ViewOverdueList);
        return overdue(session);
    }
    Permissions::require(session, Action::PrintReports);
    if (name == QLatin1String("complaint-compliance")) {
        const QString month =
            period.month.isEmpty()
                ? OfficeTime::toOffice(session.clock->nowMs()).toString(QStringLiteral("yyyy-MM"))
                : period.month;
        return complaintCompliance(session, month);
    }
    if (name == QLatin1String("appraisal"))
        return appraisal(session, period.month.isEmpty() ? thisMonth : period.month, period.staffId);
    if (name == QLatin1String("training"))
        return training(session, period.month.isEmpty() ? thisMonth : period.month);
    if (name == QLatin1String("trends"))
        return TrendsReport::build(session, period.month.isEmpty() ? thisMonth : period.month);
    if (name == QLatin1String("service-analysis"))
        return serviceAnalysis(session, period.month.isEmpty() ? thisMonth : period.month);
    const QDate today = OfficeTime::toOffice(session.clock->nowMs()).date();
    return survey(session, period.quarter.isEmpty()
                               ? QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1)
                               : period.quarter);
}

ReportDocument OfficeReports::appraisal(const Session &session, const QString &month, qint64 staffId)
{
    monthSpan(month); // validates
    AppraisalRepository repo(session);
    QList<Appraisal> team = repo.month(month);
    if (staffId > 0) { // one staff member's pack: their row and their page
        team.removeIf([staffId](const Appraisal &a) { return a.staffId != staffId; });
        // Said in the user's words: a consultant who joined after the month asks for their own pack,
        // a supervisor or an administrator names someone the month did not appraise (themselves).
        if (team.isEmpty())
            throw ValidationError(
                QStringLiteral("staff"),
                staffId == session.actorId && !repo.seesTeam()
                    ? AppraisalRepository::youAreNotAppraised(month)
                    : AppraisalRepository::isNotAppraised(StaffRepository(session).get(staffId).name, month));
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
    summary.lines << tr(
        "Ranked by deadline compliance, then satisfaction, then fewer complaints per client served.");
    summary.headers = {tr("Rank"),
                       tr("Staff member"),
                       tr("Clients served"),
                       tr("Complaints", "a count"),
                       tr("Complaint rate"),
                       tr("Satisfaction"),
                       tr("Deadline compliance"),
                       tr("Consultations"),
                       tr("Viewings"),
                       tr("Contracts"),
                       tr("Training"),
                       tr("Coaching")};
    summary.rightAligned = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    summary.key = QStringLiteral("team");
    summary.columns = {column("rank", Kind::Integer),
                       column("staff"),
                       column("clients_served", Kind::Integer),
                       column("complaints", Kind::Integer),
                       column("complaint_rate", Kind::Number),
                       column("satisfaction", Kind::Number),
                       column("deadline_compliance", Kind::Percent),
                       column("consultations", Kind::Integer),
                       column("viewings", Kind::Integer),
                       column("contracts", Kind::Integer),
                       column("training_score", Kind::Integer),
                       column("coaching"),
                       column("training_passed", Kind::Integer, tr("Training passed"))};
    for (const Appraisal &a : team)
        summary.addRow(
            {a.rank, a.staffName, a.clientsServed, a.complaints, decimal(a.complaintRate, 3),
             a.satisfaction < 0 ? Cell(QStringLiteral("—"), {}) : decimal(a.satisfaction, 2),
             a.complianceAll < 0
                 ? Cell(QStringLiteral("—"), {})
                 : Cell(QStringLiteral("%1%").arg(a.complianceAll, 0, 'f', 1), a.complianceAll / 100),
             a.consultations, a.viewings, a.contracts,
             a.trainingScore < 0 ? Cell(tr("not passed"), {}) : Cell(a.trainingScore),
             Cell(a.coaching.isEmpty() ? QString() : tr("yes"), a.coaching.join(QStringLiteral("; "))),
             a.trainingScore < 0 ? 0 : 1});
    doc.sections << summary << rewardsAndCoaching(repo, month, staffId);
    for (const Appraisal &a : team) {
        ReportDocument::Section one;
        one.heading = tr("%1 — rank %2").arg(a.staffName).arg(a.rank);
        one.lines << (a.coaching.isEmpty() ? tr("No coaching needed.")
                                           : tr("Coaching: %1.").arg(a.coaching.join(QStringLiteral("; "))));
        one.headers = {tr("Deadline"), tr("Met on time"), tr("Counted"), tr("Compliance")};
        one.rightAligned = {1, 2, 3};
        one.key = QStringLiteral("compliance");
        one.group = a.staffName;
        one.groupColumn = column("staff", Kind::Text, tr("Staff member"));
        one.groupTitle = tr("Deadline compliance by staff member");
        one.columns = {column("deadline", Kind::Code), column("met_on_time", Kind::Integer),
                       column("counted", Kind::Integer), column("compliance", Kind::Percent)};
        for (auto it = a.compliance.cbegin(); it != a.compliance.cend(); ++it)
            one.addRow({Cell(DeadlinePolicy::label(it.key()), it.key()), it.value().first, it.value().second,
                        share(it.value().first, it.value().second)});
        doc.sections << one;
    }
    return doc;
}

QList<ReportDocument::Section> OfficeReports::rewardsAndCoaching(const AppraisalRepository &repo,
                                                                 const QString &month, qint64 staffId)
{
    ReportDocument::Section rewards;
    rewards.heading = tr("Rewards");
    rewards.key = QStringLiteral("rewards");
    rewards.headers = {tr("Staff member"), tr("Reward"), tr("Why"), tr("Given by"), tr("Date")};
    rewards.columns = {column("staff"), column("reward"), column("reason"), column("given_by"),
                       column("given_on", Kind::Date)};
    for (const AppraisalReward &r : repo.rewards(month, staffId))
        rewards.addRow({r.staffName, r.reward, r.reason, r.givenByName,
                        Cell(r.givenOn.toString(Qt::ISODate), r.givenOn)});
    if (rewards.rows.isEmpty()) {
        rewards.lines << tr("No rewards recorded.");
        rewards.headers.clear();
        rewards.columns.clear();
    }
    ReportDocument::Section coaching;
    coaching.heading = tr("Coaching given");
    coaching.key = QStringLiteral("coaching");
    coaching.headers = {tr("Staff member"), tr("Date"), tr("Topic"), tr("Outcome"), tr("Coached by")};
    coaching.columns = {column("staff"), column("held_on", Kind::Date), column("topic"), column("outcome"),
                        column("coached_by")};
    for (const AppraisalCoaching &c : repo.coaching(month, staffId))
        coaching.addRow(
            {c.staffName, Cell(c.heldOn.toString(Qt::ISODate), c.heldOn), c.topic, c.outcome, c.coachName});
    if (coaching.rows.isEmpty()) {
        coaching.lines << tr("No coaching recorded.");
        coaching.headers.clear();
        coaching.columns.clear();
    }
    return {rewards, coaching};
}

ReportDocument OfficeReports::survey(const Session &session, const QString &quarter)
{
    SurveyRepository::quarterDays(quarter); // validates
    SurveyRepository surveys(session);
    const qint64 campaign =
        Sql::scalar(session.db->connection(),
                    QStringLiteral("SELECT id FROM survey_campaigns WHERE quarter = ?"), {quarter})
            .toLongLong();
    ReportDocument doc =
        start(session, QStringLiteral("survey"), tr("Quarterly satisfaction survey"), quarter);
    doc.mainTable = QStringLiteral("staff");
    const QList<SurveyRepository::Score> scores =
        campaign > 0 ? surveys.results(campaign) : QList<SurveyRepository::Score>{};
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
    office.key = QStringLiteral("dimensions");
    office.columns = {
        column("dimension", Kind::Code), column("average", Kind::Number), {}};         // the bar is for paper
    auto bar = [](double value) { return QString(qRound(value * 4), QChar(0x2588)); }; // 4 blocks a point
    struct Dimension
    {
        QString label;
        const char *key;
        double value;
    };
    for (const Dimension &d : {Dimension{tr("Service attitude"), "attitude", all.attitude},
                               Dimension{tr("Efficiency"), "efficiency", all.efficiency},
                               Dimension{tr("Problem resolution"), "resolution", all.resolution},
                               Dimension{tr("Overall"), "overall", all.overall}})
        office.addRow({Cell(d.label, QString::fromLatin1(d.key)), decimal(d.value, 2), bar(d.value)});
    ReportDocument::Section staff;
    staff.heading = tr("Results by staff member (credited to whoever served the client)");
    staff.headers = {tr("Staff member"), tr("Responses"),          tr("Service attitude"),
                     tr("Efficiency"),   tr("Problem resolution"), tr("Overall"),
                     tr("Chart")};
    staff.rightAligned = {1, 2, 3, 4, 5};
    staff.key = QStringLiteral("staff");
    staff.columns = {column("staff"),
                     column("responses", Kind::Integer),
                     column("attitude", Kind::Number),
                     column("efficiency", Kind::Number),
                     column("resolution", Kind::Number),
                     column("overall", Kind::Number),
                     {}};
    staff.chartSeries = {tr("Service attitude"), tr("Efficiency"), tr("Problem resolution")};
    staff.chartMax = 5;
    for (const SurveyRepository::Score &s : scores) {
        staff.chartCategories << (s.staffName.isEmpty() ? tr("(nobody recorded)") : s.staffName);
        staff.chartValues << QList<double>{s.attitude, s.efficiency, s.resolution};
    }
    for (const SurveyRepository::Score &s : scores.mid(1))
        staff.addRow({s.staffName.isEmpty() ? Cell(tr("(nobody recorded)"), {}) : Cell(s.staffName),
                      s.responses, decimal(s.attitude, 2), decimal(s.efficiency, 2), decimal(s.resolution, 2),
                      decimal(s.overall, 2), bar(s.overall)});
    ReportDocument::Section actions;
    actions.heading = tr("Improvement actions");
    actions.headers = {tr("Action"), tr("Due"), tr("Done"), tr("Result")};
    actions.key = QStringLiteral("actions");
    actions.columns = {column("action"), column("due", Kind::Date), column("done_at", Kind::DateTime),
                       column("result")};
    for (const auto &a : surveys.actions(campaign))
        actions.addRow({a.action, Cell(a.dueOn.toString(Qt::ISODate), a.dueOn),
                        a.doneAt > 0 ? Cell(OfficeTime::formatDate(a.doneAt), OfficeTime::toOffice(a.doneAt))
                                     : Cell(tr("open"), {}),
                        a.result});
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
    summary.key = QStringLiteral("sessions");
    summary.columns = {column("date", Kind::Date),
                       column("topic", Kind::Code),
                       column("title"),
                       column("pass_mark", Kind::Integer),
                       column("assessed", Kind::Integer),
                       column("passed", Kind::Integer)};
    QList<ReportDocument::Section> details;
    for (const auto &s : sessions) {
        const QList<TrainingRepository::Result> results = repo.results(s.id);
        const int passed =
            int(std::count_if(results.begin(), results.end(), [](const auto &r) { return r.passed; }));
        summary.addRow({Cell(s.heldOn.toString(Qt::ISODate), s.heldOn),
                        Cell(TrainingRepository::topicLabel(s.topic), s.topic), s.title, s.passMark,
                        int(results.size()), passed});
        ReportDocument::Section d;
        d.heading = tr("%1 — %2").arg(s.heldOn.toString(Qt::ISODate), s.title);
        d.headers = {tr("Staff member"), tr("Attempts"), tr("Latest score"), tr("Result")};
        d.rightAligned = {1, 2};
        d.key = QStringLiteral("results");
        d.group = d.heading;
        d.groupColumn = column("session", Kind::Text, tr("Session"));
        d.groupTitle = tr("Assessment results");
        d.columns = {column("staff"), column("attempts", Kind::Integer), column("score", Kind::Integer),
                     column("passed", Kind::Integer)};
        for (const auto &r : results)
            d.addRow({r.staffName, r.attempt, r.score,
                      Cell(r.passed ? tr("passed") : tr("re-assessment due"), r.passed ? 1 : 0)});
        details << d;
    }
    ReportDocument::Section untrained;
    untrained.heading = tr("Not trained this month");
    untrained.key = QStringLiteral("untrained");
    for (const auto &u : repo.untrained(first, first.addMonths(1)))
        untrained.lines << u.second;
    if (untrained.lines.isEmpty())
        untrained.lines << tr("Everyone was trained.");
    doc.sections << summary << details << untrained;
    return doc;
}

ReportDocument OfficeReports::receptionDaily(const Session &session, const QDate &day)
{
    ReportDocument doc = start(session, QStringLiteral("reception-daily"), tr("Daily reception log"),
                               day.toString(Qt::ISODate));
    const QTimeZone zone = OfficeTime::zone();
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QSqlDatabase db = session.db->connection();
    DeadlineRepository deadlines(session);
    const qint64 now = session.clock->nowMs();

    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT c.id, c.received_at, k.name AS client_name, k.phone, k.consultant_id, c.channel, s.name AS "
            "staff_name, c.interests, "
            "c.needs, c.responded_at FROM consultations c JOIN clients k ON k.id = c.client_id LEFT JOIN "
            "staff s ON s.id = c.staff_id WHERE c.received_at >= ? AND c.received_at < ? ORDER BY "
            "c.received_at, c.id"),
        {from, to});
    ReportDocument::Section consultations;
    consultations.heading = tr("Consultations and visits");
    consultations.headers = {tr("Time"),       tr("Client"),    tr("Phone"), tr("Channel"),
                             tr("Consultant"), tr("Interests"), tr("Needs"), tr("Response")};
    consultations.key = QStringLiteral("consultations");
    // The time and the (masked) phone on one line: "151****7290", never "151****729" above "0".
    consultations.noWrap = {0, 2};
    consultations.columns = {column("received_at", Kind::DateTime),
                             column("client"),
                             column("phone"),
                             column("channel", Kind::Code),
                             column("consultant"),
                             column("interests", Kind::Code),
                             column("needs"),
                             column("response", Kind::Code),
                             column("id", Kind::Integer, tr("No.")),
                             column("response_due", Kind::DateTime, tr("Response due")),
                             column("responded_at", Kind::DateTime, tr("Responded"))};
    int met = 0, late = 0, notYetDue = 0;
    QList<QPair<qint64, QList<Cell>>> rows;
    QHash<qint64, qint64> receivedAt;
    QList<QPair<QString, qint64>> phones; // masked after the query, which must finish first
    const SqlRow row(q);
    while (q.next()) {
        QStringList interests;
        for (const QString &k : row.list("interests"))
            interests << Vocabulary::label(Vocabulary::interests(), k);
        rows.append(
            {row.id("id"),
             {officeTime(row.int64("received_at"), QStringLiteral("HH:mm")), row.text("client_name"),
              QString(),
              Cell(Vocabulary::label(Vocabulary::sourceChannels(), row.text("channel")), row.text("channel")),
              row.text("staff_name"), Cell(interests.join(QStringLiteral("、")), row.text("interests")),
              row.text("needs")}});
        phones.append({row.text("phone"), row.id("consultant_id")});
        receivedAt.insert(row.id("id"), row.int64("received_at"));
    }
    q.finish();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].second[2] = Cell(phoneFor(session, phones.at(i).first, phones.at(i).second));
    // The response deadlines of the day's consultations, read together (one statement per 400).
    QList<qint64> ids;
    for (const auto &row : std::as_const(rows))
        ids << row.first;
    const QHash<qint64, QHash<QString, DeadlineItem>> responses =
        deadlines.latestForRecords(QStringLiteral("consultations"), ids);
    for (auto &row : rows) {
        const QHash<QString, DeadlineItem> byPolicy = responses.value(row.first);
        const auto found = byPolicy.constFind(QStringLiteral("consultation-response"));
        const DeadlineItem *item = found == byPolicy.constEnd() ? nullptr : &*found;
        const DeadlineState state = item ? item->stateAt(now) : DeadlineState::OnTrack;
        // Still waiting and not due yet is not late: counted apart, outside the on-time rate.
        met += state == DeadlineState::Met;
        late += state == DeadlineState::MetLate || state == DeadlineState::Overdue;
        notYetDue += item && (state == DeadlineState::OnTrack || state == DeadlineState::DueSoon ||
                              state == DeadlineState::Paused);
        row.second << responseCell(item, receivedAt.value(row.first), now) << row.first
                   << (item ? officeTime(item->dueAt, {}) : Cell(QString(), {}))
                   << (item && item->stoppedAt > 0 ? officeTime(item->stoppedAt, {}) : Cell(QString(), {}));
        consultations.addRow(row.second);
    }
    const qint64 newClients =
        Sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM clients WHERE created_at >= ? AND created_at < ?"),
                    {from, to})
            .toLongLong();
    ReportDocument::Section summary;
    summary.heading = tr("Summary");
    summary.lines
        << tr("Consultations: %1 (new clients registered: %2).").arg(rows.size()).arg(newClients)
        << tr("Answered within the deadline: %1; late or overdue: %2; still waiting, not yet due: %3.")
               .arg(met)
               .arg(late)
               .arg(notYetDue)
        << tr("On time: %1 (of the consultations now due; the ones not yet due are counted apart).")
               .arg(percent(met, met + late));

    ReportDocument::Section viewings;
    viewings.heading = tr("Viewings");
    viewings.headers = {tr("Time"),       tr("Client"),      tr("Party"),
                        tr("Consultant"), tr("Sample unit"), tr("Status")};
    viewings.rightAligned = {2};
    viewings.key = QStringLiteral("viewings");
    viewings.columns = {column("starts_at", Kind::DateTime),
                        column("client"),
                        column("party", Kind::Integer),
                        column("consultant"),
                        column("sample_unit"),
                        column("status", Kind::Code)};
    // A query of its own: reassigning a finished QSqlQuery loses the new result on PostgreSQL.
    QSqlQuery v = Sql::run(
        db,
        QStringLiteral(
            "SELECT a.starts_at, k.name AS client_name, a.party_size, s.name AS consultant_name, a.location, "
            "a.status FROM appointments a JOIN clients "
            "k ON k.id = a.client_id LEFT JOIN staff s ON s.id = a.consultant_id WHERE a.starts_at >= ? AND "
            "a.starts_at < ? ORDER BY a.starts_at, a.id"),
        {from, to});
    const SqlRow viewing(v);
    while (v.next())
        viewings.addRow(
            {officeTime(viewing.int64("starts_at"), QStringLiteral("HH:mm")), viewing.text("client_name"),
             viewing.isNull("party_size") ? Cell(QString(), {}) : Cell(viewing.integer("party_size")),
             viewing.text("consultant_name"), viewing.text("location"),
             Cell(Vocabulary::label(Vocabulary::appointmentStatuses(), viewing.text("status")),
                  viewing.text("status"))});
    summary.lines << tr("Viewings: %1.").arg(viewings.rows.size());
    summary.key = QStringLiteral("summary");
    doc.sections << summary << consultations << viewings;
    return doc;
}

ReportDocument OfficeReports::overdue(const Session &session)
{
    const qint64 now = session.clock->nowMs();
    ReportDocument doc =
        start(session, QStringLiteral("overdue"), tr("Overdue list"), OfficeTime::formatDateTime(now));
    doc.mainTable = QStringLiteral("items");
    DeadlineRepository deadlines(session);
    const QList<DeadlineItem> items = deadlines.overdue(now);
    ReportDocument::Section summary;
    summary.heading = tr("Summary");
    QHash<QString, int> counts;
    for (const DeadlineItem &i : items)
        ++counts[i.policy];
    summary.headers = {tr("Deadline"), tr("Overdue")};
    summary.rightAligned = {1};
    summary.key = QStringLiteral("summary");
    summary.columns = {column("kind", Kind::Code), column("overdue", Kind::Integer)};
    for (const QString &p : DeadlinePolicy::names())
        if (counts.value(p) > 0)
            summary.addRow({Cell(DeadlinePolicy::label(p), p), counts.value(p)});
    summary.lines << tr("%n item(s) past their deadline, most overdue first.", nullptr, int(items.size()));
    ReportDocument::Section list;
    list.heading = tr("Items");
    list.headers = {tr("Deadline"),    tr("Record"), tr("Client"),
                    tr("Responsible"), tr("Due"),    tr("Overdue by")};
    list.key = QStringLiteral("items");
    // As `overdue --format csv`: the policy name, the record's id, the instant it turned overdue.
    list.columns = {column("kind", Kind::Code),
                    column("record"),
                    column("client"),
                    column("staff"),
                    column("due", Kind::DateTime),
                    column("overdue_minutes", Kind::Minutes),
                    column("id", Kind::Integer, tr("No."))};
    for (const DeadlineItem &i : items)
        list.addRow({Cell(DeadlinePolicy::label(i.policy), i.policy), DeadlineRepository::recordText(i),
                     i.clientName, i.staffName, Cell(i.dueText(), OfficeTime::toOffice(i.dueAt)),
                     Cell(minutesText(now - i.dueAt), (now - i.dueAt) / 60'000), i.entityId});
    doc.sections << summary << list;
    return doc;
}

ReportDocument OfficeReports::complaintCompliance(const Session &session, const QString &month)
{
    const auto [from, to] = monthSpan(month);
    ReportDocument doc =
        start(session, QStringLiteral("complaint-compliance"), tr("Complaint deadline compliance"), month);
    doc.mainTable = QStringLiteral("complaints");
    const qint64 now = session.clock->nowMs();
    QSqlDatabase db = session.db->connection();
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT c.id, c.received_at, k.name, c.severity, c.status, c.escalated_at FROM complaints c JOIN "
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
    const SqlRow row(q);
    while (q.next()) {
        rows.append({row.id("id"), row.int64("received_at"), row.text("name"), row.text("severity"),
                     row.text("status"), row.int64("escalated_at") > 0});
        ids << row.id("id");
    }
    q.finish();
    const QStringList policies = {QStringLiteral("complaint-first-response"),
                                  QStringLiteral("complaint-solution"), QStringLiteral("emergency-onsite"),
                                  QStringLiteral("return-visit")};
    // One item per complaint and deadline, its latest round: the one the list below shows (a
    // reopened complaint owes a new solution; its earlier round is history, not a second complaint).
    struct Tally
    {
        int met = 0, late = 0, overdue = 0, open = 0;
    };
    QHash<QString, Tally> tally;
    QList<DeadlineItem> items = DeadlineRepository(session).forRecords(QStringLiteral("complaints"), ids);
    items.removeIf([&policies](const DeadlineItem &i) { return !policies.contains(i.policy); });
    const QHash<qint64, QHash<QString, DeadlineItem>> latest = DeadlineRepository::latestRounds(items);
    for (const auto &byPolicy : latest)
        for (const DeadlineItem &i : byPolicy) {
            Tally &t = tally[i.policy];
            switch (i.stateAt(now)) {
            case DeadlineState::Met:
                ++t.met;
                break;
            case DeadlineState::MetLate:
                ++t.late;
                break;
            case DeadlineState::Overdue:
                ++t.overdue;
                break;
            default:
                ++t.open;
                break;
            }
        }
    const qsizetype reopened = std::count_if(items.begin(), items.end(), [](const DeadlineItem &i) {
        return i.policy == QLatin1String("complaint-solution") && i.round == 2;
    });
    ReportDocument::Section summary;
    summary.heading = tr("Compliance by deadline");
    summary.lines << tr("Complaints received in %1: %2 (escalated to the supervisors: %3).")
                         .arg(month)
                         .arg(rows.size())
                         .arg(std::count_if(rows.begin(), rows.end(),
                                            [](const Row &r) { return r.escalated; }));
    summary.headers = {tr("Deadline"), tr("Met"),        tr("Met late"),
                       tr("Overdue"),  tr("Still open"), tr("Compliance")};
    summary.rightAligned = {1, 2, 3, 4, 5};
    summary.key = QStringLiteral("compliance");
    summary.columns = {column("deadline", Kind::Code),    column("met", Kind::Integer),
                       column("met_late", Kind::Integer), column("overdue", Kind::Integer),
                       column("open", Kind::Integer),     column("compliance", Kind::Percent)};
    for (const QString &p : policies) {
        const Tally t = tally.value(p);
        summary.addRow({Cell(DeadlinePolicy::label(p), p), t.met, t.late, t.overdue, t.open,
                        share(t.met, t.met + t.late + t.overdue)});
    }
    summary.lines << tr(
        "Compliance = met ÷ (met + met late + overdue); items still within their deadline are not counted.");
    summary.lines << tr("Each complaint counts once per deadline, with its latest round, as listed below.");
    if (reopened > 0)
        summary.lines << tr("%n complaint(s) reopened: their earlier rounds are not counted.", nullptr,
                            int(reopened));
    ReportDocument::Section list;
    list.heading = tr("Complaints");
    list.headers = {tr("No."),
                    tr("Received"),
                    tr("Client"),
                    tr("Severity"),
                    tr("Status"),
                    DeadlinePolicy::label(policies.at(0)),
                    DeadlinePolicy::label(policies.at(1)),
                    DeadlinePolicy::label(policies.at(2)),
                    DeadlinePolicy::label(policies.at(3))};
    list.key = QStringLiteral("complaints");
    list.columns = {column("id", Kind::Integer),
                    column("received_at", Kind::DateTime),
                    column("client"),
                    column("severity", Kind::Code),
                    column("status", Kind::Code),
                    column("first_response", Kind::Code),
                    column("solution", Kind::Code),
                    column("onsite", Kind::Code),
                    column("return_visit", Kind::Code)};
    // Beyond the paper: when each deadline (its latest round) is due and when it was met.
    for (qsizetype k = 0; k < policies.size(); ++k) {
        const QString label = DeadlinePolicy::label(policies.at(k));
        const QString stem = list.columns.at(5 + k).key;
        list.columns << ReportDocument::Column{stem + QStringLiteral("_due"), Kind::DateTime,
                                               tr("%1: due").arg(label)}
                     << ReportDocument::Column{stem + QStringLiteral("_done"), Kind::DateTime,
                                               tr("%1: done").arg(label)};
    }
    for (const Row &r : rows) {
        QList<Cell> cells{r.id, officeTime(r.received, QStringLiteral("MM-dd HH:mm")), r.client,
                          Cell(Vocabulary::label(Vocabulary::complaintSeverities(), r.severity), r.severity),
                          Cell(Vocabulary::label(Vocabulary::complaintStatuses(), r.status), r.status)};
        const auto byPolicy = latest.value(r.id);
        QList<Cell> times;
        for (const QString &p : policies) {
            const auto it = byPolicy.constFind(p);
            const DeadlineItem *item = it == byPolicy.constEnd() ? nullptr : &*it;
            cells << outcomeCell(item, now);
            times << (item ? officeTime(item->dueAt, {}) : Cell(QString(), {}))
                  << (item && item->stoppedAt > 0 ? officeTime(item->stoppedAt, {}) : Cell(QString(), {}));
        }
        list.addRow(cells + times);
    }
    doc.sections << summary << list;
    return doc;
}

} // namespace estatedesk
