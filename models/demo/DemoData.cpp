// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

#include "demo/DemoAfterSales.h"
#include "demo/DemoSupport.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "core/Pinyin.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace estatedesk {

using demo::kDay;
using demo::kHour;
using demo::kMinute;
using demo::Rng;
using demo::words;

namespace {

// Surnames roughly by frequency: the first ones are picked more often.
const QStringList &surnames()
{
    static const QStringList list = words(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 "
        "于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 "
        "江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 单 欧阳 司马 诸葛");
    return list;
}

const QStringList &givenChars()
{
    static const QStringList list = words(
        "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 文 辉 玲 鹏 红 飞 宇 浩 凯 "
        "婷 雪 琳 晨 欣 怡 佳 子 涵 博 睿 轩 然 梓 思 雨 梦 俊 志 海 波 宁 峰 鑫 晓 春 燕 兰 萍 玉 彬 健 亮 琪 慧 颖 "
        "嘉 瑞 泽 昊 天 安 诗 悦 一 可 心 晴 航 铭 阳 成 东 斌 新 蕾 倩 莉 月 荣 林 清 德 君 坤 立");
    return list;
}

QString personName(Rng &rng)
{
    const QStringList &s = surnames();
    // Skew towards the common surnames: the minimum of two draws.
    const qint64 i = std::min(rng.below(s.size()), rng.below(s.size()));
    QString name = s.at(i) + rng.pick(givenChars());
    if (rng.chance(70))
        name += rng.pick(givenChars());
    return name;
}

const QStringList &occupations()
{
    static const QStringList list =
        words("教师 医生 护士 工程师 程序员 公务员 会计 销售经理 个体经营者 企业主 律师 设计师 "
              "银行职员 自由职业 退休 研究生 司机 厨师 建筑师 财务总监 外企职员 警察");
    return list;
}

const QStringList &needsPhrases()
{
    static const QStringList list = words(
        "首套刚需，预算有限 改善型，想换大三房 学区需求，孩子明年上小学 给父母买养老房，要低楼层带电梯 投资，关注租金回报 "
        "婚房，希望年底前交付 二胎家庭，需要四房 离单位近，通勤半小时以内 看重小区绿化和物业 想了解公积金贷款额度");
    return list;
}

// What a service record of each kind says.
const QStringList &recordPhrases(const QString &kind)
{
    static const QHash<QString, QStringList> phrases = {
        {Vocabulary::ServiceKind::Call,
         words("来电咨询户型和价格 来电询问车位价格 来电了解首付比例 回电告知最新优惠政策 "
               "来电询问样板间开放时间 来电确认看房时间")},
        {Vocabulary::ServiceKind::Consultation,
         words("微信咨询首付比例 咨询学区划片情况 咨询公积金贷款额度 咨询交房时间和装修标准 "
               "发送最新价格表和优惠政策 介绍项目区位和周边配套")},
        {Vocabulary::ServiceKind::Viewing,
         words("参观样板间，客户对三房户型满意 带看8号楼实景现房 到访售楼处，讲解沙盘和区位 "
               "二次看房，家人一同到场 看房后比较两套房源的朝向")},
        {Vocabulary::ServiceKind::Payment,
         words("确认首付款到账 提醒客户首付款到期 协助客户办理贷款面签 跟进银行审批进度 "
               "告知契税和维修基金缴纳方式")},
        {Vocabulary::ServiceKind::Contract,
         words("讲解合同主要条款 提醒客户准备身份证和收入证明 解答合同违约条款疑问 "
               "核对购房人身份信息")},
        {Vocabulary::ServiceKind::ReturnVisit,
         words("回访客户对服务的满意度 回访客户看房感受 回访客户对交房安排的意见")},
    };
    static const QStringList none = {QStringLiteral("跟进客户")};
    const auto it = phrases.constFind(kind);
    return it == phrases.constEnd() ? none : *it;
}

const QStringList &layouts()
{
    static const QStringList list = words("两室一厅 三室两厅 三室一厅 四室两厅 一室一厅 复式");
    return list;
}

const char *const kKinds[] = {"call",    "consultation", "viewing",      "call",
                              "payment", "contract",     "return_visit", "call"};
const char *const kChannels[] = {"walk_in",  "phone", "wechat", "online",
                                 "referral", "phone", "wechat", "walk_in"};
const char *const kInterests[] = {"location", "layout", "price", "amenities", "policy", "transport"};

// The resident ID (GB 11643-1999) a demo buyer showed when signing, made from the client's number
// so that the random sequence stays as the seed makes it: a district of Hangzhou or nearby, a birth
// date that makes the buyer 25 to 64 at signing, a sequence whose parity is the gender (odd: male)
// and the check digit.
QString residentIdOf(qint64 clientId, bool male, const QDate &signedOn)
{
    static const char *const districts[] = {"330102", "330105", "330106", "330108",
                                            "330109", "330110", "310115", "320102"};
    const QDate birth = signedOn.addYears(-(25 + clientId % 40)).addDays(-(clientId * 37 % 365));
    const qint64 sequence = clientId * 7 % 500 * 2 + (male ? 1 : 0);
    const QString first17 = QString::fromLatin1(districts[clientId % 8]) +
                            birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdDocument::residentIdCheck(first17);
}

// An office-hours moment on a day offset from now (office time, 9:00–18:00).
qint64 officeTime(Rng &rng, qint64 nowMs, qint64 daysAgo)
{
    const QTimeZone office = OfficeTime::zone();
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs - daysAgo * kDay, office).date();
    const QDateTime t(day, QTime(9, 0).addSecs(int(rng.below(9 * 3600))), office);
    return std::min(t.toMSecsSinceEpoch(), nowMs - kMinute);
}

} // namespace

