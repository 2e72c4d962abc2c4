// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "core/PrivateFiles.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "io/ClientCsv.h"
#include "io/Csv.h"
#include "repositories/AuditLog.h"
#include "repositories/CalendarRepository.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "repositories/Session.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/VisitRegistration.h"
#include "security/Accounts.h"
#include "security/Permissions.h"
#include "services/ScheduledJobs.h"
#include "services/Startup.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/OfficeMove.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace estatedesk {

namespace {

// A wrong command line: exit code 2 with the message.
struct UsageError
{
    QString message;
};

struct GlobalOptions
{
    QString db;
    QString pg;
    QString at;
    QString user;
};

// Takes "--name VALUE" or "--name=VALUE" at args[i]; advances i past it.
std::optional<QString> takeOption(const QStringList &args, int &i, const QString &name)
{
    const QString &a = args.at(i);
    if (a == name) {
        if (i + 1 >= args.size())
            throw UsageError{CliApp::tr("%1 needs a value").arg(name)};
        i += 2;
        return args.at(i - 1);
    }
    if (a.startsWith(name + u'=')) {
        ++i;
        return a.mid(name.size() + 1);
    }
    return std::nullopt;
}

// Reads the global options at the start of the arguments; returns where the command begins.
int takeGlobalOptions(const QStringList &arguments, GlobalOptions &global)
{
    int i = 0;
    while (i < arguments.size()) {
        if (auto v = takeOption(arguments, i, QStringLiteral("--db")))
            global.db = *v;
        else if (auto v2 = takeOption(arguments, i, QStringLiteral("--pg")))
            global.pg = *v2;
        else if (auto v3 = takeOption(arguments, i, QStringLiteral("--at")))
            global.at = *v3;
        else if (auto v4 = takeOption(arguments, i, QStringLiteral("--user")))
            global.user = *v4;
        else
            break;
    }
    return i;
}

// option: the option the time came with ("--at", "--start"), named in the message.
qint64 parseAt(const QString &text, const QString &option)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        throw UsageError{CliApp::tr("%1: \"%2\" is not an ISO 8601 time such as 2026-11-27T10:00:00+08:00")
                             .arg(option, text)};
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the office's time zone
        t = QDateTime(t.date(), t.time(), OfficeTime::zone());
    // Before 2000 or after 2099 is a typing slip, not a time the office worked at.
    if (t.date().year() < 2000 || t.date().year() > 2099)
        throw UsageError{CliApp::tr("%1: \"%2\" is not between the years 2000 and 2099").arg(option, text)};
    return t.toMSecsSinceEpoch();
}

