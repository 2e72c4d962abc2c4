// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAfterSales.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/ScheduledVisitRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace estatedesk::demo {

namespace {

// The repositories with the clock standing at one moment and the staff member who acts, in
// that member's own role: the administrator who loads the demo may not record handovers, but the
// demo's service staff may. Actor 0 is the program itself (the hourly escalation run).
class Stage
{
public:
    explicit Stage(const Session &session) : m_session(session)
    {
        m_session.clock = &m_clock;
        QSqlQuery q = Sql::run(session.db->connection(), QStringLiteral("SELECT id, role FROM staff"));
        const SqlRow row(q);
        while (q.next())
            m_roles.insert(row.id("id"), row.text("role"));
    }
    const Session &at(qint64 ms, qint64 actorId)
    {
        m_clock.set(ms);
        m_session.actorId = actorId;
        m_session.role = actorId == 0 ? QString(Vocabulary::Role::System) : m_roles.value(actorId);
        return m_session;
    }

private:
    FixedClock m_clock{0};
    Session m_session;
    QHash<qint64, QString> m_roles;
};

struct Story
{
    const QStringList complaints = words(
        "卫生间渗水，楼下天花板有水渍 交房延期，要求说明原因 合同约定的车位迟迟未办理 客厅墙面出现裂缝 "
        "电梯经常停运 小区绿化与宣传不符 物业费收取标准有疑问 窗户密封不严，下雨漏水 售楼员承诺的优惠未兑现 "
        "楼上装修噪音影响休息 停车场照明不足 燃气管道有异味，要求立即处理");
    const QStringList responses =
        words("已致电业主，约定上门查看 已安排工程部核实 已向业主致歉并说明处理流程 已联系物业协调");
    const QStringList solutions =
        words("更换防水层并做闭水试验 调整门框并更换密封条 清洗地暖管道 重新铺贴外墙瓷砖 "
              "更换窗户密封胶条 与施工方协调作业时间 安排维保单位检修 疏通排水沟");
    const QStringList outcomes =
        words("业主表示满意 问题已解决，业主认可 业主对处理速度满意 业主基本满意，建议加强巡查");
    const QStringList unhappy = words("雨后仍有渗水 问题反复出现 处理太慢，业主不满意");
    const QStringList locations = words("主卧 次卧 客厅 厨房 卫生间 阳台 入户门 书房");
    const QStringList defects =
        words("墙面空鼓 地砖开裂 窗框密封条脱落 门套变形 下水不畅 墙面渗水 插座不通电 吊顶裂缝");
    const QStringList parties = words("土建总包 门窗分包商 水电安装队 精装修单位");
    const QStringList channels = words("电话 短信 书面通知 微信");
    const QString contact = QString::fromUtf8("物业服务中心 0571-88886666（24小时）");
};

qint64 officeMoment(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), OfficeTime::zone()).toMSecsSinceEpoch();
}

