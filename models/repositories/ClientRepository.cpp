// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ClientRepository.h"

#include "security/Permissions.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "repositories/AuditLog.h"
#include "repositories/EntityStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace estatedesk {

static QVariantMap clientRow(const Client &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("gender"), c.gender},
            {QStringLiteral("occupation"), c.occupation},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("interests"), c.interests.join(u',')},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("consultant_id"), Sql::nullableId(c.consultantId)}};
}

static Client clientFrom(const QSqlRecord &r)
{
    Client c;
    readCommonColumns(r, c);
    c.name = r.value(QStringLiteral("name")).toString();
    c.phone = r.value(QStringLiteral("phone")).toString();
    c.gender = r.value(QStringLiteral("gender")).toString();
    c.occupation = r.value(QStringLiteral("occupation")).toString();
    c.source = r.value(QStringLiteral("source")).toString();
    c.interests = r.value(QStringLiteral("interests")).toString().split(u',', Qt::SkipEmptyParts);
    c.notes = r.value(QStringLiteral("notes")).toString();
    c.consultantId = r.value(QStringLiteral("consultant_id")).toLongLong();
    return c;
}

static EntityStore<Client> store(const Session &session)
{
    return {session, QStringLiteral("clients"), ClientRepository::tr("client"), clientRow, clientFrom};
}

void ClientRepository::refuseDuplicatePhone(const Client &client) const
{
    const Client other = findByPhone(client.phone);
    if (other.id != 0 && other.id != client.id)
        throw ValidationError(QStringLiteral("phone"),
                              tr("Phone: %1 already belongs to client %2 (No. %3)")
                                  .arg(Phone::display(client.phone), other.name)
                                  .arg(other.id));
}

void ClientRepository::add(Client &client)
{
    Permissions::require(m_session, Action::AddClient);
    client.validate();
    Transaction tx(*m_session.db);
    refuseDuplicatePhone(client);
    store(m_session).insert(client);
    tx.commit();
}

void ClientRepository::update(Client &client)
{
    Permissions::require(m_session, Action::EditClient);
    Transaction tx(*m_session.db);
    const Client stored = store(m_session).get(client.id);
    if (m_session.role == QLatin1String("consultant") && stored.consultantId != m_session.actorId)
        throw PermissionError(tr("Not allowed: %1 is another consultant's client.").arg(stored.name));
    // A masked phone shown to this user stays what it was.
    if (client.phone.contains(u'*'))
        client.phone = stored.phone;
    client.validate();
    refuseDuplicatePhone(client);
    store(m_session).update(client);
    tx.commit();
}

Client ClientRepository::get(qint64 id) const
{
    Client c = store(m_session).get(id);
    if (!Permissions::seesFullClient(m_session, c.consultantId)) {
        c.phone = Phone::mask(c.phone);
        c.notes.clear();
    }
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
    if (e164.isEmpty())
        return {};
    QSqlQuery q = Sql::run(m_session.db->connection(), QStringLiteral("SELECT * FROM clients WHERE phone = ?"), {e164});
    if (!q.next())
        return {};
    Client c = clientFrom(q.record());
    if (!Permissions::seesFullClient(m_session, c.consultantId)) {
        c.phone = Phone::mask(c.phone);
        c.notes.clear();
    }
    return c;
}

namespace {

// The WHERE clause of a client query and its bound values; the SQL text is constant.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter clientFilter(const Database &db, const ClientQuery &query)
{
    Filter f;
    QStringList parts;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString digits = Phone::digitsOnly(text);
        const QString like = db.dialect().ilike();
        static const QRegularExpression phoneChars(QStringLiteral("^[0-9+\\-() ]+$"));
        const bool looksLikePhone = !digits.isEmpty() && phoneChars.match(text).hasMatch();
        if (looksLikePhone) {
            // A typed "0086 138..." or "+86 138..." searches the national digits.
            QString national = digits;
            if (national.startsWith(QLatin1String("0086")))
                national = national.mid(4);
            else if (text.startsWith(u'+') && national.startsWith(QLatin1String("86")))
                national = national.mid(2);
            parts << QStringLiteral("c.phone LIKE ? ESCAPE '\\'");
            f.values << QVariant(QStringLiteral("%") + national + QStringLiteral("%"));
        } else {
            parts << QStringLiteral("c.name %1 ? ESCAPE '\\'").arg(like);
            f.values << QVariant(QStringLiteral("%") + Sql::likeEscape(text) + QStringLiteral("%"));
        }
    }
    if (query.consultantId > 0) {
        parts << QStringLiteral("c.consultant_id = ?");
        f.values << query.consultantId;
    }
    if (!parts.isEmpty())
        f.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

QString orderBy(const ClientQuery &query)
{
    QString column;
    switch (query.sort) {
    case ClientQuery::Sort::Id: column = QStringLiteral("c.id"); break;
    case ClientQuery::Sort::Name: column = QStringLiteral("c.name"); break;
    case ClientQuery::Sort::Phone: column = QStringLiteral("c.phone"); break;
    case ClientQuery::Sort::Source: column = QStringLiteral("c.source"); break;
    case ClientQuery::Sort::Consultant: column = QStringLiteral("s.name"); break;
    case ClientQuery::Sort::CreatedAt: column = QStringLiteral("c.created_at"); break;
    case ClientQuery::Sort::LastServiceAt: column = QStringLiteral("last_service_at"); break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", c.id") + dir;
}

} // namespace