// The arguments of one command: positionals and --options with values.
class CommandArgs
{
public:
    CommandArgs(const QStringList &args, const QStringList &valueOptions)
    {
        for (int i = 0; i < args.size();) {
            bool matched = false;
            for (const QString &name : valueOptions) {
                if (auto v = takeOption(args, i, name)) {
                    m_options.insert(name, *v);
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            if (args.at(i).startsWith(QLatin1String("--")))
                throw UsageError{CliApp::tr("unknown option %1").arg(args.at(i))};
            m_positional << args.at(i++);
        }
    }
    QString positional(int i, const QString &what) const
    {
        if (i >= m_positional.size())
            throw UsageError{CliApp::tr("missing %1").arg(what)};
        return m_positional.at(i);
    }
    void expectPositionals(int n) const
    {
        if (m_positional.size() > n)
            throw UsageError{CliApp::tr("unexpected argument \"%1\"").arg(m_positional.at(n))};
    }
    QString option(const QString &name, const QString &fallback = {}) const
    {
        return m_options.value(name, fallback);
    }
    bool has(const QString &name) const { return m_options.contains(name); }

private:
    QStringList m_positional;
    QHash<QString, QString> m_options;
};

int integerOption(const CommandArgs &args, const QString &name, int fallback, int min, int max)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const qint64 v = args.option(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError{CliApp::tr("%1: \"%2\" is not a number from %3 to %4")
                             .arg(name, args.option(name))
                             .arg(min)
                             .arg(max)};
    return int(v);
}

// Columns a string takes in a terminal: Chinese characters take two.
int displayWidth(const QString &text)
{
    int w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

} // namespace

QString CliApp::readPassword(bool forSignIn)
{
    // The signing-in password may come from the environment; everything else from standard input,
    // one line each, never echoed back.
    if (forSignIn && qEnvironmentVariableIsSet("ESTATEDESK_PASSWORD"))
        return qEnvironmentVariable("ESTATEDESK_PASSWORD");
    if (!m_in || m_in->atEnd())
        throw UsageError{
            forSignIn ? tr("the password of --user is expected on standard input or in ESTATEDESK_PASSWORD")
                      : tr("the new account's password is expected on standard input")};
    const QString line = m_in->readLine();
    if (line.isEmpty())
        throw UsageError{
            forSignIn ? tr("the password of --user is expected on standard input or in ESTATEDESK_PASSWORD")
                      : tr("the new account's password is expected on standard input")};
    return line;
}

int CliApp::calendarCommand(const Session &session, const QString &sub, const QStringList &rest)
{
    CalendarRepository calendar(session);
    if (sub == QLatin1String("import")) {
        CommandArgs args(rest, {});
        args.expectPositionals(1);
        const QString file = args.positional(0, tr("the calendar FILE.csv"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw ValidationError(
                QStringLiteral("file"),
                tr("%1: cannot be opened (%2)").arg(QDir::toNativeSeparators(file), f.errorString()));
        const int n = calendar.importCsv(f.readAll(), QDir::toNativeSeparators(file));
        m_out << tr("Imported %n calendar day(s); open deadlines were recomputed.", nullptr, n) << '\n';
        return 0;
    }
    CommandArgs args(rest, {QStringLiteral("--year")});
    args.expectPositionals(1);
    const QString file = args.positional(0, tr("the calendar FILE.csv to write"));
    const int year = integerOption(args, QStringLiteral("--year"), 0, 1900, 2200);
    const QByteArray csv = calendar.exportCsv(year);
    PrivateFiles::writeFile(file, csv);
    m_out << tr("Exported %n calendar day(s) to %1.", nullptr, int(csv.count('\n') - 1))
                 .arg(QDir::toNativeSeparators(file))
          << '\n';
    return 0;
}

int CliApp::slaCommand(const Session &session, const QString &sub, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--policy"), QStringLiteral("--start"), QStringLiteral("--item")});
    args.expectPositionals(0);
    if (args.has(QStringLiteral("--item")))
        return slaItemCommand(session, sub, args.option(QStringLiteral("--item")));
    if (!args.has(QStringLiteral("--policy")))
        throw UsageError{tr("sla %1 needs --policy NAME (one of %2)")
                             .arg(sub, DeadlinePolicy::names().join(QStringLiteral(", ")))};
    if (!args.has(QStringLiteral("--start")))
        throw UsageError{
            tr("sla %1 needs --start ISO8601 (or a date YYYY-MM-DD for date-based policies)").arg(sub)};
    const QString policy = args.option(QStringLiteral("--policy"));
    if (!DeadlinePolicy::names().contains(policy))
        throw UsageError{tr("--policy: \"%1\" is not one of %2")
                             .arg(policy, DeadlinePolicy::names().join(QStringLiteral(", ")))};
    const QString startText = args.option(QStringLiteral("--start"));
    DeadlineRepository deadlines(session);
    DeadlineResult result;
    const QDate date = QDate::fromString(startText, QStringLiteral("yyyy-MM-dd"));
    if (date.isValid() && startText.size() == 10)
        result = deadlines.preview(policy, session.clock->nowMs(), date);
    else
        result = deadlines.previewFromReceipt(policy, parseAt(startText, QStringLiteral("--start")));
    if (sub == QLatin1String("due")) {
        m_out << deadlines.iso(result.dueMs) << '\n';
        if (result.provisional)
            m_err << tr("Provisional: no official holiday schedule is published yet for a year counted here.")
                  << '\n';
        return 0;
    }
    for (const QString &line : result.explanation)
        m_out << line << '\n';
    return 0;
}

int CliApp::slaItemCommand(const Session &session, const QString &sub, const QString &item)
{
    if (sub != QLatin1String("explain"))
        throw UsageError{tr("--item works with sla explain")};
    // KIND:ID as `overdue` prints them: the policy name and the record's id.
    const qsizetype colon = item.lastIndexOf(u':');
    bool ok = false;
    const qint64 id = colon > 0 ? item.mid(colon + 1).toLongLong(&ok) : 0;
    const QString kind = item.left(colon);
    if (!ok || id <= 0 || !DeadlinePolicy::names().contains(kind))
        throw UsageError{
            tr("--item: \"%1\" is not KIND:ID as overdue prints them, e.g. complaint-solution:12 (KIND one of %2)")
                .arg(item, DeadlinePolicy::names().join(QStringLiteral(", ")))};
    DeadlineRepository deadlines(session);
    DeadlineItem found;
    try {
        found = deadlines.findByKind(kind, id);
    } catch (const NotFoundError &e) {
        throw ValidationError(QStringLiteral("item"),
                              tr("--item: %1").arg(e.message())); // the data says no: exit 1
    }
    for (const QString &line : deadlines.explainText(found, session.clock->nowMs()))
        m_out << line << '\n';
    return 0;
}

int CliApp::overdueCommand(const Session &session, const QStringList &rest)
{
    Permissions::require(session, Action::ViewOverdueList); // as report overdue and the dashboard
    CommandArgs args(rest, {QStringLiteral("--format")});
    args.expectPositionals(0);
    const QString format = args.option(QStringLiteral("--format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError{tr("--format: \"%1\" is not table, csv or json").arg(format)};
    const qint64 now = session.clock->nowMs();
    DeadlineRepository deadlines(session);
    const QList<DeadlineItem> items = deadlines.overdue(now);
    struct Line
    {
        QString kind, id, client, staff, due, minutes;
    };
    QList<Line> lines;
    for (const DeadlineItem &i : items)
        lines.append({i.policy, QString::number(i.entityId), i.clientName, i.staffName,
                      deadlines.iso(i.dueAt), QString::number((now - i.dueAt) / 60'000)});
    if (format == QLatin1String("csv")) {
        m_out << "kind,id,client,staff,due,overdue_minutes\n";
        for (const Line &l : lines)
            m_out << Csv::formatRow(
                         {l.kind, l.id, Csv::protect(l.client), Csv::protect(l.staff), l.due, l.minutes})
                  << '\n';
    } else if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Line &l : lines)
            array.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                                     {QStringLiteral("id"), l.id.toLongLong()},
                                     {QStringLiteral("client"), l.client},
                                     {QStringLiteral("staff"), l.staff},
                                     {QStringLiteral("due"), l.due},
                                     {QStringLiteral("overdue_minutes"), l.minutes.toLongLong()}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList header = {QStringLiteral("kind"),   QStringLiteral("id"),
                                    QStringLiteral("client"), QStringLiteral("staff"),
                                    QStringLiteral("due"),    QStringLiteral("overdue_minutes")};
        QList<int> width;
        for (const QString &h : header)
            width << int(h.size());
        auto cells = [](const Line &l) {
            return QStringList{l.kind, l.id, l.client, l.staff, l.due, l.minutes};
        };
        for (const Line &l : lines) {
            const QStringList c = cells(l);
            for (int i = 0; i < c.size(); ++i)
                width[i] = std::max(width[i], displayWidth(c.at(i)));
        }
        auto print = [&](const QStringList &c) {
            for (int i = 0; i < c.size(); ++i) {
                m_out << c.at(i);
                if (i + 1 < c.size())
                    m_out << QString(width[i] - displayWidth(c.at(i)) + 2, u' ');
            }
            m_out << '\n';
        };
        print(header);
        for (const Line &l : lines)
            print(cells(l));
        m_out << tr("%n overdue item(s).", nullptr, int(lines.size())) << '\n';
    }
    return 0;
}

int CliApp::reportCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--out"), QStringLiteral("--month"), QStringLiteral("--quarter"),
                            QStringLiteral("--date"), QStringLiteral("--staff")});
    args.expectPositionals(1);
    const QString name =
        args.positional(0, tr("the report NAME (%1)").arg(OfficeReports::names().join(QStringLiteral(", "))));
    const QString out = args.option(QStringLiteral("--out"));
    if (out.isEmpty())
        throw UsageError{tr("report needs --out FILE (.pdf, .xlsx, .csv or .html)")};
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"),
                     QStringLiteral("html")}
             .contains(suffix))
        throw UsageError{tr("--out: \"%1\" must end in .pdf, .xlsx, .csv or .html").arg(out)};
    // An option the report does not take is refused, not silently ignored (DESIGN §7).
    static const QHash<QString, QStringList> takes = {
        {QStringLiteral("reception-daily"), {QStringLiteral("--date")}},
        {QStringLiteral("overdue"), {}},
        {QStringLiteral("complaint-compliance"), {QStringLiteral("--month")}},
        {QStringLiteral("appraisal"), {QStringLiteral("--month"), QStringLiteral("--staff")}},
        {QStringLiteral("survey"), {QStringLiteral("--quarter")}},
        {QStringLiteral("training"), {QStringLiteral("--month")}},
        {QStringLiteral("trends"), {QStringLiteral("--month")}},
        {QStringLiteral("service-analysis"), {QStringLiteral("--month")}},
    };
    if (takes.contains(name))
        for (const QString &option : {QStringLiteral("--month"), QStringLiteral("--quarter"),
                                      QStringLiteral("--date"), QStringLiteral("--staff")})
            if (args.has(option) && !takes.value(name).contains(option))
                throw UsageError{takes.value(name).isEmpty()
                                     ? tr("%1: the %2 report takes no period option").arg(option, name)
                                     : tr("%1: the %2 report takes %3")
                                           .arg(option, name, takes.value(name).join(QStringLiteral(", ")))};
    OfficeReports::Period period;
    period.month = args.option(QStringLiteral("--month"));
    period.quarter = args.option(QStringLiteral("--quarter"));
    if (args.has(QStringLiteral("--date"))) {
        period.date = QDate::fromString(args.option(QStringLiteral("--date")), Qt::ISODate);
        if (!period.date.isValid())
            throw UsageError{tr("--date: \"%1\" is not a date like 2026-11-27")
                                 .arg(args.option(QStringLiteral("--date")))};
    }
    if (args.has(QStringLiteral("--staff"))) {
        const Staff s = StaffRepository(session).findByName(args.option(QStringLiteral("--staff")));
        if (s.id == 0)
            throw UsageError{
                tr("--staff: no staff member is called \"%1\"").arg(args.option(QStringLiteral("--staff")))};
        period.staffId = s.id;
    }
    const ReportDocument doc = OfficeReports::build(session, name, period);
    const QStringList written = ReportPrinter::writeReport(doc, out);
    m_out << tr("%1 written to %2.").arg(doc.title, out) << '\n';
    for (const QString &more : written.mid(1)) // a CSV's further tables
        m_out << tr("Also written: %1").arg(more) << '\n';
    return 0;
}

