// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision on SQLite and PostgreSQL: surveys credited to whoever served the client, training
// re-assessed until passed, the monthly appraisal's arithmetic on fixed data, months bounded at
// local midnight, a published month frozen against later edits with corrections as revisions,
// and the appraisal, survey and training reports with their figures in the PDF text.
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Errors.h"
#include "core/Translations.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/FollowUpRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/SurveyRepository.h"
#include "repositories/TrainingRepository.h"
#include "repositories/TrendRepository.h"
#include "services/DashboardSnapshot.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace estatedesk;
using namespace estatedesk::test;

class TestSupervision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void surveyCreditsWhoeverServedTheClient();
    void unsatisfiedSurveyAnswerBecomesAFollowUpTask();
    void surveyAnswerAndItsTaskAreOneUnit();
    void trainingIsReassessedUntilPassed();
    void appraisalArithmetic();
    void monthBoundaryAtLocalMidnight();
    void publishedMonthIsFrozen();
    void reportsCarryTheFigures();
    void staffWhoJoinedLaterAreNotAppraised();
    void staffWhoJoinedLaterAreNotListedAsUntrained();
    void trendsOverTwelveMonths();

private:
    qint64 staff(const QString &name, const QString &role);
    qint64 client(const QString &name, const QString &phone, qint64 consultant);
    void served(qint64 clientId, qint64 staffId, const char *when);
    void consultation(qint64 clientId, qint64 staffId, const char *received, qint64 answerAfterMinutes);
    QString reportText(const ReportDocument &doc);

    TestDatabase m_test;
    FixedClock m_clock{fridayMorning()};
    Session m_session;
    QTemporaryDir m_dir;
    qint64 m_a = 0, m_b = 0;
    QList<qint64> m_clients;
};

void TestSupervision::initTestCase()
{
    QVERIFY2(m_test.error().isEmpty(), qPrintable(m_test.error()));
    Translations::install(*QCoreApplication::instance());
}

qint64 TestSupervision::staff(const QString &name, const QString &role)
{
    Staff s;
    s.name = name;
    s.role = role;
    StaffRepository(m_session).add(s);
    return s.id;
}

qint64 TestSupervision::client(const QString &name, const QString &phone, qint64 consultant)
{
    Client c;
    c.name = name;
    c.phone = phone;
    c.consultantId = consultant;
    ClientRepository(m_session).add(c);
    return c.id;
}

void TestSupervision::served(qint64 clientId, qint64 staffId, const char *when)
{
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = staffId;
    r.at = at(when);
    r.kind = QStringLiteral("call");
    r.content = QStringLiteral("回访客户");
    ServiceRecordRepository(m_session).add(r);
}

void TestSupervision::consultation(qint64 clientId, qint64 staffId, const char *received,
                                   qint64 answerAfterMinutes)
{
    Consultation c;
    c.clientId = clientId;
    c.staffId = staffId;
    c.channel = QStringLiteral("phone");
    c.receivedAt = at(received);
    ConsultationRepository(m_session).add(c);
    if (answerAfterMinutes >= 0)
        ConsultationRepository(m_session).recordResponse(c, c.receivedAt + answerAfterMinutes * 60'000,
                                                         staffId, QStringLiteral("答复"));
}

void TestSupervision::init()
{
    m_clock.set(at("2026-10-08T09:00:00+08:00")); // the staff joined before November
    m_session = m_test.freshSession(m_clock);
    m_a = staff(QStringLiteral("顾问甲"), QStringLiteral("consultant"));
    m_b = staff(QStringLiteral("顾问乙"), QStringLiteral("consultant"));
    staff(QStringLiteral("主管"), QStringLiteral("supervisor"));
    m_clock.set(at("2026-12-03T10:00:00+08:00")); // November is over
    m_clients.clear();
    // A serves four clients in November; B serves one client with no consultant of record.
    for (int i = 0; i < 4; ++i) {
        m_clients << client(QStringLiteral("甲的客户%1").arg(i), QStringLiteral("1380000010%1").arg(i), m_a);
        served(m_clients.last(), m_a, "2026-11-10T10:00:00+08:00");
    }
    m_clients << client(QStringLiteral("散客"), QStringLiteral("13800000200"), 0);
    served(m_clients.last(), m_b, "2026-11-11T10:00:00+08:00");
    // A: three consultations in office hours, answered in 5, 10 and 40 minutes (two on time).
    consultation(m_clients.at(0), m_a, "2026-11-16T10:00:00+08:00", 5);
    consultation(m_clients.at(1), m_a, "2026-11-16T11:00:00+08:00", 10);
    consultation(m_clients.at(2), m_a, "2026-11-16T14:00:00+08:00", 40);
    // One complaint from one of A's clients.
    Complaint k;
    k.clientId = m_clients.at(3);
    k.description = QStringLiteral("样板间与实房不符");
    k.receivedAt = at("2026-11-20T10:00:00+08:00");
    ComplaintRepository(m_session).add(k);
}

