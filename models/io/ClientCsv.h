// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace estatedesk {

// Client import and export in the CSV format of DESIGN §7.
class ClientCsv
{
    Q_DECLARE_TR_FUNCTIONS(ClientCsv)
public:
    struct ImportResult
    {
        int imported = 0;
        QStringList errors;   // "Line 7: Phone: ..." — when not empty nothing was imported
        QStringList warnings; // e.g. ignored columns
        QString encoding;
    };

    // All or nothing: every bad line is reported and nothing is imported; otherwise every row is
    // inserted in one transaction.
    static ImportResult importFile(const Session &session, const QString &path);
    static ImportResult importBytes(const Session &session, const QByteArray &bytes,
                                    const QString &fileLabel);
    // Writes every client; returns how many. UTF-8 with BOM so Excel opens it as Unicode.
    static int exportFile(const Session &session, const QString &path);
};

} // namespace estatedesk
