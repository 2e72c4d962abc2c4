// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ClientRepository.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "core/Pinyin.h"
#include "core/TypedText.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientSearchIndex.h"
#include "repositories/EntityStore.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace estatedesk {

static QVariantMap clientRow(const Client &c)
{
    const Pinyin::Forms pinyin = Pinyin::ofName(c.name);
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("name_pinyin"), pinyin.full},
            {QStringLiteral("name_initials"), pinyin.initials},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("gender"), c.gender},
            {QStringLiteral("occupation"), c.occupation},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("source_detail"), c.sourceDetail},
            {QStringLiteral("interests"), c.interests.join(u',')},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("consultant_id"), Sql::nullableId(c.consultantId)}};
}

static Client clientFrom(const SqlRow &r)
{
    Client c;
    readCommonColumns(r, c);
    c.name = r.text("name");
    c.phone = r.text("phone");
    c.gender = r.text("gender");
    c.occupation = r.text("occupation");
    c.source = r.text("source");
    c.sourceDetail = r.text("source_detail");
    c.interests = r.list("interests");
    c.notes = r.text("notes");
    c.consultantId = r.id("consultant_id");
    return c;
}

static EntityStore<Client> store(const Session &session)
{
    return {session, QStringLiteral("clients"), ClientRepository::tr("client"), clientRow, clientFrom};
}

void ClientRepository::refuseDuplicatePhone(const Client &client) const
{
    // Another client's main or other number, or this client's other number.
    ClientPhones::refuseTaken(m_session, client.phone, client.id, true, QStringLiteral("phone"));
}

void ClientRepository::add(Client &client)
{
    Permissions::require(m_session, Action::AddClient);
    client.validate();
    Transaction tx(*m_session.db);
    tx.lockKey(ClientPhones::lockKey(client.phone));
    refuseDuplicatePhone(client);
    store(m_session).insert(client);
    tx.commit();
}

void ClientRepository::update(Client &client)
{
    Permissions::require(m_session, Action::EditClient);
    Transaction tx(*m_session.db);
    const Client stored = store(m_session).get(client.id);
    Erasure::refuseIfErased(m_session, stored.id, Erasure::Refused::Edit);
    if (m_session.role == Vocabulary::Role::Consultant && stored.consultantId != m_session.actorId)
        throw PermissionError(tr("Not allowed: %1 is another consultant's client.").arg(stored.name));
    // A masked phone shown to this user stays what it was; notes this user may not see stay too,
    // and writing over notes unseen is refused.
    if (client.phone.contains(u'*'))
        client.phone = stored.phone;
    if (!Permissions::seesFullClient(m_session, stored.consultantId)) {
        if (!client.notes.trimmed().isEmpty() && client.notes != stored.notes)
            throw PermissionError(
                tr("Not allowed: the notes of %1 are hidden from your role, so you may not change them.")
                    .arg(stored.name));
        client.notes = stored.notes;
    }
    client.validate();
    tx.lockKey(ClientPhones::lockKey(client.phone));
    refuseDuplicatePhone(client);
    store(m_session).update(client);
    tx.commit();
}

void ClientRepository::fillMissingDetails(qint64 id, const QString &gender, const QString &occupation)
{
    Transaction tx(*m_session.db);
    Client stored = store(m_session).get(id);
    bool changed = false;
    if (stored.gender.isEmpty() && !gender.isEmpty()) {
        stored.gender = gender;
        changed = true;
    }
    if (stored.occupation.trimmed().isEmpty() && !occupation.trimmed().isEmpty()) {
        stored.occupation = occupation.trimmed();
        changed = true;
    }
    if (changed)
        store(m_session).update(stored);
    tx.commit();
}

void ClientRepository::maskForViewer(Client &client) const
{
    if (Permissions::seesFullClient(m_session, client.consultantId))
        return;
    client.phone = Phone::mask(client.phone);
    client.notesHidden = !client.notes.trimmed().isEmpty(); // said as hidden, never as "no notes"
    client.notes.clear();
}

