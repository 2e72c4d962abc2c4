// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditChain.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <sodium.h>

namespace estatedesk {

namespace {

constexpr int kHashBytes = 32;
constexpr int kSaltBytes = 16; // crypto_generichash_KEYBYTES_MIN
constexpr int kBatch = 500;

void startSodium()
{
    if (sodium_init() < 0)
        throw StorageError(AuditChain::tr("The hashing library (libsodium) cannot start."));
}

// Each field with its length in front, so that no two different entries give the same bytes.
void field(QByteArray &buffer, const QByteArray &bytes)
{
    const quint32 n = quint32(bytes.size());
    buffer.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    buffer.append(bytes);
}

QByteArray blake2b(const QByteArray &input, const QByteArray &key = {})
{
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(input.constData()), quint64(input.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return out;
}

QString imagesDigest(const QByteArray &salt, const QString &beforeJson, const QString &afterJson)
{
    QByteArray buffer("EstateDesk audit images 1");
    field(buffer, beforeJson.toUtf8());
    field(buffer, afterJson.toUtf8());
    return QString::fromLatin1(blake2b(buffer, salt).toHex());
}

QString entryHash(const QString &previous, qint64 seq, const AuditChain::Entry &e)
{
    QByteArray buffer("EstateDesk audit chain 1");
    field(buffer, previous.toLatin1());
    field(buffer, QByteArray::number(seq));
    field(buffer, QByteArray::number(e.id));
    field(buffer, QByteArray::number(e.at));
    field(buffer, QByteArray::number(e.actorId > 0 ? e.actorId : 0));
    field(buffer, e.action.toUtf8());
    field(buffer, e.entity.toUtf8());
    field(buffer, QByteArray::number(e.entityId > 0 ? e.entityId : 0));
    field(buffer, e.imagesDigest.toLatin1());
    return QString::fromLatin1(blake2b(buffer).toHex());
}

// One audit_log row as the chain reads it.
struct Row
{
    AuditChain::Entry entry;
    qint64 seq = 0;
    QString beforeJson, afterJson, salt, hash;
};

const char *const kRowColumns =
    "id, chain_seq, at, actor_id, action, entity, entity_id, before_json, after_json, images_salt, "
    "images_digest, entry_hash";

Row readRow(const SqlRow &row)
{
    Row r;
    r.entry.id = row.id("id");
    r.seq = row.int64("chain_seq");
    r.entry.at = row.int64("at");
    r.entry.actorId = row.id("actor_id");
    r.entry.action = row.text("action");
    r.entry.entity = row.text("entity");
    r.entry.entityId = row.id("entity_id");
    r.beforeJson = row.text("before_json");
    r.afterJson = row.text("after_json");
    r.salt = row.text("images_salt");
    r.entry.imagesDigest = row.text("images_digest");
    r.hash = row.text("entry_hash");
    return r;
}

// The entries with these ids (one batch), by id.
QHash<qint64, Row> rowsById(const QSqlDatabase &conn, const QList<qint64> &ids)
{
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    QHash<qint64, Row> rows;
    QSqlQuery q = Sql::run(conn,
                           QStringLiteral("SELECT %1 FROM audit_log WHERE id IN (%2)")
                               .arg(QLatin1String(kRowColumns), marks.join(u',')),
                           values);
    const SqlRow row(q);
    while (q.next()) {
        const Row r = readRow(row);
        rows.insert(r.entry.id, r);
    }
    return rows;
}

// Whether the images are what the entry's digest says they were: unredacted images match the
// digest under their salt; redacted ones (no salt) are the redaction marker and nothing else.
bool imagesHold(const Row &r)
{
    if (r.entry.imagesDigest.isEmpty())
        return false;
    if (r.salt.isEmpty())
        return r.beforeJson.isEmpty() && AuditChain::isRedactionMarker(r.afterJson);
    return imagesDigest(QByteArray::fromHex(r.salt.toLatin1()), r.beforeJson, r.afterJson) ==
           r.entry.imagesDigest;
}

QString when(qint64 at)
{
    return OfficeTime::formatDateTime(at);
}

// A read that sees one moment of the log while other PCs keep writing (check runs outside any unit).
class Snapshot
{
public:
    explicit Snapshot(const Database &db) : m_conn(db.connection())
    {
        if (Transaction::isOpen(db))
            return;
        Sql::run(m_conn, db.backend() == Backend::Postgres
                             ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                             : QStringLiteral("BEGIN"));
        m_open = true;
    }
    ~Snapshot()
    {
        if (!m_open)
            return;
        QSqlQuery q(m_conn);
        q.exec(QStringLiteral("COMMIT"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    QSqlDatabase m_conn;
    bool m_open = false;
};

} // namespace

bool AuditChain::isRedactionMarker(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.size() == 1 && o.value(QStringLiteral("redacted")).isString();
}

AuditChain::Images AuditChain::digestImages(const QString &beforeJson, const QString &afterJson)
{
    startSodium();
    QByteArray salt(kSaltBytes, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return {QString::fromLatin1(salt.toHex()), imagesDigest(salt, beforeJson, afterJson)};
}

void AuditChain::seal(const Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    startSodium();
    QSqlDatabase conn = db.connection();
    // The chain's one lock: the next writer waits here until this unit has committed.
    QSqlQuery head =
        Sql::run(conn, db.backend() == Backend::Postgres
                           ? QStringLiteral("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                           : QStringLiteral("SELECT seq, hash FROM audit_chain_head WHERE id = 1"));
    qint64 seq = 0;
    QString previous;
    const SqlRow headRow(head);
    const bool hasHead = head.next();
    if (hasHead) {
        seq = headRow.int64("seq");
        previous = headRow.text("hash");
    }
    head.finish();
    if (!hasHead) {
        // The head row is gone (removed by hand): carry on after the last entry on the chain.
        QSqlQuery last = Sql::run(
            conn, QStringLiteral("SELECT chain_seq, entry_hash FROM audit_log WHERE chain_seq IS NOT NULL "
                                 "ORDER BY chain_seq DESC LIMIT 1"));
        const SqlRow lastRow(last);
        if (last.next()) {
            seq = lastRow.int64("chain_seq");
            previous = lastRow.text("entry_hash");
        }
        last.finish();
        Sql::run(conn, QStringLiteral("INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, ?, ?)"),
                 {seq, previous});
    }
    QSqlQuery update =
        Sql::prepare(conn, QStringLiteral("UPDATE audit_log SET chain_seq = ?, entry_hash = ? WHERE id = ?"));
    // Read back in batches (a demo load writes hundreds of thousands in one unit): the hash covers
    // what is stored.
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QList<qint64> batch = ids.mid(start, kBatch);
        const QHash<qint64, Row> rows = rowsById(conn, batch);
        for (qint64 id : batch) {
            const auto it = rows.constFind(id);
            if (it == rows.constEnd())
                throw StorageError(tr("Audit entry %1 vanished before it was saved.").arg(id));
            ++seq;
            previous = entryHash(previous, seq, it->entry);
            update.bindValue(0, seq);
            update.bindValue(1, previous);
            update.bindValue(2, id);
            Sql::exec(update);
        }
    }
    Sql::run(conn, QStringLiteral("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1"),
             {seq, previous});
}

void AuditChain::rebuild(const Database &db)
{
    startSodium();
    QSqlDatabase conn = db.connection();
    QList<qint64> ids;
    {
        QSqlQuery q = Sql::run(
            conn,
            QStringLiteral("SELECT id FROM audit_log ORDER BY CASE WHEN chain_seq IS NULL THEN 1 ELSE 0 END, "
                           "chain_seq, id"));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    Sql::run(conn, QStringLiteral("UPDATE audit_log SET chain_seq = NULL"));
    QSqlQuery update = Sql::prepare(
        conn, QStringLiteral("UPDATE audit_log SET chain_seq = ?, entry_hash = ?, images_salt = ?, "
                             "images_digest = ? WHERE id = ?"));
    qint64 seq = 0;
    QString previous;
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QList<qint64> batch = ids.mid(start, kBatch);
        const QHash<qint64, Row> rows = rowsById(conn, batch);
        for (qint64 id : batch) {
            Row r = rows.value(id);
            // Redacted entries keep the digest of what they said; any other whose images no
            // longer match (or that has none yet) gets a fresh salt and digest.
            const bool redacted = r.salt.isEmpty() && !r.entry.imagesDigest.isEmpty();
            if (!redacted && !imagesHold(r)) {
                const Images images = digestImages(r.beforeJson, r.afterJson);
                r.salt = images.salt;
                r.entry.imagesDigest = images.digest;
            }
            ++seq;
            previous = entryHash(previous, seq, r.entry);
            update.bindValue(0, seq);
            update.bindValue(1, previous);
            update.bindValue(2, Sql::nullableText(r.salt));
            update.bindValue(3, r.entry.imagesDigest);
            update.bindValue(4, id);
            Sql::exec(update);
        }
    }
    Sql::run(conn, QStringLiteral("DELETE FROM audit_chain_head"));
    Sql::run(conn, QStringLiteral("INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, ?, ?)"),
             {seq, previous});
}

AuditChain::Break AuditChain::verify(const Database &db)
{
    startSodium();
    QSqlDatabase conn = db.connection();
    const Snapshot snapshot(db);
    qint64 headSeq = -1;
    QString headHash;
    {
        QSqlQuery q = Sql::run(conn, QStringLiteral("SELECT seq, hash FROM audit_chain_head WHERE id = 1"));
        const SqlRow row(q);
        if (q.next()) {
            headSeq = row.int64("seq");
            headHash = row.text("hash");
        }
    }
    if (headSeq < 0)
        return {0, 0, tr("audit log: the record of the chain's last entry (audit_chain_head) was deleted")};
    qint64 expected = 1;
    QString previous;
    Row last;
    for (;;) {
        QList<Row> rows;
        {
            QSqlQuery q = Sql::run(
                conn,
                QStringLiteral("SELECT %1 FROM audit_log WHERE chain_seq >= ? ORDER BY chain_seq LIMIT %2")
                    .arg(QLatin1String(kRowColumns))
                    .arg(kBatch),
                {expected});
            const SqlRow row(q);
            while (q.next())
                rows << readRow(row);
        }
        for (const Row &r : std::as_const(rows)) {
            if (r.seq != expected) {
                const int missing = int(r.seq - expected);
                return {r.entry.id, r.entry.at,
                        tr("audit log: entry %1 of %2: %n entry(s) before it deleted", nullptr, missing)
                            .arg(r.entry.id)
                            .arg(when(r.entry.at))};
            }
            if (!imagesHold(r))
                return {
                    r.entry.id, r.entry.at,
                    tr("audit log: entry %1 of %2 changed: its before/after values are not the ones written")
                        .arg(r.entry.id)
                        .arg(when(r.entry.at))};
            if (entryHash(previous, r.seq, r.entry) != r.hash)
                return {
                    r.entry.id, r.entry.at,
                    tr("audit log: entry %1 of %2 changed: who, when, what or which record is not what was written")
                        .arg(r.entry.id)
                        .arg(when(r.entry.at))};
            previous = r.hash;
            last = r;
            ++expected;
        }
        if (rows.size() < kBatch)
            break;
    }
    const qint64 onChain = expected - 1;
    if (onChain < headSeq) {
        const int missing = int(headSeq - onChain);
        if (onChain == 0)
            return {0, 0, tr("audit log: all %n entry(s) deleted", nullptr, missing)};
        return {last.entry.id, last.entry.at,
                tr("audit log: %n entry(s) after entry %1 of %2 deleted", nullptr, missing)
                    .arg(last.entry.id)
                    .arg(when(last.entry.at))};
    }
    if (onChain > headSeq || previous != headHash)
        return {last.entry.id, last.entry.at,
                tr("audit log: the chain's last entry is recorded as another than entry %1 of %2")
                    .arg(last.entry.id)
                    .arg(when(last.entry.at))};
    {
        QSqlQuery q = Sql::run(
            conn,
            QStringLiteral(
                "SELECT id, at FROM audit_log WHERE chain_seq IS NULL OR entry_hash IS NULL ORDER BY id LIMIT 1"));
        const SqlRow row(q);
        if (q.next())
            return {row.id("id"), row.int64("at"),
                    tr("audit log: entry %1 of %2 is not on the chain: it was added outside EstateDesk")
                        .arg(row.id("id"))
                        .arg(when(row.int64("at")))};
    }
    return {};
}

} // namespace estatedesk