// One complaint from intake to wherever its age lets it go.
void playComplaint(Stage &stage, Rng &rng, const Story &story, const ComplaintSeed &seed, qint64 now)
{
    const qint64 staff = seed.staffId;
    Complaint c;
    c.clientId = seed.clientId;
    c.staffId = staff;
    c.channel = rng.chance(50) ? QStringLiteral("phone") : QStringLiteral("walk_in");
    c.category = QString::fromUtf8(rng.chance(50) ? "房屋质量" : "服务");
    c.severity = seed.severity;
    c.description = rng.pick(story.complaints);
    c.receivedAt = seed.receivedAt;
    ComplaintRepository(stage.at(seed.receivedAt, staff)).add(c);
    const qint64 age = now - seed.receivedAt;
    auto before = [&](qint64 t) { return t > 0 && t < now; };
    if (seed.severity == Vocabulary::ComplaintSeverity::Emergency && rng.chance(85)) {
        const qint64 arrived = seed.receivedAt + rng.between(20, 150) * kMinute;
        if (before(arrived))
            ComplaintRepository(stage.at(arrived, staff))
                .recordOnSite(c.id, arrived, QString::fromUtf8("到场关闭阀门，排除险情"));
    }
    if (age < 6 * kHour || !rng.chance(85))
        return; // still waiting for its first response
    const qint64 first = seed.receivedAt + rng.between(1, 30) * kHour;
    if (!before(first))
        return;
    ComplaintRepository(stage.at(first, staff)).respond(c.id, rng.pick(story.responses));
    qint64 t = first;
    if (rng.chance(12)) { // waiting for the client; most answered after a day or two
        ComplaintRepository(stage.at(t + kHour, staff))
            .waitForClient(c.id, QString::fromUtf8("等待业主提供照片和方便上门的时间"));
        t += kHour + rng.between(1, 2) * kDay;
        if (!before(t))
            return;
        ComplaintRepository(stage.at(t, staff)).resumeFromClient(c.id, QString::fromUtf8("业主已回复"));
    }
    if (age < 3 * kDay || !rng.chance(80))
        return;
    const qint64 solution = t + rng.between(1, 3) * kDay;
    if (!before(solution))
        return;
    ComplaintRepository(stage.at(solution, staff)).proposeSolution(c.id, rng.pick(story.solutions));
    if (age < 7 * kDay || !rng.chance(80))
        return;
    const qint64 resolved = solution + rng.between(1, 5) * kDay;
    if (!before(resolved))
        return;
    ComplaintRepository(stage.at(resolved, staff)).resolve(c.id, QString::fromUtf8("维修完成，业主确认"));
    if (!rng.chance(80))
        return;
    const qint64 visited = resolved + rng.between(2, 9) * kDay; // a few after the 7 days
    if (!before(visited))
        return;
    ReturnVisit v;
    v.channel = QStringLiteral("phone");
    v.satisfied = rng.chance(85);
    v.satisfaction = v.satisfied ? int(rng.between(4, 5)) : int(rng.between(1, 2));
    v.outcome = v.satisfied ? rng.pick(story.outcomes) : rng.pick(story.unhappy);
    v.visitedAt = visited;
    ComplaintRepository(stage.at(visited, staff)).recordReturnVisit(c.id, v);
    if (v.satisfied && rng.chance(85) && before(visited + kHour))
        ComplaintRepository(stage.at(visited + kHour, staff))
            .close(c.id, QString::fromUtf8("回访满意，结案"));
}

// One handover from scheduling to done, with its defects in whatever state their age allows.
int playHandover(Stage &stage, Rng &rng, const Story &story, const HandoverSeed &seed, qint64 now,
                 int forcedOpenDefects = 0)
{
    const qint64 staff = seed.staffId;
    const qint64 scheduled = std::min(now - kHour, officeMoment(seed.handoverOn.addDays(-40), 10));
    Handover h;
    h.unitId = seed.unitId;
    h.clientId = seed.clientId;
    h.staffId = staff;
    h.handoverOn = seed.handoverOn;
    HandoverRepository(stage.at(scheduled, staff)).add(h);
    const qint64 noticeAt = officeMoment(seed.handoverOn.addDays(-rng.between(8, 14)), 11);
    const bool noticeSent = noticeAt < now && rng.chance(85);
    if (noticeSent)
        HandoverRepository(stage.at(noticeAt, staff)).sendNotice(h.id, rng.pick(story.channels));
    const qint64 inspection = officeMoment(seed.handoverOn, 10);
    if (inspection >= now)
        return 0;
    HandoverRepository repo(stage.at(inspection, staff));
    repo.recordInspection(h.id, QString::fromUtf8("陪同业主验房"));
    int made = 0;
    const int defects = forcedOpenDefects > 0 ? forcedOpenDefects : int(rng.below(4));
    for (int i = 0; i < defects; ++i) {
        Defect d;
        d.handoverId = h.id;
        d.location = rng.pick(story.locations);
        d.description = rng.pick(story.defects);
        d.responsible = rng.pick(story.parties);
        d.deadlineDays = rng.chance(70) ? 0 : int(rng.between(5, 10));
        HandoverRepository(stage.at(inspection + (i + 1) * 5 * kMinute, staff)).addDefect(d);
        ++made;
        if (forcedOpenDefects > 0)
            continue; // left open, past its deadline
        const qint64 fixed = inspection + rng.between(3, 25) * kDay;
        if (fixed >= now || rng.chance(15))
            continue; // still open
        HandoverRepository(stage.at(fixed, staff)).markDefectFixed(d.id, QString::fromUtf8("施工方已整改"));
        const qint64 reinspected = fixed + rng.between(1, 2) * kDay;
        if (reinspected >= now || rng.chance(10))
            continue; // awaiting the re-inspection
        HandoverRepository(stage.at(reinspected, staff))
            .reinspectDefect(d.id, rng.chance(90), QString::fromUtf8("复验"));
    }
    HandoverRepository(stage.at(inspection + kHour, staff)).givePropertyContact(h.id, story.contact);
    HandoverRepository(stage.at(inspection + 90 * kMinute, staff)).complete(h.id);
    return made;
}