QHash<qint64, QString> ClientRepository::namesOf(const QList<qint64> &ids) const
{
    QHash<qint64, QString> out;
    Sql::forEachIdChunk(ids, [&](const QString &marks, const QVariantList &values) {
        QSqlQuery q =
            Sql::run(m_session.db->connection(),
                     QStringLiteral("SELECT id, name FROM clients WHERE id IN (%1)").arg(marks), values);
        const SqlRow row(q);
        while (q.next())
            out.insert(row.id("id"), row.text("name"));
    });
    return out;
}

Client ClientRepository::get(qint64 id) const
{
    Client c = store(m_session).get(id);
    maskForViewer(c);
    return c;
}

QString ClientRepository::revealPhone(qint64 id)
{
    Permissions::require(m_session, Action::RevealPersonalData);
    Transaction tx(*m_session.db);
    const Client c = store(m_session).get(id);
    AuditLog::write(m_session, QStringLiteral("reveal"), QStringLiteral("clients"), id, {},
                    {{QStringLiteral("field"), QStringLiteral("phone")}});
    tx.commit();
    return c.phone;
}

Client ClientRepository::findByPhone(const QString &phone) const
{
    const QString e164 = phone.startsWith(u'+') && Phone::digitsOnly(phone).size() + 1 == phone.size()
                             ? phone
                             : Phone::tryNormalize(phone);
    if (e164.isEmpty() || Phone::isErasedPlaceholder(e164)) // a placeholder is nobody's number
        return {};
    // The main number, or one of the client's other numbers.
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT * FROM clients WHERE phone = ? UNION ALL SELECT c.* FROM clients c "
                                "WHERE c.id IN (SELECT client_id FROM client_phones WHERE phone = ?)"),
                 {e164, e164});
    if (!q.next())
        return {};
    Client c = clientFrom(SqlRow(q));
    maskForViewer(c);
    return c;
}

namespace {

// How a typed text finds clients (the front-desk search and the client list alike): the WHERE
// condition, and a rank for "best matches first". The SQL text is constant; values are bound.
struct Match
{
    QString where;
    QVariantList values;
    QString rank = QStringLiteral("0");
    QVariantList rankValues;
    // How to order the matches; a very short input orders by an index so that nothing is sorted.
    QString order = QStringLiteral("match_rank, length(c.name), c.id");
    // Set when one entry of the search index answers the match: its table and gram, whose entries
    // are already in the search's order (see ClientSearchIndex).
    ClientSearchIndex::Lookup exact;

    // Matches are the clients the index gives for the lookup's gram; when the gram is only part
    // of what was typed, each is checked for the whole text in `column`.
    void useIndex(const Dialect &d, const ClientSearchIndex::Lookup &lookup, const QString &column,
                  const QString &text)
    {
        where = d.inIds(QStringLiteral("c.id"),
                        QStringLiteral("SELECT client_id FROM %1 WHERE gram = ?").arg(lookup.table));
        values << lookup.gram;
        if (lookup.exact) {
            exact = lookup;
            if (!lookup.alsoTable.isEmpty()) {
                where = QStringLiteral("(%1 OR %2)")
                            .arg(where, d.inIds(QStringLiteral("c.id"),
                                                QStringLiteral("SELECT client_id FROM %1 WHERE gram = ?")
                                                    .arg(lookup.alsoTable)));
                values << lookup.gram;
            }
            return;
        }
        where += QStringLiteral(" AND ") + d.position(column, QStringLiteral("?")) + QStringLiteral(" > 0");
        values << text;
        if (lookup.alsoTable.isEmpty())
            return;
        // The other phone numbers (client_phones): the gram's numbers holding the whole text.
        where = QStringLiteral("(%1 OR %2)")
                    .arg(where,
                         d.inIds(QStringLiteral("c.id"),
                                 QStringLiteral("SELECT o.client_id FROM client_phones o WHERE %1 AND %2 > 0")
                                     .arg(d.inIds(QStringLiteral("o.id"),
                                                  QStringLiteral("SELECT phone_id FROM %1 WHERE gram = ?")
                                                      .arg(lookup.alsoTable)),
                                          d.position(QStringLiteral("o.phone"), QStringLiteral("?")))));
        values << lookup.gram << text;
    }