int CliApp::jobsCommand(const Session &session, const QStringList &rest)
{
    CommandArgs(rest, {}).expectPositionals(0);
    // One line a job: its name, what happened (done, already-run, not-due, failed), then in words.
    bool failed = false;
    for (const ScheduledJobs::Result &r : ScheduledJobs(session).runDue()) {
        failed = failed || r.outcome == ScheduledJobs::Outcome::Failed;
        m_out << r.job << '\t' << ScheduledJobs::outcomeName(r.outcome) << '\t' << ScheduledJobs::describe(r)
              << '\n';
    }
    return failed ? 3 : 0;
}

bool CliApp::printsPdf(const QStringList &arguments)
{
    GlobalOptions global;
    int i = 0;
    try {
        i = takeGlobalOptions(arguments, global);
    } catch (const UsageError &) {
        return false; // run() reports it
    }
    if (i >= arguments.size() || arguments.at(i) != QLatin1String("report"))
        return false;
    for (const QString &a : arguments.mid(i + 1))
        if (a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    return false;
}

namespace {

qint64 idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{CliApp::tr("%1: \"%2\" is not a record number").arg(what, text)};
    return id;
}

// One field of a tab-separated line: tabs and line breaks inside it become spaces.
QString cell(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return out;
}

// A client's phone as the console prints it: E.164 (or masked), an erased client's "(removed)".
QString phoneCell(const QString &phone)
{
    return Phone::isErasedPlaceholder(phone) ? Phone::erasedText() : phone;
}

} // namespace

// Every command: its usage line and what it does (--help lists them all, and the manual page
// estatedesk-cli(1) is made from that list; COMMAND --help shows one command's, and the longer
// texts of commandHelp() repeat the usage line: tst_manpages checks that both agree), what --at
// means for it, when it runs, and the function that runs it.
struct CliApp::Command
{
    // What --at means (issue 14 item 1): sign-in, lockout and every stamp written on an office's
    // real database use the real clock.
    enum class At
    {
        AsOf,          // the command only reads: --at is the "as of" of what it computes
        PracticeOnly,  // the command writes: --at only on a practice database
        MakesPractice, // demo: the practice database it makes is written around --at
    };
    enum class Stage
    {
        AsFound,  // on the database as found, before any upgrade (check, restore, migrate-to)
        Prepared, // after the upgrade, the office's time zone and the holiday calendars
    };
    // "clients find", "overdue": as the user types it.
    QString name() const
    {
        return QString::fromLatin1(command) + (*sub ? u' ' + QLatin1String(sub) : QString());
    }

    const char *command;
    const char *sub;
    const char *synopsis;
    const char *summary;
    At at;
    Stage stage;
    int (*run)(CliApp &app, CommandContext &c);
};

// What a command's function is handed: the database as Startup opened it, the signed-in session
// (its clock the --at time where the command takes it), the subcommand and the arguments after it.
struct CliApp::CommandContext
{
    Startup &startup;
    DatabaseConfig config;
    Session session;
    QString sub;
    QStringList rest;
    int schemaVersion = 0;
};

namespace {
using At = CliApp::Command::At;
constexpr auto asFound = CliApp::Command::Stage::AsFound;
constexpr auto prepared = CliApp::Command::Stage::Prepared;
} // namespace

