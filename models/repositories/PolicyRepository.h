// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlinePolicy.h"
#include "repositories/Session.h"

namespace estatedesk {

class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
public:
    explicit PolicyRepository(const Session &session) : m_session(session) {}

    QList<DeadlinePolicy> list() const;
    DeadlinePolicy get(const QString &name) const;
    // Validates, checks row_version, audits, and recomputes the open items of that policy in
    // the same transaction. The clock may change within its kind (wall clock ↔ working days,
    // days before a date ↔ end of a date), since items keep a start time or a date, not both.
    void update(DeadlinePolicy &policy);

private:
    Session m_session;
};

} // namespace estatedesk
