// SPDX-License-Identifier: GPL-3.0-or-later
// Rewards and coaching of the published appraisal (seed 四.(三)2-3) on SQLite and PostgreSQL:
// recorded by supervisors only, on a published month, for someone it appraised, each change
// audited; and each staff member sees only their own published appraisal — rows, revisions,
// rewards, coaching and printed pack — refused by the models library, not only hidden.
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Translations.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/StaffRepository.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestAppraisalVisibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void rewardsAndCoachingNeedAPublishedMonth();
    void rewardsAndCoachingAreAudited();
    void onlySupervisorsRecord();
    void eachSeesOnlyTheirOwn();
    void packsCarryRewardsAndCoaching();

private:
    qint64 staff(const QString &name, const QString &role);
    Session as(qint64 staffId, const QString &role) const;
    qint64 rows(const char *table) const;
    const QString month = QStringLiteral("2026-11");

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    QTemporaryDir m_dir;
    qint64 m_a = 0, m_b = 0, m_supervisor = 0;
};

qint64 TestAppraisalVisibility::staff(const QString &name, const QString &role)
{
    Staff s;
    s.name = name;
    s.role = role;
    StaffRepository(m_session).add(s);
    return s.id;
}

Session TestAppraisalVisibility::as(qint64 staffId, const QString &role) const
{
    Session s = m_session;
    s.actorId = staffId;
    s.role = role;
    return s;
}

qint64 TestAppraisalVisibility::rows(const char *table) const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)))
        .toLongLong();
}

void TestAppraisalVisibility::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

void TestAppraisalVisibility::init()
{
    m_clock.set(fridayMorning());
    m_session = m_test.freshSession(m_clock);
    m_a = staff(QStringLiteral("顾问甲"), QStringLiteral("consultant"));
    m_b = staff(QStringLiteral("客服乙"), QStringLiteral("service"));
    m_supervisor = staff(QStringLiteral("主管丙"), QStringLiteral("supervisor"));
}

void TestAppraisalVisibility::rewardsAndCoachingNeedAPublishedMonth()
{
    AppraisalRepository repo(as(m_supervisor, QStringLiteral("supervisor")));
    AppraisalReward r;
    r.month = month;
    r.staffId = m_a;
    r.reward = QStringLiteral("月度服务之星");
    r.reason = QStringLiteral("零投诉");
    try {
        repo.addReward(r);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("month"));
    }
    AppraisalRepository(m_session).publish(month);
    AppraisalReward supervisorsOwn = r;
    supervisorsOwn.staffId = m_supervisor; // supervisors are not appraised
    try {
        repo.addReward(supervisorsOwn);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("staff"));
    }
    AppraisalReward empty = r;
    empty.reward = QStringLiteral("  ");
    try {
        repo.addReward(empty);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("reward"));
    }
    AppraisalCoaching c;
    c.month = month;
    c.staffId = m_b;
    try {
        repo.addCoaching(c);
        QFAIL("expected ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("topic"));
    }
    QCOMPARE(rows("appraisal_rewards"), qint64(0));
    QCOMPARE(rows("appraisal_coaching"), qint64(0));
    repo.addReward(r);
    QVERIFY(r.id > 0);
    QCOMPARE(r.givenBy, m_supervisor);
    QCOMPARE(r.givenOn, QDate(2026, 11, 27)); // today, office time, when not given
    QCOMPARE(rows("appraisal_rewards"), qint64(1));
}