const CliApp::Command CliApp::s_commands[] = {
    {"init", "", "init [--practice]",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Creates the database, or upgrades an older one after a backup; prints the schema version. "
         "--practice marks a new, empty database as a practice database, for training and tests."),
     At::PracticeOnly, prepared, [](CliApp &a, CommandContext &c) { return a.initCommand(c); }},
    {"demo", "", "demo --clients N [--seed S]",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Fills a new practice database with realistic sample office data in proportion to N clients."),
     At::MakesPractice, prepared, [](CliApp &a, CommandContext &c) { return a.demoCommand(c); }},
    {"check", "", "check",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Checks the database's integrity and rules, the audit log's chain included; prints \"ok\" or the problems."),
     At::AsOf, asFound, [](CliApp &a, CommandContext &c) { return a.checkCommand(c); }},
    {"backup", "", "backup FILE",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Writes a consistent copy of the database to FILE while others work, and records it in the audit log (administrators)."),
     At::PracticeOnly, prepared, [](CliApp &a, CommandContext &c) { return a.backupCommand(c); }},
    {"migrate-to", "", "migrate-to --pg CONNECTION",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Copies this SQLite office (--db FILE) into an empty PostgreSQL database in one transaction, then "
         "compares every table's row count and checks the server's copy (administrators)."),
     At::PracticeOnly, asFound, [](CliApp &a, CommandContext &c) { return a.migrateToCommand(c); }},
    {"restore", "", "restore [--force] FILE",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Verifies the copy FILE and its audit log's hash chain, then replaces every row of the database with it and records that in the audit log (administrators). A copy whose audit log was changed is refused, naming the first broken entry; --force restores it anyway."),
     At::PracticeOnly, asFound, [](CliApp &a, CommandContext &c) { return a.restoreCommand(c); }},
    {"import", "clients", "import clients FILE.csv",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Imports clients from a CSV file (UTF-8 or GB18030 from Excel); any bad line imports nothing and every bad line is named."),
     At::PracticeOnly, prepared, [](CliApp &a, CommandContext &c) { return a.importCommand(c); }},
    {"export", "clients", "export clients FILE.csv",
     QT_TRANSLATE_NOOP("CliApp", "Writes every client to a CSV file."), At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.exportCommand(c); }},
    {"calendar", "import", "calendar import FILE.csv",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Imports holidays and make-up working days (date,kind,name); open deadlines are recomputed."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.calendarCommand(c.session, c.sub, c.rest); }},
    {"calendar", "export", "calendar export FILE.csv [--year Y]",
     QT_TRANSLATE_NOOP("CliApp", "Writes the holiday calendar, or one year of it, to a CSV file."), At::AsOf,
     prepared, [](CliApp &a, CommandContext &c) { return a.calendarCommand(c.session, c.sub, c.rest); }},
    {"sla", "due", "sla due --policy NAME --start ISO8601",
     QT_TRANSLATE_NOOP("CliApp", "Prints when a deadline of policy NAME started at that time falls due."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.slaCommand(c.session, c.sub, c.rest); }},
    {"sla", "explain", "sla explain --policy NAME --start ISO8601",
     QT_TRANSLATE_NOOP("CliApp",
                       "Explains that deadline: which days were counted and which were skipped, and why."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.slaCommand(c.session, c.sub, c.rest); }},
    {"sla", "explain", "sla explain --item KIND:ID",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Explains the deadline of one real item (KIND and ID as overdue prints them), with its pauses."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.slaCommand(c.session, c.sub, c.rest); }},
    {"overdue", "", "overdue [--format table|csv|json]",
     QT_TRANSLATE_NOOP(
         "CliApp", "Lists every open item past its deadline: kind, id, client, staff, due, minutes overdue."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.overdueCommand(c.session, c.rest); }},
    {"clients", "find", "clients find TEXT [--limit N]",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Searches clients as the front desk does (phone digits, name, pinyin or initials), best match first."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.clientsFindCommand(c); }},
    {"clients", "show", "clients show ID",
     QT_TRANSLATE_NOOP("CliApp", "Prints the client's fields, then the timeline of service acts."), At::AsOf,
     prepared, [](CliApp &a, CommandContext &c) { return a.clientShowCommand(c.session, c.rest); }},
    {"clients", "edit",
     "clients edit ID [--name N] [--phone P] [--gender male|female|\"\"] [--occupation O] "
     "[--source walk-in|phone|wechat|online|referral|other] [--notes TEXT]",
     QT_TRANSLATE_NOOP("CliApp", "Changes the given fields of a client; the change is audited."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.clientEditCommand(c.session, c.rest); }},
    {"clients", "phones", "clients phones ID [--add P [--label L] | --remove P]",
     QT_TRANSLATE_NOOP(
         "CliApp", "Lists a client's other phone numbers, or adds or removes one; the change is audited."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.clientPhonesCommand(c.session, c.rest); }},
    {"user", "add", "user add NAME --role reception|consultant|service|supervisor|admin",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Creates a staff account, the password read from standard input; the first account is the administrator."),
     At::PracticeOnly, prepared, [](CliApp &a, CommandContext &c) { return a.userCommand(c); }},
    {"report", "",
     "report NAME --out FILE.pdf|.xlsx|.csv|.html [--month YYYY-MM | --quarter YYYY-Qn | --date YYYY-MM-DD]",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Writes an office report; NAME is reception-daily (--date), overdue, complaint-compliance (--month), "
         "appraisal (--month [--staff NAME]), survey (--quarter), training (--month), service-analysis (--month) or trends (--month: the 12 months up to it)."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.reportCommand(c.session, c.rest); }},
    {"visit", "register",
     "visit register --phone P [--name N] --channel walk-in|phone|wechat|online|referral [--note TEXT]",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Registers a visit, call or message as the front desk does; prints the consultation, client and consultant."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.visitCommand(c.session, c.rest); }},
    {"consultations", "", "consultations [--open]",
     QT_TRANSLATE_NOOP("CliApp", "Lists consultations with their response deadline and state."), At::AsOf,
     prepared, [](CliApp &a, CommandContext &c) { return a.consultationsCommand(c.session, c.rest); }},
    {"consultation", "respond", "consultation respond ID [--note TEXT]",
     QT_TRANSLATE_NOOP("CliApp", "Records the response to a consultation and stops its 15-minute clock."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.consultationCommand(c.session, c.rest); }},
    {"record", "add",
     "record add --client ID --kind call|wechat|visit|message|other --content TEXT [--result TEXT]",
     QT_TRANSLATE_NOOP("CliApp", "Logs a service act on a client's timeline."), At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.recordCommand(c.session, c.rest); }},
    {"installments", "", "installments [--contract ID] [--open]",
     QT_TRANSLATE_NOOP("CliApp",
                       "Lists the installments of every contract or of one, with what is paid so far."),
     At::AsOf, prepared,
     [](CliApp &a, CommandContext &c) { return a.installmentsCommand(c.session, c.rest); }},
    {"receipt", "add", "receipt add --installment ID --amount YUAN [--method M]",
     QT_TRANSLATE_NOOP("CliApp", "Records a payment received today against an installment."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.receiptCommand(c.session, c.rest); }},
    {"receipt", "reverse", "receipt reverse RECEIPT_ID --reason TEXT",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Reverses (冲正) a receipt entered by mistake: it stays, marked, and no longer counts as paid."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.receiptReverseCommand(c.session, c.rest); }},
    {"receipts", "", "receipts --contract ID",
     QT_TRANSLATE_NOOP("CliApp", "Lists the receipts of a contract's installments, reversed ones marked."),
     At::AsOf, prepared, [](CliApp &a, CommandContext &c) { return a.receiptsCommand(c.session, c.rest); }},
    {"jobs", "run", "jobs run",
     QT_TRANSLATE_NOOP(
         "CliApp",
         "Runs the scheduled jobs that are due (escalations, missed installments, follow-ups, retention, backups) once across all PCs."),
     At::PracticeOnly, prepared,
     [](CliApp &a, CommandContext &c) { return a.jobsCommand(c.session, c.rest); }},
};

const CliApp::Command *CliApp::findCommand(const QString &command, const QString &sub)
{
    for (const Command &c : s_commands)
        if (command == QLatin1String(c.command) && sub == QLatin1String(c.sub))
            return &c;
    return nullptr;
}

QString CliApp::commandHelp(const QString &command, const QString &sub)
{
    if (command == QLatin1String("migrate-to"))
        return tr(
            "Usage: estatedesk-cli migrate-to --pg CONNECTION\n\nMoves the office in the SQLite file (--db FILE, or the "
            "desktop program's) onto a PostgreSQL server: takes a consistent copy of the file, creates the schema in the "
            "server's database (which must not hold an office yet), copies every row in one transaction, then counts "
            "each table on both sides and checks the server's copy as check does. Prints one line a table, "
            "tab-separated: table, rows copied, rows on the server; then the result. The file is not changed: keep it "
            "as the last copy before the move. Exit status 1 when a count or the check differs.\n");
    if (command == QLatin1String("visit"))
        return tr(
            "Usage: estatedesk-cli visit register --phone P [--name N] --channel walk-in|phone|wechat|online|referral "
            "[--note TEXT]\n\nRegisters a visit, call or message exactly as the front desk does: a known phone (in any "
            "writing) is the returning client, an unknown one a new client (--name required); a walk-in goes to the next "
            "consultant of the rotation; the 15-minute response clock starts, outside office hours from the next "
            "opening (the after-hours queue).\nPrints the consultation number, the client number and the consultant, "
            "tab-separated.\n");
    if (command == QLatin1String("consultations"))
        return tr(
            "Usage: estatedesk-cli consultations [--open]\n\nEvery consultation, oldest first, or with --open only those "
            "still awaiting a response. One a line, tab-separated: number, client, received, response due (ISO 8601 "
            "in the office's time zone), state (on_track, due_soon, overdue, met, met_late).\n");
    if (command == QLatin1String("consultation"))
        return tr(
            "Usage: estatedesk-cli consultation respond ID [--note TEXT]\n\nRecords the response to consultation ID "
            "now (or at the time --at gives), as the --user account: its 15-minute clock stops, met or met "
            "late, and the client's timeline gets the response with TEXT. Prints the number, the response time and "
            "the state, tab-separated.\n");
    if (command == QLatin1String("clients") && sub == QLatin1String("show"))
        return tr(
            "Usage: estatedesk-cli clients show ID\n\nThe client's fields, one \"field<TAB>value\" a line (the phone "
            "masked where the role requires), an empty line, then the timeline, newest first, one act a line: time, "
            "kind, staff, content, result.\n");
    if (command == QLatin1String("clients") && sub == QLatin1String("edit"))
        return tr(
            "Usage: estatedesk-cli clients edit ID [--name N] [--phone P] [--gender male|female|\"\"] [--occupation O] "
            "[--source walk-in|phone|wechat|online|referral|other] [--notes TEXT]\n\nChanges the given fields of client "
            "ID (an empty value clears an optional field). A phone another client has is refused; the change is "
            "audited.\n");
    if (command == QLatin1String("clients") && sub == QLatin1String("phones"))
        return tr(
            "Usage: estatedesk-cli clients phones ID [--add P [--label L] | --remove P]\n\nThe other phone numbers "
            "of client ID besides the main one, one a line: number (masked where the role requires), tab, label. "
            "--add adds number P (any writing, checked like the main one; a number any client has is refused), "
            "with an optional label such as \"work\"; --remove removes it. The front desk, the search and visit "
            "register find the client by each of them. The change is audited.\n");
    if (command == QLatin1String("record"))
        return tr(
            "Usage: estatedesk-cli record add --client ID --kind call|wechat|visit|message|other --content TEXT "
            "[--result TEXT]\n\nLogs a service act on the client's timeline, as the --user account, now. Prints the "
            "number of the service record.\n");
    if (command == QLatin1String("installments"))
        return tr(
            "Usage: estatedesk-cli installments [--contract ID] [--open]\n\nThe installments of every contract, or of "
            "contract ID; with --open only those not yet paid in full. One a line, tab-separated: installment ID, "
            "contract number, due date, amount and paid so far in yuan.\n");
    if (command == QLatin1String("receipt") && sub == QLatin1String("reverse"))
        return tr(
            "Usage: estatedesk-cli receipt reverse RECEIPT_ID --reason TEXT\n\nReverses (冲正) receipt RECEIPT_ID (the "
            "first column of receipts) entered by mistake, as the --user account: supervisors and administrators only. "
            "The receipt stays, marked reversed with who, when and TEXT; its amount no longer counts as paid, and an "
            "installment it had paid in full is owed again (its deadline runs again). Audited and on the client's "
            "timeline; a reversed receipt is not reversed again. Prints the receipt as receipts does.\n");
    if (command == QLatin1String("receipts"))
        return tr(
            "Usage: estatedesk-cli receipts --contract ID\n\nThe receipts of contract ID's installments, by "
            "installment. One a line, tab-separated: receipt ID, installment ID, date received, amount in yuan, how "
            "paid, then \"reversed\" and the reason for a reversed receipt, or \"received\" and the evidence of a "
            "late entry.\n");
    if (command == QLatin1String("receipt"))
        return tr(
            "Usage: estatedesk-cli receipt add --installment ID --amount YUAN [--method M]\n\nRecords a payment "
            "received today against installment ID, as the --user account (the same rights as the Contracts page). "
            "More than is still owed is refused, so two receipts for the same money cannot both be kept. Prints the "
            "installment as installments does.\n");
    // The others: the usage line and what it does, for the SUB given or for every one of the command.
    const bool subKnown = findCommand(command, sub) != nullptr;
    QStringList parts;
    for (const Command &c : s_commands) {
        if (command == QLatin1String(c.command) && (!subKnown || sub == QLatin1String(c.sub)))
            parts << tr("Usage: estatedesk-cli %1").arg(QLatin1String(c.synopsis)) + QStringLiteral("\n\n") +
                         tr(c.summary) + u'\n';
    }
    return parts.join(u'\n');
}

int CliApp::visitCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--phone"), QStringLiteral("--name"), QStringLiteral("--channel"),
                            QStringLiteral("--note")});
    args.expectPositionals(0);
    static const QStringList channels = {QStringLiteral("walk-in"), QStringLiteral("phone"),
                                         QStringLiteral("wechat"), QStringLiteral("online"),
                                         QStringLiteral("referral")};
    if (!args.has(QStringLiteral("--phone")))
        throw UsageError{tr("visit register needs --phone P")};
    const QString channel = args.option(QStringLiteral("--channel"));
    if (!channels.contains(channel))
        throw UsageError{tr("--channel: give one of %1").arg(channels.join(QStringLiteral(", ")))};
    VisitForm form;
    form.phone = args.option(QStringLiteral("--phone"));
    form.name = args.option(QStringLiteral("--name"));
    form.channel = QString(channel).replace(u'-', u'_');
    form.notes = args.option(QStringLiteral("--note"));
    const VisitResult r = VisitRegistration(session).registerVisit(form);
    const qint64 staffId = ConsultationRepository(session).get(r.consultationId).staffId;
    if (!r.notAssignedReason.isEmpty())
        m_err << r.notAssignedReason << '\n';
    m_out << r.consultationId << '\t' << r.clientId << '\t'
          << (staffId ? StaffRepository(session).get(staffId).name : QString()) << '\n';
    return 0;
}

