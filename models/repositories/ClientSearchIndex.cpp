// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ClientSearchIndex.h"

#include "core/Phone.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <utility>

namespace estatedesk {

namespace {

// Long enough for every name (50 characters at most), every phone number (E.164: 16) and the
// pinyin of nearly every name (a longer pinyin is searched by a range of its own index).
constexpr int kPositions = 64;

// The rank of a gram of the name: 0 when it is the whole name, 1000 at its start, 2000 elsewhere;
// plus the name's length, so that shorter names come first within each.
QString nameRank(const QString &row, int size)
{
    return QStringLiteral(
               "CASE WHEN %1.name = substr(%1.name, p.n, %2) THEN 0 WHEN p.n = 1 THEN 1000 ELSE 2000 "
               "END + length(%1.name)")
        .arg(row)
        .arg(size);
}

// SELECT gram, rank, client_id of the name grams of the clients in `from` (row: its alias).
QString nameGrams(const QString &row, const QString &from)
{
    return QStringLiteral(
               "SELECT gram, MIN(rank), client_id FROM (SELECT %1.id AS client_id, substr(%1.name, p.n, "
               "1) AS gram, %2 AS rank FROM %3 WHERE p.n <= length(%1.name) UNION ALL SELECT %1.id, "
               "substr(%1.name, p.n, 2), %4 FROM %3 WHERE p.n < length(%1.name)) grams GROUP BY "
               "client_id, gram")
        .arg(row, nameRank(row, 1), from, nameRank(row, 2));
}

// The same for every three characters of the phone number after its '+': 0 when they end it,
// 1000 right after "+86", 2000 elsewhere; then the name's length. An erased client's placeholder
// ("+0172") has none: it is no number, and typing "0172" must not find client No. 172.
QString phoneGrams(const QString &row, const QString &from)
{
    return QStringLiteral(
               "SELECT gram, MIN(rank), client_id FROM (SELECT %1.id AS client_id, substr(%1.phone, p.n, "
               "3) AS gram, CASE WHEN p.n = length(%1.phone) - 2 THEN 0 WHEN p.n = 4 AND "
               "substr(%1.phone, 1, 3) = '+86' THEN 1000 ELSE 2000 END + length(%1.name) AS rank FROM "
               "%2 WHERE p.n >= 2 AND p.n <= length(%1.phone) - 2 AND substr(%1.phone, 1, %3) <> '%4') grams "
               "GROUP BY client_id, gram")
        .arg(row, from)
        .arg(Phone::ErasedPrefix.size())
        .arg(Phone::ErasedPrefix);
}

// The same for every start of the name's pinyin initials and full pinyin: 0 for all the
// initials, 1000 for all the pinyin, 2000 for a start of the initials, 3000 of the pinyin; then
// the name's length.
QString pinyinPrefixes(const QString &row, const QString &from)
{
    return QStringLiteral(
               "SELECT gram, MIN(rank), client_id FROM (SELECT %1.id AS client_id, substr(%1.name_initials, "
               "1, p.n) AS gram, CASE WHEN p.n = length(%1.name_initials) THEN 0 ELSE 2000 END + "
               "length(%1.name) AS rank FROM %2 WHERE p.n <= length(%1.name_initials) UNION ALL SELECT "
               "%1.id, substr(%1.name_pinyin, 1, p.n), CASE WHEN p.n = length(%1.name_pinyin) THEN 1000 "
               "ELSE 3000 END + length(%1.name) FROM %2 WHERE p.n <= length(%1.name_pinyin)) grams GROUP "
               "BY client_id, gram")
        .arg(row, from);
}

// Each table of the index with the SELECT that gives a client's entries.
using EntriesOf = QString (*)(const QString &row, const QString &from);
const QList<QPair<QLatin1String, EntriesOf>> &kinds()
{
    static const QList<QPair<QLatin1String, EntriesOf>> list{
        {ClientSearchIndex::NameGrams, &nameGrams},
        {ClientSearchIndex::PhoneGrams, &phoneGrams},
        {ClientSearchIndex::PinyinPrefixes, &pinyinPrefixes}};
    return list;
}

// The statements that write the entries of the clients in `from` (row: their alias).
QStringList insertEntries(const QString &row, const QString &from)
{
    QStringList statements;
    for (const auto &[table, entries] : kinds())
        statements << QStringLiteral("INSERT INTO %1 (gram, rank, client_id) ").arg(table) +
                          entries(row, from);
    return statements;
}

// In a trigger: the entries of the row written.
QStringList insertEntriesOfNew()
{
    return insertEntries(QStringLiteral("NEW"), QStringLiteral("%1 p").arg(ClientSearchIndex::Positions));
}

QStringList deleteEntries()
{
    QStringList statements;
    for (const auto &kind : kinds())
        statements << QStringLiteral("DELETE FROM %1 WHERE client_id = OLD.id").arg(kind.first);
    return statements;
}

// What the triggers watch: every column the entries are made of.
const QLatin1String kIndexedColumns{"name, phone, name_pinyin, name_initials"};

// Statement lists as a trigger body: "a; b; " (SQLite) or "a; b;" inside PL/pgSQL.
QString body(const QStringList &statements)
{
    return statements.join(QStringLiteral("; ")) + QStringLiteral(";");
}

void createSqliteTriggers(QSqlDatabase &conn)
{
    Sql::run(conn, ClientSearchIndex::sqliteInsertTriggerStatement());
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER clients_search_update AFTER UPDATE OF %1 ON clients BEGIN %2 END")
                 .arg(kIndexedColumns, body(deleteEntries() + insertEntriesOfNew())));
    Sql::run(conn, QStringLiteral("CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN %1 END")
                       .arg(body(deleteEntries())));
}

// The transition table of the PostgreSQL insert trigger: every client one INSERT wrote.
const QLatin1String kInsertedClients{"inserted_clients"};

QString postgresRowTrigger()
{
    return QStringLiteral(
               "CREATE TRIGGER clients_search AFTER DELETE OR UPDATE OF %1 ON clients FOR EACH ROW "
               "EXECUTE FUNCTION clients_search_entries()")
        .arg(kIndexedColumns);
}

// PostgreSQL: a client's entries rewritten row by row when it is changed or removed, and the
// entries of every client one statement inserted written once per statement, a table of the index
// at a time (an import's multi-row INSERT writes 200 clients' entries in three statements instead
// of running three statements for each client).
void createPostgresTriggers(QSqlDatabase &conn)
{
    Sql::run(conn,
             QStringLiteral("CREATE FUNCTION clients_search_entries() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN %1 IF TG_OP = 'UPDATE' THEN %2 END IF; RETURN NULL; END $$")
                 .arg(body(deleteEntries()), body(insertEntriesOfNew())));
    Sql::run(conn, postgresRowTrigger());
    Sql::run(conn,
             QStringLiteral("CREATE FUNCTION clients_search_inserted() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN %1 RETURN NULL; END $$")
                 .arg(body(insertEntries(
                     QStringLiteral("c"),
                     QStringLiteral("%1 c, %2 p").arg(kInsertedClients, ClientSearchIndex::Positions)))));
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON clients REFERENCING NEW TABLE AS %2 FOR EACH "
                            "STATEMENT EXECUTE FUNCTION clients_search_inserted()")
                 .arg(ClientSearchIndex::InsertTrigger, kInsertedClients));
}