qint64 ClientRepository::count(const ClientQuery &query) const
{
    const Filter f = clientFilter(*m_session.db, query);
    return Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM clients c") + f.where, f.values)
        .toLongLong();
}

QList<ClientRow> ClientRepository::page(const ClientQuery &query, qint64 offset, int limit) const
{
    Filter f = clientFilter(*m_session.db, query);
    f.values << limit << offset;
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT c.id, c.name, c.phone, c.gender, c.source, s.name, c.created_at, "
                                          "(SELECT MAX(r.at) FROM service_records r WHERE r.client_id = c.id) AS "
                                          "last_service_at, c.consultant_id FROM clients c LEFT JOIN staff s ON s.id = "
                                          "c.consultant_id")
                               + f.where + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"),
                           f.values);
    QList<ClientRow> out;
    out.reserve(limit);
    while (q.next()) {
        ClientRow row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong()};
        if (!Permissions::seesFullClient(m_session, q.value(8).toLongLong()))
            row.phone = Phone::mask(row.phone);
        row.masked = row.phone.contains(u'*');
        out.append(row);
    }
    return out;
}

void ClientRepository::forEach(const std::function<void(const Client &)> &visit) const
{
    // Streams clients as this session may see them (masked where its role requires).
    qint64 lastId = 0;
    for (;;) {
        QSqlQuery q = Sql::run(m_session.db->connection(),
                               QStringLiteral("SELECT * FROM clients WHERE id > ? ORDER BY id LIMIT 1000"), {lastId});
        int seen = 0;
        while (q.next()) {
            Client c = clientFrom(q.record());
            lastId = c.id;
            if (!Permissions::seesFullClient(m_session, c.consultantId)) {
                c.phone = Phone::mask(c.phone);
                c.notes.clear();
            }
            ++seen;
            visit(c);
        }
        if (seen < 1000)
            return;
    }
}

void ClientRepository::insertBatch(QList<Client> &clients, const QString &auditAction)
{
    Permissions::require(m_session, Action::ImportClients);
    if (clients.isEmpty())
        return;
    Transaction tx(*m_session.db);
    const qint64 now = m_session.clock->nowMs();
    QSqlQuery q = Sql::prepare(m_session.db->connection(),
                               QStringLiteral("INSERT INTO clients (name, phone, gender, occupation, source, interests, "
                                              "notes, consultant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?) RETURNING id"));
    for (Client &c : clients) {
        if (c.createdAt == 0)
            c.createdAt = now;
        c.updatedAt = c.createdAt;
        q.bindValue(0, c.name);
        q.bindValue(1, c.phone);
        q.bindValue(2, c.gender);
        q.bindValue(3, c.occupation);
        q.bindValue(4, c.source);
        q.bindValue(5, c.interests.join(u','));
        q.bindValue(6, c.notes);
        q.bindValue(7, Sql::nullableId(c.consultantId));
        q.bindValue(8, c.createdAt);
        q.bindValue(9, c.updatedAt);
        Sql::exec(q);
        if (q.next())
            c.id = q.value(0).toLongLong();
        q.finish();
        c.rowVersion = 1;
    }
    AuditLog::write(m_session, auditAction, QStringLiteral("clients"), 0, {},
                    {{QStringLiteral("count"), clients.size()},
                     {QStringLiteral("first_id"), clients.constFirst().id},
                     {QStringLiteral("last_id"), clients.constLast().id}});
    tx.commit();
}

} // namespace estatedesk