int CliApp::consultationsCommand(const Session &session, const QStringList &rest)
{
    QStringList list = rest;
    const bool openOnly = list.removeAll(QStringLiteral("--open")) > 0;
    CommandArgs(list, {}).expectPositionals(0);
    DeadlineRepository deadlines(session);
    const qint64 now = session.clock->nowMs();
    for (const ConsultationRepository::Row &r : ConsultationRepository(session).list(openOnly)) {
        const bool hasDeadline = r.deadline.id != 0;
        m_out << r.id << '\t' << cell(r.clientName) << '\t' << deadlines.iso(r.receivedAt) << '\t'
              << (hasDeadline ? deadlines.iso(r.deadline.dueAt) : QString()) << '\t'
              << (hasDeadline ? DeadlineEngine::stateKey(r.deadline.stateAt(now)) : QString()) << '\n';
    }
    return 0;
}

int CliApp::consultationCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--note")});
    args.expectPositionals(1);
    const qint64 id = idArgument(args.positional(0, tr("the consultation ID")), tr("ID"));
    const Consultation c = ConsultationRepository(session).respond(id, args.option(QStringLiteral("--note")));
    DeadlineRepository deadlines(session);
    const auto item =
        deadlines.find(QStringLiteral("consultation-response"), QStringLiteral("consultations"), id);
    m_out << id << '\t' << deadlines.iso(c.respondedAt) << '\t'
          << (item ? DeadlineEngine::stateKey(item->stateAt(session.clock->nowMs())) : QString()) << '\n';
    return 0;
}

int CliApp::clientShowCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {});
    args.expectPositionals(1);
    const qint64 id = idArgument(args.positional(0, tr("the client ID")), tr("ID"));
    const Client c = ClientRepository(session).get(id);
    QStringList otherPhones;
    for (const OtherPhone &p : ClientPhones(session).of(id))
        otherPhones << p.phone;
    QHash<qint64, QString> staff;
    for (const Staff &s : StaffRepository(session).list())
        staff.insert(s.id, s.name);
    DeadlineRepository deadlines(session);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("id"), QString::number(c.id)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("phone"), phoneCell(c.phone)},
        {QStringLiteral("other_phones"), otherPhones.join(u',')},
        {QStringLiteral("gender"), c.gender},
        {QStringLiteral("occupation"), c.occupation},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("interests"), c.interests.join(u',')},
        {QStringLiteral("consultant"), staff.value(c.consultantId)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("created"), deadlines.iso(c.createdAt)},
        {QStringLiteral("version"), QString::number(c.rowVersion)}};
    for (const auto &f : fields)
        m_out << f.first << '\t' << cell(f.second) << '\n';
    m_out << '\n';
    for (const ServiceRecord &r : ServiceRecordRepository(session).forClient(id))
        m_out << deadlines.iso(r.at) << '\t' << r.kind << '\t'
              << cell(ServiceRecordRepository::staffText(r, staff)) << '\t' << cell(r.content) << '\t'
              << cell(r.result) << '\n';
    return 0;
}

int CliApp::clientEditCommand(const Session &session, const QStringList &rest)
{
    const QStringList options = {QStringLiteral("--name"),   QStringLiteral("--phone"),
                                 QStringLiteral("--gender"), QStringLiteral("--occupation"),
                                 QStringLiteral("--source"), QStringLiteral("--notes")};
    CommandArgs args(rest, options);
    args.expectPositionals(1);
    const qint64 id = idArgument(args.positional(0, tr("the client ID")), tr("ID"));
    if (std::none_of(options.cbegin(), options.cend(), [&](const QString &o) { return args.has(o); }))
        throw UsageError{tr("clients edit needs at least one of %1").arg(options.join(QStringLiteral(", ")))};
    ClientRepository clients(session);
    Client c = clients.get(id);
    if (args.has(QStringLiteral("--name")))
        c.name = args.option(QStringLiteral("--name"));
    if (args.has(QStringLiteral("--phone")))
        c.phone = args.option(QStringLiteral("--phone"));
    // A vocabulary value as key or label ("female", "女", "walk-in"); an unknown one is named by the
    // validation.
    auto vocabulary = [&](const QString &option, const QList<Vocabulary::Entry> &entries, QString &field) {
        if (!args.has(option))
            return;
        const QString given = args.option(option);
        const QString key = Vocabulary::keyFor(entries, given);
        field = given.isEmpty() || !key.isEmpty() ? key : given;
    };
    vocabulary(QStringLiteral("--gender"), Vocabulary::genders(), c.gender);
    vocabulary(QStringLiteral("--source"), Vocabulary::sourceChannels(), c.source);
    if (args.has(QStringLiteral("--occupation")))
        c.occupation = args.option(QStringLiteral("--occupation"));
    if (args.has(QStringLiteral("--notes")))
        c.notes = args.option(QStringLiteral("--notes"));
    clients.update(c);
    m_out << tr("Client No. %1 saved (version %2).").arg(c.id).arg(c.rowVersion) << '\n';
    return 0;
}