// The entries of the other numbers in `from` (row: their alias in client_phones), ranked as the
// main number's digits plus 100.
QString insertOtherPhoneEntries(const QString &row, const QString &from)
{
    return QStringLiteral(
               "INSERT INTO %3 (gram, rank, client_id, phone_id) SELECT gram, MIN(rank), client_id, phone_id "
               "FROM (SELECT %1.id AS phone_id, %1.client_id AS client_id, substr(%1.phone, p.n, 3) AS gram, "
               "CASE WHEN p.n = length(%1.phone) - 2 THEN 100 WHEN p.n = 4 AND substr(%1.phone, 1, 3) = '+86' "
               "THEN 1100 ELSE 2100 END AS rank FROM %2 WHERE p.n >= 2 AND p.n <= length(%1.phone) - 2) grams "
               "GROUP BY phone_id, client_id, gram")
        .arg(row, from, ClientSearchIndex::OtherPhoneGrams);
}

QString insertOtherPhoneEntriesOfNew()
{
    return insertOtherPhoneEntries(QStringLiteral("NEW"),
                                   QStringLiteral("%1 p").arg(ClientSearchIndex::Positions));
}

QString deleteOtherPhoneEntriesOfOld()
{
    return QStringLiteral("DELETE FROM %1 WHERE phone_id = OLD.id").arg(ClientSearchIndex::OtherPhoneGrams);
}

// What the other numbers' triggers watch: a number written, or moved to another client.
const QLatin1String kOtherPhoneColumns{"phone, client_id"};

