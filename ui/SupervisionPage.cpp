// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisionPage.h"

#include "StatePalette.h"
#include "TrendsView.h"
#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "security/Permissions.h"
#include "supervision/AppraisalTab.h"
#include "supervision/OfficeReportsTab.h"
#include "supervision/SurveysTab.h"
#include "supervision/TrainingTab.h"

#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

SupervisionPage::SupervisionPage(const Session &session, QWidget *parent, BackgroundReader *reader)
    : QWidget(parent), m_session(session), m_reader(reader)
{
    const bool seesTeam = Permissions::allows(m_session.role, Action::PrintReports);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supervisionMessage"));
    m_status->setWordWrap(true);
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    const QString lastMonth = today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    m_appraisal = new AppraisalTab(m_session, seesTeam, m_tabs, m_reader);
    m_appraisal->setObjectName(QStringLiteral("appraisalTab"));
    connect(m_appraisal, &PageTab::said, this, &SupervisionPage::say);
    if (!seesTeam) { // their own appraisal only
        m_tabs->addTab(m_appraisal, tr("My appraisal"));
        layout->addWidget(m_tabs, 1);
        layout->addWidget(m_status);
        m_appraisal->showMonth(lastMonth);
        return;
    }
    addTeamTabs();
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    m_surveys->showQuarter(QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1));
    m_training->showMonth(today.toString(QStringLiteral("yyyy-MM")));
    // The month to appraise is the one that ended last; computed when its tab is first opened.
    m_appraisal->setMonth(lastMonth);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_appraisal && m_appraisal->appraisalTable()->rowCount() == 0 &&
            !m_appraisal->isReading())
            m_appraisal->showMonth(m_appraisal->month());
        // The trends read a year of records: computed when their tab is first opened.
        if (m_tabs->widget(index) == m_trends && m_trends->month().isEmpty())
            m_trends->showMonth(
                OfficeTime::toOffice(m_session.clock->nowMs()).toString(QStringLiteral("yyyy-MM")));
    });
}

// Surveys, training, appraisal, reports and trends, for those who see the whole team.
void SupervisionPage::addTeamTabs()
{
    m_surveys = new SurveysTab(m_session, m_tabs);
    m_surveys->setObjectName(QStringLiteral("surveysTab"));
    m_training = new TrainingTab(m_session, m_tabs);
    m_training->setObjectName(QStringLiteral("trainingTab"));
    m_reports = new OfficeReportsTab(m_session, m_tabs, m_reader);
    m_reports->setObjectName(QStringLiteral("officeReportsTab"));
    for (PageTab *tab : {static_cast<PageTab *>(m_surveys), static_cast<PageTab *>(m_training),
                         static_cast<PageTab *>(m_reports)})
        connect(tab, &PageTab::said, this, &SupervisionPage::say);
    m_tabs->addTab(m_surveys, tr("Satisfaction surveys"));
    m_tabs->addTab(m_training, tr("Training"));
    m_tabs->addTab(m_appraisal, tr("Monthly appraisal"));
    m_tabs->addTab(m_reports, tr("Reports"));
    m_trends = new TrendsView(m_session, this, m_reader);
    m_trends->setObjectName(QStringLiteral("trendsView"));
    m_tabs->addTab(m_trends, tr("Trends"));
    connect(m_trends, &TrendsView::failed, this, [this](const QString &message) { say(message, true); });
}

void SupervisionPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

// What identifies a row across a reload: its record id, or the first column's text.
static QVariant rowKey(const QTableWidget *t, int row)
{
    const QTableWidgetItem *item = t->item(row, 0);
    if (!item)
        return {};
    const QVariant id = item->data(Qt::UserRole);
    return id.isValid() ? id : QVariant(item->text());
}

void SupervisionPage::reload()
{
    // The selected row of every list, found again by its key once the lists are read anew.
    std::vector<std::pair<QPointer<QTableWidget>, QVariant>> selected;
    for (QTableWidget *t : findChildren<QTableWidget *>())
        if (t->currentRow() >= 0)
            selected.emplace_back(t, rowKey(t, t->currentRow()));
    if (m_surveys)
        m_surveys->reload();
    if (m_training)
        m_training->reload();
    m_appraisal->reload();
    for (const auto &[t, key] : selected) {
        if (!t || !key.isValid())
            continue;
        for (int row = 0; row < t->rowCount(); ++row)
            if (rowKey(t, row) == key) {
                t->selectRow(row);
                break;
            }
    }
}

} // namespace estatedesk