void TestAppraisalVisibility::rewardsAndCoachingAreAudited()
{
    AppraisalRepository(m_session).publish(month);
    const Session supervisor = as(m_supervisor, QStringLiteral("supervisor"));
    AppraisalRepository repo(supervisor);
    AppraisalReward r;
    r.month = month;
    r.staffId = m_a;
    r.reward = QStringLiteral("奖金 500 元");
    r.reason = QStringLiteral("回访满意度全组第一");
    r.givenOn = QDate(2026, 12, 3);
    repo.addReward(r);
    AppraisalCoaching c;
    c.month = month;
    c.staffId = m_b;
    c.heldOn = QDate(2026, 12, 4);
    c.topic = QStringLiteral("投诉首次响应时效");
    repo.addCoaching(c);
    QCOMPARE(c.coachId, m_supervisor);

    // Read back with names.
    const QList<AppraisalReward> rewards = repo.rewards(month);
    QCOMPARE(rewards.size(), 1);
    QCOMPARE(rewards.at(0).staffName, QStringLiteral("顾问甲"));
    QCOMPARE(rewards.at(0).givenByName, QStringLiteral("主管丙"));
    QCOMPARE(rewards.at(0).givenOn, QDate(2026, 12, 3));
    QCOMPARE(rewards.at(0).reason, QStringLiteral("回访满意度全组第一"));

    // The outcome is written later; a stale copy is a conflict, not an overwrite.
    AppraisalCoaching stale = c;
    c.outcome = QStringLiteral("12 月首次响应全部按时");
    repo.updateCoaching(c);
    QCOMPARE(c.rowVersion, 2);
    stale.outcome = QStringLiteral("旧的");
    QVERIFY_THROWS_EXCEPTION(ConflictError, repo.updateCoaching(stale));
    QCOMPARE(repo.coaching(month).value(0).outcome, QStringLiteral("12 月首次响应全部按时"));
    r.reason = QStringLiteral("回访满意度全组第一，零投诉");
    repo.updateReward(r);

    const QList<AuditEntry> rewardAudit =
        AuditLog::forEntity(supervisor, QStringLiteral("appraisal_rewards"), r.id);
    QCOMPARE(rewardAudit.size(), 2);
    QStringList actions;
    for (const AuditEntry &e : rewardAudit) {
        actions << e.action;
        QCOMPARE(e.actorId, m_supervisor);
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));

    repo.removeCoaching(c.id);
    repo.removeReward(r.id);
    QCOMPARE(rows("appraisal_coaching"), qint64(0));
    QCOMPARE(rows("appraisal_rewards"), qint64(0));
    const QList<AuditEntry> coachingAudit =
        AuditLog::forEntity(supervisor, QStringLiteral("appraisal_coaching"), c.id);
    QCOMPARE(coachingAudit.size(), 3);
    bool deleted = false;
    for (const AuditEntry &e : coachingAudit)
        deleted = deleted || (e.action == QLatin1String("delete") &&
                              e.beforeJson.contains(QStringLiteral("12 月首次响应全部按时")));
    QVERIFY(deleted);
    QVERIFY_THROWS_EXCEPTION(NotFoundError, repo.removeReward(r.id));
}

void TestAppraisalVisibility::onlySupervisorsRecord()
{
    AppraisalRepository(m_session).publish(month);
    AppraisalReward r;
    r.month = month;
    r.staffId = m_a;
    r.reward = QStringLiteral("自评奖励");
    r.reason = QStringLiteral("自己给自己");
    for (const QString &role : {QStringLiteral("consultant"), QStringLiteral("service"),
                                QStringLiteral("reception"), QStringLiteral("admin")}) {
        AppraisalRepository repo(as(role == QLatin1String("consultant") ? m_a : m_b, role));
        QVERIFY_THROWS_EXCEPTION(PermissionError, repo.addReward(r));
        AppraisalCoaching c;
        c.month = month;
        c.staffId = m_a;
        c.topic = QStringLiteral("x");
        QVERIFY_THROWS_EXCEPTION(PermissionError, repo.addCoaching(c));
    }
    QCOMPARE(rows("appraisal_rewards"), qint64(0));
}