    // Also the numbers, main or other, that start with `start` (E.164), ranked as the start of
    // the main number; the index's gram alone then no longer answers the match.
    void orNumberStart(const QString &start)
    {
        exact = {};
        const QString upper = start + QStringLiteral(":"); // the first string after every "start…"
        where = QStringLiteral("(%1 OR (c.phone >= ? AND c.phone < ?) OR c.id IN (SELECT o.client_id FROM "
                               "client_phones o WHERE o.phone >= ? AND o.phone < ?))")
                    .arg(where);
        values << start << upper << start << upper;
        rank =
            QStringLiteral("CASE WHEN c.phone LIKE ? THEN 0 WHEN c.phone LIKE ? OR (c.phone >= ? AND c.phone "
                           "< ?) THEN 1 ELSE 2 END");
        rankValues << start << upper;
    }
};

Match clientMatch(const Database &db, const QString &typed)
{
    Match m;
    const QString text = TypedText::halfWidth(typed).trimmed();
    if (text.isEmpty())
        return m;
    const Dialect &d = db.dialect();
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9+\\-() ]+$"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z ]+$"));
    const QString digits = Phone::digitsOnly(text);
    if (!digits.isEmpty() && phoneChars.match(text).hasMatch()) {
        if (text.startsWith(u'+')) {
            // "+86 138…" is the start of a number, never its middle. No number starts "+0": only
            // an erased client's placeholder (Phone::ErasedPrefix), which is no number to find.
            const QString prefix = QStringLiteral("+") + digits;
            if (prefix.startsWith(Phone::ErasedPrefix)) {
                m.where = QStringLiteral("0 = 1");
                return m;
            }
            m.where = QStringLiteral(
                "(c.phone LIKE ? OR c.id IN (SELECT o.client_id FROM client_phones o WHERE o.phone LIKE ?))");
            m.values << QVariant(prefix + QStringLiteral("%")) << QVariant(prefix + QStringLiteral("%"));
            return m;
        }
        // Digits starting with 00 are read both ways: as digits from the middle of a number like
        // any other run (a caller reading out "…0011…"), and, where a country code follows, as
        // the international prefix ("0086 138…", "00852…"): the start of a number.
        const bool doubleZero = digits.startsWith(QLatin1String("00"));
        QString national = digits;
        // A landline typed with its trunk 0 ("0755 8888…") is stored without it (+86755…).
        if (!doubleZero && national.startsWith(u'0'))
            national = national.mid(1);
        if (national.isEmpty())
            return m;
        if (national.size() < 3) {
            // One or two digits would match nearly everyone anywhere in the number: take them as
            // the start of the number, which the phone index answers at once.
            m.where = QStringLiteral("c.phone >= ? AND c.phone < ?");
            m.values << QVariant(QStringLiteral("+86") + national)
                     << QVariant(QStringLiteral("+86") + national + QStringLiteral(":"));
            m.order = QStringLiteral("c.phone");
            return m;
        }
        m.useIndex(d, ClientSearchIndex::forDigits(national), QStringLiteral("c.phone"), national);
        // The last digits (what callers read out) first, then the start of the number.
        m.rank = QStringLiteral("CASE WHEN c.phone LIKE ? THEN 0 WHEN c.phone LIKE ? THEN 1 ELSE 2 END");
        m.rankValues << QVariant(QStringLiteral("%") + national)
                     << QVariant(QStringLiteral("+86") + national + QStringLiteral("%"));
        const QString start = doubleZero ? Phone::internationalStart(digits) : QString();
        if (!start.isEmpty())
            m.orNumberStart(start);
    } else if (latin.match(text).hasMatch()) {
        // Pinyin initials ("zs") or full pinyin ("zhangsan") from the start, both answered by the
        // search index, which holds every start of both in the search's order. Latin names have
        // their own letters there ("John Smith": "js", "johnsmith").
        const QString t = text.toLower().remove(u' ');
        if (const std::optional<ClientSearchIndex::Lookup> lookup = ClientSearchIndex::forPinyin(t)) {
            m.useIndex(d, *lookup, {}, {});
            return m;
        }
        // Longer than any start the index holds: the ranges of the pinyin and initials indexes.
        const QString upper = t + QStringLiteral("{"); // the first string after every "t..." in ASCII order
        m.where = QStringLiteral(
            "((c.name_initials >= ? AND c.name_initials < ?) OR (c.name_pinyin >= ? AND c.name_pinyin < ?))");
        m.values << t << upper << t << upper;
        m.rank = QStringLiteral(
            "CASE WHEN c.name_initials = ? THEN 0 WHEN c.name_pinyin = ? THEN 1 WHEN c.name_initials >= ? AND "
            "c.name_initials < ? THEN 2 WHEN c.name_pinyin >= ? AND c.name_pinyin < ? THEN 3 ELSE 4 END");
        m.rankValues << t << t << t << upper << t << upper;
    } else {
        // Chinese (one, two or more characters) anywhere in the name, through the search index
        // (SQLite 3.40's own trigram index finds nothing for fewer than three characters).
        m.useIndex(d, ClientSearchIndex::forName(text), QStringLiteral("c.name"), text);
        m.rank = QStringLiteral("CASE WHEN c.name = ? THEN 0 WHEN %1 = 1 THEN 1 ELSE 2 END")
                     .arg(d.position(QStringLiteral("c.name"), QStringLiteral("?")));
        m.rankValues << text << text;
    }
    return m;
}

