// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QString>

namespace estatedesk {

// The handover inspection and sign-off sheet (交房验收及签收单) as HTML for printing: the unit,
// the owner (phone masked as the session's role requires), the notice, the inspection, every
// defect with the party responsible and the date it must be fixed by, the property-management
// contact, and the lines both sides sign.
class HandoverSheetReport
{
    Q_DECLARE_TR_FUNCTIONS(HandoverSheetReport)
public:
    static QString html(const Session &session, qint64 handoverId);
    static QString title();
};

} // namespace estatedesk
