// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-bench: the performance targets of DESIGN §8 on a demo office (100 000 clients by
// default, about a million service records), each measured through the models library next to a
// baseline in the same run: the same SQL through the raw SQLite C API (on PostgreSQL: through a
// bare QSqlQuery on the same connection), and for the client import `sqlite3 .import` of the same
// CSV into a table with a unique phone and a name index. Prints a table, optionally writes it as
// JSON, and exits 1 when a target is missed. Not a unit test: machines differ and are noisy
// (CTest only runs it at a tiny size to check that it works and what the JSON looks like).
//
// Usage: estatedesk-bench [--clients N] [--db FILE | --pg CONN] [--json FILE] [--import-rows N] [--user NAME]
//                         [--gui PATH] [--beside FILE.json]
//   --clients N      size of the demo office built when the database has no clients (100000)
//   --db FILE        an SQLite office file (reused when it has clients; default: a temporary one)
//   --pg CONN        a PostgreSQL office instead ("host=... dbname=... user=...")
//   --json FILE      writes [{"name", "value_ms", "baseline_ms", "target_ms", "pass"}, ...]; a
//                    baseline or target that does not apply is null
//   --import-rows N  rows of the import CSV (default: --clients, at most 100000)
//   --user NAME      the account the cold start signs in as, its password in ESTATEDESK_PASSWORD
//                    (default: an office without accounts gets the administrator "bench"; an
//                    office with accounts and no --user is not cold-started)
//   --gui PATH       the GUI program the cold start runs (default: the one built beside it)
//   --beside FILE    the --json of another run (SQLite, when this one is PostgreSQL): after the
//                    table, each timing of this run beside the same line of that one, with the
//                    target "within 1.5x" (issue 18: PostgreSQL within 1.5x of SQLite)
#include "ComplaintsPage.h"
#include "DashboardPage.h"
#include "TrendsView.h"
#include "ViewingsPage.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Pinyin.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "io/ClientCsv.h"
#include "itemmodels/ClientListModel.h"
#include "reports/OfficeReports.h"
#include "reports/TrendsReport.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ClientSearchIndex.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/TrendRepository.h"
#include "security/Accounts.h"
#include "services/ComplaintsBoard.h"
#include "services/DashboardSnapshot.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "supervision/AppraisalTab.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>

using namespace estatedesk;

namespace {

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100))};
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

// Median of runs (the first run warms the caches and is not counted when runs > 1).
double median(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    if (runs > 1)
        work();
    for (int i = 0; i < runs; ++i)
        samples << msOf(work);
    return stats(samples).median;
}

struct Entry
{
    QString name;
    double value = 0;
    std::optional<double> baseline;
    std::optional<double> target;
    bool pass() const { return !target || value <= *target; }
};

// The same SQL without the models library: the SQLite C API on its own read-only connection, or
// a bare forward-only QSqlQuery on PostgreSQL. Placeholders are "?"; every row is stepped through.
class Raw
{
public:
    explicit Raw(const QString &sqlitePath)
    {
        sqlite3_open_v2(QFile::encodeName(sqlitePath).constData(), &m_sqlite, SQLITE_OPEN_READONLY, nullptr);
    }
    explicit Raw(const QSqlDatabase &pg) : m_pg(pg) {}
    ~Raw()
    {
        if (m_sqlite)
            sqlite3_close(m_sqlite);
    }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    int rows(const char *sql, const QVariantList &values = {}) const
    {
        int n = 0;
        if (!m_sqlite) {
            QSqlQuery q(m_pg);
            q.setForwardOnly(true);
            q.prepare(QString::fromUtf8(sql));
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                std::fprintf(stderr, "raw query failed: %s\n", qPrintable(q.lastError().text()));
            while (q.next())
                ++n;
            return n;
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_sqlite, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "raw query failed: %s\n", sqlite3_errmsg(m_sqlite));
            return 0;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.metaType().id() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            }
        }
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++n;
        sqlite3_finalize(stmt);
        return n;
    }

private:
    sqlite3 *m_sqlite = nullptr;
    QSqlDatabase m_pg;
};

// The same search in raw SQL: a range of the phone index, and the search index of names, phone
// digits and pinyin (its entries for one gram, or the clients under the last gram checked for the
// whole text).
const char *rawSearchSql(const QString &text)
{
    bool digits = !text.isEmpty(), latin = !text.isEmpty();
    for (QChar c : text) {
        digits &= c.isDigit();
        latin &= c.isLetter() && c.unicode() < 128;
    }
    if (digits && text.size() < 3)
        return "SELECT id, name, phone FROM clients WHERE phone >= ? AND phone < ? ORDER BY phone LIMIT 20";
    if (digits && text.size() == 3)
        return "SELECT c.id, c.name, c.phone FROM client_phone_grams g CROSS JOIN clients c WHERE g.gram = ? AND c.id = "
               "g.client_id ORDER BY g.rank, g.client_id LIMIT 20";
    if (digits)
        return "SELECT id, name, phone FROM clients WHERE id IN (SELECT client_id FROM client_phone_grams WHERE gram = ?) "
               "AND strpos(phone, ?) > 0 ORDER BY CASE WHEN phone LIKE ? THEN 0 ELSE 2 END, length(name), id LIMIT 20";
    if (latin)
        return "SELECT c.id, c.name, c.phone FROM client_pinyin_prefixes g CROSS JOIN clients c WHERE g.gram = ? AND "
               "c.id = g.client_id ORDER BY g.rank, g.client_id LIMIT 20";
    if (ClientSearchIndex::forName(text).exact)
        return "SELECT c.id, c.name, c.phone FROM client_name_grams g CROSS JOIN clients c WHERE g.gram = ? AND c.id = "
               "g.client_id ORDER BY g.rank, g.client_id LIMIT 20";
    return "SELECT id, name, phone FROM clients WHERE id IN (SELECT client_id FROM client_name_grams WHERE gram = ?) AND "
           "strpos(name, ?) > 0 ORDER BY CASE WHEN name = ? THEN 0 ELSE 2 END, length(name), id LIMIT 20";
}

