// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace estatedesk {

class Database;

// `estatedesk-cli check` and the start-up check: the engine's own integrity check, the audit
// log's hash chain (storage/AuditChain) and the
// invariants of DESIGN §3. Returns one readable line per problem; empty means "ok".
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    static QStringList run(const Database &db);
};

} // namespace estatedesk
