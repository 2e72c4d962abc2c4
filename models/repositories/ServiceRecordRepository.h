// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QList>

namespace estatedesk {

// One row per service act (DESIGN §3): a client's whole timeline is one query.
class ServiceRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordRepository)
public:
    explicit ServiceRecordRepository(const Session &session) : m_session(session) {}

    void add(ServiceRecord &record);
    // Newest first.
    QList<ServiceRecord> forClient(qint64 clientId, int limit = 500) const;
    qint64 count() const;

private:
    Session m_session;
};

} // namespace estatedesk
