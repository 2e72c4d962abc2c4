// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <QCoreApplication>

namespace estatedesk {

// The one-page brief a consultant prints or previews before a viewing (seed 二.(一)1(1)
// "销售顾问提前了解客户背景"): the viewing, the client's background (phone masked as the session's
// role requires), interests and needs, past visits and contacts, and the questions still open
// (unanswered contract questions, complaints, follow-up tasks, a consultation not yet answered).
class ViewingBriefReport
{
    Q_DECLARE_TR_FUNCTIONS(ViewingBriefReport)
public:
    static constexpr int kPastVisits = 10; // the newest contacts that fit on the page
    static ReportDocument build(const Session &session, qint64 appointmentId);
};

} // namespace estatedesk