int CliApp::clientPhonesCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--add"), QStringLiteral("--label"), QStringLiteral("--remove")});
    args.expectPositionals(1);
    const qint64 id = idArgument(args.positional(0, tr("the client ID")), tr("ID"));
    const bool adding = args.has(QStringLiteral("--add"));
    const bool removing = args.has(QStringLiteral("--remove"));
    if (adding && removing)
        throw UsageError{tr("clients phones takes --add or --remove, not both")};
    if (args.has(QStringLiteral("--label")) && !adding)
        throw UsageError{tr("--label goes with --add")};
    ClientPhones phones(session);
    if (adding)
        phones.add(id, args.option(QStringLiteral("--add")), args.option(QStringLiteral("--label")));
    else if (removing)
        phones.remove(id, args.option(QStringLiteral("--remove")));
    for (const OtherPhone &p : phones.of(id))
        m_out << p.phone << '\t' << cell(p.label) << '\n';
    return 0;
}

int CliApp::recordCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--client"), QStringLiteral("--kind"), QStringLiteral("--content"),
                            QStringLiteral("--result")});
    args.expectPositionals(0);
    const QStringList kinds = Vocabulary::keys(Vocabulary::manualServiceKinds());
    if (!args.has(QStringLiteral("--client")))
        throw UsageError{tr("record add needs --client ID")};
    const qint64 client = idArgument(args.option(QStringLiteral("--client")), QStringLiteral("--client"));
    if (!kinds.contains(args.option(QStringLiteral("--kind"))))
        throw UsageError{tr("--kind: give one of %1").arg(kinds.join(QStringLiteral(", ")))};
    if (args.option(QStringLiteral("--content")).trimmed().isEmpty())
        throw UsageError{tr("record add needs --content TEXT: what was said or done")};
    const ServiceRecord r = ServiceRecordRepository(session).log(
        client, args.option(QStringLiteral("--kind")), args.option(QStringLiteral("--content")),
        args.option(QStringLiteral("--result")));
    m_out << r.id << '\n';
    return 0;
}

// "12345", "12345.6" or "12345.67" yuan, exactly, in fen.
static qint64 yuanArgument(const QString &text, const QString &what)
{
    static const QRegularExpression money(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = money.match(text.trimmed());
    if (!m.hasMatch())
        throw UsageError{
            CliApp::tr("%1: \"%2\" is not an amount in yuan such as 12000 or 12000.50").arg(what, text)};
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
}

static QString yuanText(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

static void writeInstallment(QTextStream &out, const Installment &i)
{
    out << i.id << '\t' << i.contractNumber << '\t' << i.dueOn.toString(Qt::ISODate) << '\t'
        << yuanText(i.amountFen) << '\t' << yuanText(i.paidFen) << '\n';
}

int CliApp::installmentsCommand(const Session &session, const QStringList &rest)
{
    QStringList list = rest;
    const bool openOnly = list.removeAll(QStringLiteral("--open")) > 0;
    CommandArgs args(list, {QStringLiteral("--contract")});
    args.expectPositionals(0);
    const qint64 contract =
        args.has(QStringLiteral("--contract"))
            ? idArgument(args.option(QStringLiteral("--contract")), QStringLiteral("--contract"))
            : 0;
    for (const Installment &i : PaymentPlanRepository(session).list(contract, openOnly))
        writeInstallment(m_out, i);
    return 0;
}

int CliApp::receiptCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(
        rest, {QStringLiteral("--installment"), QStringLiteral("--amount"), QStringLiteral("--method")});
    args.expectPositionals(0);
    if (!args.has(QStringLiteral("--installment")))
        throw UsageError{tr("receipt add needs --installment ID")};
    if (!args.has(QStringLiteral("--amount")))
        throw UsageError{tr("receipt add needs --amount YUAN")};
    const qint64 id =
        idArgument(args.option(QStringLiteral("--installment")), QStringLiteral("--installment"));
    const qint64 fen = yuanArgument(args.option(QStringLiteral("--amount")), QStringLiteral("--amount"));
    PaymentPlanRepository plans(session);
    plans.addReceipt(id, fen, OfficeTime::toOffice(session.clock->nowMs()).date(),
                     args.option(QStringLiteral("--method")));
    writeInstallment(m_out, plans.installment(id));
    return 0;
}

static void writeReceipt(QTextStream &out, const Receipt &r)
{
    out << r.id << '\t' << r.installmentId << '\t' << r.receivedOn.toString(Qt::ISODate) << '\t'
        << yuanText(r.amountFen) << '\t' << r.method << '\t'
        << (r.reversed() ? QStringLiteral("reversed") : QStringLiteral("received")) << '\t'
        << (r.reversed() ? r.reversalReason : r.evidence) << '\n';
}

int CliApp::receiptsCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--contract")});
    args.expectPositionals(0);
    if (!args.has(QStringLiteral("--contract")))
        throw UsageError{tr("receipts needs --contract ID")};
    const qint64 contract =
        idArgument(args.option(QStringLiteral("--contract")), QStringLiteral("--contract"));
    for (const Receipt &r : PaymentPlanRepository(session).receipts(contract))
        writeReceipt(m_out, r);
    return 0;
}

int CliApp::receiptReverseCommand(const Session &session, const QStringList &rest)
{
    CommandArgs args(rest, {QStringLiteral("--reason")});
    args.expectPositionals(1);
    const qint64 id = idArgument(args.positional(0, tr("the RECEIPT_ID")), QStringLiteral("RECEIPT_ID"));
    if (!args.has(QStringLiteral("--reason")))
        throw UsageError{tr("receipt reverse needs --reason TEXT: why the receipt is reversed")};
    writeReceipt(m_out,
                 PaymentPlanRepository(session).reverseReceipt(id, args.option(QStringLiteral("--reason"))));
    return 0;
}

