// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace estatedesk {

// One of a client's other phone numbers (beside the main one, clients.phone).
struct OtherPhone
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString phone; // E.164; masked ("139****4321") for a role that does not see the client in full
    QString label; // what the number is ("work", "spouse"), may be empty
};

// A client's other phone numbers (table client_phones): the front desk, the search and the
// console program find the client by any of them. A number belongs to at most one client, as
// its main number or as another number: every write of a number (the main one too, see
// ClientRepository) locks the number (Transaction::lockKey, the key registering a caller takes)
// and checks both places in the same unit, so two PCs adding the same number at once make one
// owner and one clear refusal. The unique index of client_phones backs this up for the other
// numbers among themselves.
class ClientPhones
{
    Q_DECLARE_TR_FUNCTIONS(ClientPhones)
public:
    explicit ClientPhones(const Session &session) : m_session(session) {}

    // The client's other numbers in the order they were added, masked as the session's role requires.
    QList<OtherPhone> of(qint64 clientId) const;
    // Adds a number (any writing; normalised and validated like the main one) to the client
    // (Action::EditClient; a consultant only to their own clients); a number any client has
    // already is refused naming the field and that client. Audited as a change of the client.
    OtherPhone add(qint64 clientId, const QString &phone, const QString &label = {});
    // Removes one of the client's other numbers (any writing); audited as a change of the client.
    void remove(qint64 clientId, const QString &phone);
    // The same for the entry of(clientId) gave (a masked number cannot be typed back).
    void removeEntry(qint64 clientId, qint64 phoneId);

    // Who has the number (E.164), as main or other number: id 0 when nobody.
    struct Owner
    {
        qint64 clientId = 0;
        QString name;
        bool main = false;
    };
    static Owner ownerOf(const Session &session, const QString &e164);
    // The key a unit writing the number locks before checking it (registering a caller takes it too).
    static QString lockKey(const QString &e164);
    // Throws ValidationError(field) when a client other than clientId has the number, or when
    // clientId has it already in the other place (isMain: the number is written as the main one).
    static void refuseTaken(const Session &session, const QString &e164, qint64 clientId, bool isMain,
                            const QString &field);
    // For an import, inside its unit after writing its clients: the first main number that is also
    // another number of a client (another PC added it meanwhile), or empty. Takes the lock that
    // add() takes, so an import and an addition never pass each other unseen.
    static QString mainNumberClash(const Session &session);

    // Merging: the duplicate's other numbers and its main number become other numbers of the
    // client kept, in the caller's unit (before the duplicate's row goes).
    static void takeOver(const Session &session, qint64 keepId, qint64 duplicateId,
                         const QString &duplicatePhone);
    // Erasure: the client's other numbers removed, in the caller's unit; returns how many.
    static int removeAll(const Session &session, qint64 clientId);
    // The client's other numbers unmasked, for the client's own data export and the CSV export.
    static QStringList phonesOf(const Session &session, qint64 clientId);

private:
    void requireEditable(qint64 clientId) const;
    void audit(qint64 clientId, const QStringList &before) const;
    // Removes the client's entry that `which` (a condition on client_phones, with its value) names.
    void removeWhere(qint64 clientId, const QString &which, const QVariant &value, const QString &shown);
    Session m_session;
};

} // namespace estatedesk