// The conditions of a client list query and their bound values.
struct Filter
{
    QStringList parts;
    QVariantList values;

    // The same conditions, none of them answered by an index (SQLite's unary + on each column):
    // the list then walks its sort order's index and checks each client, where a filter matching
    // most clients would otherwise find them all through its own index and sort them (the filter
    // "1": 90 000 of 100 000 clients, 25 ms where walking the ids to the first 200 takes 0.1 ms).
    Filter walkingTheOrder() const
    {
        static const QRegularExpression column(QStringLiteral("\\bc\\."));
        Filter f = *this;
        for (QString &part : f.parts)
            part.replace(column, QStringLiteral("+c."));
        return f;
    }

    // " WHERE …" of the conditions and `also` (none: an empty string).
    QString where(const QString &also = {}) const
    {
        QStringList all = parts;
        if (!also.isEmpty())
            all.prepend(also);
        return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
    }
};

Filter clientFilter(const Database &db, const ClientQuery &query)
{
    Filter f;
    const Match m = clientMatch(db, query.text);
    if (!m.where.isEmpty()) {
        f.parts << m.where;
        f.values << m.values;
    }
    if (query.consultantId > 0) {
        f.parts << QStringLiteral("c.consultant_id = ?");
        f.values << query.consultantId;
    }
    return f;
}

// The ORDER BY of the list; outer: the same order over the page subquery of page() ("p").
QString orderBy(const ClientQuery &query, bool outer = false)
{
    const QString table = outer ? QStringLiteral("p") : QStringLiteral("c");
    QString column = table + QStringLiteral(".id");
    switch (query.sort) {
    case ClientQuery::Sort::Id:
        break;
    case ClientQuery::Sort::Name:
        // In the order of the names' pinyin, as Chinese name lists go (the names' own characters
        // would sort by their code points: 王 after 李 after 张, in no order a reader knows).
        column = table + QStringLiteral(".name_pinyin");
        break;
    case ClientQuery::Sort::Phone:
        column = table + QStringLiteral(".phone");
        break;
    case ClientQuery::Sort::Source:
        column = table + QStringLiteral(".source");
        break;
    case ClientQuery::Sort::Consultant:
        column = table + QStringLiteral(".consultant_name");
        break;
    case ClientQuery::Sort::CreatedAt:
        column = table + QStringLiteral(".created_at");
        break;
    case ClientQuery::Sort::LastServiceAt:
        column = table + QStringLiteral(".last_service_at");
        break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, %3.id%2").arg(column, dir, table);
}

} // namespace

qint64 ClientRepository::count(const ClientQuery &query, qint64 cap) const
{
    const Filter f = clientFilter(*m_session.db, query);
    if (cap <= 0)
        return Sql::scalar(m_session.db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM clients c") + f.where(), f.values)
            .toLongLong();
    // Counting stops after cap + 1 matches: the index is read that far and no further.
    QVariantList values = f.values;
    values << cap + 1;
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT c.id FROM clients c") + f.where() +
                           QStringLiteral(" LIMIT ?) capped"),
                       values)
        .toLongLong();
}