void CliApp::usage()
{
    m_out
        << tr("Usage: estatedesk-cli [--db FILE | --pg \"host=H port=P dbname=D user=U\"] [--at ISO8601] "
              "[--user NAME] COMMAND ...")
        << "\n\n"
        << tr("The console program of EstateDesk, the sales centre's service desk: scripting, scheduled reports and "
              "backups on the same database as the desktop program.")
        << "\n\n"
        << tr("Options:") << "\n"
        << "  --db FILE\n      "
        << tr("the SQLite database (default: the desktop program's, in your data folder)")
        << "\n  --pg CONNECTION\n      "
        << tr("a PostgreSQL server, e.g. \"host=H port=P dbname=D user=U\" or \"service=NAME\"; the password from "
              "PGPASSWORD, ~/.pgpass or the service file")
        << "\n  --at ISO8601\n      "
        << tr("\"now\" for the commands that read; for writing only on a practice database (made by demo or "
              "init --practice): sign-in and every stamp on an office's real database use the real time")
        << "\n  --user NAME\n      "
        << tr("the account that runs the command; its password on standard input or in ESTATEDESK_PASSWORD")
        << "\n  -h, --help\n      " << tr("this help; COMMAND --help shows one command's")
        << "\n  --version\n      " << tr("the program's version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const Command &c : s_commands)
        m_out << "  " << c.synopsis << "\n      " << tr(c.summary) << '\n';
    m_out
        << '\n'
        << tr("Exit status:") << "\n"
        << tr("0 done, 1 the data says no (validation, conflict, not found), 2 a wrong command line, 3 storage or "
              "server trouble, 4 sign-in or permission refused.")
        << '\n';
    m_out.flush();
}

int CliApp::run(const QStringList &arguments)
{
    try {
        // Global options come before the command.
        GlobalOptions global;
        const int i = takeGlobalOptions(arguments, global);
        if (i < arguments.size() &&
            (arguments.at(i) == QLatin1String("--help") || arguments.at(i) == QLatin1String("-h"))) {
            usage();
            return 0;
        }
        if (i < arguments.size() && arguments.at(i) == QLatin1String("--version")) {
            m_out << "estatedesk-cli " << ESTATEDESK_VERSION << '\n';
            return 0;
        }
        QStringList rest = arguments.mid(i);
        if (rest.isEmpty()) {
            usage();
            return 2;
        }
        if (!global.db.isEmpty() && !global.pg.isEmpty())
            throw UsageError{tr("give either --db or --pg, not both")};
        if (!global.at.isEmpty())
            parseAt(global.at, QStringLiteral("--at")); // a wrong --at is named before anything is opened

        const QString command = rest.takeFirst();
        // COMMAND [SUB] --help: before anything is opened.
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            const QString help = commandHelp(command, rest.value(0));
            if (help.isEmpty())
                throw UsageError{
                    tr("unknown command \"%1\"; run estatedesk-cli --help for the list").arg(command)};
            m_out << help;
            return 0;
        }
        QStringList subs;
        bool known = false;
        for (const Command &c : s_commands) {
            known = known || command == QLatin1String(c.command);
            if (command == QLatin1String(c.command) && *c.sub && !subs.contains(QLatin1String(c.sub)))
                subs << QLatin1String(c.sub);
        }
        if (!known)
            throw UsageError{
                tr("unknown command \"%1\"; run estatedesk-cli --help for the list").arg(command)};
        QString sub;
        if (!subs.isEmpty()) {
            if (rest.isEmpty() || !subs.contains(rest.constFirst()))
                throw UsageError{tr("%1 needs one of: %2").arg(command, subs.join(QStringLiteral(", ")))};
            sub = rest.takeFirst();
        }
        const QString file = global.db.isEmpty() ? DatabaseConfig::defaultSqlitePath() : global.db;
        if (command == QLatin1String("migrate-to") &&
            (!global.pg.isEmpty() || !rest.contains(QLatin1String("--pg"))))
            throw UsageError{tr(
                "migrate-to moves a SQLite office to a server: estatedesk-cli --db FILE migrate-to --pg CONNECTION")};
        if (command == QLatin1String("migrate-to") && !QFileInfo::exists(file))
            throw ValidationError(
                QStringLiteral("db"),
                tr("--db: there is no office file %1 to move").arg(QDir::toNativeSeparators(file)));

        // Only init creates a database; any other command names a missing file (issue 14 item 7).
        const DatabaseConfig config =
            !global.pg.isEmpty()
                ? DatabaseConfig::postgres(global.pg)
                : DatabaseConfig::sqlite(file, command == QLatin1String("init") ? SqliteCreation::IfMissing
                                                                                : SqliteCreation::Never);
        return runCommand(*findCommand(command, sub), global.at, global.user, config, rest);
    } catch (const UsageError &e) {
        m_err << "estatedesk-cli: " << e.message << '\n';
        return 2;
    } catch (const ValidationError &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 1;
    } catch (const NotFoundError &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 1;
    } catch (const ConflictError &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 1;
    } catch (const PermissionError &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 4;
    } catch (const AuthenticationError &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 4;
    } catch (const Error &e) {
        m_err << "estatedesk-cli: " << e.message() << '\n';
        return 3;
    }
}

int CliApp::runCommand(const Command &command, const QString &at, const QString &user,
                       const DatabaseConfig &config, const QStringList &rest)
{
    // Sign-in, lockout, the upgrade and every stamp written on an office's real database use the
    // real clock, whatever --at says (issue 14 item 1).
    const SystemClock realClock;
    Startup startup(config, realClock);
    startup.open();
    // A database made by a newer EstateDesk is refused before anything is written to it, not
    // even a sign-in.
    Migrations::ensureNotNewer(startup.database());
    CommandContext c{startup, config, startup.session(), QLatin1String(command.sub), rest};
    if (command.stage == Command::Stage::Prepared) {
        c.schemaVersion = startup.prepare([this](const QString &backupPath) {
            m_err << tr("Backup before the upgrade: %1").arg(QDir::toNativeSeparators(backupPath)) << '\n';
            m_err.flush();
        });
    }
    // init --practice makes the practice database it is run on, as demo does.
    const bool makesPractice = command.at == Command::At::MakesPractice ||
                               (QLatin1String(command.command) == QLatin1String("init") &&
                                rest.contains(QLatin1String("--practice")));
    const auto isPractice = [&startup] {
        try {
            return SettingsRepository(startup.session()).isPractice();
        } catch (const StorageError &) {
            return false; // a database as found (a damaged file, an older schema) is not one
        }
    };
    if (!at.isEmpty() && command.at == Command::At::PracticeOnly && !makesPractice && !isPractice()) {
        QStringList reading;
        for (const Command &other : s_commands)
            if (other.at == Command::At::AsOf)
                reading << other.name();
        reading.removeDuplicates();
        throw UsageError{
            tr("--at: %1 writes, and this office's database is written to at the real time only. --at sets "
               "\"as of\" for the commands that read (%2), and for every command on a practice database "
               "(made by demo or init --practice).")
                .arg(command.name(), reading.join(QStringLiteral(", ")))};
    }
    // After prepare(): a time without an offset is in the office's own time zone.
    std::optional<FixedClock> asOf;
    if (!at.isEmpty())
        asOf.emplace(parseAt(at, QStringLiteral("--at")));
    signIn(c, user);
    if (asOf)
        c.session.clock = &*asOf;
    return command.run(*this, c);
}

// Who runs the command: on a database with accounts, a signed-in account.
void CliApp::signIn(CommandContext &c, const QString &user)
{
    if (!c.startup.needsSignIn()) {
        if (!user.isEmpty())
            throw ValidationError(QStringLiteral("user"),
                                  tr("--user: this database has no accounts yet; create the "
                                     "administrator with \"user add NAME --role admin\""));
        return;
    }
    if (user.isEmpty())
        throw PermissionError(
            tr("This database has accounts: give --user NAME, with the password on standard input "
               "or in ESTATEDESK_PASSWORD."));
    c.startup.signIn(user, readPassword(true));
    c.session = c.startup.session();
    if (!c.startup.signInNotice().isEmpty())
        m_err << c.startup.signInNotice() << '\n';
}

int CliApp::checkCommand(CommandContext &c)
{
    CommandArgs(c.rest, {}).expectPositionals(0);
    const QStringList problems = IntegrityCheck::run(c.startup.database());
    if (problems.isEmpty()) {
        m_out << "ok\n";
        return 0;
    }
    for (const QString &p : problems)
        m_out << p << '\n';
    return 1;
}