void TestSupervision::surveyCreditsWhoeverServedTheClient()
{
    SurveyRepository surveys(m_session);
    const qint64 campaign = surveys.campaign(QStringLiteral("2026-Q4"));
    QCOMPARE(surveys.campaign(QStringLiteral("2026-Q4")), campaign); // one a quarter
    QVERIFY_THROWS_EXCEPTION(ValidationError, surveys.campaign(QStringLiteral("2026-Q5")));
    QCOMPARE(surveys.targets(campaign, {QStringLiteral("prospect")}, m_a).size(), 4);
    QCOMPARE(surveys.targets(campaign, {}, m_b).size(), 1); // credited by the last service record
    QCOMPARE(surveys.targets(campaign, {QStringLiteral("contracted")}).size(), 0);
    QCOMPARE(surveys.targets(campaign, {}, 0, 2).size(), 2); // the first ones only
    QVERIFY_THROWS_EXCEPTION(ValidationError, surveys.targets(campaign, {QStringLiteral("vip")}));
    surveys.addResponse(
        campaign, {m_clients.at(0), 5, 4, 3, QStringLiteral("态度很好"), at("2026-11-25T10:00:00+08:00")});
    surveys.addResponse(campaign, {m_clients.at(1), 4, 4, 4, QString(), at("2026-11-26T10:00:00+08:00")});
    surveys.addResponse(
        campaign, {m_clients.at(4), 2, 3, 1, QStringLiteral("等太久"), at("2026-11-26T11:00:00+08:00")});
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             surveys.addResponse(campaign, {m_clients.at(0), 5, 5, 5, {}, 0})); // once
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             surveys.addResponse(campaign, {m_clients.at(2), 6, 5, 5, {}, 0}));
    QCOMPARE(surveys.targets(campaign, {}, m_a).size(), 2); // the two who have not answered
    const QList<SurveyRepository::Score> results = surveys.results(campaign);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).responses, 3); // the office
    QCOMPARE(results.at(0).attitude, 11.0 / 3);
    for (const auto &s : results.mid(1)) {
        if (s.staffId == m_a) {
            QCOMPARE(s.responses, 2);
            QCOMPARE(s.attitude, 4.5);
            QCOMPARE(s.overall, 4.0);
        } else {
            QCOMPARE(s.staffId, m_b);
            QCOMPARE(s.overall, 2.0);
        }
    }
    const qint64 action =
        surveys.addAction(campaign, QStringLiteral("前台增设叫号屏，缩短等候"), m_b, QDate(2026, 12, 31));
    QCOMPARE(surveys.actions(campaign).constFirst().doneAt, 0);
    QVERIFY_THROWS_EXCEPTION(ValidationError, surveys.completeAction(action, QString()));
    surveys.completeAction(action, QStringLiteral("已安装，平均等候降到 5 分钟"));
    QVERIFY(surveys.actions(campaign).constFirst().doneAt > 0);
}