// Rows of the list and of the search, read by the names of ClientRow.
QList<ClientRow> ClientRepository::readRows(QSqlQuery &q) const
{
    QList<ClientRow> out;
    const SqlRow r(q);
    while (q.next()) {
        ClientRow row{r.id("id"),
                      r.text("name"),
                      r.text("phone"),
                      r.text("gender"),
                      r.text("source"),
                      r.text("consultant_name"),
                      r.int64("created_at"),
                      r.int64("last_service_at")};
        row.consultantId = r.id("consultant_id");
        if (!Permissions::seesFullClient(m_session, row.consultantId))
            row.phone = Phone::mask(row.phone);
        row.masked = row.phone.contains(u'*');
        out.append(row);
    }
    return out;
}

QList<ClientRow> ClientRepository::page(const ClientQuery &query, qint64 offset, int limit) const
{
    Filter f = clientFilter(*m_session.db, query);
    // SQLite knows nothing of how many clients a filter matches (no statistics): past
    // query.denseMatches, a count that reads no further, the matches are dense enough in any
    // order for the sort's index to reach a page's worth soon. PostgreSQL's planner has statistics.
    if (m_session.db->backend() == Backend::Sqlite && !f.parts.isEmpty() &&
        count(query, query.denseMatches) > query.denseMatches)
        f = f.walkingTheOrder();
    const QString columns = QStringLiteral("c.id, c.name, c.phone, c.gender, c.source, c.created_at, "
                                           "c.last_service_at, c.consultant_id, c.name_pinyin");
    QString inner;
    QVariantList values;
    if (query.sort == ClientQuery::Sort::Consultant) {
        // The clients without a consultant, then the staff in name order (their unique index) and
        // each one's clients in id order (the index clients (consultant_id, id)), merged in the
        // list's order: nothing is sorted but those without a consultant (ORDER BY s.name over a
        // LEFT JOIN sorted all 100 000 clients).
        const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        if (m_session.db->backend() == Backend::Postgres) {
            // PostgreSQL does not merge the two parts from their indexes: it joined and sorted
            // every client. Each consultant's first clients (as many as the page reaches) are
            // enough, read through clients (consultant_id, id) for each staff member in name
            // order (the staff's unique index), so that PostgreSQL sorts them a consultant at a
            // time and stops at the page (an incremental sort); then the clients without one.
            const QString firstOnes =
                QStringLiteral("SELECT %1 FROM clients c%2 ORDER BY c.id%3 LIMIT ?").arg(columns);
            inner = QStringLiteral("SELECT NULL AS consultant_name, n.* FROM (%1) n UNION ALL SELECT * FROM "
                                   "(SELECT s.name AS consultant_name, k.* FROM staff s CROSS JOIN LATERAL "
                                   "(%2) k ORDER BY 1%3, 2%3 LIMIT ?) m ORDER BY 1%3, 2%3")
                        .arg(firstOnes.arg(f.where(QStringLiteral("c.consultant_id IS NULL")), dir),
                             firstOnes.arg(f.where(QStringLiteral("c.consultant_id = s.id")), dir), dir);
            values << f.values << offset + limit << f.values << offset + limit << offset + limit;
        } else {
            inner = QStringLiteral(
                        "SELECT NULL AS consultant_name, %1 FROM clients c%2 UNION ALL SELECT s.name, %1 "
                        "FROM staff s JOIN clients c ON c.consultant_id = s.id%3 ORDER BY 1%4, 2%4")
                        .arg(columns, f.where(QStringLiteral("c.consultant_id IS NULL")), f.where(), dir);
            values << f.values << f.values;
        }
    } else {
        // Sorted and cut to the page first, through the sort column's index; the consultant's
        // name is looked up for the page's rows only (SQLite would otherwise join it for every
        // match it sorts: 0.47 s instead of 0.03 s for the filter "1" on 100 000 clients).
        inner = QStringLiteral("SELECT %1 FROM clients c").arg(columns) + f.where() + orderBy(query);
        values << f.values;
    }
    values << limit << offset;
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("SELECT p.id, p.name, p.phone, p.gender, p.source, s.name AS consultant_name, "
                       "p.created_at, p.last_service_at, p.consultant_id FROM (") +
            inner + QStringLiteral(" LIMIT ? OFFSET ?) p LEFT JOIN staff s ON s.id = p.consultant_id") +
            orderBy(query, true),
        values);
    return readRows(q);
}

