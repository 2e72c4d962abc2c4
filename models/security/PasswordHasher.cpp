// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include "core/Errors.h"

#include <QCoreApplication>
#include <sodium.h>

namespace estatedesk {

static void ensureSodium()
{
    if (sodium_init() < 0)
        throw StorageError(
            QCoreApplication::translate("PasswordHasher", "The password library (libsodium) cannot start."));
}

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw StorageError(
            QCoreApplication::translate("PasswordHasher", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (hash.isEmpty())
        return false;
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace estatedesk
