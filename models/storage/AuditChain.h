// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace estatedesk {

class Database;

// The hash chain that makes the audit log tamper-evident (issue 14 item 5).
//
// Each entry carries its place on the chain (chain_seq, 1, 2, …), a digest of its two images
// (before_json, after_json) keyed with a random salt of its own (so that a phone number cannot be
// guessed back from the digest), and its hash: BLAKE2b (libsodium crypto_generichash) of the
// previous entry's hash, its place, id, time, actor, action, table, record and image digest. The
// one-row table audit_chain_head holds the last place and hash. Lawful redaction (retention,
// erasure) blanks the images and the salt but keeps the digest, so the chain still verifies.
//
// Entries are put on the chain when the unit that wrote them commits (AuditLog::write registers
// seal() with Transaction::beforeCommit): the head row is locked (SELECT … FOR UPDATE on
// PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers) only from then to the commit,
// so two PCs never chain onto the same predecessor and no unit waits for the head while it holds
// other rows' locks.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    // What an entry's hash covers besides the chain.
    struct Entry
    {
        qint64 id = 0;
        qint64 at = 0;
        qint64 actorId = 0; // 0: none (NULL)
        QString action;
        QString entity;
        qint64 entityId = 0; // 0: none (NULL)
        QString imagesDigest;
    };
    struct Images
    {
        QString salt;   // hex
        QString digest; // hex
    };
    // A fresh salt and the digest of the two images under it (empty text: no image).
    static Images digestImages(const QString &beforeJson, const QString &afterJson);
    // Puts the entries with these ids (written in the calling unit, in this order) at the end of
    // the chain.
    static void seal(const Database &db, const QList<qint64> &ids);
    // Chains every entry again from the first, in chain order (entries not on it yet after them,
    // by id): the upgrade that brings the chain, and a restore an administrator forced over a
    // broken chain. Digests that no longer match their images are taken afresh; redacted entries
    // keep theirs. Runs inside the caller's transaction.
    static void rebuild(const Database &db);

    struct Break
    {
        qint64 id = 0; // the first broken entry (0: the break is not at an entry)
        qint64 at = 0;
        QString problem; // one readable line naming the entry and what is wrong
    };
    // The first place where the chain does not verify, or an empty problem when it holds.
    static Break verify(const Database &db);
    // The marker redaction leaves in after_json ({"redacted":"REASON"}).
    static bool isRedactionMarker(const QString &json);
};

} // namespace estatedesk