void ClientRepository::refuseMergeIntoItself(qint64 keepId, qint64 duplicateId)
{
    if (keepId == duplicateId)
        throw ValidationError(QStringLiteral("client"), tr("Client: choose two different clients to merge"));
}

void ClientRepository::refuseMerge(qint64 keepId, qint64 duplicateId) const
{
    refuseMergeIntoItself(keepId, duplicateId);
    // An erased client's records would take on a person again (the duplicate's), or an erased
    // duplicate's contracts and placeholder number another client's.
    for (qint64 id : {keepId, duplicateId})
        Erasure::refuseIfErased(m_session, id, Erasure::Refused::Merge);
}

void ClientRepository::merge(qint64 keepId, qint64 duplicateId)
{
    Permissions::require(m_session, Action::MergeClients);
    refuseMergeIntoItself(keepId, duplicateId);
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("clients"),
                {keepId, duplicateId}); // a second merge of the same duplicate finds it gone
    refuseMerge(keepId, duplicateId);
    EntityStore<Client> clients = store(m_session);
    Client keep = clients.get(keepId);
    const Client dup = clients.get(duplicateId);
    QSqlDatabase db = m_session.db->connection();
    for (const QString &table :
         {QStringLiteral("service_records"), QStringLiteral("consultations"), QStringLiteral("appointments"),
          QStringLiteral("contracts"), QStringLiteral("complaints"), QStringLiteral("handovers"),
          QStringLiteral("deadline_items"), QStringLiteral("follow_ups"), QStringLiteral("return_visits"),
          QStringLiteral("survey_responses"), QStringLiteral("scheduled_visits")})
        Sql::run(db, QStringLiteral("UPDATE %1 SET client_id = ? WHERE client_id = ?").arg(table),
                 {keepId, duplicateId});
    if (keep.gender.isEmpty())
        keep.gender = dup.gender;
    if (keep.occupation.isEmpty())
        keep.occupation = dup.occupation;
    if (keep.source.isEmpty())
        keep.source = dup.source;
    if (keep.consultantId == 0)
        keep.consultantId = dup.consultantId;
    for (const QString &i : dup.interests)
        if (!keep.interests.contains(i))
            keep.interests << i;
    QStringList notes{keep.notes, dup.notes};
    notes.removeAll(QString());
    keep.notes = notes.join(u'\n');
    const QVariantMap dupRow =
        RowGateway::toMap(RowGateway(m_session, QStringLiteral("clients"), tr("client")).fetch(duplicateId));
    // The duplicate's numbers stay the person's: other numbers of the client kept, which the front
    // desk and the search find it by.
    ClientPhones::takeOver(m_session, keepId, duplicateId, dup.phone);
    Sql::run(db, QStringLiteral("DELETE FROM clients WHERE id = ?"), {duplicateId});
    clients.update(keep);
    AuditLog::write(m_session, QStringLiteral("merge"), QStringLiteral("clients"), keepId, {},
                    {{QStringLiteral("merged_client"), duplicateId},
                     {QStringLiteral("other_phones"), ClientPhones::phonesOf(m_session, keepId)}});
    AuditLog::write(m_session, QStringLiteral("merged_into"), QStringLiteral("clients"), duplicateId, dupRow,
                    {{QStringLiteral("kept_client"), keepId}});
    ServiceRecord note;
    note.clientId = keepId;
    note.staffId = m_session.actorId;
    note.at = m_session.clock->nowMs();
    note.kind = Vocabulary::ServiceKind::Other; // nobody called: a record was merged
    note.content = tr("Duplicate record No. %1 (%2) merged into this client").arg(duplicateId).arg(dup.name);
    ServiceRecordRepository(m_session).add(note);
    tx.commit();
}

