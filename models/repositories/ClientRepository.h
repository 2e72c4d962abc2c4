// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pinyin.h"
#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <functional>

namespace estatedesk {

// What the client list asks for: an instant filter and a sort order.
struct ClientQuery
{
    enum class Sort
    {
        Id,
        Name,
        Phone,
        Source,
        Consultant,
        CreatedAt,
        LastServiceAt
    };
    QString text; // name part or phone digits in any format
    Sort sort = Sort::Id;
    bool descending = false;
    qint64 consultantId = 0; // 0 = every consultant
    // Past this many matches a page on SQLite walks the sort order's index, checking each client
    // against the filter, instead of sorting every match (ClientRepository::page).
    qint64 denseMatches = 10000;
};

// One line of the client list.
struct ClientRow
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString gender;
    QString source;
    QString consultantName;
    qint64 createdAt = 0;
    qint64 lastServiceAt = 0;
    bool masked = false; // phone masked for this session
    qint64 consultantId = 0;
};

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
public:
    explicit ClientRepository(const Session &session) : m_session(session) {}

    // Validates (normalising the phone), refuses a phone another client has (as main or other
    // number, see ClientPhones), inserts, audits.
    void add(Client &client);
    // Saves every field (Action::EditClient; a consultant only their own clients): the phone
    // checked against every other client's, the change audited, a row changed meanwhile refused
    // with ConflictError. A masked phone is kept as stored; notes hidden from the role stay too.
    void update(Client &client);
    // A returning client registered at the desk: gender and occupation filled in where the
    // record has none (nothing already recorded is overwritten); audited.
    void fillMissingDetails(qint64 id, const QString &gender, const QString &occupation);
    // As this session may see it: phone masked and notes hidden unless its role sees the client
    // in full (security/Permissions::seesFullClient).
    Client get(qint64 id) const;
    // The names of many clients at once (a board's rows), by id.
    QHash<qint64, QString> namesOf(const QList<qint64> &ids) const;
    // The full phone, for a role that may reveal it; the reveal is audited.
    QString revealPhone(qint64 id);
    // The client with that phone (any format) as main or other number, or id 0 (also for an erased
    // client's placeholder, which is no number).
    Client findByPhone(const QString &phone) const;

    // The front-desk search: phone digits in any format and any part of the main or another number
    // (one or two digits: the start of the main number), Chinese characters anywhere in the name (one or two
    // too), pinyin or its initials from the start (张三: "zs", "zhangsan"); best matches first. Phones masked
    // as the session's role requires. An erased client's placeholder phone matches no digits.
    QList<ClientRow> find(const QString &text, int limit = 20) const;
    // The clients the query matches; with a cap, counted no further than cap + 1 (a result over
    // cap says only "more than cap", and costs no more than reading cap + 1 entries of an index).
    qint64 count(const ClientQuery &query = {}, qint64 cap = 0) const;
    // The rows offset… of the list in its order, each with the time of the client's latest service
    // record (clients.last_service_at, kept by ClientLastService's triggers).
    QList<ClientRow> page(const ClientQuery &query, qint64 offset, int limit) const;
    // Merges a duplicate into the client kept: every service record, consultation, viewing,
    // contract, complaint, handover and deadline moves over; empty details are filled from the
    // duplicate; the duplicate's main and other phone numbers become other numbers of the client
    // kept (ClientPhones); the duplicate's audit entries stay (and the merge is audited on both
    // numbers).
    void merge(qint64 keepId, qint64 duplicateId);
    // A client merged into itself: refused (by merge(), and by a window before it asks).
    static void refuseMergeIntoItself(qint64 keepId, qint64 duplicateId);
    // That, and an erased client on either side (Erasure::Refused::Merge): what merge() refuses
    // before it changes anything, for a window to ask before it asks the user.
    void refuseMerge(qint64 keepId, qint64 duplicateId) const;
    // Every client in id order, streamed without holding all in memory.
    void forEach(const std::function<void(const Client &)> &visit) const;

    // Inserts many validated clients in the caller's transaction with multi-row statements and
    // one audit entry for the batch (imports and demo data). Phones must be unique and unused.
    // pinyinAhead: the names' pinyin, when the caller set it to work earlier (an import does, while
    // it checks its lines); worked out here otherwise. The connection keeps the pages it changes
    // in memory until the caller's transaction ends (Transaction::holdChangedPagesInMemory).
    void insertBatch(QList<Client> &clients, const QString &auditAction,
                     Pinyin::InAdvance *pinyinAhead = nullptr);

private:
    void refuseDuplicatePhone(const Client &client) const;
    // Staff who may not see the full record get the phone masked and the notes withheld.
    void maskForViewer(Client &client) const;
    QList<ClientRow> readRows(QSqlQuery &query) const;
    Session m_session;
};

} // namespace estatedesk