void TestAppraisalVisibility::eachSeesOnlyTheirOwn()
{
    const Session consultant = as(m_a, QStringLiteral("consultant"));
    AppraisalRepository mine(consultant);
    // Not published: nothing, and never the live figures.
    QVERIFY(mine.month(month).isEmpty());
    QVERIFY_THROWS_EXCEPTION(PermissionError, mine.compute(month));
    QVERIFY_THROWS_EXCEPTION(ValidationError, mine.month(QStringLiteral("November")));

    AppraisalRepository(m_session).publish(month);
    AppraisalRepository supervisor(as(m_supervisor, QStringLiteral("supervisor")));
    QCOMPARE(supervisor.month(month).size(), 2); // the consultant and the service staff member
    AppraisalReward r;
    r.month = month;
    r.staffId = m_b;
    r.reward = QStringLiteral("乙的奖励");
    r.reason = QStringLiteral("乙的原因");
    supervisor.addReward(r);
    AppraisalCoaching c;
    c.month = month;
    c.staffId = m_a;
    c.topic = QStringLiteral("甲的辅导");
    supervisor.addCoaching(c);

    const QList<Appraisal> own = mine.month(month);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).staffId, m_a);
    QCOMPARE(own.at(0).revision, 1);
    QCOMPARE(mine.history(month, m_a).size(), 1);
    QVERIFY_THROWS_EXCEPTION(PermissionError, mine.history(month, m_b));
    QVERIFY(mine.rewards(month).isEmpty()); // 乙's reward is not theirs to see
    QVERIFY_THROWS_EXCEPTION(PermissionError, mine.rewards(month, m_b));
    QCOMPARE(mine.coaching(month).size(), 1);
    QVERIFY_THROWS_EXCEPTION(PermissionError, mine.coaching(month, m_b));
    AppraisalRepository other(as(m_b, QStringLiteral("service")));
    QCOMPARE(other.rewards(month).size(), 1);
    QVERIFY(other.coaching(month).isEmpty());
    QCOMPARE(other.month(month).constFirst().staffId, m_b);

    // The printed appraisal: their own pack only, whatever they ask for.
    const ReportDocument pack =
        OfficeReports::build(consultant, QStringLiteral("appraisal"), {{}, month, {}});
    QString csv; // every table of the pack
    for (const auto &file : pack.csvFiles())
        csv += QString::fromUtf8(file.second);
    QVERIFY2(csv.contains(QStringLiteral("顾问甲")) && csv.contains(QStringLiteral("甲的辅导")),
             qPrintable(csv));
    QVERIFY2(!csv.contains(QStringLiteral("客服乙")) && !csv.contains(QStringLiteral("乙的奖励")),
             qPrintable(csv));
    QVERIFY_THROWS_EXCEPTION(
        PermissionError, OfficeReports::build(consultant, QStringLiteral("appraisal"), {{}, month, {}, m_b}));
    QVERIFY_THROWS_EXCEPTION(ValidationError, OfficeReports::build(consultant, QStringLiteral("appraisal"),
                                                                   {{}, QStringLiteral("2026-10"), {}}));
    QVERIFY_THROWS_EXCEPTION(PermissionError, OfficeReports::build(consultant, QStringLiteral("survey"), {}));
}

void TestAppraisalVisibility::packsCarryRewardsAndCoaching()
{
    AppraisalRepository(m_session).publish(month);
    const Session supervisorSession = as(m_supervisor, QStringLiteral("supervisor"));
    AppraisalRepository supervisor(supervisorSession);
    AppraisalReward r;
    r.month = month;
    r.staffId = m_a;
    r.reward = QStringLiteral("月度服务之星");
    r.reason = QStringLiteral("客户满意度最高");
    supervisor.addReward(r);
    AppraisalCoaching c;
    c.month = month;
    c.staffId = m_b;
    c.topic = QStringLiteral("投诉处理话术");
    c.outcome = QStringLiteral("已掌握");
    supervisor.addCoaching(c);

    // The team's appraisal lists both; the one-person pack of 甲 only 甲's.
    const ReportDocument team =
        OfficeReports::build(supervisorSession, QStringLiteral("appraisal"), {{}, month, {}});
    const QString pdf = m_dir.filePath(QStringLiteral("team.pdf"));
    ReportPrinter::writeReport(team, pdf);
    const QString text = rawPdfText(pdf);
    QVERIFY2(cjkRadicals(text).isEmpty(), qPrintable(text));
    for (const QString &word :
         {QStringLiteral("月度服务之星"), QStringLiteral("客户满意度最高"), QStringLiteral("主管丙"),
          QStringLiteral("投诉处理话术"), QStringLiteral("已掌握")})
        QVERIFY2(text.contains(word), qPrintable(word + u'\n' + text));
    const ReportDocument pack =
        OfficeReports::build(supervisorSession, QStringLiteral("appraisal"), {{}, month, {}, m_a});
    QString csv; // every table of the pack
    for (const auto &file : pack.csvFiles())
        csv += QString::fromUtf8(file.second);
    QVERIFY2(csv.contains(QStringLiteral("月度服务之星")) && !csv.contains(QStringLiteral("投诉处理话术")),
             qPrintable(csv));
}

QTEST_MAIN(TestAppraisalVisibility)
#include "tst_appraisalvisibility.moc"