// The regular return visits (seed 二.(三)2(3)). Every handover done above owes one 30 days on; most
// were made, some not yet — the showcase handover of a month ago not at all (overdue). Visits
// after signing for the three newest signed contracts: one made, one due, one overdue. A random
// sequence of its own, so the rest of the demo stays as it was.
void playReturnVisits(Stage &stage, const Story &story, qint64 now, qint64 showcaseHandover)
{
    Rng rng(11);
    ScheduledVisitRepository visits(stage.at(now, 0));
    auto visit = [&](const ScheduledVisit &due, qint64 at) {
        ScheduledVisit v = due;
        v.channel = rng.chance(70) ? QStringLiteral("phone") : QStringLiteral("wechat");
        v.satisfied = rng.chance(90);
        v.satisfaction = v.satisfied ? int(rng.between(4, 5)) : 2;
        v.outcome = v.satisfied ? rng.pick(story.outcomes) : rng.pick(story.unhappy);
        v.visitedAt = at;
        ScheduledVisitRepository(stage.at(at, due.staffId)).record(v);
    };
    for (const ScheduledVisit &due : visits.list(true, 100000)) {
        const qint64 at = due.owedFrom + rng.between(5, 28) * kDay;
        if (due.handoverId != showcaseHandover && at < now && rng.chance(80))
            visit(due, at);
    }
    QSqlQuery q = Sql::run(
        stage.at(now, 0).db->connection(),
        QStringLiteral(
            "SELECT id, client_id, consultant_id FROM contracts WHERE status IN ('signed','filed') AND "
            "signed_on IS NOT NULL ORDER BY signed_on DESC, id DESC LIMIT 3"));
    QList<Contract> newest;
    const SqlRow row(q);
    while (q.next()) {
        Contract c;
        c.id = row.id("id");
        c.clientId = row.id("client_id");
        c.consultantId = row.id("consultant_id");
        newest << c;
    }
    q.finish();
    const qint64 owed[] = {now - 12 * kDay, now - 2 * kDay, now - 9 * kDay};
    for (qsizetype i = 0; i < newest.size(); ++i) {
        const Contract &c = newest.at(i);
        ScheduledVisitRepository(stage.at(owed[i], c.consultantId)).scheduleAfterSigning(c, owed[i]);
        if (i > 0)
            continue;
        for (const ScheduledVisit &v : ScheduledVisitRepository(stage.at(now, 0)).forClient(c.clientId))
            if (v.contractId == c.id && v.kind == QLatin1String("after_signing") &&
                v.status == Vocabulary::VisitStatus::Due)
                visit(v, owed[i] + 4 * kDay);
    }
}

} // namespace

