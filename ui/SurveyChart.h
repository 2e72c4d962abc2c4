// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/SurveyRepository.h"

#include <QChartView>

namespace estatedesk {

// The survey results as grouped bars: for the office and each staff member, the average of
// attitude, efficiency and problem resolution on the 1–5 scale.
class SurveyChart : public QChartView
{
    Q_OBJECT
public:
    explicit SurveyChart(QWidget *parent = nullptr);
    void setScores(const QList<SurveyRepository::Score> &scores);
    int categoryCount() const { return m_categories; }

private:
    int m_categories = 0;
};

} // namespace estatedesk
