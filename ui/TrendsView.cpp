// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendsView.h"
#include "ReadingLabel.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "print/ReportPrinter.h"
#include "reports/TrendsReport.h"
#include "storage/BackgroundReader.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPen>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace estatedesk {

TrendsView::TrendsView(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_reader(reader)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("12 months up to:"), this));
    m_monthEdit = new QLineEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("trendsMonthEdit"));
    m_monthEdit->setPlaceholderText(tr("2026-11"));
    m_monthEdit->setMaximumWidth(120);
    bar->addWidget(m_monthEdit);
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("trendsShowButton"));
    bar->addWidget(show);
    m_reading = new ReadingLabel(QStringLiteral("trendsReading"), this);
    bar->addWidget(m_reading);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *grid = new QGridLayout;
    const QStringList names = {QStringLiteral("complianceTrend"), QStringLiteral("complaintTrend"),
                               QStringLiteral("satisfactionTrend"), QStringLiteral("trainingTrend")};
    for (int i = 0; i < names.size(); ++i) {
        auto *view = new QChartView(this);
        view->setObjectName(names.at(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        // Ten kinds of deadline need the width (and their legend): the first chart has the top row.
        if (i == 0)
            grid->addWidget(view, 0, 0, 1, 3);
        else
            grid->addWidget(view, 1, i - 1);
        m_charts << view;
    }
    layout->addLayout(grid, 1);
    auto apply = [this] {
        QString error;
        if (!showMonth(m_monthEdit->text().trimmed(), &error))
            emit failed(error);
    };
    connect(show, &QPushButton::clicked, this, apply);
    connect(m_monthEdit, &QLineEdit::returnPressed, this, apply);
}

bool TrendsView::showMonth(const QString &month, QString *error)
{
    QDate first;
    OfficeTime::monthSpan(month, &first);
    const int generation = ++m_readGeneration; // a read still under way is older: it is dropped
    if (!m_reader || !first.isValid()) {       // not a month: refused before anything is read
        QList<ReportDocument::Section> sections;
        try {
            sections = TrendsReport::sections(TrendRepository(m_session).twelveMonths(month));
        } catch (const Error &e) {
            if (error)
                *error = e.message();
            return false;
        }
        m_month = month;
        m_reading->hide();
        showSections(sections);
        return true;
    }
    m_month = month;
    m_monthEdit->setText(month);
    m_reading->show();
    const Session session = m_session;
    m_reader->readLatest<QList<ReportDocument::Section>>(
        this, m_readGeneration, generation,
        [session, month] { return TrendsReport::sections(TrendRepository(session).twelveMonths(month)); },
        [this](const QList<ReportDocument::Section> &sections) {
            m_reading->hide();
            showSections(sections);
        },
        [this](const QString &message) {
            m_reading->hide();
            emit failed(message);
        });
    return true;
}

bool TrendsView::isReading() const
{
    return !m_reading->isHidden();
}

// Each chart keeps its axes and lines from one month to the next: the lines take the new points in
// one replace() each, and a title, a legend entry or the months change only when they differ.
// (A new QChart per month, with its axes, ten lines and their legend entries, took the GUI thread
// 21 ms for the four charts.)
void TrendsView::showSections(const QList<ReportDocument::Section> &sections)
{
    m_monthEdit->setText(m_month);
    for (int i = 0; i < m_charts.size() && i < sections.size(); ++i)
        drawSection(m_charts.at(i)->chart(), sections.at(i));
    emit shown();
}

void TrendsView::drawSection(QChart *chart, const ReportDocument::Section &s)
{
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!x || !y) { // the chart's first month
        chart->legend()->setAlignment(Qt::AlignBottom);
        x = new QBarCategoryAxis;
        x->setLabelsAngle(-90); // "2026-11" whole, not "202…"
        chart->addAxis(x, Qt::AlignBottom);
        y = new QValueAxis;
        y->setTickCount(6);
        chart->addAxis(y, Qt::AlignLeft);
    }
    if (chart->title() != s.heading)
        chart->setTitle(s.heading);
    chart->legend()->setVisible(s.chartSeries.size() > 1);
    if (x->categories() != s.chartCategories)
        x->setCategories(s.chartCategories);
    y->setRange(0, s.chartMax > 0 ? s.chartMax : 1);
    if (const QString format = s.chartMax <= 5 ? QStringLiteral("%.1f") : QStringLiteral("%d");
        y->labelFormat() != format)
        y->setLabelFormat(format);
    QList<QAbstractSeries *> lines = chart->series();
    for (int k = int(s.chartSeries.size()); k < lines.size(); ++k) {
        chart->removeSeries(lines.at(k));
        delete lines.at(k);
    }
    for (int k = 0; k < s.chartSeries.size(); ++k) {
        auto *series = k < lines.size() ? static_cast<QLineSeries *>(lines.at(k)) : nullptr;
        if (!series) {
            series = new QLineSeries;
            series->setPointsVisible(true);
            QPen pen(ReportPrinter::seriesColour(k)); // as printed
            pen.setWidth(2);
            series->setPen(pen);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        if (series->name() != s.chartSeries.at(k))
            series->setName(s.chartSeries.at(k));
        QList<QPointF> points;
        for (int g = 0; g < s.chartValues.size(); ++g) {
            const double v = s.chartValues.at(g).value(k, qQNaN());
            if (!qIsNaN(v)) // a month with nothing to count has no point
                points.append(QPointF(g, v));
        }
        series->replace(points);
    }
}

} // namespace estatedesk