AfterSalesCounts playAfterSales(const Session &session, Rng &rng, const QList<ComplaintSeed> &complaints,
                                const QList<HandoverSeed> &handovers)
{
    const qint64 now = session.clock->nowMs();
    const QDate today = OfficeTime::toOffice(now).date();
    const Story story;
    Stage stage(session);
    AfterSalesCounts counts;
    for (const HandoverSeed &h : handovers) {
        counts.defects += playHandover(stage, rng, story, h, now);
        ++counts.handovers;
    }
    for (const ComplaintSeed &c : complaints) {
        playComplaint(stage, rng, story, c, now);
        ++counts.complaints;
    }

    // Showcase records: units with a signed contract and no handover yet, for a handover a few
    // days away without its notice, and one done a month ago with defects left open.
    QSqlQuery free = Sql::run(
        session.db->connection(),
        QStringLiteral("SELECT c.unit_id, c.client_id FROM contracts c WHERE c.status IN ('signed','filed') "
                       "AND NOT EXISTS (SELECT 1 FROM handovers h WHERE h.unit_id = c.unit_id) ORDER BY "
                       "c.id DESC LIMIT 2"));
    QList<QPair<qint64, qint64>> units;
    const SqlRow row(free);
    while (free.next())
        units.append({row.id("unit_id"), row.id("client_id")});
    free.finish();
    const qint64 service =
        Sql::scalar(session.db->connection(),
                    QStringLiteral("SELECT MIN(id) FROM staff WHERE role = 'service' AND active = 1"))
            .toLongLong();
    Rng fixed(7); // the showcase does not depend on the seed
    qint64 showcaseHandover = 0;
    if (units.size() == 2) {
        HandoverSeed soon{units.at(0).first, units.at(0).second, service, today.addDays(3)};
        Handover h;
        h.unitId = soon.unitId;
        h.clientId = soon.clientId;
        h.staffId = service;
        h.handoverOn = soon.handoverOn;
        HandoverRepository(stage.at(now - 30 * kDay, service)).add(h); // notice due 4 days ago, not sent
        ++counts.handovers;
        counts.defects +=
            playHandover(stage, fixed, story,
                         {units.at(1).first, units.at(1).second, service, today.addDays(-35)}, now, 2);
        ++counts.handovers;
        // Its first defect ran late and became a complaint.
        const qint64 late =
            Sql::scalar(
                session.db->connection(),
                QStringLiteral("SELECT MIN(d.id) FROM defects d JOIN handovers h ON h.id = d.handover_id "
                               "WHERE h.unit_id = ?"),
                {units.at(1).first})
                .toLongLong();
        HandoverRepository(stage.at(now - kHour, service)).raiseDefectAsComplaint(late);
        ++counts.complaints;
        showcaseHandover = Sql::scalar(session.db->connection(),
                                       QStringLiteral("SELECT MIN(id) FROM handovers WHERE unit_id = ?"),
                                       {units.at(1).first})
                               .toLongLong();
    }
    // Complaints of the clients of those units (or the first client): one emergency nobody
    // reached, one unanswered for two days, one answered without a solution for a week, one
    // resolved ten days ago without its return visit, and one waiting for the client.
    const qint64 client =
        units.isEmpty() ? Sql::scalar(session.db->connection(), QStringLiteral("SELECT MIN(id) FROM clients"))
                              .toLongLong()
                        : units.constLast().second;
    auto complaint = [&](const QString &severity, qint64 received) {
        Complaint c;
        c.clientId = client;
        c.staffId = service;
        c.channel = QStringLiteral("phone");
        c.category = QString::fromUtf8("房屋质量");
        c.severity = severity;
        c.description = fixed.pick(story.complaints);
        c.receivedAt = received;
        ComplaintRepository(stage.at(received, service)).add(c);
        ++counts.complaints;
        return c.id;
    };
    complaint(Vocabulary::ComplaintSeverity::Emergency, now - 3 * kHour);
    complaint(Vocabulary::ComplaintSeverity::Urgent, now - 2 * kDay);
    const qint64 unsolved = complaint(Vocabulary::ComplaintSeverity::Normal, now - 8 * kDay);
    ComplaintRepository(stage.at(now - 8 * kDay + 2 * kHour, service))
        .respond(unsolved, story.responses.constFirst());
    const qint64 unvisited = complaint(Vocabulary::ComplaintSeverity::Normal, now - 20 * kDay);
    ComplaintRepository(stage.at(now - 20 * kDay + kHour, service))
        .respond(unvisited, story.responses.constFirst());
    ComplaintRepository(stage.at(now - 16 * kDay, service))
        .proposeSolution(unvisited, story.solutions.constFirst());
    ComplaintRepository(stage.at(now - 10 * kDay, service))
        .resolve(unvisited, QString::fromUtf8("维修完成，业主确认"));
    const qint64 waiting = complaint(Vocabulary::ComplaintSeverity::Normal, now - 2 * kDay + 2 * kHour);
    ComplaintRepository(stage.at(now - 2 * kDay + 3 * kHour, service))
        .respond(waiting, story.responses.constFirst());
    ComplaintRepository(stage.at(now - kDay, service))
        .waitForClient(waiting, QString::fromUtf8("等待业主确认上门时间"));

    playReturnVisits(stage, story, now, showcaseHandover);

    // Late complaints go to the supervisors, as the hourly run would have done.
    ComplaintRepository(stage.at(now, 0)).escalateOverdue();
    return counts;
}

