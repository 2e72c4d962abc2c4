// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "repositories/Session.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineEdit;

namespace estatedesk {

class BackgroundReader;

// The Supervision page's trends: line charts of the 12 months up to a month — deadline
// compliance per kind, complaint rate, satisfaction by dimension, training pass rate — drawn from
// the same figures as `report trends` (TrendsReport). A month with nothing to count has no point.
// With a background reader the year of records is read on its thread ("Reading…" meanwhile).
class TrendsView : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsView(const Session &session, QWidget *parent = nullptr,
                        BackgroundReader *reader = nullptr);
    // Shows the 12 months up to month ("YYYY-MM"); false (and the reason in *error) when it is
    // not a month. With a reader the charts change when the read comes back (shown(); failed()
    // if it fails); without one, at once.
    bool showMonth(const QString &month, QString *error = nullptr);
    QString month() const { return m_month; }
    bool isReading() const;
    // compliance, complaints, satisfaction, training
    QList<QChartView *> charts() const { return m_charts; }

signals:
    void failed(const QString &message);
    // The charts show the month asked for.
    void shown();

private:
    void showSections(const QList<ReportDocument::Section> &sections);
    // Draws one section's lines on chart, reusing its axes and lines.
    static void drawSection(QChart *chart, const ReportDocument::Section &s);

    Session m_session;
    BackgroundReader *m_reader;
    int m_readGeneration = 0; // the latest month asked for; an older read's result is dropped
    QString m_month;
    QLineEdit *m_monthEdit;
    QLabel *m_reading;
    QList<QChartView *> m_charts;
};

} // namespace estatedesk
