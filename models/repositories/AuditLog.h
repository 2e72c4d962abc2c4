// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace estatedesk {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    qint64 actorId = 0;
    QString action; // insert, update, delete, import, demo, merge, reveal, ...
    QString entity; // table name
    qint64 entityId = 0;
    QString beforeJson;
    QString afterJson;
};

struct AuditFilter
{
    qint64 actorId = 0;  // 0: anyone
    QString entity;      // table, empty: any
    qint64 entityId = 0; // 0: any
    qint64 fromMs = 0;   // 0: open
    qint64 toMs = 0;     // exclusive, 0: open
    int limit = 1000;
};

// Append-only log of every change: who, when, what, before and after. Written on the same
// connection (so inside the same transaction) as the change it describes, and put on the hash
// chain (storage/AuditChain) when that transaction commits.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // What people read for an action key ("insert" → "created") and a table ("clients" → "client").
    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);
    static void write(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                      const QVariantMap &before, const QVariantMap &after);
    static QList<AuditEntry> forEntity(const Session &session, const QString &entity, qint64 entityId);
    static qint64 count(const Session &session);
    // The audit-log viewer: supervisors and administrators only; newest first. Phone numbers in
    // the before/after values are masked for roles that do not see clients in full.
    static QList<AuditEntry> search(const Session &session, const AuditFilter &filter);
    static QString toJson(const QVariantMap &values);
    // Removes the personal values from the before/after images of the entries about entity whose
    // entity_id is one of idsSql (a SELECT of ids, with params): both images are replaced by the
    // marker {"redacted":"REASON"} (reason: "retention", "erasure"). Who, when, which action on
    // which record stay. Returns how many entries changed. The only code that changes an entry
    // after it was written.
    //
    // Tamper evidence (storage/AuditChain): each entry's hash covers the previous hash, the
    // entry's own columns, and a digest of its two images stored in a column of its own (salted
    // per entry so that a phone number cannot be guessed back from it); redact() blanks the images
    // and the salt but never the digest, so the chain still verifies, while `check` compares
    // images with their digest only where they are not redacted. The run that redacts writes its
    // own audit entry (retention, erasure) naming the client and how many entries it redacted, so
    // the redaction is itself on the chain.
    static int redact(const Session &session, const QString &entity, const QString &idsSql,
                      const QVariantList &params, const QString &reason);
};

} // namespace estatedesk
