// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ClientPhones.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

const QLatin1String kField{"other_phone"};
constexpr int kLabelLength = 20;

// What every addition locks besides the number: an import checks its main numbers against the
// other numbers under the same key (ClientPhones::mainNumberClash).
const QLatin1String kAdditionsKey{"client_phones"};

QString fieldLabel()
{
    return ClientPhones::tr("Other phone");
}

// The number as typed, normalised; a bad one refused naming the field.
QString normalized(const QString &typed)
{
    QString why;
    const QString e164 = Phone::tryNormalize(typed, &why);
    if (e164.isEmpty())
        throw ValidationError(kField, QStringLiteral("%1: %2").arg(fieldLabel(), why));
    return e164;
}

} // namespace

QString ClientPhones::lockKey(const QString &e164)
{
    return QStringLiteral("clients.phone:") + e164;
}

ClientPhones::Owner ClientPhones::ownerOf(const Session &session, const QString &e164)
{
    QSqlQuery q =
        Sql::run(session.db->connection(),
                 QStringLiteral("SELECT id, name, 1 AS main FROM clients WHERE phone = ? UNION ALL "
                                "SELECT c.id, c.name, 0 FROM client_phones p JOIN clients c ON c.id = "
                                "p.client_id WHERE p.phone = ?"),
                 {e164, e164});
    const SqlRow row(q);
    if (!q.next())
        return {};
    return {row.id("id"), row.text("name"), row.int64("main") == 1};
}

void ClientPhones::refuseTaken(const Session &session, const QString &e164, qint64 clientId, bool isMain,
                               const QString &field)
{
    const Owner owner = ownerOf(session, e164);
    if (owner.clientId == 0 || (owner.clientId == clientId && owner.main == isMain))
        return;
    const QString label = isMain ? FieldNames::label(QStringLiteral("phone")) : fieldLabel();
    if (owner.clientId == clientId)
        throw ValidationError(
            field, isMain
                       ? tr("%1: %2 is already one of this client's other numbers; remove it "
                            "there first")
                             .arg(label, Phone::display(e164))
                       : tr("%1: %2 is already this client's main number").arg(label, Phone::display(e164)));
    throw ValidationError(field,
                          (owner.main ? tr("%1: %2 already belongs to client %3 (No. %4)")
                                      : tr("%1: %2 already belongs to client %3 (No. %4) as another number"))
                              .arg(label, Phone::display(e164), owner.name)
                              .arg(owner.clientId));
}

QList<OtherPhone> ClientPhones::of(qint64 clientId) const
{
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT p.id, p.client_id, p.phone, p.label, c.consultant_id FROM "
                                "client_phones p JOIN clients c ON c.id = p.client_id WHERE p.client_id "
                                "= ? ORDER BY p.id"),
                 {clientId});
    QList<OtherPhone> out;
    const SqlRow row(q);
    while (q.next()) {
        OtherPhone p{row.id("id"), row.id("client_id"), row.text("phone"), row.text("label")};
        if (!Permissions::seesFullClient(m_session, row.id("consultant_id")))
            p.phone = Phone::mask(p.phone);
        out << p;
    }
    return out;
}