// An answer with any score of SurveyRepository::kUnsatisfiedScore (2) or less becomes one follow-up
// task, like an unsatisfied return visit: for the staff member the answer is credited to, due the
// day it is recorded, naming the scores and the comment, audited; it is on their dashboard, and
// still there (overdue) the days after. A satisfied answer makes none.
void TestSupervision::unsatisfiedSurveyAnswerBecomesAFollowUpTask()
{
    QCOMPARE(SurveyRepository::kUnsatisfiedScore, 2);
    SurveyRepository surveys(m_session);
    const qint64 campaign = surveys.campaign(QStringLiteral("2026-Q4"));
    auto tasks = [this] {
        return Sql::scalar(m_test.db().connection(), QStringLiteral("SELECT COUNT(*) FROM follow_ups"))
            .toInt();
    };
    QCOMPARE(tasks(), 0);
    surveys.addResponse(campaign, {m_clients.at(1), 3, 4, 5, QStringLiteral("还行"), 0});
    surveys.addResponse(campaign, {m_clients.at(2), 3, 3, 3, QString(), 0});
    QCOMPARE(tasks(), 0); // no score of 2 or less: only counted
    const qint64 answer =
        surveys.addResponse(campaign, {m_clients.at(0), 1, 2, 1, QStringLiteral("slow reply"), 0});
    QCOMPARE(tasks(), 1);
    const QList<FollowUp> mine = FollowUpRepository(m_session).forClient(m_clients.at(0));
    QCOMPARE(mine.size(), 1);
    const FollowUp task = mine.constFirst();
    QCOMPARE(task.staffId, m_a);              // the client's consultant, whom the answer is credited to
    QCOMPARE(task.dueOn, QDate(2026, 12, 3)); // the day it is recorded, as a return visit's
    QCOMPARE(task.kind, QStringLiteral("anomaly"));
    QCOMPARE(task.refEntity, QStringLiteral("survey_responses"));
    QCOMPARE(task.refId, answer);
    QCOMPARE(task.task, QStringLiteral("Not satisfied in the 2026-Q4 survey: attitude 1, efficiency 2, "
                                       "problem resolution 1; said: slow reply"));
    QCOMPARE(Sql::scalar(m_test.db().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'follow_ups' AND "
                                        "entity_id = ? AND action = 'insert'"),
                         {task.id})
                 .toInt(),
             1);
    // One score of 2 is enough; the walk-in client's answer goes to whoever served them last (B).
    surveys.addResponse(campaign, {m_clients.at(4), 4, 5, 2, QString(), 0});
    QCOMPARE(tasks(), 2);
    const FollowUp walkIn = FollowUpRepository(m_session).forClient(m_clients.at(4)).constFirst();
    QCOMPARE(walkIn.staffId, m_b);
    QCOMPARE(walkIn.task,
             QStringLiteral(
                 "Not satisfied in the 2026-Q4 survey: attitude 4, efficiency 5, problem resolution 2"));
    // On A's dashboard today, and the day after (overdue then).
    Session a = m_session;
    a.role = QStringLiteral("consultant");
    a.actorId = m_a;
    DeadlineFilter theirs;
    theirs.staffIds = {m_a};
    for (const char *when : {"2026-12-03T10:00:00+08:00", "2026-12-04T10:00:00+08:00"}) {
        const DashboardSnapshot dashboard = DashboardSnapshot::read(a, theirs, {m_a}, at(when));
        QCOMPARE(dashboard.tasks.size(), 1);
        QCOMPARE(dashboard.tasks.constFirst().id, task.id);
    }
}