QVariantList rawSearchValues(const QString &text)
{
    bool digits = !text.isEmpty(), latin = !text.isEmpty();
    for (QChar c : text) {
        digits &= c.isDigit();
        latin &= c.isLetter() && c.unicode() < 128;
    }
    if (digits && text.size() < 3)
        return {QString(QStringLiteral("+86") + text),
                QString(QStringLiteral("+86") + text + QStringLiteral(":"))};
    if (digits && text.size() == 3)
        return {text};
    if (digits)
        return {ClientSearchIndex::forDigits(text).gram, text, QString(QStringLiteral("%") + text)};
    if (latin)
        return {text};
    const ClientSearchIndex::Lookup lookup = ClientSearchIndex::forName(text);
    if (lookup.exact)
        return {text};
    return {lookup.gram, text, text};
}

// SQLite spells strpos instr.
QByteArray forBackend(const char *sql, bool sqlite)
{
    QByteArray s(sql);
    if (sqlite)
        s.replace("strpos(", "instr(");
    return s;
}

// A client CSV like an office's export from another system: Chinese names (nearly all distinct),
// phones written in several ways, gender, occupation, source and interests as labels.
QByteArray importCsv(int rows)
{
    static const char *const surnames[] = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",   "朱",
        "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩",   "冯",
        "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余",   "杜",
        "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟",   "谭",
        "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹",   "孟",
        "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "欧阳", "单"};
    const QString given = QStringLiteral(
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩然子轩梓涵一诺欣怡"
        "博文雨泽思远佳琪晨阳俊杰嘉怡文博浩宇天佑若曦雅琳建国建华志强海燕春梅秋菊冬梅晓东晓明丹丹婷婷");
    static const int prefixes[] = {166, 173, 176, 178, 185, 183, 182, 157}; // none of DemoData's
    static const char *const occupations[] = {"教师",   "医生", "工程师", "个体经营",
                                              "公务员", "会计", "销售",   ""};
    const QList<Vocabulary::Entry> channels = Vocabulary::sourceChannels();
    const QList<Vocabulary::Entry> interests = Vocabulary::interests();
    QRandomGenerator rng(20261127);
    QByteArray out = "姓名,电话,性别,职业,来源,关注点\r\n";
    out.reserve(qsizetype(rows) * 64);
    for (int i = 0; i < rows; ++i) {
        QString name = QString::fromUtf8(surnames[rng.bounded(int(std::size(surnames)))]);
        for (int k = 0, n = rng.bounded(10) < 3 ? 1 : 2; k < n; ++k)
            name += given.at(rng.bounded(int(given.size())));
        const quint64 suffix = (quint64(i) * 27644437ULL + 7ULL) % 100000000ULL;
        const QString digits =
            QStringLiteral("%1%2").arg(prefixes[i % 8]).arg(suffix, 8, 10, QLatin1Char('0'));
        QString phone;
        switch (i % 3) {
        case 0:
            phone = digits;
            break;
        case 1:
            phone = digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.mid(7);
            break;
        default:
            phone = QStringLiteral("+86 ") + digits.left(3) + u'-' + digits.mid(3, 4) + u'-' + digits.mid(7);
            break;
        }
        QStringList picked;
        for (const Vocabulary::Entry &e : interests)
            if (rng.bounded(100) < 30)
                picked << e.label;
        const QStringList fields = {name,
                                    phone,
                                    rng.bounded(2) ? QStringLiteral("男") : QStringLiteral("女"),
                                    QString::fromUtf8(occupations[rng.bounded(int(std::size(occupations)))]),
                                    channels.at(rng.bounded(int(channels.size()))).label,
                                    picked.join(QStringLiteral("、"))};
        out += fields.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

// `sqlite3 .import` of the CSV into a table with a unique phone and a name index, with the
// sqlite3 shell when it is installed; otherwise the same inserts through the C API (one prepared
// INSERT per row in one transaction, which is what .import does).
double sqliteImportMs(const QString &dir, const QString &csvPath, const QByteArray &csv, QString *how)
{
    const QString dbPath = dir + QStringLiteral("/baseline.sqlite");
    QFile::remove(dbPath);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(dbPath).constData(), &db);
    sqlite3_exec(
        db,
        "CREATE TABLE clients (name TEXT NOT NULL, phone TEXT NOT NULL UNIQUE, gender TEXT, occupation TEXT, source TEXT, "
        "interests TEXT); CREATE INDEX clients_name ON clients(name);",
        nullptr, nullptr, nullptr);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!shell.isEmpty()) {
        sqlite3_close(db);
        *how = QStringLiteral("sqlite3 .import");
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(shell, {dbPath, QStringLiteral(".import --csv --skip 1 %1 clients").arg(csvPath)});
        p.waitForFinished(-1);
        const double ms = t.nsecsElapsed() / 1e6;
        if (p.exitCode() != 0)
            std::fprintf(stderr, "sqlite3 .import failed: %s\n", p.readAllStandardError().constData());
        return ms;
    }
    *how = QStringLiteral("C API inserts (no sqlite3 shell)");
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, nullptr);
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (fields.size() < 6)
            continue;
        for (int f = 0; f < 6; ++f)
            sqlite3_bind_text(stmt, f + 1, fields.at(f).constData(), int(fields.at(f).size()),
                              SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = t.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    return ms;
}

