// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RecordedExport.h"

#include "core/Errors.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace estatedesk {

void RecordedExport::write(const Session &session, const QString &path, const std::function<void()> &record,
                           const std::function<void()> &writeFile)
{
    std::optional<Transaction> tx;
    try {
        tx.emplace(*session.db); // on a read-only file even BEGIN IMMEDIATE is refused
        record();
    } catch (const UnwritableError &e) {
        throw UnwritableError(
            tr("%1: not written: an export of personal data must be recorded in the audit log, which "
               "cannot be written now. %2")
                .arg(QDir::toNativeSeparators(path), e.message()));
    }
    writeFile();
    try {
        tx->commit();
    } catch (const Error &) {
        QFile::remove(path);
        throw;
    }
}

} // namespace estatedesk