// A task that cannot be written leaves no answer either: one transaction.
void TestSupervision::surveyAnswerAndItsTaskAreOneUnit()
{
    SurveyRepository surveys(m_session);
    const qint64 campaign = surveys.campaign(QStringLiteral("2026-Q4"));
    QSqlDatabase db = m_test.db().connection();
    const bool sqlite = m_test.backend() == Backend::Sqlite;
    const QStringList refuse =
        sqlite ? QStringList{QStringLiteral("CREATE TRIGGER refuse_tasks BEFORE INSERT ON follow_ups BEGIN "
                                            "SELECT RAISE(ABORT, 'no tasks today'); END")}
               : QStringList{
                     QStringLiteral("CREATE FUNCTION refuse_tasks() RETURNS trigger LANGUAGE plpgsql AS "
                                    "$$ BEGIN RAISE EXCEPTION 'no tasks today'; END $$"),
                     QStringLiteral("CREATE TRIGGER refuse_tasks BEFORE INSERT ON follow_ups FOR EACH ROW "
                                    "EXECUTE FUNCTION refuse_tasks()")};
    for (const QString &sql : refuse)
        Sql::run(db, sql);
    const auto count = [&db](const QString &table) {
        return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
    };
    const int audited = count(QStringLiteral("audit_log"));
    QVERIFY_THROWS_EXCEPTION(
        Error, surveys.addResponse(campaign, {m_clients.at(0), 1, 2, 1, QStringLiteral("slow reply"), 0}));
    QCOMPARE(count(QStringLiteral("survey_responses")), 0);
    QCOMPARE(count(QStringLiteral("follow_ups")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audited);
    // A satisfied answer writes no task: recorded as ever.
    surveys.addResponse(campaign, {m_clients.at(1), 5, 4, 4, QString(), 0});
    QCOMPARE(count(QStringLiteral("survey_responses")), 1);
    Sql::run(db, QStringLiteral("DROP TRIGGER refuse_tasks") +
                     (sqlite ? QString() : QStringLiteral(" ON follow_ups")));
    // Now the unsatisfied answer goes in, with its task.
    surveys.addResponse(campaign, {m_clients.at(0), 1, 2, 1, QStringLiteral("slow reply"), 0});
    QCOMPARE(count(QStringLiteral("survey_responses")), 2);
    QCOMPARE(count(QStringLiteral("follow_ups")), 1);
}

void TestSupervision::trainingIsReassessedUntilPassed()
{
    TrainingRepository training(m_session);
    const qint64 session = training.addSession(QDate(2026, 11, 18), QStringLiteral("emergency"),
                                               QStringLiteral("燃气泄漏应急处置"), 80);
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        training.addSession(QDate(2026, 11, 18), QStringLiteral("sales"), QStringLiteral("x"), 80));
    auto first = training.assess(session, m_a, 70);
    QCOMPARE(first.attempt, 1);
    QVERIFY(!first.passed);
    QCOMPARE(training.bestPassedScore(m_a, QDate(2026, 11, 1), QDate(2026, 12, 1)), -1);
    auto second = training.assess(session, m_a, 85);
    QCOMPARE(second.attempt, 2);
    QVERIFY(second.passed);
    QVERIFY_THROWS_EXCEPTION(ValidationError, training.assess(session, m_a, 90)); // passed already
    QCOMPARE(training.bestPassedScore(m_a, QDate(2026, 11, 1), QDate(2026, 12, 1)), 85);
    const auto results = training.results(session);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().attempt, 2);
    QStringList untrained;
    for (const auto &u : training.untrained(QDate(2026, 11, 1), QDate(2026, 12, 1)))
        untrained << u.second;
    QCOMPARE(untrained, QStringList{QStringLiteral("顾问乙")}); // the supervisor is not appraised
}

void TestSupervision::appraisalArithmetic()
{
    SurveyRepository surveys(m_session);
    const qint64 campaign = surveys.campaign(QStringLiteral("2026-Q4"));
    surveys.addResponse(campaign, {m_clients.at(0), 5, 4, 3, {}, at("2026-11-25T10:00:00+08:00")});
    surveys.addResponse(campaign, {m_clients.at(1), 4, 4, 4, {}, at("2026-11-26T10:00:00+08:00")});
    TrainingRepository training(m_session);
    training.assess(training.addSession(QDate(2026, 11, 18), QStringLiteral("service_rules"),
                                        QStringLiteral("服务规范"), 60),
                    m_a, 88);
    const QList<Appraisal> team = AppraisalRepository(m_session).compute(QStringLiteral("2026-11"));
    QCOMPARE(team.size(), 2);
    const Appraisal a = team.at(0).staffId == m_a ? team.at(0) : team.at(1);
    const Appraisal b = team.at(0).staffId == m_b ? team.at(0) : team.at(1);
    QCOMPARE(a.clientsServed, 4);
    QCOMPARE(a.complaints, 1);
    QCOMPARE(a.complaintRate, 0.25);
    QCOMPARE(a.surveyResponses, 2);
    QCOMPARE(a.satisfaction, 4.0);
    QCOMPARE(a.compliance.value(QStringLiteral("consultation-response")), qMakePair(2, 3));
    QCOMPARE(a.complianceAll, 200.0 / 3);
    QCOMPARE(a.consultations, 3);
    QCOMPARE(a.trainingScore, 88);
    QCOMPARE(a.rank, 1); // B has nothing counted: ranked after
    QCOMPARE(b.rank, 2);
    QCOMPARE(b.complianceAll, -1.0);
    QCOMPARE(b.satisfaction, -1.0);
    // A: compliance 66.7 % < 90 % and 0.25 complaints per client > 0.05; trained. B: not trained.
    QCOMPARE(a.coaching.size(), 2);
    QCOMPARE(b.coaching.size(), 1);
}