DemoData::Counts DemoData::generate(const Session &session, int clientCount, quint64 seed,
                                    const std::function<void(int)> &progress)
{
    Permissions::require(session, Action::LoadDemoData);
    if (clientCount < 1 || clientCount > 1'000'000)
        throw ValidationError(QStringLiteral("clients"), tr("--clients: give a number from 1 to 1000000"));
    QSqlDatabase db = session.db->connection();
    const qint64 existing = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients")).toLongLong();
    if (existing > 0)
        throw ValidationError(
            QStringLiteral("clients"),
            tr("The database already holds %n client(s); demo data only goes into an empty database.",
               nullptr, int(existing)));
    Rng rng(seed);
    const qint64 now = session.clock->nowMs();
    Counts counts;
    Transaction tx(*session.db);
    Transaction::holdChangedPagesInMemory(*session.db); // a million rows at 100 000 clients
    // Sample data makes a practice database: the window's title says so, and the console program
    // takes --at for writing on it.
    SettingsRepository(session).markPractice();

    // ---- staff
    const int consultants = std::clamp(clientCount / 2000, 4, 40);
    QList<qint64> consultantIds, serviceIds, allStaff;
    qint64 supervisorId = 0;
    {
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("INSERT INTO staff (name, role, active, phone, created_at, updated_at) "
                               "VALUES (?, ?, 1, '', ?, ?) RETURNING id"));
        QSet<QString> used;
        auto addStaff = [&](const QString &role) {
            QString name;
            do
                name = personName(rng);
            while (used.contains(name));
            used.insert(name);
            q.bindValue(0, name);
            q.bindValue(1, role);
            q.bindValue(2, now - 400 * kDay);
            q.bindValue(3, now - 400 * kDay);
            Sql::exec(q);
            q.next();
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            allStaff << id;
            ++counts.staff;
            return id;
        };
        addStaff(Vocabulary::Role::Admin);
        supervisorId = addStaff(Vocabulary::Role::Supervisor);
        addStaff(Vocabulary::Role::Reception);
        addStaff(Vocabulary::Role::Reception);
        for (int i = 0; i < consultants; ++i)
            consultantIds << addStaff(Vocabulary::Role::Consultant);
        for (int i = 0; i < 3; ++i)
            serviceIds << addStaff(Vocabulary::Role::Service);
    }

    // ---- units: buildings of 18 floors, 2 entrances, 4 rooms a floor
    QList<qint64> unitIds;
    QList<qint64> unitPrices;
    {
        const int wanted = std::clamp(clientCount / 5, 48, 20000);
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("INSERT INTO units (building, entrance, floor, room, area_dm2, layout, "
                               "list_price_fen, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, 'available', ?, ?) RETURNING id"));
        for (int i = 0; i < wanted; ++i) {
            const int building = 1 + i / 144, entrance = 1 + (i / 72) % 2, floor = 1 + (i / 4) % 18,
                      room = 1 + i % 4;
            const qint64 area = 6000 + rng.below(9000);                      // 60–150 m²
            const qint64 pricePerM2Fen = (18000 + rng.below(6000)) * 100;    // ¥18,000–24,000 per m²
            const qint64 price = area * pricePerM2Fen / 100 / 10000 * 10000; // whole hundreds of yuan
            q.bindValue(0, QString::number(building));
            q.bindValue(1, QString::number(entrance));
            q.bindValue(2, floor);
            q.bindValue(3, QStringLiteral("%1%2").arg(floor).arg(room, 2, 10, QLatin1Char('0')));
            q.bindValue(4, area);
            q.bindValue(5, rng.pick(layouts()));
            q.bindValue(6, price);
            q.bindValue(7, now - 400 * kDay);
            q.bindValue(8, now - 400 * kDay);
            Sql::exec(q);
            q.next();
            unitIds << q.value(0).toLongLong();
            unitPrices << price;
            q.finish();
            ++counts.units;
        }
    }

    // ---- clients, each with consultations and service records
    QSqlQuery insClient = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO clients (name, phone, gender, occupation, source, interests, notes, consultant_id, "
            "created_at, updated_at, name_pinyin, name_initials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
    QSqlQuery insRecord = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO service_records (client_id, staff_id, at, kind, channel, content, result, ref_entity, "
            "ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insConsultation = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO consultations (client_id, staff_id, channel, received_at, responded_at, interests, "
            "needs, budget_fen, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) "
            "RETURNING id"));
    QSqlQuery insAppointment = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO appointments (client_id, consultant_id, starts_at, ends_at, party_size, location, "
            "bring, security_escort, special_needs, status, notes, created_at, updated_at) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    QSqlQuery insContract = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO contracts (number, client_id, unit_id, consultant_id, price_fen, discount_fen, status, "
            "signed_on, cancel_reason, created_at, updated_at, id_type, id_number, id_verified_by, id_verified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insHandover = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO handovers (unit_id, client_id, handover_on, staff_id, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariant nullTime(QMetaType::fromType<qint64>());
    auto record = [&](qint64 clientId, qint64 staffId, qint64 at, const QString &kind, const QString &channel,
                      const QString &content, const QString &result, const QString &refEntity, qint64 refId) {
        insRecord.bindValue(0, clientId);
        insRecord.bindValue(1, Sql::nullableId(staffId));
        insRecord.bindValue(2, at);
        insRecord.bindValue(3, kind);
        insRecord.bindValue(4, channel);
        insRecord.bindValue(5, content);
        insRecord.bindValue(6, result);
        insRecord.bindValue(7, Sql::nullableText(refEntity));
        insRecord.bindValue(8, Sql::nullableId(refId));
        Sql::exec(insRecord);
        ++counts.serviceRecords;
    };

    const QTimeZone office = OfficeTime::zone();
    QList<demo::ComplaintSeed> complaintSeeds;
    QList<demo::HandoverSeed> handoverSeeds;
    int nextUnit = 0;
    int contractNo = 0;
    const QString resultDone = QString::fromUtf8("已处理");
    for (int i = 0; i < clientCount; ++i) {
        const qint64 consultant = rng.chance(85) ? rng.pick(consultantIds) : 0;
        // The newest clients came in over the last few hours and still await their first
        // response: some within the 15 minutes, most already late.
        const bool waiting = i >= clientCount - std::max(3, clientCount / 200);
        const qint64 createdAgo = waiting ? 0 : rng.below(365);
        // The very last one came in 13 minutes ago: due soon, not yet late.
        const qint64 waitedMinutes = i == clientCount - 1 ? 13 : rng.between(3, 300);
        const qint64 createdAt = waiting ? now - waitedMinutes * kMinute : officeTime(rng, now, createdAgo);
        const QString channel = QString::fromLatin1(kChannels[rng.below(8)]);
        QStringList interests;
        for (const char *k : kInterests)
            if (rng.chance(35))
                interests << QString::fromLatin1(k);
        // Unique phones: a bijection of i onto 8 digits behind a mobile prefix.
        static const int prefixes[] = {133, 135, 136, 137, 138, 139, 150, 151, 152, 158,
                                       159, 177, 180, 181, 186, 187, 188, 189, 199};
        const quint64 suffix = (quint64(i) * 27644437ULL + seed * 104729ULL) % 100000000ULL;
        const QString phone =
            QStringLiteral("+86%1%2").arg(prefixes[(i + seed) % 19]).arg(suffix, 8, 10, QLatin1Char('0'));
        const QString clientName = personName(rng);
        const Pinyin::Forms pinyin = Pinyin::ofName(clientName);
        insClient.bindValue(0, clientName);
        insClient.bindValue(10, pinyin.full);
        insClient.bindValue(11, pinyin.initials);
        insClient.bindValue(1, phone);
        const bool male = rng.chance(52);
        insClient.bindValue(2, male ? QStringLiteral("male") : QStringLiteral("female"));
        insClient.bindValue(3, rng.chance(80) ? rng.pick(occupations()) : QString());
        insClient.bindValue(4, channel);
        insClient.bindValue(5, interests.join(u','));
        insClient.bindValue(6, rng.chance(20) ? rng.pick(needsPhrases()) : QString());
        insClient.bindValue(7, Sql::nullableId(consultant));
        insClient.bindValue(8, createdAt);
        insClient.bindValue(9, createdAt);
        Sql::exec(insClient);
        insClient.next();
        const qint64 clientId = insClient.value(0).toLongLong();
        insClient.finish();
        ++counts.clients;

        // First consultation; the newest clients' consultations may still await a response.
        const bool unanswered = waiting || (createdAgo <= 1 && rng.chance(40));
        const qint64 respondedAt = unanswered ? 0 : createdAt + rng.between(2, 40) * kMinute;
        const QString needs = rng.pick(needsPhrases());
        insConsultation.bindValue(0, clientId);
        insConsultation.bindValue(1, Sql::nullableId(consultant));
        insConsultation.bindValue(2, channel);
        insConsultation.bindValue(3, createdAt);
        insConsultation.bindValue(4, unanswered ? nullTime : QVariant(std::min(respondedAt, now)));
        insConsultation.bindValue(5, interests.join(u','));
        insConsultation.bindValue(6, needs);
        insConsultation.bindValue(7,
                                  rng.chance(60) ? QVariant(rng.between(150, 600) * 10000 * 100) : nullTime);
        insConsultation.bindValue(8, createdAt);
        insConsultation.bindValue(9, createdAt);
        Sql::exec(insConsultation);
        insConsultation.next();
        const qint64 consultationId = insConsultation.value(0).toLongLong();
        insConsultation.finish();
        ++counts.consultations;
        record(clientId, consultant, createdAt, QStringLiteral("consultation"), channel, needs,
               unanswered ? QString() : resultDone, QStringLiteral("consultations"), consultationId);

        // About ten service records over the time since the client first came.
        const int extra = int(rng.between(6, 12));
        for (int k = 0; k < extra; ++k) {
            const qint64 ago = rng.below(createdAgo + 1);
            const QString kind = QString::fromLatin1(kKinds[rng.below(8)]);
            // The channel that goes with the act: calls by phone, viewings on site, the rest either.
            QString recordChannel = QString::fromLatin1(kChannels[rng.below(8)]);
            if (kind == Vocabulary::ServiceKind::Call || kind == Vocabulary::ServiceKind::ReturnVisit)
                recordChannel = QStringLiteral("phone");
            else if (kind == Vocabulary::ServiceKind::Viewing)
                recordChannel = QStringLiteral("walk_in");
            else if (kind != Vocabulary::ServiceKind::Consultation)
                recordChannel = rng.chance(50) ? QStringLiteral("walk_in") : QStringLiteral("phone");
            record(clientId, consultant ? consultant : rng.pick(consultantIds), officeTime(rng, now, ago),
                   kind, recordChannel, rng.pick(recordPhrases(kind)), resultDone, QString(), 0);
        }

        // Viewings: some past, some in the coming week.
        if (rng.chance(30)) {
            const qint64 dayOffset = rng.between(-20, 7);
            const QDate day = QDateTime::fromMSecsSinceEpoch(now + dayOffset * kDay, office).date();
            const qint64 start =
                QDateTime(day, QTime(int(rng.between(9, 16)), rng.chance(50) ? 0 : 30), office)
                    .toMSecsSinceEpoch();
            QString status;
            if (start > now)
                status = rng.chance(50) ? Vocabulary::AppointmentStatus::Confirmed
                                        : Vocabulary::AppointmentStatus::Booked;
            else {
                const qint64 roll = rng.below(100);
                // A few past viewings were never checked in: the dashboard lists them as missed.
                status = roll < 8                         ? Vocabulary::AppointmentStatus::NoShow
                         : roll < 15                      ? Vocabulary::AppointmentStatus::Cancelled
                         : (roll < 22 && dayOffset >= -6) ? Vocabulary::AppointmentStatus::Confirmed
                                                          : Vocabulary::AppointmentStatus::Done;
            }
            insAppointment.bindValue(0, clientId);
            insAppointment.bindValue(1, Sql::nullableId(consultant ? consultant : rng.pick(consultantIds)));
            insAppointment.bindValue(2, start);
            insAppointment.bindValue(3, start + kHour);
            insAppointment.bindValue(4, int(rng.between(1, 5)));
            insAppointment.bindValue(5, rng.chance(50) ? QString::fromUtf8("样板间A（三室两厅）")
                                                       : QString::fromUtf8("样板间B（四室两厅）"));
            insAppointment.bindValue(6, QString::fromUtf8("身份证"));
            insAppointment.bindValue(7, rng.chance(5) ? 1 : 0);
            insAppointment.bindValue(8, rng.chance(5) ? QString::fromUtf8("老人同行，行动不便，需轮椅通道")
                                                      : QString());
            insAppointment.bindValue(9, status);
            insAppointment.bindValue(10, createdAt);
            insAppointment.bindValue(11, createdAt);
            Sql::exec(insAppointment);
            ++counts.appointments;
        }

        // Contracts for about one client in ten while units last.
        if (nextUnit < unitIds.size() && createdAgo > 14 && rng.chance(10)) {
            const qint64 unitId = unitIds.at(nextUnit);
            const qint64 price = unitPrices.at(nextUnit);
            ++nextUnit;
            const qint64 roll = rng.below(100);
            // A few buyers from an earlier phase: signed and handed over more than three years ago,
            // so that the retention preview has something true to show.
            const bool earlierPhase = rng.chance(3);
            const QString status = earlierPhase ? Vocabulary::ContractStatus::Filed
                                   : roll < 10  ? Vocabulary::ContractStatus::Draft
                                   : roll < 60  ? Vocabulary::ContractStatus::Signed
                                                : Vocabulary::ContractStatus::Filed;
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, office).date();
            const QDate signedOn =
                earlierPhase
                    ? today.addDays(-rng.between(1250, 1500))
                    : QDateTime::fromMSecsSinceEpoch(createdAt + rng.between(3, 14) * kDay, office).date();
            insContract.bindValue(
                0, QStringLiteral("HT%1-%2").arg(signedOn.year()).arg(++contractNo, 5, 10, QLatin1Char('0')));
            insContract.bindValue(1, clientId);
            insContract.bindValue(2, unitId);
            // Every buyer has a consultant, who is told of the contract's overdue installments: a
            // client who came without one was taken on when buying (no draw from rng, so that the
            // rest of the office stays as the seed makes it).
            const qint64 contractConsultant =
                consultant ? consultant : consultantIds.at(clientId % consultantIds.size());
            if (!consultant)
                Sql::run(db, QStringLiteral("UPDATE clients SET consultant_id = ? WHERE id = ?"),
                         {contractConsultant, clientId});
            insContract.bindValue(3, contractConsultant);
            insContract.bindValue(4, price);
            insContract.bindValue(5, rng.chance(40) ? price / 100 : 0);
            insContract.bindValue(6, status);
            insContract.bindValue(7, status == Vocabulary::ContractStatus::Draft
                                         ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(signedOn.toString(Qt::ISODate)));
            insContract.bindValue(8, createdAt);
            insContract.bindValue(9, createdAt);
            // A signed or filed contract had its buyer's ID checked by the consultant before signing,
            // as ContractRepository requires; a draft not yet.
            const bool signedOne = status != Vocabulary::ContractStatus::Draft;
            insContract.bindValue(10,
                                  signedOne ? IdDocument::typeKey(IdDocument::Type::ResidentId) : QString());
            insContract.bindValue(11, signedOne ? residentIdOf(clientId, male, signedOn) : QString());
            insContract.bindValue(12, signedOne ? QVariant(contractConsultant)
                                                : QVariant(QMetaType::fromType<qint64>()));
            insContract.bindValue(
                13, signedOne ? QVariant(QDateTime(signedOn, QTime(9, 30), office).toMSecsSinceEpoch())
                              : nullTime);
            Sql::exec(insContract);
            ++counts.contracts;
            // Handovers: the earlier phase's long done (three years and more ago, for retention);
            // some recent filed contracts done or scheduled, played through the repositories below.
            if (earlierPhase) {
                const QDate handoverOn = signedOn.addDays(rng.between(30, 90));
                insHandover.bindValue(0, unitId);
                insHandover.bindValue(1, clientId);
                insHandover.bindValue(2, handoverOn.toString(Qt::ISODate));
                insHandover.bindValue(3, Sql::nullableId(rng.pick(serviceIds)));
                insHandover.bindValue(4, Vocabulary::HandoverStatus::Done);
                insHandover.bindValue(5, createdAt);
                insHandover.bindValue(6, createdAt);
                Sql::exec(insHandover);
                ++counts.handovers;
                record(clientId, 0, QDateTime(handoverOn, QTime(10, 0), office).toMSecsSinceEpoch(),
                       QStringLiteral("handover"), QStringLiteral("walk_in"),
                       QString::fromUtf8("陪同客户验收房屋，办理交房"), resultDone,
                       QStringLiteral("handovers"), 0);
            } else if (status == Vocabulary::ContractStatus::Filed && rng.chance(40)) {
                handoverSeeds.append(
                    {unitId, clientId, rng.pick(serviceIds), today.addDays(rng.between(-60, 45))});
            }
            record(clientId, contractConsultant, createdAt + kDay, QStringLiteral("contract"), QString(),
                   QString::fromUtf8("签订购房合同，讲解合同条款"), resultDone, QStringLiteral("contracts"),
                   0);

            // Complaints from about one contracted client in five.
            if (rng.chance(20)) {
                const qint64 received = officeTime(rng, now, rng.below(std::min<qint64>(createdAgo, 60)));
                const QString severity = rng.chance(10)
                                             ? Vocabulary::ComplaintSeverity::Emergency
                                             : (rng.chance(20) ? Vocabulary::ComplaintSeverity::Urgent
                                                               : Vocabulary::ComplaintSeverity::Normal);
                complaintSeeds.append({clientId, rng.pick(serviceIds), received, severity});
            }
        }
        if (progress && clientCount >= 100 && i % (clientCount / 100) == 0)
            progress(int(qint64(i) * 100 / clientCount));
    }
    // The two sample units the viewings go to, and how many people each holds at once.
    for (const char *room : {"样板间A（三室两厅）", "样板间B（四室两厅）"})
        Sql::run(db, QStringLiteral("INSERT INTO showrooms (name, capacity) VALUES (?, 12)"),
                 {QString::fromUtf8(room)});
    // Units with a signed or filed contract are contracted; a draft (the subscription) reserves its unit.
    Sql::run(db, QStringLiteral(
                     "UPDATE units SET state = 'contracted' WHERE id IN (SELECT unit_id FROM contracts WHERE "
                     "status IN ('signed','filed'))"));
    Sql::run(db, QStringLiteral(
                     "UPDATE units SET state = 'reserved' WHERE id IN (SELECT unit_id FROM contracts WHERE "
                     "status = 'draft')"));
    Sql::run(db,
             QStringLiteral(
                 "UPDATE units SET state = 'handed_over' WHERE id IN (SELECT unit_id FROM handovers WHERE "
                 "status = 'done')"));
    // The deadlines of every consultation, as the repositories would have started them.
    DeadlineRepository deadlines(session);
    deadlines.rebuildMissing();

    // Payment plans of the signed and filed contracts: installments with receipts for most of
    // what has fallen due, and a few left unpaid (overdue `installment` items).
    {
        QSqlQuery contracts = Sql::run(
            db, QStringLiteral(
                    "SELECT id, client_id, consultant_id, price_fen - discount_fen AS net_fen, signed_on "
                    "FROM contracts WHERE status IN ('signed','filed') ORDER BY id"));
        struct Row
        {
            qint64 id, client, consultant, price;
            QDate signedOn;
        };
        QList<Row> rows;
        const SqlRow row(contracts);
        while (contracts.next())
            rows.append({row.id("id"), row.id("client_id"), row.id("consultant_id"), row.int64("net_fen"),
                         row.date("signed_on")});
        contracts.finish();
        QSqlQuery plan = Sql::prepare(
            db, QStringLiteral("INSERT INTO payment_plans (contract_id, kind, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?) RETURNING id"));
        QSqlQuery inst = Sql::prepare(
            db, QStringLiteral("INSERT INTO installments (plan_id, seq, label, due_on, amount_fen, paid_fen) "
                               "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        QSqlQuery receipt = Sql::prepare(
            db, QStringLiteral("INSERT INTO receipts (installment_id, received_on, amount_fen, method, "
                               "created_at) VALUES (?, ?, ?, ?, ?)"));
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, office).date();
        for (const Row &r : std::as_const(rows)) {
            const QString kind = PaymentPlanRepository::kinds().at(int(rng.below(5)));
            const qint64 created = QDateTime(r.signedOn, QTime(10, 0), office).toMSecsSinceEpoch();
            plan.bindValue(0, r.id);
            plan.bindValue(1, kind);
            plan.bindValue(2, created);
            plan.bindValue(3, created);
            Sql::exec(plan);
            plan.next();
            const qint64 planId = plan.value(0).toLongLong();
            plan.finish();
            const QList<PaymentPlanRepository::Step> steps = PaymentPlanRepository::standardSteps(kind);
            QList<int> percents;
            for (const auto &step : steps)
                percents << step.percent;
            const QList<qint64> amounts = PaymentPlanRepository::split(r.price, percents);
            for (qsizetype k = 0; k < steps.size(); ++k) {
                const QDate due = r.signedOn.addDays(steps.at(k).dayOffset);
                const bool paid = due <= today && rng.chance(94);
                inst.bindValue(0, planId);
                inst.bindValue(1, int(k + 1));
                inst.bindValue(2, steps.at(k).label);
                inst.bindValue(3, due.toString(Qt::ISODate));
                inst.bindValue(4, amounts.at(k));
                inst.bindValue(5, paid ? amounts.at(k) : 0);
                Sql::exec(inst);
                inst.next();
                const qint64 installmentId = inst.value(0).toLongLong();
                inst.finish();
                deadlines.startForDate(QStringLiteral("installment"), QStringLiteral("installments"),
                                       installmentId, r.client, r.consultant, due, created);
                if (paid) {
                    const QDate on = due.addDays(-rng.below(5));
                    receipt.bindValue(0, installmentId);
                    receipt.bindValue(1, on.toString(Qt::ISODate));
                    receipt.bindValue(2, amounts.at(k));
                    receipt.bindValue(3, QString::fromUtf8(kind.endsWith(QLatin1String("loan")) && k > 0
                                                               ? "银行放款"
                                                               : "转账"));
                    receipt.bindValue(4, QDateTime(on, QTime(11, 0), office).toMSecsSinceEpoch());
                    Sql::exec(receipt);
                    deadlines.stop(QStringLiteral("installment"), QStringLiteral("installments"),
                                   installmentId, QDateTime(on, QTime(11, 0), office).toMSecsSinceEpoch());
                }
            }
        }
    }
    // Missed installments flagged to consultants and supervisors, as the daily run does.
    PaymentPlanRepository(session).flagMissedInstallments();
    // Handovers and complaints, step by step through their repositories.
    const demo::AfterSalesCounts afterSales =
        demo::playAfterSales(session, rng, complaintSeeds, handoverSeeds);
    counts.handovers += afterSales.handovers;
    counts.complaints += afterSales.complaints;
    demo::playSupervision(session, rng, supervisorId);
    counts.serviceRecords =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_records")).toLongLong();
    AuditLog::write(session, QStringLiteral("demo"), QStringLiteral("clients"), 0, {},
                    {{QStringLiteral("clients"), counts.clients},
                     {QStringLiteral("service_records"), counts.serviceRecords},
                     {QStringLiteral("seed"), QString::number(seed)}});
    tx.commit();
    if (progress)
        progress(100);
    return counts;
}

} // namespace estatedesk
