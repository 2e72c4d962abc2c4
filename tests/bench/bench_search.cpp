// SPDX-License-Identifier: GPL-3.0-or-later
// estatedesk-bench: on 100 000 demo clients (about a million service records), the front-desk
// search keystroke by keystroke, and the dashboard refresh, each against the same query run
// through the raw SQLite C API in the same run. Targets (DESIGN §8): every keystroke within one
// frame, 16 ms, and a dashboard refresh within 50 ms, at the 95th percentile. Prints tables and
// exits 1 when a target is missed. Not a unit test: run it by hand or in a nightly job (machines
// differ and are noisy).
//
// Usage: estatedesk-bench [--clients N] [--db FILE]   (an existing FILE is reused)
#include "core/Clock.h"
#include "core/Pinyin.h"
#include "demo/DemoData.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace estatedesk;

namespace {

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100))};
}

// The same three kinds of query the models library builds, written out for the raw C API.
const char *rawSql(const QString &text)
{
    bool digits = !text.isEmpty(), latin = !text.isEmpty();
    for (QChar c : text) {
        digits &= c.isDigit();
        latin &= c.isLetter() && c.unicode() < 128;
    }
    if (digits && text.size() < 3)
        return "SELECT id, name, phone FROM clients WHERE phone >= '+86' || ?1 AND phone < '+86' || ?1 || ':' ORDER BY "
               "phone LIMIT 20";
    if (latin && text.size() == 1)
        return "SELECT id, name, phone FROM clients WHERE (name_initials >= ?1 AND name_initials < ?1 || '{') OR (name_pinyin >= "
               "?1 AND name_pinyin < ?1 || '{') ORDER BY name_initials, id LIMIT 20";
    if (digits)
        return "SELECT id, name, phone FROM clients WHERE instr(phone, ?1) > 0 ORDER BY CASE WHEN phone LIKE '%' || ?1 THEN 0 "
               "ELSE 2 END, length(name), id LIMIT 20";
    if (latin)
        return "SELECT id, name, phone FROM clients WHERE (name_initials >= ?1 AND name_initials < ?1 || '{') OR (name_pinyin >= "
               "?1 AND name_pinyin < ?1 || '{') ORDER BY CASE WHEN name_initials = ?1 THEN 0 ELSE 2 END, length(name), id LIMIT 20";
    return "SELECT id, name, phone FROM clients WHERE instr(name, ?1) > 0 ORDER BY CASE WHEN name = ?1 THEN 0 ELSE 2 END, "
           "length(name), id LIMIT 20";
}

double rawMs(sqlite3 *db, const QString &text, int *rows)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, rawSql(text), -1, &stmt, nullptr);
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++n;
    sqlite3_finalize(stmt);
    *rows = n;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int clients = 100000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--clients"))
            clients = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    Database db(DatabaseConfig::sqlite(path));
    db.open();
    Migrations::migrate(db);
    Session session{&db, &clock, 0};
    if (ClientRepository(session).count() == 0) {
        QElapsedTimer t;
        t.start();
        const DemoData::Counts c = DemoData::generate(session, clients, 1);
        std::printf("demo data: %lld clients, %lld service records in %.1f s\n", c.clients, c.serviceRecords, t.elapsed() / 1000.0);
    }
    // Keystrokes as a receptionist types them: a phone from its start and its last digits,
    // one and two Chinese characters, pinyin initials and full pinyin of real names.
    const QString phone = Sql::scalar(db.connection(), QStringLiteral("SELECT phone FROM clients WHERE id = 4242")).toString().mid(3);
    const QString name = Sql::scalar(db.connection(), QStringLiteral("SELECT name FROM clients WHERE id = 4242")).toString();
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

    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::printf("%-16s %6s %12s %12s %12s\n", "keystroke", "rows", "models ms", "raw ms", "models p95");
    QList<double> all;
    for (const QString &w : std::as_const(words)) {
        QList<double> ours, base;
        int rows = 0, rawRows = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer t;
            t.start();
            rows = int(ClientRepository(session).find(w, 20).size());
            ours << t.nsecsElapsed() / 1e6;
            base << rawMs(raw, w, &rawRows);
        }
        const Stats s = stats(ours), b = stats(base);
        all << ours;
        std::printf("%-16s %6d %12.2f %12.2f %12.2f\n", w.toUtf8().constData(), rows, s.median, b.median, s.p95);
    }
    const Stats total = stats(all);
    const bool pass = total.p95 <= 16.0;
    std::printf("\nsearch as you type, %d clients: median %.2f ms, p95 %.2f ms per keystroke (target <= 16 ms): %s\n", clients,
                total.median, total.p95, pass ? "PASS" : "FAIL");

    // The dashboard refresh: what DeadlineListModel::refresh does (read the items due soon or
    // overdue, count them per kind), against the same SELECT through the raw C API.
    const qint64 now = clock.nowMs();
    QList<double> ours, base;
    int items = 0;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        DeadlineRepository deadlines(session);
        const QList<DeadlineItem> open = deadlines.open(now);
        DeadlineRepository::countByPolicy(open, now);
        items = int(open.size());
        ours << t.nsecsElapsed() / 1e6;
        t.restart();
        {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(raw,
                               "SELECT d.id, d.policy, d.entity, d.entity_id, d.client_id, c.name, d.staff_id, s.name, d.started_at, "
                               "d.anchor_date, d.due_at, d.due_soon_at, d.provisional, d.stopped_at, d.round, d.length_days, (SELECT "
                               "MAX(p.paused_at) FROM deadline_pauses p WHERE p.item_id = d.id AND p.resumed_at IS NULL) FROM "
                               "deadline_items d LEFT JOIN clients c ON c.id = d.client_id LEFT JOIN staff s ON s.id = d.staff_id "
                               "WHERE d.stopped_at IS NULL AND d.due_soon_at <= ?1 ORDER BY d.due_at, d.id",
                               -1, &stmt, nullptr);
            sqlite3_bind_int64(stmt, 1, now);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
            }
            sqlite3_finalize(stmt);
        }
        base << t.nsecsElapsed() / 1e6;
    }
    sqlite3_close(raw);
    const Stats dash = stats(ours), dashRaw = stats(base);
    const bool dashPass = dash.p95 <= 50.0;
    std::printf("dashboard refresh, %d items due soon or overdue: median %.2f ms, p95 %.2f ms (raw SQLite %.2f ms; target <= 50 ms): "
                "%s\n",
                items, dash.median, dash.p95, dashRaw.median, dashPass ? "PASS" : "FAIL");
    return pass && dashPass ? 0 : 1;
}