void TestSupervision::monthBoundaryAtLocalMidnight()
{
    // 1 December 00:00 in the office is still 30 November in UTC: it belongs to December.
    consultation(m_clients.at(3), m_a, "2026-11-30T23:59:00+08:00", 5);
    consultation(m_clients.at(3), m_a, "2026-12-01T00:00:00+08:00", 5);
    AppraisalRepository repo(m_session);
    auto of = [&](const QString &month) {
        for (const Appraisal &x : repo.compute(month))
            if (x.staffId == m_a)
                return x.consultations;
        return -1;
    };
    QCOMPARE(of(QStringLiteral("2026-11")), 4);
    QCOMPARE(of(QStringLiteral("2026-12")), 1);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.compute(QStringLiteral("2026-11-01")));
}

void TestSupervision::publishedMonthIsFrozen()
{
    AppraisalRepository repo(m_session);
    repo.publish(QStringLiteral("2026-11"));
    QCOMPARE(repo.publishedRevision(QStringLiteral("2026-11")), 1);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.publish(QStringLiteral("2026-11")));
    auto consultationsOfA = [&](const QList<Appraisal> &team) {
        for (const Appraisal &x : team)
            if (x.staffId == m_a)
                return x.consultations;
        return -1;
    };
    QCOMPARE(consultationsOfA(repo.month(QStringLiteral("2026-11"))), 3);
    // A consultation of November entered late: the live figures change, the published ones do not.
    consultation(m_clients.at(2), m_a, "2026-11-27T10:00:00+08:00", 3);
    QCOMPARE(consultationsOfA(repo.compute(QStringLiteral("2026-11"))), 4);
    QCOMPARE(consultationsOfA(repo.month(QStringLiteral("2026-11"))), 3);
    // The correction is a new, visible revision with its reason.
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.revise(QStringLiteral("2026-11"), QString()));
    QCOMPARE(repo.revise(QStringLiteral("2026-11"), QStringLiteral("补录 11 月 27 日来电")), 2);
    QCOMPARE(consultationsOfA(repo.month(QStringLiteral("2026-11"))), 4);
    const QList<Appraisal> history = repo.history(QStringLiteral("2026-11"), m_a);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).consultations, 3);
    QCOMPARE(history.at(1).consultations, 4);
    QCOMPARE(history.at(1).reason, QStringLiteral("补录 11 月 27 日来电"));
}

QString TestSupervision::reportText(const ReportDocument &doc)
{
    const QString path = m_dir.filePath(doc.name + QStringLiteral(".pdf"));
    ReportPrinter::writeReport(doc, path);
    return rawPdfText(path);
}

