// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace estatedesk {

class Database;

// The front desk's search index: every character and every pair of characters of each client's
// name, every three digits of each phone number and every start of the name's pinyin and of its
// initials, each with the client and a rank that orders the matches as the search shows them
// (the whole name, then the name's start, then elsewhere; the number's last digits, then its
// start after +86, then elsewhere; all the initials, all the pinyin, the initials' start, the
// pinyin's start; then the shorter name). A
// keystroke reads the index of what was typed instead of looking inside every client's name or
// number, so it costs the same at 300 000 clients as at 300.
//
// The database keeps the index itself: triggers on clients rewrite a client's entries whenever
// the name or the phone is written, however it is written (the forms, an import, a merge, an
// erasure, a restored backup). The tables are derived: backups and office moves do not copy them.
class ClientSearchIndex
{
public:
    static constexpr QLatin1String NameGrams{"client_name_grams"}, PhoneGrams{"client_phone_grams"},
        PinyinPrefixes{"client_pinyin_prefixes"}, Positions{"search_positions"},
        OtherPhoneGrams{"client_other_phone_grams"};

    // The tables and triggers (schema step 21), filled for the clients already there.
    static void create(const Database &db);
    // Schema step 27: every three digits of the clients' other phone numbers (client_phones), each
    // with its number's row so that a number removed or moved to another client (a merge) takes its
    // own entries along; kept by triggers on client_phones. Ranked as the main number's digits
    // (the end, the start after +86, elsewhere) plus 100: after the main numbers of their kind.
    static void indexOtherPhones(const Database &db);
    // Schema step 26: on PostgreSQL the index's row trigger on INSERT becomes a statement trigger
    // that writes the entries of all the clients one INSERT wrote at once (set-based); changes
    // and removals stay row by row. Nothing on SQLite (its import writes the entries in bulk).
    static void useStatementTrigger(const Database &db);
    // Schema step 30, PostgreSQL: the columns the search compares by range or by LIKE 'start%'
    // (the phone numbers, the pinyin and the initials) sorted byte by byte, as SQLite sorts them.
    // In the database's own collation ("zh_CN.UTF-8", "en_US.UTF-8", an ICU locale: what a
    // server's CREATE DATABASE takes from its system) "+8613:" or "zhang{" does not come after
    // every "+8613…" or "zhang…", so those searches found nothing, and LIKE could not use the
    // index. The triggers that name the columns are set aside meanwhile. Nothing on SQLite.
    static void compareRangesByteWise(const Database &db);
    // Schema step 31: an erased client's placeholder phone (Phone::erasedPlaceholder) has no entries,
    // so that no digit search finds it ("0172" found the erased client No. 172 by "+0172"): the
    // triggers made again without them, and the entries written before removed.
    static void leaveOutErasedPlaceholders(const Database &db);
    // Runs `insert`, which writes new clients and returns the lowest and the highest of their ids,
    // inside the caller's transaction. On SQLite the insert trigger is set aside meanwhile and the
    // new clients' entries are written afterwards, one statement a table (a client at a time, the
    // trigger took about half of a large import); the trigger is then created again, and a
    // rollback undoes all of it. PostgreSQL keeps its trigger (dropping it would lock the clients
    // table against every other PC until the commit), which writes each INSERT's clients at once.
    static void insertInBulk(const Database &db, const std::function<QPair<qint64, qint64>()> &insert);
    // The insert trigger's name (on both databases). What insertInBulk runs on SQLite, for the
    // benchmark's raw baseline: the insert trigger set aside and created again, and the
    // statements writing the entries of the clients first..last.
    static constexpr QLatin1String InsertTrigger{"clients_search_insert"};
    static QString sqliteInsertTriggerStatement();
    static QStringList entryStatementsForIds(qint64 first, qint64 last);
    // The index's tables, which backups leave out: the triggers fill them again.
    static QStringList derivedTables();

    // How a typed text is looked up: the gram to read in which table, and whether that gram alone
    // answers the search (otherwise each candidate it gives is checked for the whole text).
    struct Lookup
    {
        QLatin1String table;
        QString gram;
        bool exact = false;
        // A second table read for the same gram (the other phone numbers' digits), or none.
        QLatin1String alsoTable{};
    };
    // Text of one or more characters, looked for anywhere in the name.
    static Lookup forName(const QString &text);
    // Lower-case letters, looked for at the start of the name's pinyin initials or full pinyin;
    // none when there are more letters than the index holds.
    static std::optional<Lookup> forPinyin(const QString &letters);
    // Three or more digits, looked for anywhere in the main or another phone number.
    static Lookup forDigits(const QString &digits);
};

} // namespace estatedesk