int CliApp::restoreCommand(CommandContext &c)
{
    Permissions::require(c.session, Action::ManageBackups);
    QStringList list = c.rest;
    RestoreOptions options;
    options.force = list.removeAll(QStringLiteral("--force")) > 0;
    CommandArgs args(list, {});
    args.expectPositionals(1);
    const QString file = args.positional(0, tr("the backup FILE"));
    if (c.config.backend == Backend::Sqlite && !c.startup.database().damage().isEmpty()) {
        // A damaged file cannot take rows: the verified copy goes in its place, as the desktop
        // program's start does, and the damaged file is kept beside it.
        const QString problem = Backup::auditChainProblem(file);
        if (!problem.isEmpty() && !options.force)
            throw Backup::brokenChainError(file, problem);
        const QString damage = c.startup.database().damage();
        c.startup.restoreInPlace(file);
        Transaction tx(c.startup.database());
        AuditLog::write(
            c.startup.session(), QStringLiteral("restore"), QStringLiteral("backups"), 0, {},
            {{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())},
             {QStringLiteral("in_place_of_damaged"), damage}});
        tx.commit();
        m_out << tr("Put %1 in place of the damaged %2, which is kept beside it.")
                     .arg(QDir::toNativeSeparators(file), c.config.describe())
              << '\n';
        return 0;
    }
    Backup::restore(c.session, file, options);
    m_out << tr("Restored %1 into %2.").arg(QDir::toNativeSeparators(file), c.config.describe()) << '\n';
    return 0;
}

int CliApp::migrateToCommand(CommandContext &c)
{
    Permissions::require(c.session, Action::ManageBackups);
    CommandArgs args(c.rest, {QStringLiteral("--pg")});
    args.expectPositionals(0);
    Database server(DatabaseConfig::postgres(args.option(QStringLiteral("--pg"))));
    server.open();
    const OfficeMove::Result moved = OfficeMove::run(c.startup.database(), server);
    for (const OfficeMove::TableCount &t : moved.counts)
        m_out << t.table << '\t' << t.copied << '\t' << t.onServer << (t.copied == t.onServer ? "" : "\t!=")
              << '\n';
    for (const QString &p : moved.problems)
        m_out << p << '\n';
    const bool sound = moved.countsMatch() && moved.problems.isEmpty();
    m_out
        << (sound
                ? tr("Moved %1 to %2: every table's rows counted equal, check ok.")
                : tr("Moved %1 to %2, but the counts or the check above differ: keep using the file and report this."))
               .arg(c.config.describe(), server.config().describe())
        << '\n';
    server.closeThreadConnection();
    return sound ? 0 : 1;
}

int CliApp::initCommand(CommandContext &c)
{
    QStringList list = c.rest;
    const bool practice = list.removeAll(QStringLiteral("--practice")) > 0;
    CommandArgs(list, {}).expectPositionals(0);
    if (practice)
        SettingsRepository(c.session).markPractice();
    m_out << "schema version " << c.schemaVersion << '\n';
    if (practice)
        m_out << tr("A practice database: the window's title says so, and --at is taken for writing too.")
              << '\n';
    return 0;
}

int CliApp::demoCommand(CommandContext &c)
{
    CommandArgs args(c.rest, {QStringLiteral("--clients"), QStringLiteral("--seed")});
    args.expectPositionals(0);
    if (!args.has(QStringLiteral("--clients")))
        throw UsageError{tr("demo needs --clients N")};
    const int n = integerOption(args, QStringLiteral("--clients"), 0, 1, 1'000'000);
    const int seed = integerOption(args, QStringLiteral("--seed"), 1, 0, 2'000'000'000);
    const DemoData::Counts counts = DemoData::generate(c.session, n, quint64(seed));
    m_out
        << tr("Demo data: %1 staff, %2 units, %3 clients, %4 service records, %5 consultations, %6 viewings, "
              "%7 contracts, %8 complaints.")
               .arg(counts.staff)
               .arg(counts.units)
               .arg(counts.clients)
               .arg(counts.serviceRecords)
               .arg(counts.consultations)
               .arg(counts.appointments)
               .arg(counts.contracts)
               .arg(counts.complaints)
        << '\n';
    return 0;
}

int CliApp::backupCommand(CommandContext &c)
{
    Permissions::require(c.session, Action::ManageBackups);
    CommandArgs args(c.rest, {});
    args.expectPositionals(1);
    const QString file = args.positional(0, tr("the backup FILE"));
    const QString unrecorded = Backup::take(c.session, file);
    m_out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    if (!unrecorded.isEmpty())
        m_err << unrecorded << '\n';
    return 0;
}

int CliApp::importCommand(CommandContext &c)
{
    CommandArgs args(c.rest, {});
    args.expectPositionals(1);
    const QString file = args.positional(0, tr("the FILE.csv to import"));
    const ClientCsv::ImportResult r = ClientCsv::importFile(c.session, file);
    for (const QString &w : r.warnings)
        m_err << QDir::toNativeSeparators(file) << ": " << w << '\n';
    if (!r.errors.isEmpty()) {
        for (const QString &e : r.errors)
            m_err << QDir::toNativeSeparators(file) << ": " << e << '\n';
        m_err << tr("Nothing was imported: %n line(s) need correcting.", nullptr, int(r.errors.size()))
              << '\n';
        return 1;
    }
    m_out << tr("Imported %n client(s) (%1).", nullptr, r.imported).arg(r.encoding) << '\n';
    return 0;
}

int CliApp::exportCommand(CommandContext &c)
{
    CommandArgs args(c.rest, {});
    args.expectPositionals(1);
    const QString file = args.positional(0, tr("the FILE.csv to write"));
    const int n = ClientCsv::exportFile(c.session, file);
    m_out << tr("Exported %n client(s) to %1.", nullptr, n).arg(QDir::toNativeSeparators(file)) << '\n';
    return 0;
}

int CliApp::userCommand(CommandContext &c)
{
    CommandArgs args(c.rest, {QStringLiteral("--role")});
    args.expectPositionals(1);
    const QString name = args.positional(0, tr("the staff member's NAME"));
    const QString role = args.option(QStringLiteral("--role"));
    if (!Permissions::roles().contains(role))
        throw UsageError{tr("--role: give one of %1").arg(Permissions::roles().join(QStringLiteral(", ")))};
    const QString password = readPassword(false);
    Accounts accounts(c.session);
    Staff created;
    if (!accounts.anyAccount()) {
        if (role != Vocabulary::Role::Admin)
            throw ValidationError(QStringLiteral("role"), tr("--role: the first account of a database is its "
                                                             "administrator (--role admin)"));
        created = accounts.createFirstAdministrator(name, password);
    } else {
        created = accounts.addAccount(name, role, password);
    }
    m_out << tr("Account %1 (%2) is ready.")
                 .arg(created.name, Vocabulary::label(Vocabulary::roles(), created.role))
          << '\n';
    return 0;
}

int CliApp::clientsFindCommand(CommandContext &c)
{
    CommandArgs args(c.rest, {QStringLiteral("--limit")});
    args.expectPositionals(1);
    const QString text = args.positional(0, tr("the TEXT to look for"));
    const int limit = integerOption(args, QStringLiteral("--limit"), 20, 1, 10000);
    for (const ClientRow &row : ClientRepository(c.session).find(text, limit))
        m_out << row.id << '\t' << row.name << '\t' << phoneCell(row.phone) << '\n';
    return 0;
}

} // namespace estatedesk