void TestSupervision::reportsCarryTheFigures()
{
    SurveyRepository surveys(m_session);
    const qint64 campaign = surveys.campaign(QStringLiteral("2026-Q4"));
    surveys.addResponse(campaign, {m_clients.at(0), 5, 4, 3, {}, at("2026-11-25T10:00:00+08:00")});
    surveys.addResponse(campaign, {m_clients.at(1), 4, 4, 4, {}, at("2026-11-26T10:00:00+08:00")});
    surveys.addAction(campaign, QStringLiteral("每周复盘超时咨询"), m_a, QDate(2026, 12, 15));
    TrainingRepository training(m_session);
    const qint64 session = training.addSession(QDate(2026, 11, 18), QStringLiteral("communication"),
                                               QStringLiteral("沟通技巧"), 80);
    training.assess(session, m_a, 70);
    training.assess(session, m_a, 92);
    AppraisalRepository(m_session).publish(QStringLiteral("2026-11"));

    const QString appraisal = reportText(
        OfficeReports::build(m_session, QStringLiteral("appraisal"), {{}, QStringLiteral("2026-11"), {}}));
    QVERIFY2(appraisal.contains(QStringLiteral("Published: these figures are frozen.")),
             qPrintable(appraisal));
    QVERIFY2(appraisal.contains(QStringLiteral("顾问甲")), qPrintable(appraisal));
    QVERIFY2(appraisal.contains(QStringLiteral("66.7%")) && appraisal.contains(QStringLiteral("0.250")),
             qPrintable(appraisal));
    QVERIFY2(appraisal.contains(QStringLiteral("4.00")), qPrintable(appraisal));
    // One staff member's pack: their row, their rewards and coaching, and their page only.
    OfficeReports::Period onlyA{{}, QStringLiteral("2026-11"), {}, m_a};
    const ReportDocument pack = OfficeReports::build(m_session, QStringLiteral("appraisal"), onlyA);
    QCOMPARE(pack.sections.size(), 4);
    QCOMPARE(pack.sections.at(0).rows.size(), 1);
    const QString packText = reportText(pack);
    QVERIFY2(packText.contains(QStringLiteral("顾问甲")) && !packText.contains(QStringLiteral("顾问乙")),
             qPrintable(packText));
    const QString survey = reportText(
        OfficeReports::build(m_session, QStringLiteral("survey"), {{}, {}, QStringLiteral("2026-Q4")}));
    QVERIFY2(survey.contains(QStringLiteral("2 responses")), qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("4.50")) && survey.contains(QStringLiteral("3.50")),
             qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("每周复盘超时咨询")), qPrintable(survey));
    // The chart is a picture in the PDF.
    QProcess images;
    images.start(QStringLiteral("pdfimages"),
                 {QStringLiteral("-list"), m_dir.filePath(QStringLiteral("survey.pdf"))});
    QVERIFY(images.waitForFinished(30000));
    const QStringList imageLines =
        QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(imageLines.size() >= 3, qPrintable(imageLines.join(u'\n'))); // two header lines and an image
    const QString trainingText = reportText(
        OfficeReports::build(m_session, QStringLiteral("training"), {{}, QStringLiteral("2026-11"), {}}));
    QVERIFY2(trainingText.contains(QStringLiteral("沟通技巧")) && trainingText.contains(QStringLiteral("92")),
             qPrintable(trainingText));
    QVERIFY2(trainingText.contains(QStringLiteral("顾问乙")), qPrintable(trainingText)); // not trained
    QVERIFY_THROWS_EXCEPTION(ValidationError, OfficeReports::build(m_session, QStringLiteral("survey"),
                                                                   {{}, {}, QStringLiteral("2026-Q9")}));
}

void TestSupervision::staffWhoJoinedLaterAreNotAppraised()
{
    // Joined on 1 December (office time): part of December's appraisal, not November's, where
    // they would be flagged for training and service they could not have had.
    m_clock.set(at("2026-12-01T00:00:00+08:00"));
    const qint64 newcomer = staff(QStringLiteral("新顾问"), QStringLiteral("consultant"));
    m_clock.set(at("2026-12-03T10:00:00+08:00"));
    auto appraised = [&](const QString &month) {
        QList<qint64> ids;
        for (const Appraisal &x : AppraisalRepository(m_session).compute(month))
            ids << x.staffId;
        return ids;
    };
    QVERIFY(!appraised(QStringLiteral("2026-11")).contains(newcomer));
    QVERIFY(appraised(QStringLiteral("2026-11")).contains(m_a));
    QVERIFY(appraised(QStringLiteral("2026-12")).contains(newcomer));
}

