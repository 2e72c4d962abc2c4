// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QChartView;
class QLineEdit;

namespace estatedesk {

// The Supervision page's trends: line charts of the 12 months up to a month — deadline
// compliance per kind, complaint rate, satisfaction by dimension, training pass rate — drawn from
// the same figures as `report trends` (TrendsReport). A month with nothing to count has no point.
class TrendsView : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsView(const Session &session, QWidget *parent = nullptr);
    // Shows the 12 months up to month ("YYYY-MM"); false (and the reason in *error) when it is
    // not a month.
    bool showMonth(const QString &month, QString *error = nullptr);
    QString month() const { return m_month; }
    // compliance, complaints, satisfaction, training
    QList<QChartView *> charts() const { return m_charts; }

signals:
    void failed(const QString &message);

private:
    Session m_session;
    QString m_month;
    QLineEdit *m_monthEdit;
    QList<QChartView *> m_charts;
};

} // namespace estatedesk