void createSqliteOtherPhoneTriggers(QSqlDatabase &conn)
{
    Sql::run(conn, QStringLiteral("CREATE TRIGGER client_phones_search_insert AFTER INSERT ON client_phones "
                                  "BEGIN %1 END")
                       .arg(body({insertOtherPhoneEntriesOfNew()})));
    Sql::run(conn, QStringLiteral("CREATE TRIGGER client_phones_search_update AFTER UPDATE OF %1 ON "
                                  "client_phones BEGIN %2 END")
                       .arg(kOtherPhoneColumns,
                            body({deleteOtherPhoneEntriesOfOld(), insertOtherPhoneEntriesOfNew()})));
    Sql::run(conn, QStringLiteral("CREATE TRIGGER client_phones_search_delete AFTER DELETE ON client_phones "
                                  "BEGIN %1 END")
                       .arg(body({deleteOtherPhoneEntriesOfOld()})));
}

QString postgresOtherPhoneTrigger()
{
    return QStringLiteral("CREATE TRIGGER client_phones_search AFTER INSERT OR DELETE OR UPDATE OF %1 ON "
                          "client_phones FOR EACH ROW EXECUTE FUNCTION client_phones_search_entries()")
        .arg(kOtherPhoneColumns);
}

void createPostgresOtherPhoneTriggers(QSqlDatabase &conn)
{
    Sql::run(conn, QStringLiteral("CREATE FUNCTION client_phones_search_entries() RETURNS trigger LANGUAGE "
                                  "plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN %1 END IF; IF TG_OP <> "
                                  "'DELETE' THEN %2 END IF; RETURN NULL; END $$")
                       .arg(body({deleteOtherPhoneEntriesOfOld()}), body({insertOtherPhoneEntriesOfNew()})));
    Sql::run(conn, postgresOtherPhoneTrigger());
}

} // namespace

void ClientSearchIndex::create(const Database &db)
{
    QSqlDatabase conn = db.connection();
    const bool sqlite = db.backend() == Backend::Sqlite;
    // Without row ids on SQLite: the key is the row, and the file holds each entry once.
    const QString compact = sqlite ? QStringLiteral(" WITHOUT ROWID") : QString();
    Sql::run(conn, QStringLiteral("CREATE TABLE %1 (n INTEGER PRIMARY KEY)").arg(Positions));
    Sql::run(conn, QStringLiteral("INSERT INTO %1 (n) VALUES %2").arg(Positions, [] {
        QStringList values;
        for (int n = 1; n <= kPositions; ++n)
            values << QStringLiteral("(%1)").arg(n);
        return values.join(u',');
    }()));
    for (const auto &kind : kinds()) {
        Sql::run(conn, QStringLiteral(
                           "CREATE TABLE %1 (gram TEXT NOT NULL, rank INTEGER NOT NULL, client_id BIGINT "
                           "NOT NULL, PRIMARY KEY (gram, rank, client_id))%2")
                           .arg(kind.first, compact));
        Sql::run(conn, QStringLiteral("CREATE INDEX %1_client ON %1 (client_id)").arg(kind.first));
    }
    for (const QString &statement :
         insertEntries(QStringLiteral("c"), QStringLiteral("clients c, %1 p").arg(Positions)))
        Sql::run(conn, statement);
    if (sqlite)
        createSqliteTriggers(conn);
    else
        createPostgresTriggers(conn);
}

// The triggers on clients dropped and made again as this program writes them.
static void recreateTriggers(const Database &db)
{
    QSqlDatabase conn = db.connection();
    if (db.backend() == Backend::Sqlite) {
        for (const QString &trigger :
             {QString(ClientSearchIndex::InsertTrigger), QStringLiteral("clients_search_update"),
              QStringLiteral("clients_search_delete")})
            Sql::run(conn, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger));
        createSqliteTriggers(conn);
        return;
    }
    Sql::run(conn, QStringLiteral("DROP TRIGGER IF EXISTS clients_search ON clients"));
    Sql::run(conn,
             QStringLiteral("DROP TRIGGER IF EXISTS %1 ON clients").arg(ClientSearchIndex::InsertTrigger));
    Sql::run(conn, QStringLiteral("DROP FUNCTION IF EXISTS clients_search_entries()"));
    Sql::run(conn, QStringLiteral("DROP FUNCTION IF EXISTS clients_search_inserted()"));
    createPostgresTriggers(conn);
}

void ClientSearchIndex::useStatementTrigger(const Database &db)
{
    if (db.backend() == Backend::Postgres)
        recreateTriggers(db);
}

