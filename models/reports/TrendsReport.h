// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "repositories/Session.h"
#include "repositories/TrendRepository.h"

#include <QCoreApplication>

namespace estatedesk {

// `report trends --month YYYY-MM`: the 12 months up to the month (TrendRepository), a line
// chart and a table per figure: deadline compliance per kind, complaint rate, satisfaction by
// dimension, training pass rate. A month with nothing to count is a gap in the line and "—".
class TrendsReport
{
    Q_DECLARE_TR_FUNCTIONS(TrendsReport)
public:
    static ReportDocument build(const Session &session, const QString &month);
    // The same figures as the document's sections (for the screen's charts, which draw them too).
    static QList<ReportDocument::Section> sections(const TrendRepository::Trends &trends);
};

} // namespace estatedesk
