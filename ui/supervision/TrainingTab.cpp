// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingTab.h"

#include "DateTimeTyping.h"
#include "RecordTable.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/StaffRepository.h"
#include "repositories/TrainingRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

TrainingTab::TrainingTab(const Session &session, QWidget *parent) : PageTab(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_monthEdit = new QLineEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("trainingMonth"));
    m_monthEdit->setMaximumWidth(90);
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_monthEdit);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_monthEdit, &QLineEdit::editingFinished, this,
            [this] { showMonth(m_monthEdit->text().trimmed()); });
    layout->addLayout(buildNewSession());
    auto *middle = new QHBoxLayout;
    m_sessions = RecordTable::create({tr("Date"), tr("Topic"), tr("Title"), tr("Pass mark")}, this);
    m_sessions->setObjectName(QStringLiteral("trainingSessions"));
    m_sessionResults =
        RecordTable::create({tr("Staff member"), tr("Attempts"), tr("Latest score"), tr("Result")}, this);
    middle->addWidget(m_sessions, 3);
    middle->addWidget(m_sessionResults, 2);
    auto *untrainedBox = new QVBoxLayout;
    untrainedBox->addWidget(new QLabel(tr("Not trained this month:"), this));
    m_untrained = new QListWidget(this);
    m_untrained->setObjectName(QStringLiteral("untrainedList"));
    untrainedBox->addWidget(m_untrained);
    middle->addLayout(untrainedBox, 1);
    layout->addLayout(middle, 1);
    layout->addLayout(buildAssessment());
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &TrainingTab::showResults);
}

QLayout *TrainingTab::buildNewSession()
{
    auto *newRow = new QHBoxLayout;
    m_sessionDate = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), this);
    DateTimeTyping::selectSectionOnClick(m_sessionDate);
    m_sessionDate->setObjectName(QStringLiteral("sessionDate"));
    m_sessionDate->setCalendarPopup(true);
    m_sessionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("sessionTopic"));
    for (const QString &t : TrainingRepository::topics())
        m_topic->addItem(TrainingRepository::topicLabel(t), t);
    m_sessionTitle = new QLineEdit(this);
    m_sessionTitle->setObjectName(QStringLiteral("sessionTitle"));
    m_sessionTitle->setPlaceholderText(tr("title of the session"));
    m_passMark = new QSpinBox(this);
    m_passMark->setObjectName(QStringLiteral("passMark"));
    m_passMark->setRange(0, 100);
    m_passMark->setValue(80);
    m_passMark->setPrefix(tr("pass mark "));
    auto *add = new QPushButton(tr("Add session"), this);
    add->setObjectName(QStringLiteral("addSessionButton"));
    newRow->addWidget(m_sessionDate);
    newRow->addWidget(m_topic);
    newRow->addWidget(m_sessionTitle, 1);
    newRow->addWidget(m_passMark);
    newRow->addWidget(add);
    connect(add, &QPushButton::clicked, this, [this] { addSession(); });
    return newRow;
}

QLayout *TrainingTab::buildAssessment()
{
    auto *assessRow = new QHBoxLayout;
    m_assessStaff = new QComboBox(this);
    m_assessStaff->setObjectName(QStringLiteral("assessStaff"));
    try {
        for (const Staff &s : StaffRepository(m_session).list(true))
            if (s.role != Vocabulary::Role::Admin)
                m_assessStaff->addItem(s.name, s.id);
    } catch (const Error &) {
    }
    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("assessScore"));
    m_score->setRange(0, 100);
    m_score->setValue(80);
    auto *assessButton = new QPushButton(tr("Record assessment"), this);
    assessButton->setObjectName(QStringLiteral("assessButton"));
    assessRow->addWidget(new QLabel(tr("Assess, in the selected session:"), this));
    assessRow->addWidget(m_assessStaff);
    assessRow->addWidget(m_score);
    assessRow->addWidget(assessButton);
    assessRow->addStretch(1);
    connect(assessButton, &QPushButton::clicked, this, [this] { assess(); });
    return assessRow;
}

void TrainingTab::showResults()
{
    QList<QStringList> rows;
    try {
        for (const auto &r : TrainingRepository(m_session).results(RecordTable::selectedId(m_sessions)))
            rows << QStringList{r.staffName, QString::number(r.attempt), QString::number(r.score),
                                r.passed ? tr("passed") : tr("re-assessment due")};
    } catch (const Error &e) {
        say(e.message(), true);
    }
    RecordTable::fill(m_sessionResults, rows);
}

void TrainingTab::reload()
{
    if (!m_month.isEmpty())
        showMonth(m_month);
}

void TrainingTab::showMonth(const QString &month)
{
    QDate first;
    OfficeTime::monthSpan(month, &first);
    if (!first.isValid()) {
        say(tr("Month: \"%1\" is not a month like 2026-11").arg(month), true);
        return;
    }
    m_month = month;
    m_monthEdit->setText(month);
    try {
        TrainingRepository repo(m_session);
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const auto &s : repo.sessionsIn(first, first.addMonths(1))) {
            rows << QStringList{s.heldOn.toString(Qt::ISODate), TrainingRepository::topicLabel(s.topic),
                                s.title, QString::number(s.passMark)};
            ids << s.id;
        }
        RecordTable::fill(m_sessions, rows, ids);
        m_untrained->clear();
        for (const auto &u : repo.untrained(first, first.addMonths(1)))
            m_untrained->addItem(u.second);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool TrainingTab::addSession()
{
    return action([this] { showMonth(m_sessionDate->date().toString(QStringLiteral("yyyy-MM"))); })
        .run(
            [this](qint64) {
                TrainingRepository(m_session).addSession(m_sessionDate->date(),
                                                         m_topic->currentData().toString(),
                                                         m_sessionTitle->text(), m_passMark->value());
                m_sessionTitle->clear();
            },
            tr("Training session added."));
}

bool TrainingTab::assess()
{
    RecordAction act = action();
    act.selectedId = [this] { return RecordTable::selectedId(m_sessions); };
    act.selectFirst = tr("Select the session first.");
    act.reload = [this](qint64 session) {
        showMonth(m_month);
        RecordTable::select(m_sessions, session);
    };
    QString failed; // a result below the pass mark is said as a warning
    const bool done = act.run([&](qint64 session) {
        const auto r = TrainingRepository(m_session).assess(
            session, m_assessStaff->currentData().toLongLong(), m_score->value());
        if (r.passed)
            return tr("Passed at attempt %1.").arg(r.attempt);
        failed = tr("Not passed at attempt %1: a re-assessment is due.").arg(r.attempt);
        return failed;
    });
    if (done && !failed.isEmpty())
        say(failed, true);
    return done;
}

} // namespace estatedesk