QStringList ClientPhones::phonesOf(const Session &session, qint64 clientId)
{
    QSqlQuery q = Sql::run(session.db->connection(),
                           QStringLiteral("SELECT phone FROM client_phones WHERE client_id = ? ORDER BY id"),
                           {clientId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void ClientPhones::requireEditable(qint64 clientId) const
{
    Permissions::require(m_session, Action::EditClient);
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("SELECT name, consultant_id FROM clients WHERE id = ?"), {clientId});
    const SqlRow row(q);
    if (!q.next())
        throw NotFoundError(tr("The client No. %1 does not exist.").arg(clientId));
    if (m_session.role == Vocabulary::Role::Consultant && row.id("consultant_id") != m_session.actorId)
        throw PermissionError(tr("Not allowed: %1 is another consultant's client.").arg(row.text("name")));
    q.finish();
    Erasure::refuseIfErased(m_session, clientId, Erasure::Refused::OtherPhone);
}

void ClientPhones::audit(qint64 clientId, const QStringList &before) const
{
    AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("clients"), clientId,
                    {{QStringLiteral("other_phones"), before}},
                    {{QStringLiteral("other_phones"), phonesOf(m_session, clientId)}});
}

OtherPhone ClientPhones::add(qint64 clientId, const QString &phone, const QString &label)
{
    const QString e164 = normalized(phone);
    const QString trimmedLabel = label.trimmed();
    if (trimmedLabel.size() > kLabelLength)
        throw ValidationError(QStringLiteral("other_phone_label"),
                              tr("Label of the other phone: at most %1 characters").arg(kLabelLength));
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("clients"), {clientId});
    requireEditable(clientId);
    tx.lockKey(kAdditionsKey);
    tx.lockKey(lockKey(e164));
    refuseTaken(m_session, e164, clientId, false, kField);
    const QStringList before = phonesOf(m_session, clientId);
    if (before.contains(e164))
        throw ValidationError(kField, tr("%1: %2 is already one of this client's other numbers")
                                          .arg(fieldLabel(), Phone::display(e164)));
    QSqlQuery q =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("INSERT INTO client_phones (client_id, phone, label, created_at) VALUES "
                                "(?, ?, ?, ?) RETURNING id"),
                 {clientId, e164, trimmedLabel, m_session.clock->nowMs()});
    OtherPhone added{q.next() ? q.value(0).toLongLong() : 0, clientId, e164, trimmedLabel};
    q.finish();
    audit(clientId, before);
    tx.commit();
    return added;
}

void ClientPhones::remove(qint64 clientId, const QString &phone)
{
    const QString e164 = normalized(phone);
    removeWhere(clientId, QStringLiteral("phone = ?"), e164, Phone::display(e164));
}

void ClientPhones::removeEntry(qint64 clientId, qint64 phoneId)
{
    removeWhere(clientId, QStringLiteral("id = ?"), phoneId, tr("No. %1").arg(phoneId));
}

void ClientPhones::removeWhere(qint64 clientId, const QString &which, const QVariant &value,
                               const QString &shown)
{
    Transaction tx(*m_session.db);
    tx.lockRows(QStringLiteral("clients"), {clientId});
    requireEditable(clientId);
    const QStringList before = phonesOf(m_session, clientId);
    const int removed =
        Sql::run(m_session.db->connection(),
                 QStringLiteral("DELETE FROM client_phones WHERE client_id = ? AND %1").arg(which),
                 {clientId, value})
            .numRowsAffected();
    if (removed == 0)
        throw ValidationError(
            kField, tr("%1: %2 is not one of this client's other numbers").arg(fieldLabel(), shown));
    audit(clientId, before);
    tx.commit();
}

QString ClientPhones::mainNumberClash(const Session &session)
{
    Transaction tx(*session.db);
    tx.lockKey(kAdditionsKey);
    const QVariant clash = Sql::scalar(
        session.db->connection(),
        QStringLiteral("SELECT MIN(p.phone) FROM client_phones p JOIN clients c ON c.phone = p.phone"));
    tx.commit();
    return clash.isNull() ? QString() : clash.toString();
}

void ClientPhones::takeOver(const Session &session, qint64 keepId, qint64 duplicateId,
                            const QString &duplicatePhone)
{
    QSqlDatabase db = session.db->connection();
    Sql::run(db, QStringLiteral("UPDATE client_phones SET client_id = ? WHERE client_id = ?"),
             {keepId, duplicateId});
    // The duplicate's main number is nobody else's (its row goes next, in the same unit).
    Sql::run(
        db,
        QStringLiteral("INSERT INTO client_phones (client_id, phone, label, created_at) VALUES (?, ?, ?, ?)"),
        {keepId, duplicatePhone, tr("merged No. %1").arg(duplicateId), session.clock->nowMs()});
}

int ClientPhones::removeAll(const Session &session, qint64 clientId)
{
    return Sql::run(session.db->connection(), QStringLiteral("DELETE FROM client_phones WHERE client_id = ?"),
                    {clientId})
        .numRowsAffected();
}

} // namespace estatedesk