void ClientSearchIndex::compareRangesByteWise(const Database &db)
{
    if (db.backend() != Backend::Postgres)
        return;
    QSqlDatabase conn = db.connection();
    // PostgreSQL refuses to change a column that a trigger names in its UPDATE OF.
    Sql::run(conn, QStringLiteral("DROP TRIGGER clients_search ON clients"));
    Sql::run(conn, QStringLiteral("DROP TRIGGER client_phones_search ON client_phones"));
    for (const auto &[table, column] : {std::pair{"clients", "phone"},
                                        {"clients", "name_pinyin"},
                                        {"clients", "name_initials"},
                                        {"client_phones", "phone"}})
        Sql::run(conn, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE TEXT COLLATE \"C\"")
                           .arg(QLatin1String(table), QLatin1String(column)));
    Sql::run(conn, postgresRowTrigger());
    Sql::run(conn, postgresOtherPhoneTrigger());
}

void ClientSearchIndex::leaveOutErasedPlaceholders(const Database &db)
{
    recreateTriggers(db);
    Sql::run(
        db.connection(),
        QStringLiteral("DELETE FROM %1 WHERE client_id IN (SELECT id FROM clients WHERE substr(phone, 1, %2) "
                       "= ?)")
            .arg(PhoneGrams)
            .arg(Phone::ErasedPrefix.size()),
        {QString(Phone::ErasedPrefix)});
}

void ClientSearchIndex::insertInBulk(const Database &db, const std::function<QPair<qint64, qint64>()> &insert)
{
    if (db.backend() != Backend::Sqlite) {
        insert();
        return;
    }
    QSqlDatabase conn = db.connection();
    Sql::run(conn, QStringLiteral("DROP TRIGGER %1").arg(InsertTrigger));
    const auto [first, last] = insert();
    for (const QString &statement : entryStatementsForIds(first, last))
        Sql::run(conn, statement);
    Sql::run(conn, sqliteInsertTriggerStatement());
}

QString ClientSearchIndex::sqliteInsertTriggerStatement()
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON clients BEGIN %2 END")
        .arg(InsertTrigger, body(insertEntriesOfNew()));
}

QStringList ClientSearchIndex::entryStatementsForIds(qint64 first, qint64 last)
{
    // Literal ids: each SELECT names the clients more than once.
    const QString from = QStringLiteral("(SELECT * FROM clients WHERE id BETWEEN %1 AND %2) c, %3 p")
                             .arg(first)
                             .arg(last)
                             .arg(Positions);
    return insertEntries(QStringLiteral("c"), from);
}

QStringList ClientSearchIndex::derivedTables()
{
    return {NameGrams, PhoneGrams, PinyinPrefixes, Positions, OtherPhoneGrams};
}

void ClientSearchIndex::indexOtherPhones(const Database &db)
{
    QSqlDatabase conn = db.connection();
    const bool sqlite = db.backend() == Backend::Sqlite;
    Sql::run(conn,
             QStringLiteral("CREATE TABLE %1 (gram TEXT NOT NULL, rank INTEGER NOT NULL, client_id BIGINT "
                            "NOT NULL, phone_id BIGINT NOT NULL, PRIMARY KEY (gram, rank, client_id, "
                            "phone_id))%2")
                 .arg(OtherPhoneGrams, sqlite ? QStringLiteral(" WITHOUT ROWID") : QString()));
    Sql::run(conn, QStringLiteral("CREATE INDEX %1_phone ON %1 (phone_id)").arg(OtherPhoneGrams));
    Sql::run(conn, insertOtherPhoneEntries(QStringLiteral("o"),
                                           QStringLiteral("client_phones o, %1 p").arg(Positions)));
    if (sqlite)
        createSqliteOtherPhoneTriggers(conn);
    else
        createPostgresOtherPhoneTriggers(conn);
}

ClientSearchIndex::Lookup ClientSearchIndex::forName(const QString &text)
{
    // One or two characters are a gram themselves; a longer text is looked up by its last two
    // (a surname's character is in many names, the given name's are rarer). Characters, not
    // UTF-16 units: 𠮷 is one.
    const QList<uint> characters = text.toUcs4();
    if (characters.size() <= 2)
        return {NameGrams, text, true};
    return {NameGrams,
            QString::fromUcs4(
                reinterpret_cast<const char32_t *>(characters.constData()) + characters.size() - 2, 2),
            false};
}

std::optional<ClientSearchIndex::Lookup> ClientSearchIndex::forPinyin(const QString &letters)
{
    if (letters.size() > kPositions)
        return std::nullopt;
    return Lookup{PinyinPrefixes, letters, true};
}

ClientSearchIndex::Lookup ClientSearchIndex::forDigits(const QString &digits)
{
    // The last three digits: what callers read out, and spread more evenly than the first.
    if (digits.size() == 3)
        return {PhoneGrams, digits, true, OtherPhoneGrams};
    return {PhoneGrams, digits.right(3), false, OtherPhoneGrams};
}

} // namespace estatedesk