// The (client, rank) pairs a query of an index table read, in its order.
static QList<QPair<qint64, qint64>> rankedEntries(QSqlQuery q)
{
    QList<QPair<qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

// The first `limit` clients of one index table's entries for the gram, best first, each with its
// rank (a client once, at its best).
static QList<QPair<qint64, qint64>> rankedEntries(const QSqlDatabase &db, const QString &table,
                                                  const QString &gram, int limit)
{
    return rankedEntries(
        Sql::run(db,
                 QStringLiteral("SELECT client_id, MIN(rank) FROM %1 WHERE gram = ? GROUP BY "
                                "client_id ORDER BY 2, client_id LIMIT ?")
                     .arg(table),
                 {gram, limit}));
}

// The clients one gram of the search index answers, best first. The main index's entries are
// already in the search's order (nothing is sorted); the other phone numbers' entries of the same
// gram, ranked alike, are merged in.
static QList<qint64> exactMatches(const QSqlDatabase &db, const ClientSearchIndex::Lookup &lookup, int limit)
{
    QList<qint64> ids;
    QList<QPair<qint64, qint64>> entries = rankedEntries(Sql::run(
        db,
        QStringLiteral("SELECT client_id, rank FROM %1 WHERE gram = ? ORDER BY rank, client_id LIMIT ?")
            .arg(lookup.table),
        {lookup.gram, limit}));
    if (lookup.alsoTable.isEmpty()) {
        for (const auto &e : std::as_const(entries))
            ids << e.first;
        return ids;
    }
    entries += rankedEntries(db, lookup.alsoTable, lookup.gram, limit);
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    for (const auto &e : std::as_const(entries))
        if (!ids.contains(e.first) && ids.size() < limit)
            ids << e.first;
    return ids;
}

QList<ClientRow> ClientRepository::find(const QString &text, int limit) const
{
    const Match m = clientMatch(*m_session.db, text);
    if (m.where.isEmpty())
        return {};
    // First the matches' ids in the search's order, reading only what orders them; then what the
    // list shows of those few (the consultant for every match before the LIMIT would cost a
    // lookup each: some 3 600 for "zha" on 100 000 clients).
    QList<qint64> ids;
    if (!m.exact.gram.isEmpty()) {
        ids = exactMatches(m_session.db->connection(), m.exact, limit);
    } else {
        QVariantList values = m.rankValues;
        values << m.values << limit;
        QSqlQuery q = Sql::run(m_session.db->connection(),
                               QStringLiteral("SELECT c.id, ") + m.rank +
                                   QStringLiteral(" AS match_rank FROM clients c WHERE ") + m.where +
                                   QStringLiteral(" ORDER BY ") + m.order + QStringLiteral(" LIMIT ?"),
                               values);
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (ids.isEmpty())
        return {};
    QSqlQuery rows = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT c.id, c.name, c.phone, c.gender, c.source, s.name AS consultant_name, c.created_at, "
            "c.last_service_at, c.consultant_id FROM clients c LEFT JOIN staff s ON s.id = c.consultant_id WHERE c.id IN (%1)")
            .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')),
        QVariantList(ids.cbegin(), ids.cend()));
    QList<ClientRow> found = readRows(rows);
    std::sort(found.begin(), found.end(), [&ids](const ClientRow &a, const ClientRow &b) {
        return ids.indexOf(a.id) < ids.indexOf(b.id);
    });
    return found;
}

void ClientRepository::forEach(const std::function<void(const Client &)> &visit) const
{
    // Streams clients as this session may see them (masked where its role requires).
    qint64 lastId = 0;
    for (;;) {
        QSqlQuery q =
            Sql::run(m_session.db->connection(),
                     QStringLiteral("SELECT * FROM clients WHERE id > ? ORDER BY id LIMIT 1000"), {lastId});
        int seen = 0;
        const SqlRow row(q);
        while (q.next()) {
            Client c = clientFrom(row);
            lastId = c.id;
            maskForViewer(c);
            ++seen;
            visit(c);
        }
        if (seen < 1000)
            return;
    }
}