// Trial 2026-12-04 P4: "not trained this month" lists the team of that month, the appraisal's:
// an account made after the month (or a past month before anyone joined) is not listed as untrained.
void TestSupervision::staffWhoJoinedLaterAreNotListedAsUntrained()
{
    m_clock.set(at("2026-11-30T23:59:00+08:00")); // the last minute of November: on its team
    const qint64 lastMinute = staff(QStringLiteral("月末顾问"), QStringLiteral("reception"));
    m_clock.set(at("2026-12-01T00:00:00+08:00")); // joined in December
    const qint64 newcomer = staff(QStringLiteral("新客服"), QStringLiteral("service"));
    m_clock.set(at("2026-12-03T10:00:00+08:00"));
    TrainingRepository training(m_session);
    auto untrained = [&](const QDate &first) {
        QList<qint64> ids;
        for (const auto &u : training.untrained(first, first.addMonths(1)))
            ids << u.first;
        std::sort(ids.begin(), ids.end()); // who, not in which order (the databases collate apart)
        return ids;
    };
    QCOMPARE(untrained(QDate(2026, 11, 1)), (QList<qint64>{m_a, m_b, lastMinute}));
    QCOMPARE(untrained(QDate(2026, 12, 1)), (QList<qint64>{m_a, m_b, lastMinute, newcomer}));
    QCOMPARE(untrained(QDate(2026, 9, 1)), QList<qint64>{}); // before anyone joined
    // The appraisal of November counts the same team.
    QList<qint64> appraised;
    for (const Appraisal &x : AppraisalRepository(m_session).compute(QStringLiteral("2026-11")))
        appraised << x.staffId;
    std::sort(appraised.begin(), appraised.end());
    QCOMPARE(appraised, (QList<qint64>{m_a, m_b, lastMinute}));
    // The training report says it as the supervisor signs it.
    const ReportDocument report =
        OfficeReports::build(m_session, QStringLiteral("training"), {{}, QStringLiteral("2026-11"), {}});
    for (const ReportDocument::Section &section : report.sections)
        if (section.key == QLatin1String("untrained")) {
            QVERIFY(section.lines.contains(QStringLiteral("月末顾问")));
            QVERIFY2(!section.lines.contains(QStringLiteral("新客服")), qPrintable(section.lines.join(u',')));
        }
    const ReportDocument before =
        OfficeReports::build(m_session, QStringLiteral("training"), {{}, QStringLiteral("2026-09"), {}});
    for (const ReportDocument::Section &section : before.sections)
        if (section.key == QLatin1String("untrained"))
            QCOMPARE(section.lines, QStringList{OfficeReports::tr("Everyone was trained.")});
}

