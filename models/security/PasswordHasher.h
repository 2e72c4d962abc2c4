// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace estatedesk {

// Passwords are never stored, logged or shown: only an Argon2id hash from libsodium
// (crypto_pwhash_str with a random salt, the "$argon2id$v=19$m=...,t=...,p=1$salt$hash" form).
class PasswordHasher
{
public:
    // Throws StorageError when libsodium cannot initialise or runs out of memory.
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with weaker settings than today's (re-hash after login).
    static bool needsRehash(const QString &hash);
};

} // namespace estatedesk
