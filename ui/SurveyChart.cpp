// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace estatedesk {

SurveyChart::SurveyChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setScores({});
}

void SurveyChart::setScores(const QList<SurveyRepository::Score> &scores)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Average scores (1–5)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *attitude = new QBarSet(tr("Service attitude"));
    auto *efficiency = new QBarSet(tr("Efficiency"));
    auto *resolution = new QBarSet(tr("Problem resolution"));
    QStringList categories;
    for (const SurveyRepository::Score &s : scores) {
        if (s.responses == 0)
            continue;
        categories << s.staffName;
        *attitude << s.attitude;
        *efficiency << s.efficiency;
        *resolution << s.resolution;
    }
    m_categories = int(categories.size());
    auto *series = new QBarSeries;
    series->append({attitude, efficiency, resolution});
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace estatedesk