// Twelve months of figures from one grouped query each: months bounded at local midnight, the
// first month included, the month before not; months with nothing to count are gaps.
void TestSupervision::trendsOverTwelveMonths()
{
    // The first month of the range (December 2025) and the last day before it.
    served(m_clients.at(0), m_a, "2025-12-01T00:00:00+08:00");
    served(m_clients.at(1), m_a, "2025-12-20T10:00:00+08:00");
    served(m_clients.at(2), m_a, "2025-11-30T23:59:00+08:00");
    for (const char *when : {"2025-12-01T00:00:00+08:00", "2025-11-30T23:59:00+08:00"}) {
        Complaint k;
        k.clientId = m_clients.at(1);
        k.description = QStringLiteral("车位划线不清");
        k.receivedAt = at(when);
        ComplaintRepository(m_session).add(k);
    }
    SurveyRepository surveys(m_session);
    const qint64 q4 = surveys.campaign(QStringLiteral("2026-Q4"));
    surveys.addResponse(q4, {m_clients.at(0), 5, 4, 3, {}, at("2026-11-25T10:00:00+08:00")});
    surveys.addResponse(q4, {m_clients.at(1), 4, 4, 4, {}, at("2026-11-26T10:00:00+08:00")});
    surveys.addResponse(q4, {m_clients.at(2), 3, 2, 1, {}, at("2026-10-15T10:00:00+08:00")});
    TrainingRepository training(m_session);
    const qint64 november =
        training.addSession(QDate(2026, 11, 18), QStringLiteral("emergency"), QStringLiteral("应急处置"), 80);
    training.assess(november, m_a, 70);
    training.assess(november, m_a, 85); // passed at the second attempt
    training.assess(november, m_b, 50);
    training.assess(
        training.addSession(QDate(2026, 6, 10), QStringLiteral("communication"), QStringLiteral("沟通"), 60),
        m_b, 90);

    const TrendRepository::Trends t = TrendRepository(m_session).twelveMonths(QStringLiteral("2026-11"));
    QCOMPARE(t.months.size(), 12);
    QCOMPARE(t.months.constFirst(), QStringLiteral("2025-12"));
    QCOMPARE(t.months.constLast(), QStringLiteral("2026-11"));
    // Complaint rate: November 1 of 5 clients served; December 2025 1 of 2 (its first minute in,
    // the minute before not); March nothing at all.
    QCOMPARE(t.complaintRate.at(11).part, 1);
    QCOMPARE(t.complaintRate.at(11).whole, 5);
    QCOMPARE(t.complaintRate.at(0).part, 1);
    QCOMPARE(t.complaintRate.at(0).whole, 2);
    QCOMPARE(t.complaintRate.at(3).whole, 0);
    QCOMPARE(t.complaintRate.at(3).value(), -1.0);
    // Compliance, by the month the deadline falls in: two of three consultations answered on
    // time; the complaint's first response and solution are past due, unanswered.
    QCOMPARE(t.compliance.value(QStringLiteral("consultation-response")).at(11).part, 2);
    QCOMPARE(t.compliance.value(QStringLiteral("consultation-response")).at(11).whole, 3);
    QCOMPARE(t.compliance.value(QStringLiteral("complaint-first-response")).at(11).part, 0);
    QCOMPARE(t.compliance.value(QStringLiteral("complaint-first-response")).at(11).whole, 1);
    QCOMPARE(t.compliance.value(QStringLiteral("consultation-response")).at(5).whole, 0);
    // Satisfaction by the month answered.
    QCOMPARE(t.satisfaction.at(11).responses, 2);
    QCOMPARE(t.satisfaction.at(11).attitude, 4.5);
    QCOMPARE(t.satisfaction.at(11).efficiency, 4.0);
    QCOMPARE(t.satisfaction.at(11).resolution, 3.5);
    QCOMPARE(t.satisfaction.at(10).responses, 1);
    QCOMPARE(t.satisfaction.at(10).resolution, 1.0);
    QCOMPARE(t.satisfaction.at(9).responses, 0);
    // Training: A passed at the second attempt, B failed; June's one passed.
    QCOMPARE(t.trainingPass.at(11).part, 1);
    QCOMPARE(t.trainingPass.at(11).whole, 2);
    QCOMPARE(t.trainingPass.at(6).part, 1);
    QCOMPARE(t.trainingPass.at(6).whole, 1);
    QCOMPARE(t.trainingPass.at(7).whole, 0);
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             TrendRepository(m_session).twelveMonths(QStringLiteral("2026-13")));

    // The report: a line chart and 12 rows a figure; gaps where nothing was counted.
    const ReportDocument doc =
        OfficeReports::build(m_session, QStringLiteral("trends"), {{}, QStringLiteral("2026-11"), {}});
    QCOMPARE(doc.sections.size(), 4);
    for (const ReportDocument::Section &s : doc.sections) {
        QCOMPARE(s.rows.size(), 12);
        QVERIFY(s.chartLines);
        QCOMPARE(s.chartCategories.size(), 12);
        QCOMPARE(s.chartValues.size(), 12);
    }
    const ReportDocument::Section &complaints = doc.sections.at(1);
    QCOMPARE(complaints.rows.at(11), (QStringList{QStringLiteral("2026-11"), QStringLiteral("1"),
                                                  QStringLiteral("5"), QStringLiteral("20.0%")}));
    QCOMPARE(complaints.rows.at(3).at(3), QStringLiteral("—"));
    QVERIFY(qIsNaN(complaints.chartValues.at(3).at(0)));
    QCOMPARE(complaints.chartValues.at(11).at(0), 20.0);
    QCOMPARE(doc.sections.at(2).chartValues.at(11), (QList<double>{4.5, 4.0, 3.5}));
    const QString csv = QString::fromUtf8(doc.toCsv(QStringLiteral("training")));
    QVERIFY2(csv.contains(QStringLiteral("\n2026-11,2,1,0.5\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\n2026-03,0,0,\n")), qPrintable(csv));
    const QString text = reportText(doc);
    QVERIFY2(text.contains(QStringLiteral("2025-12")) && text.contains(QStringLiteral("20.0%")),
             qPrintable(text));
}

QTEST_MAIN(TestSupervision)
#include "tst_supervision.moc"
