// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QList>

namespace estatedesk {

class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    explicit StaffRepository(const Session &session) : m_session(session) {}

    void add(Staff &staff);
    void update(Staff &staff);
    Staff get(qint64 id) const;
    // Staff with that exact name, or id 0 when none.
    // The staff member whose name is this one after NFKC case folding: "BOSS" and the full-width
    // "ｂｏｓｓ" (typed with a Chinese input method) find "boss". Names are unique that way.
    Staff findByName(const QString &name) const;
    // The form two names are compared in (ICU's NFKC_Casefold of the trimmed name).
    static QString nameKey(const QString &name);
    QList<Staff> list(bool activeOnly = false, const QString &role = {}) const;
    qint64 count() const;

    // The team of a period, as the monthly appraisal and the training report count it: front-line
    // staff (consultants, customer service, reception) active now whose account existed before the
    // period ended; an account made later was not on the team then. A condition on the staff table
    // named "s", and its values for a period that ends at periodEndMs (exclusive).
    static QString teamCondition();
    static QVariantList teamValues(qint64 periodEndMs);

private:
    Session m_session;
};

} // namespace estatedesk