void ClientRepository::insertBatch(QList<Client> &clients, const QString &auditAction,
                                   Pinyin::InAdvance *pinyinAhead)
{
    Permissions::require(m_session, Action::ImportClients);
    if (clients.isEmpty())
        return;
    Transaction tx(*m_session.db);
    Transaction::holdChangedPagesInMemory(*m_session.db);
    const qint64 now = m_session.clock->nowMs();
    QStringList names;
    names.reserve(clients.size());
    for (const Client &c : std::as_const(clients))
        names << c.name;
    // The search keys, in bulk.
    const QList<Pinyin::Forms> pinyin = pinyinAhead ? pinyinAhead->of(names) : Pinyin::ofNames(names);
    // Multi-row INSERTs of kRows rows (13 values each: well within SQLite's 32 766 and
    // PostgreSQL's 65 535 parameters; Qt's SQLite driver names each placeholder, which makes
    // preparing a statement grow with the square of its values, hence the smaller chunks there). RETURNING
    // gives the ids with the phone (unique), since neither database promises the order of the rows it
    // returns.
    const qsizetype kRows = m_session.db->backend() == Backend::Sqlite ? 50 : 200;
    const QString columns = QStringLiteral(
        "INSERT INTO clients (name, phone, gender, occupation, source, interests, notes, "
        "consultant_id, created_at, updated_at, name_pinyin, name_initials, source_detail) VALUES ");
    const QString marks = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto statement = [&](qsizetype rows) {
        QStringList tuples(rows, marks);
        return Sql::prepare(m_session.db->connection(),
                            columns + tuples.join(u',') + QStringLiteral(" RETURNING id, phone"));
    };
    // SQLite re-executes one prepared statement for every full chunk (preparing is most of the
    // cost there); PostgreSQL gets a fresh one per chunk, since a QSqlQuery re-executed after
    // finish() may return only the first RETURNING row there.
    const bool reuse = m_session.db->backend() == Backend::Sqlite;
    ClientSearchIndex::insertInBulk(*m_session.db, [&] {
        QHash<QString, qsizetype> byPhone;
        std::optional<QSqlQuery> full;
        for (qsizetype from = 0; from < clients.size(); from += kRows) {
            const qsizetype rows = std::min(kRows, clients.size() - from);
            std::optional<QSqlQuery> own;
            if (reuse && rows == kRows && !full)
                full = statement(rows);
            QSqlQuery &q = reuse && rows == kRows ? *full : own.emplace(statement(rows));
            byPhone.clear();
            int value = 0;
            for (qsizetype i = from; i < from + rows; ++i) {
                Client &c = clients[i];
                if (c.createdAt == 0)
                    c.createdAt = now;
                c.updatedAt = c.createdAt;
                c.rowVersion = 1;
                byPhone.insert(c.phone, i);
                q.bindValue(value++, c.name);
                q.bindValue(value++, c.phone);
                q.bindValue(value++, c.gender);
                q.bindValue(value++, c.occupation);
                q.bindValue(value++, c.source);
                q.bindValue(value++, c.interests.join(u','));
                q.bindValue(value++, c.notes);
                q.bindValue(value++, Sql::nullableId(c.consultantId));
                q.bindValue(value++, c.createdAt);
                q.bindValue(value++, c.updatedAt);
                q.bindValue(value++, pinyin.at(i).full);
                q.bindValue(value++, pinyin.at(i).initials);
                q.bindValue(value++, c.sourceDetail);
            }
            Sql::exec(q);
            const SqlRow row(q);
            while (q.next())
                clients[byPhone.value(row.text("phone"))].id = row.id("id");
            q.finish();
        }
        const auto [low, high] = std::minmax_element(
            clients.cbegin(), clients.cend(), [](const Client &a, const Client &b) { return a.id < b.id; });
        return qMakePair(low->id, high->id);
    });
    AuditLog::write(m_session, auditAction, QStringLiteral("clients"), 0, {},
                    {{QStringLiteral("count"), clients.size()},
                     {QStringLiteral("first_id"), clients.constFirst().id},
                     {QStringLiteral("last_id"), clients.constLast().id}});
    tx.commit();
}

} // namespace estatedesk