void playSupervision(const Session &session, Rng &rng, qint64 supervisorId)
{
    const qint64 now = session.clock->nowMs();
    const QDate today = OfficeTime::toOffice(now).date();
    Stage stage(session);
    const Session &supervisor = stage.at(now, supervisorId);
    SurveyRepository surveys(supervisor);
    const QString quarter = QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1);
    const qint64 campaign = surveys.campaign(quarter);
    const QDate quarterStart = SurveyRepository::quarterDays(quarter).first;
    const qint64 since = officeMoment(quarterStart, 0);
    // Clients served this quarter, one in four of them answering (at most 300).
    QSqlQuery q = Sql::run(
        session.db->connection(),
        QStringLiteral(
            "SELECT DISTINCT client_id FROM service_records WHERE at >= ? AND at < ? ORDER BY client_id"),
        {since, now});
    QList<qint64> clients;
    while (q.next())
        clients << q.value(0).toLongLong();
    q.finish();
    int answered = 0;
    for (qint64 client : std::as_const(clients)) {
        if (answered >= 300 || !rng.chance(25))
            continue;
        const int mood = int(rng.between(2, 5)); // most clients are content, some are not
        auto score = [&] { return int(std::clamp<qint64>(mood + rng.between(-1, 1), 1, 5)); };
        const qint64 when = since + rng.below(std::max<qint64>(1, now - since));
        surveys.addResponse(campaign, {client, score(), score(), score(),
                                       mood <= 2 ? QString::fromUtf8("希望处理再快一些") : QString(), when});
        ++answered;
    }
    surveys.addAction(campaign, QString::fromUtf8("投诉首次响应超过 24 小时的，由主管当天电话回访"), 0,
                      today.addDays(30));
    // Training: last month's two sessions with everyone assessed, this month's one half done.
    TrainingRepository training(supervisor);
    QSqlQuery s = Sql::run(
        session.db->connection(),
        QStringLiteral(
            "SELECT id FROM staff WHERE active = 1 AND role IN ('consultant','service','reception') ORDER BY id"));
    QList<qint64> staff;
    while (s.next())
        staff << s.value(0).toLongLong();
    s.finish();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    const qint64 rules = training.addSession(lastMonth.addDays(9), QStringLiteral("service_rules"),
                                             QString::fromUtf8("客户服务规定与服务时限"), 80);
    const qint64 emergency = training.addSession(lastMonth.addDays(20), QStringLiteral("emergency"),
                                                 QString::fromUtf8("燃气与漏水应急处置"), 80);
    const qint64 talk =
        training.addSession(QDate(today.year(), today.month(), 1).addDays(std::min(5, today.day() - 1)),
                            QStringLiteral("communication"), QString::fromUtf8("投诉沟通技巧"), 80);
    for (qint64 id : std::as_const(staff)) {
        for (qint64 sessionId : {rules, emergency}) {
            const auto first = training.assess(sessionId, id, int(rng.between(65, 98)));
            if (!first.passed)
                training.assess(sessionId, id, int(rng.between(80, 95))); // re-assessed and passed
        }
        if (rng.chance(50))
            training.assess(talk, id, int(rng.between(70, 98)));
    }
}

} // namespace estatedesk::demo