// What the import's database writes cost on their own: the rows the import stored (read back from
// `imported`), written through the SQLite C API into another new office with the same connection
// settings, as the import writes them (the insert trigger set aside, then the search index's
// entries one statement a table), in one transaction. The floor under the import: everything else
// it does (reading the CSV, checking each line, parsing each phone, the names' pinyin) is on top.
double rawOfficeWritesMs(const QString &dir, const QString &imported)
{
    const QString target = dir + QStringLiteral("/raw-office.sqlite");
    QFile::remove(target);
    {
        Database fresh(DatabaseConfig::sqlite(target));
        fresh.open();
        Migrations::migrate(fresh);
    }
    const char *const columns = "name, phone, gender, occupation, source, interests, notes, consultant_id, "
                                "created_at, updated_at, name_pinyin, name_initials, source_detail";
    sqlite3 *from = nullptr;
    sqlite3_open(QFile::encodeName(imported).constData(), &from);
    sqlite3_stmt *read = nullptr;
    const QByteArray select = QByteArray("SELECT ") + columns + " FROM clients ORDER BY id";
    sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr);
    QList<QList<QVariant>> rows;
    while (sqlite3_step(read) == SQLITE_ROW) {
        QList<QVariant> row;
        for (int c = 0; c < 13; ++c)
            row << (sqlite3_column_type(read, c) == SQLITE_INTEGER
                        ? QVariant(qint64(sqlite3_column_int64(read, c)))
                    : sqlite3_column_type(read, c) == SQLITE_NULL
                        ? QVariant()
                        : QVariant(QString::fromUtf8(
                              reinterpret_cast<const char *>(sqlite3_column_text(read, c)))));
        rows << row;
    }
    sqlite3_finalize(read);
    sqlite3_close(from);

    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(target).constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA "
                 "secure_delete=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const QByteArray dropTrigger =
        QStringLiteral("DROP TRIGGER %1").arg(ClientSearchIndex::InsertTrigger).toUtf8();
    sqlite3_exec(db, dropTrigger.constData(), nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    const QByteArray insertRow =
        QByteArray("INSERT INTO clients (") + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_prepare_v2(db, insertRow.constData(), -1, &insert, nullptr);
    for (const QList<QVariant> &row : std::as_const(rows)) {
        for (int c = 0; c < 13; ++c) {
            const QVariant &v = row.at(c);
            if (v.isNull())
                sqlite3_bind_null(insert, c + 1);
            else if (v.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(insert, c + 1, v.toLongLong());
            else
                sqlite3_bind_text(insert, c + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    QStringList statements = ClientSearchIndex::entryStatementsForIds(1, rows.size());
    statements << ClientSearchIndex::sqliteInsertTriggerStatement();
    for (const QString &statement : std::as_const(statements))
        if (sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "raw office writes failed: %s\n", sqlite3_errmsg(db));
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = t.nsecsElapsed() / 1e6;
    // The same rows and entries as the import wrote, or the baseline measured something else.
    const QByteArray count =
        QStringLiteral("SELECT (SELECT COUNT(*) FROM clients) || ' ' || (SELECT COUNT(*) FROM "
                       "%1) || ' ' || (SELECT COUNT(*) FROM %2) || ' ' || (SELECT COUNT(*) FROM %3)")
            .arg(ClientSearchIndex::NameGrams, ClientSearchIndex::PhoneGrams,
                 ClientSearchIndex::PinyinPrefixes)
            .toUtf8();
    auto counts = [&count](const QString &path) {
        sqlite3 *c = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &c);
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(c, count.constData(), -1, &q, nullptr);
        QByteArray out;
        if (sqlite3_step(q) == SQLITE_ROW)
            out = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
        sqlite3_finalize(q);
        sqlite3_close(c);
        return out;
    };
    sqlite3_close(db);
    if (counts(target) != counts(imported))
        std::fprintf(stderr, "raw office writes failed: rows and entries %s, the import's %s\n",
                     counts(target).constData(), counts(imported).constData());
    return ms;
}

// One start of the GUI with its startup probe (app/gui/main.cpp) at `level` (1: to the main
// window's first paint; 2: then every page browsed), and the number its output gives after `key`
// ("startup_ms": the milliseconds from the start of its main() to the first paint, the password
// hashing left out; "peak_rss_kib": its peak resident memory); none on failure.
std::optional<double> probed(const QString &gui, const QStringList &arguments, const QString &password,
                             int level, const QByteArray &key)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESTATEDESK_STARTUP_PROBE"), QString::number(level));
    env.insert(QStringLiteral("ESTATEDESK_PASSWORD"), password);
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(gui, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "cold start: %s failed: %s\n", qPrintable(gui),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith(QByteArray(key + ' ')))
            return line.mid(key.size() + 1).trimmed().toDouble();
    std::fprintf(stderr, "cold start: no %s line from %s\n", key.constData(), qPrintable(gui));
    return std::nullopt;
}

// What the cold start is measured against: opening the office and reading its schema, without
// the program (the SQLite C API; on PostgreSQL a new connection reading the catalogue).
void openAndReadSchema(const DatabaseConfig &config, bool onSqlite)
{
    if (!onSqlite) {
        Database fresh(config);
        fresh.open();
        Sql::scalar(fresh.connection(), QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables"));
        return;
    }
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(config.sqlitePath).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

// What the GUI thread does with a page's background read (issue 18: at most a frame): the page
// asks with ask() (its first read is under way when page is given), the read runs on reader's
// thread, and the time the result took to show on this thread once it came back (the model reset,
// the table filled: BackgroundReader::lastHandOverMs) is taken; the median of runs. The page is
// not on screen, so painting is not in it. Infinity when a result does not come within 5 minutes.
template <class Page, class Signal>
double handOverMs(const BackgroundReader &reader, Page *page, Signal shown, const std::function<void()> &ask,
                  int runs)
{
    QList<double> samples;
    for (int run = 0; run <= runs; ++run) { // run 0: the read asked for before (or a first one)
        QEventLoop loop;
        bool came = false;
        const QMetaObject::Connection c = QObject::connect(page, shown, &loop, [&] {
            came = true;
            loop.quit();
        });
        QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
        if (run > 0)
            ask();
        if (!came)
            loop.exec();
        QObject::disconnect(c);
        if (!came)
            return std::numeric_limits<double>::infinity();
        if (run > 0)
            samples << reader.lastHandOverMs();
    }
    return stats(samples).median;
}

} // namespace

// --beside: the timings of the other run (its --json), by name; none when the file is not one.
std::optional<QHash<QString, double>> readBeside(const QString &path)
{
    QFile f(path);
    const QJsonDocument other =
        f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
    if (!other.isArray())
        return std::nullopt;
    QHash<QString, double> theirs;
    for (const QJsonValue &v : other.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("value_ms")).isDouble())
            theirs.insert(o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("value_ms")).toDouble());
    }
    return theirs;
}

