// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QByteArray>

namespace estatedesk {

// A client's own data on request (PIPL art. 45): the client record, every service record,
// consultation, viewing, contract and complaint, and the audit entries about the client, as one
// JSON document. Supervisors only; each export is audited.
class PersonalDataExport
{
public:
    static QByteArray toJson(const Session &session, qint64 clientId);
    // toJson() written to path, owner-only (0600) whatever the umask.
    static void writeFile(const Session &session, qint64 clientId, const QString &path);
};

} // namespace estatedesk