// Every timing of this run that the other run has too, beside it, with the target "within 1.5x"
// of it. Lines that are not timings (the memory line) are left out, and so are the comparisons of
// the other run's own --beside.
void addBeside(const QList<Entry> entries, const QHash<QString, double> &theirs, const QString &path,
               const std::function<void(const Entry &)> &add)
{
    // entries: a copy, as add() appends to the list it came from.
    const QLatin1String suffix(", beside the other run (<= 1.5x)");
    std::printf("(beside %s: its figure is the baseline)\n", qPrintable(QFileInfo(path).fileName()));
    for (const Entry &e : entries) {
        const auto it = theirs.constFind(e.name);
        // The import's lines compare like with like only where their names give the rows.
        const bool importOfOtherSize =
            e.name.startsWith(QLatin1String("client CSV import")) && !e.name.contains(QLatin1String(" rows"));
        if (it == theirs.constEnd() || importOfOtherSize || e.name.contains(QLatin1String("(not ms)")) ||
            e.name.endsWith(suffix))
            continue;
        add({e.name.trimmed() + suffix, e.value, *it, 1.5 * *it});
    }
}

int main(int argc, char *argv[])
{
    // The pages whose hand-over of a background read is timed are widgets (never shown).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int clients = 100000;
    int importRows = -1;
    QString path, pg, jsonPath, user, besidePath;
    QString gui = QStringLiteral(ESTATEDESK_GUI_PATH);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--clients") && hasValue)
            clients = args.at(++i).toInt();
        else if (a == QLatin1String("--import-rows") && hasValue)
            importRows = args.at(++i).toInt();
        else if (a == QLatin1String("--db") && hasValue)
            path = args.at(++i);
        else if (a == QLatin1String("--pg") && hasValue)
            pg = args.at(++i);
        else if (a == QLatin1String("--json") && hasValue)
            jsonPath = args.at(++i);
        else if (a == QLatin1String("--user") && hasValue)
            user = args.at(++i);
        else if (a == QLatin1String("--gui") && hasValue)
            gui = args.at(++i);
        else if (a == QLatin1String("--beside") && hasValue)
            besidePath = args.at(++i);
        else {
            std::fprintf(
                stderr,
                "usage: estatedesk-bench [--clients N] [--db FILE | --pg CONN] [--json FILE] [--import-rows N] "
                "[--user NAME] [--gui PATH] [--beside FILE.json]\n"
                "unknown or incomplete option: %s\n",
                qPrintable(a));
            return 2;
        }
    }
    std::optional<QHash<QString, double>> beside;
    if (!besidePath.isEmpty() && !(beside = readBeside(besidePath))) {
        std::fprintf(stderr, "--beside %s: not the --json of a run\n", qPrintable(besidePath));
        return 2;
    }
    if (clients < 100) {
        std::fprintf(stderr, "--clients: give at least 100\n");
        return 2;
    }
    if (importRows < 0)
        importRows = std::min(clients, 100000);
    const bool onSqlite = pg.isEmpty();
    QTemporaryDir dir;
    if (onSqlite && path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    FixedClock clock(
        QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    Database db(onSqlite ? DatabaseConfig::sqlite(path) : DatabaseConfig::postgres(pg));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    if (ClientRepository(session).count() == 0) {
        QElapsedTimer t;
        t.start();
        const DemoData::Counts c = DemoData::generate(session, clients, 1);
        std::printf("demo data: %lld clients, %lld service records in %.1f s\n", c.clients, c.serviceRecords,
                    t.elapsed() / 1000.0);
    }
    const qint64 officeClients = ClientRepository(session).count();
    std::printf("office: %s, %lld clients\n", qPrintable(db.config().describe()), officeClients);
    std::fflush(stdout);
    std::optional<Raw> rawHolder;
    if (onSqlite)
        rawHolder.emplace(path);
    else
        rawHolder.emplace(db.connection());
    const Raw &raw = *rawHolder;
    auto sql = [onSqlite](const char *text) { return forBackend(text, onSqlite); };

    QList<Entry> entries;
    auto add = [&entries](const Entry &e) {
        entries << e;
        std::printf("%-44s %10.2f %12s %10s  %s\n", qPrintable(e.name), e.value,
                    e.baseline ? qPrintable(QString::number(*e.baseline, 'f', 2)) : "-",
                    e.target ? qPrintable(QString::number(*e.target, 'f', 2)) : "-",
                    e.target ? (e.pass() ? "PASS" : "FAIL") : "");
        std::fflush(stdout);
    };
    std::printf("%-44s %10s %12s %10s\n", "what", "ms", "baseline ms", "target ms");

    // ---- Client CSV import: into an empty office (SQLite) or rolled back (PostgreSQL), against
    // sqlite3 .import of the same file.
    {
        const QByteArray csv = importCsv(importRows);
        const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
        {
            QFile f(csvPath);
            f.open(QIODevice::WriteOnly);
            f.write(csv);
        }
        QString how;
        const double baseline = sqliteImportMs(dir.path(), csvPath, csv, &how);
        double ms = 0;
        int imported = 0;
        QStringList errors;
        if (onSqlite) {
            const QString target = dir.filePath(QStringLiteral("import.sqlite"));
            Database fresh(DatabaseConfig::sqlite(target));
            fresh.open();
            Migrations::migrate(fresh);
            Session s{&fresh, &clock, 0};
            ms = msOf([&] {
                const ClientCsv::ImportResult r = ClientCsv::importFile(s, csvPath);
                imported = r.imported;
                errors = r.errors;
            });
        } else {
            Transaction tx(db); // never committed: the office is left as it was
            ms = msOf([&] {
                const ClientCsv::ImportResult r = ClientCsv::importFile(session, csvPath);
                imported = r.imported;
                errors = r.errors;
            });
        }
        if (imported != importRows)
            std::fprintf(stderr, "import: %d of %d rows imported: %s\n", imported, importRows,
                         qPrintable(errors.mid(0, 3).join(QStringLiteral("; "))));
        std::printf("(import: %d rows, %.0f rows/s; baseline: %s)\n", importRows, importRows / (ms / 1000.0),
                    qPrintable(how));
        add({QStringLiteral("client CSV import, %1 rows (>= 100k rows/s)").arg(importRows), ms, baseline,
             importRows / 100.0});
        add({QStringLiteral("client CSV import, <= 4x %1").arg(how), ms, baseline, 4 * baseline});
        if (onSqlite) {
            const double writes =
                rawOfficeWritesMs(dir.path(), dir.filePath(QStringLiteral("import.sqlite")));
            add({QStringLiteral("client CSV import, <= 2x its writes alone"), ms, writes, 2 * writes});
        }
        if (imported != importRows)
            for (qsizetype i = entries.size() - (onSqlite ? 3 : 2); i < entries.size(); ++i)
                entries[i].value = std::numeric_limits<double>::infinity();
    }

    // ---- Keystroke search: a phone from its start and its last digits, one and two Chinese
    // characters, pinyin initials and full pinyin.
    {
        const qint64 sampleId =
            Sql::scalar(db.connection(), QStringLiteral("SELECT MIN(id) FROM clients WHERE id >= ?"),
                        {officeClients / 2})
                .toLongLong();
        const QString phone =
            Sql::scalar(db.connection(), QStringLiteral("SELECT phone FROM clients WHERE id = ?"), {sampleId})
                .toString()
                .mid(3);
        const QString name =
            Sql::scalar(db.connection(), QStringLiteral("SELECT name FROM clients WHERE id = ?"), {sampleId})
                .toString();
        const Pinyin::Forms pinyin = Pinyin::ofName(name);
        QStringList words;
        for (int i = 1; i <= phone.size(); ++i)
            words << phone.left(i);
        for (int i = 1; i <= 4; ++i)
            words << phone.right(4).left(i);
        for (int i = 1; i <= name.size(); ++i)
            words << name.left(i);
        for (int i = 1; i <= pinyin.initials.size(); ++i)
            words << pinyin.initials.left(i);
        for (int i = 1; i <= pinyin.full.size(); ++i)
            words << pinyin.full.left(i);
        QList<double> ours, base;
        QString slowest;
        double slowestMs = 0;
        for (const QString &w : std::as_const(words)) {
            for (int run = 0; run < 5; ++run) {
                ours << msOf([&] { ClientRepository(session).find(w, 20); });
                base << msOf([&] { raw.rows(sql(rawSearchSql(w)).constData(), rawSearchValues(w)); });
                if (ours.constLast() > slowestMs)
                    std::tie(slowest, slowestMs) = std::make_pair(w, ours.constLast());
            }
        }
        std::printf("(keystrokes: %s; the slowest \"%s\", %.1f ms)\n", qPrintable(words.join(u' ')),
                    qPrintable(slowest), slowestMs);
        add({QStringLiteral("keystroke search, p95 of %1 keystrokes").arg(words.size()), stats(ours).p95,
             stats(base).p95, 16.0});
    }

    // ---- Client list: typing "1" and "13" in the filter, then each header sort: what
    // ClientListModel::refresh and the view's first paint read on the GUI thread (the count up to
    // the list's cap, then the first page). Past the cap the exact count is read on the background
    // reader: timed apart, without a target.
    {
        const qint64 cap = ClientListModel::kCountCap;
        auto listMs = [&](const ClientQuery &q) {
            return median(5, [&] {
                ClientRepository repo(session);
                repo.count(q, cap);
                repo.page(q, 0, 200);
            });
        };
        // The program's SQL (ClientRepository::count and page): the count up to the cap, and the
        // page cut first with the consultants' names joined to its rows; with a filter, page()
        // first counts up to its own threshold of dense matches (the same count here).
        auto rawCount = [&raw](const QByteArray &where, QVariantList values) {
            values << cap + 1;
            raw.rows(
                QByteArray("SELECT COUNT(*) FROM (SELECT c.id FROM clients c" + where + " LIMIT ?) capped")
                    .constData(),
                values);
        };
        auto rawPage = [&raw](const QByteArray &inner, const QByteArray &order, const QVariantList &values) {
            QVariantList paged = values;
            paged << 200 << 0;
            raw.rows(QByteArray(
                         "SELECT p.id, p.name, p.phone, p.gender, p.source, s.name AS consultant_name, "
                         "p.created_at, p.last_service_at, p.consultant_id FROM (" +
                         inner +
                         " LIMIT ? OFFSET ?) p LEFT JOIN staff s ON s.id = p.consultant_id ORDER BY " + order)
                         .constData(),
                     paged);
        };
        // As ClientRepository::page reads them (the pinyin for the sort by name).
        const QByteArray columns =
            "c.id, c.name, c.phone, c.gender, c.source, c.created_at, c.last_service_at, "
            "c.consultant_id, c.name_pinyin";
        for (const QString &text : {QStringLiteral("1"), QStringLiteral("13")}) {
            ClientQuery q;
            q.text = text;
            const QVariantList range{QString(QStringLiteral("+86") + text),
                                     QString(QStringLiteral("+86") + text + QStringLiteral(":"))};
            const QByteArray where = " WHERE c.phone >= ? AND c.phone < ?";
            // Both filters match more than the threshold: on SQLite, page() counts that far and
            // walks the ids (unary +); PostgreSQL gets the plain filter.
            const QByteArray pageWhere =
                onSqlite ? QByteArray(" WHERE +c.phone >= ? AND +c.phone < ?") : where;
            const double base = median(5, [&] {
                rawCount(where, range);
                if (onSqlite)
                    rawCount(where, range);
                rawPage("SELECT " + columns + " FROM clients c" + pageWhere + " ORDER BY c.id ASC, c.id ASC",
                        "p.id ASC, p.id ASC", range);
            });
            add({QStringLiteral("client list filter \"%1\"").arg(text), listMs(q), base, 16.0});
            const double exact = median(3, [&] { ClientRepository(session).count(q); });
            const double rawExact = median(3, [&] {
                raw.rows("SELECT COUNT(*) FROM clients c WHERE c.phone >= ? AND c.phone < ?", range);
            });
            add({QStringLiteral("  its exact count, filter \"%1\" (background reader)").arg(text), exact,
                 rawExact, std::nullopt});
        }
        const struct
        {
            ClientQuery::Sort sort;
            const char *name;
            const char *column;
        } sorts[] = {
            {ClientQuery::Sort::Name, "name", "name_pinyin"},
            {ClientQuery::Sort::Phone, "phone", "phone"},
            {ClientQuery::Sort::Source, "source", "source"},
            {ClientQuery::Sort::Consultant, "consultant", nullptr},
            {ClientQuery::Sort::CreatedAt, "created", "created_at"},
            {ClientQuery::Sort::LastServiceAt, "last service", "last_service_at"},
        };
        for (const auto &s : sorts) {
            ClientQuery q;
            q.sort = s.sort;
            const double base = median(3, [&] {
                rawCount({}, {});
                if (s.column) {
                    const QByteArray column(s.column);
                    rawPage("SELECT " + columns + " FROM clients c ORDER BY c." + column + " ASC, c.id ASC",
                            "p." + column + " ASC, p.id ASC", {});
                } else if (onSqlite) {
                    rawPage(
                        "SELECT NULL AS consultant_name, " + columns +
                            " FROM clients c WHERE c.consultant_id IS NULL UNION ALL SELECT s.name, " +
                            columns +
                            " FROM staff s JOIN clients c ON c.consultant_id = s.id ORDER BY 1 ASC, 2 ASC",
                        "p.consultant_name ASC, p.id ASC", {});
                } else { // each consultant's first clients, as ClientRepository::page reads on PostgreSQL
                    rawPage(
                        "SELECT NULL AS consultant_name, n.* FROM (SELECT " + columns +
                            " FROM clients c WHERE c.consultant_id IS NULL ORDER BY c.id ASC LIMIT ?) n UNION "
                            "ALL SELECT * FROM (SELECT s.name AS consultant_name, k.* FROM staff s CROSS JOIN "
                            "LATERAL (SELECT " +
                            columns +
                            " FROM clients c WHERE c.consultant_id = s.id ORDER BY c.id ASC LIMIT ?) k ORDER BY "
                            "1 ASC, 2 ASC LIMIT ?) m ORDER BY 1 ASC, 2 ASC",
                        "p.consultant_name ASC, p.id ASC", {200, 200, 200});
                }
            });
            add({QStringLiteral("client list sorted by %1").arg(QLatin1String(s.name)), listMs(q), base,
                 16.0});
        }
    }

    const qint64 now = clock.nowMs();
    // ---- Dashboard read: what DeadlineListModel::refresh does (the items due soon or overdue,
    // counted per kind); DESIGN §8: <= 50 ms and <= 2x raw.
    {
        const double ours = median(11, [&] {
            DeadlineRepository deadlines(session);
            DeadlineRepository::countByPolicy(deadlines.open(now), now);
        });
        const double base = median(11, [&] {
            raw.rows(
                "SELECT d.id, d.policy, d.entity, d.entity_id, d.client_id, (SELECT c.name FROM clients c WHERE c.id = "
                "d.client_id), d.staff_id, s.name, d.started_at, d.anchor_date, d.due_at, d.due_soon_at, d.provisional, "
                "d.stopped_at, d.round, d.length_days, p.paused_since FROM deadline_items d LEFT JOIN staff s ON s.id = "
                "d.staff_id LEFT JOIN (SELECT item_id, MAX(paused_at) AS paused_since FROM deadline_pauses WHERE "
                "resumed_at IS NULL GROUP BY item_id) p ON p.item_id = d.id WHERE d.stopped_at IS NULL AND "
                "d.due_soon_at <= ? ORDER BY d.due_at, d.id",
                {now});
        });
        add({QStringLiteral("dashboard read (deadlines due soon/overdue)"), ours, base,
             std::min(50.0, 2 * base)});
    }
    // The pages below read on the window's BackgroundReader: each read is timed above or below
    // against its raw SQL (target: at most twice it), and what the GUI thread then does with the
    // result apart (target: a frame).
    BackgroundReader reader(&db);
    {
        DashboardPage page(session, nullptr, &reader); // its first read is on the reader
        add({QStringLiteral("dashboard shown (GUI thread, the read applied)"),
             handOverMs(
                 reader, &page, &DashboardPage::refreshed, [&] { page.refreshInBackground(); }, 7),
             std::nullopt, 16.0});
    }
    // ---- Dashboard viewings (the next 24 hours, missed in the last 7 days) and the viewings
    // page's week, each with the clients' names.
    {
        // AppointmentRepository::between, upcoming and missed, and StaffRepository::list.
        const char *viewingsSql =
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id";
        const char *upcomingSql =
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status IN (?, ?) ORDER BY a.starts_at, a.id";
        const char *missedSql =
            "SELECT a.*, k.name AS client_name FROM appointments a LEFT JOIN clients k ON k.id = a.client_id "
            "WHERE a.starts_at < ? AND a.starts_at >= ? AND a.status IN (?, ?) ORDER BY a.starts_at, a.id";
        const char *staffSql = "SELECT * FROM staff ORDER BY id";
        const QVariantList staffValues;
        const QString booked = Vocabulary::AppointmentStatus::Booked;
        const QString confirmed = Vocabulary::AppointmentStatus::Confirmed;
        const double ours = median(11, [&] {
            AppointmentRepository viewings(session);
            viewings.upcoming(now, 24);
            viewings.missed(now, 7);
            StaffRepository(session).list();
        });
        const double base = median(11, [&] {
            raw.rows(upcomingSql, {now, now + 24 * 3600'000LL, booked, confirmed});
            raw.rows(missedSql, {now, now - 7 * 86400'000LL, booked, confirmed});
            raw.rows(staffSql, staffValues);
        });
        add({QStringLiteral("dashboard viewings (read on the BackgroundReader)"), ours, base, 2 * base});
        const QTimeZone zone("Asia/Shanghai");
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        const qint64 from = QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 to = QDateTime(monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch();
        int count = 0;
        const double week = median(7, [&] {
            count = int(AppointmentRepository(session).between(from, to).size());
            StaffRepository(session).list();
        });
        const double weekBase = median(7, [&] {
            raw.rows(viewingsSql, {from, to});
            raw.rows(staffSql, staffValues);
        });
        std::printf("(viewings week: %d viewings)\n", count);
        add({QStringLiteral("viewings week (read on the BackgroundReader)"), week, weekBase, 2 * weekBase});
        ViewingsPage page(session, nullptr, &reader); // the day of "now"; its week below
        page.findChild<QComboBox *>(QStringLiteral("viewingsSpan"))->setCurrentIndex(1);
        add({QStringLiteral("viewings week shown (GUI thread, the read applied)"),
             handOverMs(
                 reader, &page, &ViewingsPage::reloaded, [&] { page.reload(); }, 5),
             std::nullopt, 16.0});
    }
    // ---- Appraisal month: every measure for the team, one grouped query each.
    {
        const QString month = QStringLiteral("2026-11");
        const double ours = median(5, [&] { AppraisalRepository(session).compute(month); });
        add({QStringLiteral("appraisal month (live figures, read on the BackgroundReader)"), ours,
             std::nullopt, std::nullopt});
        AppraisalTab tab(session, true, nullptr, &reader);
        tab.showMonth(month);
        add({QStringLiteral("appraisal month shown (GUI thread, the read applied)"),
             handOverMs(
                 reader, &tab, &AppraisalTab::reloaded, [&] { tab.showMonth(month); }, 5),
             std::nullopt, 16.0});
    }
    // ---- Trends: the supervision page's twelve months (what `report trends` reads).
    {
        const QString month = QStringLiteral("2026-11");
        const double ours =
            median(3, [&] { TrendsReport::sections(TrendRepository(session).twelveMonths(month)); });
        add({QStringLiteral("trends (read on the BackgroundReader)"), ours, std::nullopt, std::nullopt});
        TrendsView view(session, nullptr, &reader);
        view.showMonth(month);
        // Every run another twelve months (the charts keep their lines and take new points and months).
        int run = 0;
        add({QStringLiteral("trends shown (GUI thread, the charts drawn from the read)"),
             handOverMs(
                 reader, &view, &TrendsView::shown,
                 [&] { view.showMonth(++run % 2 ? QStringLiteral("2026-10") : month); }, 3),
             std::nullopt, 16.0});
    }
    // ---- Complaints board: what ComplaintsPage::reload reads (ComplaintsBoard) and escalateOverdue
    // (it writes), both on the window's background reader, timed apart; then what the GUI thread
    // does with the board read.
    {
        const double escalate = msOf([&] { ComplaintRepository(session).escalateOverdue(); });
        const double ours = median(7, [&] { ComplaintsBoard::read(session, ComplaintsBoard::Scope::Open); });
        add({QStringLiteral("complaints board read (on the BackgroundReader)"), ours, std::nullopt,
             std::nullopt});
        add({QStringLiteral("complaints escalateOverdue (writes, on the BackgroundReader)"), escalate,
             std::nullopt, std::nullopt});
        ComplaintsPage page(session, nullptr, &reader);
        add({QStringLiteral("complaints board shown (GUI thread, the read applied)"),
             handOverMs(
                 reader, &page, &ComplaintsPage::reloaded, [&] { page.reload(); }, 7),
             std::nullopt, 16.0});
    }
    // ---- Report generation: each report the office prints, for the current month/quarter/day.
    for (const QString &report : OfficeReports::available()) {
        // Each report takes its own kind of period (a day, a month, a quarter or none).
        const OfficeReports::Period period = OfficeReports::periodFromText(
            report,
            report == QLatin1String("reception-daily") ? QStringLiteral("2026-11-27")
            : report == QLatin1String("survey")        ? QStringLiteral("2026-Q4")
            : report == QLatin1String("overdue")       ? QString()
                                                       : QStringLiteral("2026-11"),
            QStringLiteral("period"));
        double ms = 0;
        try {
            ms = median(1, [&] { OfficeReports::build(session, report, period); });
        } catch (const std::exception &) {
            std::fprintf(stderr, "report %s failed\n", qPrintable(report));
            ms = std::numeric_limits<double>::infinity();
        }
        add({QStringLiteral("report %1").arg(report), ms, std::nullopt, std::nullopt});
    }

    // ---- Cold start: the GUI started with its probe until the main window's first paint (sign-in
    // excluded); one start to warm the caches, then the median of 5; against opening the office
    // and reading its schema.
    {
        QString password = qEnvironmentVariable("ESTATEDESK_PASSWORD");
        if (user.isEmpty() && !Accounts(session).anyAccount()) {
            user = QStringLiteral("bench");
            password = QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral("#Q7x");
            try {
                Accounts(session).createFirstAdministrator(user, password);
            } catch (const Error &e) {
                std::fprintf(stderr, "cold start: the account could not be made: %s\n",
                             qPrintable(e.message()));
            }
        }
        if (user.isEmpty()) {
            std::printf(
                "(cold start not measured: this office has accounts; give --user NAME and ESTATEDESK_PASSWORD)\n");
        } else {
            const QStringList arguments =
                QStringList{onSqlite ? QStringLiteral("--db") : QStringLiteral("--pg"), onSqlite ? path : pg,
                            QStringLiteral("--user"), user};
            const QByteArray startKey = "startup_ms";
            QList<double> starts;
            bool failed = !probed(gui, arguments, password, 1, startKey);
            for (int run = 0; run < 5 && !failed; ++run) {
                const std::optional<double> ms = probed(gui, arguments, password, 1, startKey);
                failed = !ms;
                if (ms)
                    starts << *ms;
            }
            const double base = median(5, [&] { openAndReadSchema(db.config(), onSqlite); });
            std::printf("(cold start: %s, %s)\n", qPrintable(QFileInfo(gui).fileName()),
                        qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"))));
            add({QStringLiteral("cold start to first paint (median of 5)"),
                 failed ? std::numeric_limits<double>::infinity() : stats(starts).median, base, 500.0});
            // DESIGN §8: memory <= 150 MB while browsing. This entry's figures are MiB, not ms.
            const std::optional<double> kib = probed(gui, arguments, password, 2, "peak_rss_kib");
            add({QStringLiteral("memory browsing every page, peak MiB (not ms)"),
                 kib && *kib > 0 ? *kib / 1024 : std::numeric_limits<double>::infinity(), std::nullopt,
                 150.0});
        }
    }

    if (beside)
        addBeside(entries, *beside, besidePath, add);

    bool allPass = true;
    QJsonArray json;
    for (const Entry &e : std::as_const(entries)) {
        allPass &= e.pass();
        json.append(QJsonObject{
            {QStringLiteral("name"), e.name},
            {QStringLiteral("value_ms"), std::isfinite(e.value) ? QJsonValue(e.value) : QJsonValue()},
            {QStringLiteral("baseline_ms"), e.baseline ? QJsonValue(*e.baseline) : QJsonValue()},
            {QStringLiteral("target_ms"), e.target ? QJsonValue(*e.target) : QJsonValue()},
            {QStringLiteral("pass"), e.pass()}});
    }
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "%s: cannot be written\n", qPrintable(jsonPath));
            return 2;
        }
    }
    std::printf("\n%s\n", allPass ? "every target met" : "some targets missed");
    return allPass ? 0 : 1;
}
