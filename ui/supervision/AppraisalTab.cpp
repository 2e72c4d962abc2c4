// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppraisalTab.h"
#include "FileDialogs.h"

#include "DateTimeTyping.h"
#include "MessageBox.h"
#include "PrintPreview.h"
#include "RecordTable.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "print/ReportPrinter.h"
#include "reports/OfficeReports.h"
#include "repositories/AppraisalRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/BackgroundReader.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

QPushButton *namedButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

AppraisalTab::AppraisalTab(const Session &session, bool seesTeam, QWidget *parent, BackgroundReader *reader)
    : PageTab(parent), m_session(session), m_seesTeam(seesTeam), m_reader(reader)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildMonthBar());
    layout->addWidget(buildThresholds());
    m_appraisal = RecordTable::create({tr("Rank"), tr("Staff member"), tr("Clients served"),
                                       tr("Complaints", "a count"), tr("Complaint rate"), tr("Satisfaction"),
                                       tr("Deadline compliance"), tr("Consultations"), tr("Viewings"),
                                       tr("Contracts"), tr("Training"), tr("Coaching")},
                                      this);
    m_appraisal->setObjectName(QStringLiteral("appraisalTable"));
    m_emptyReason = new QLabel(this); // why the table is empty, when it is
    m_emptyReason->setObjectName(QStringLiteral("appraisalEmptyReason"));
    m_emptyReason->setWordWrap(true);
    m_emptyReason->hide();
    layout->addWidget(m_emptyReason);
    layout->addWidget(m_appraisal, 1);
    layout->addWidget(buildRewardsAndCoaching());
}

// The month, its publishing state, publish and correct (supervisors), and the pack to print.
QLayout *AppraisalTab::buildMonthBar()
{
    auto *top = new QHBoxLayout;
    m_monthEdit = new QLineEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("appraisalMonth"));
    m_monthEdit->setMaximumWidth(90);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("appraisalStatus"));
    auto *publishButton = namedButton(tr("Publish the month"), "publishButton", this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("what a correction changes"));
    auto *correct = namedButton(tr("Publish a correction"), "publishCorrectionButton", this);
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_monthEdit);
    top->addWidget(m_status, 1);
    top->addWidget(publishButton);
    top->addWidget(m_reason);
    top->addWidget(correct);
    auto *packPreview =
        namedButton(m_seesTeam ? tr("Print the selected person's pack…") : tr("Print my appraisal…"),
                    "appraisalPackButton", this);
    auto *packSave = namedButton(tr("Save the pack as PDF…"), "appraisalPackSaveButton", this);
    top->addWidget(packPreview);
    top->addWidget(packSave);
    for (QWidget *w : {static_cast<QWidget *>(publishButton), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(correct)})
        w->setVisible(m_seesTeam);
    connect(packPreview, &QPushButton::clicked, this, [this] { previewPack(); });
    connect(packSave, &QPushButton::clicked, this, [this] {
        if (nothingToPrint())
            return;
        const QString path =
            FileDialogs::saveFile(this, tr("Save the pack"), QStringLiteral("appraisal-%1.pdf").arg(m_month),
                                  tr("PDF (*.pdf);;CSV (*.csv);;HTML (*.html)"));
        if (!path.isEmpty())
            savePack(path);
    });
    connect(m_monthEdit, &QLineEdit::editingFinished, this,
            [this] { showMonth(m_monthEdit->text().trimmed()); });
    connect(publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(correct, &QPushButton::clicked, this, [this] { publishCorrection(); });
    return top;
}

// The coaching thresholds (supervisors only).
QWidget *AppraisalTab::buildThresholds()
{
    auto *limitsBox = new QWidget(this);
    auto *limits = new QHBoxLayout(limitsBox);
    limits->setContentsMargins(0, 0, 0, 0);
    limitsBox->setVisible(m_seesTeam);
    SettingsRepository settings(m_session);
    m_minSatisfaction = new QDoubleSpinBox(this);
    m_minSatisfaction->setObjectName(QStringLiteral("minSatisfaction"));
    m_minSatisfaction->setRange(1, 5);
    m_minSatisfaction->setDecimals(1);
    m_minSatisfaction->setSingleStep(0.1);
    m_minSatisfaction->setValue(settings.get(Settings::MinSatisfaction));
    m_minCompliance = new QDoubleSpinBox(this);
    m_minCompliance->setObjectName(QStringLiteral("minCompliance"));
    m_minCompliance->setRange(0, 100);
    m_minCompliance->setDecimals(0);
    m_minCompliance->setSuffix(QStringLiteral(" %"));
    m_minCompliance->setValue(settings.get(Settings::MinCompliance));
    m_maxComplaintRate = new QDoubleSpinBox(this);
    m_maxComplaintRate->setObjectName(QStringLiteral("maxComplaintRate"));
    m_maxComplaintRate->setRange(0, 1);
    m_maxComplaintRate->setDecimals(3);
    m_maxComplaintRate->setSingleStep(0.01);
    m_maxComplaintRate->setValue(settings.get(Settings::MaxComplaintRate));
    auto *saveLimits = namedButton(tr("Save coaching thresholds"), "saveThresholdsButton", this);
    limits->addWidget(new QLabel(tr("Coaching below satisfaction"), this));
    limits->addWidget(m_minSatisfaction);
    limits->addWidget(new QLabel(tr("or compliance"), this));
    limits->addWidget(m_minCompliance);
    limits->addWidget(new QLabel(tr("or above complaint rate"), this));
    limits->addWidget(m_maxComplaintRate);
    limits->addWidget(saveLimits);
    limits->addStretch(1);
    connect(saveLimits, &QPushButton::clicked, this, [this] { saveThresholds(); });
    return limitsBox;
}

// Rewards (seed 四.(三)2) and coaching (四.(三)3) of the shown month: tables for everyone (staff see
// their own), the fields and buttons for supervisors, for the person selected in the table above.
QWidget *AppraisalTab::buildRewardsAndCoaching()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *rewards = new QGroupBox(tr("Rewards"), box);
    auto *rewardsLayout = new QVBoxLayout(rewards);
    m_rewards = RecordTable::create({tr("Staff member"), tr("Reward"), tr("Why"), tr("Given by"), tr("Date")},
                                    rewards);
    m_rewards->setObjectName(QStringLiteral("rewardTable"));
    rewardsLayout->addWidget(m_rewards);
    auto *coaching = new QGroupBox(tr("Coaching"), box);
    auto *coachingLayout = new QVBoxLayout(coaching);
    m_coaching = RecordTable::create(
        {tr("Staff member"), tr("Date"), tr("Topic"), tr("Outcome"), tr("Coached by")}, coaching);
    m_coaching->setObjectName(QStringLiteral("coachingTable"));
    coachingLayout->addWidget(m_coaching);
    row->addWidget(rewards, 1);
    row->addWidget(coaching, 1);
    if (Permissions::allows(m_session.role, Action::RewardAndCoach)) {
        buildRewardForm(rewards, rewardsLayout);
        buildCoachingForm(coaching, coachingLayout);
    }
    return box;
}

void AppraisalTab::buildRewardForm(QWidget *box, QVBoxLayout *layout)
{
    auto *rewardForm = new QHBoxLayout;
    m_rewardWhat = new QLineEdit(box);
    m_rewardWhat->setObjectName(QStringLiteral("rewardWhat"));
    m_rewardWhat->setPlaceholderText(tr("reward (what is given)"));
    m_rewardWhy = new QLineEdit(box);
    m_rewardWhy->setObjectName(QStringLiteral("rewardWhy"));
    m_rewardWhy->setPlaceholderText(tr("why"));
    m_rewardDate = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), box);
    DateTimeTyping::selectSectionOnClick(m_rewardDate);
    m_rewardDate->setCalendarPopup(true);
    auto *addReward = namedButton(tr("Record the reward"), "recordRewardButton", box);
    auto *dropReward = namedButton(tr("Remove"), "removeRewardButton", box);
    rewardForm->addWidget(m_rewardWhat, 1);
    rewardForm->addWidget(m_rewardWhy, 2);
    rewardForm->addWidget(m_rewardDate);
    rewardForm->addWidget(addReward);
    rewardForm->addWidget(dropReward);
    layout->addLayout(rewardForm);
    connect(addReward, &QPushButton::clicked, this, [this] { recordReward(); });
    connect(dropReward, &QPushButton::clicked, this, [this] { removeReward(); });
}

void AppraisalTab::buildCoachingForm(QWidget *box, QVBoxLayout *layout)
{
    auto *coachingForm = new QHBoxLayout;
    m_coachingDate = new QDateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), box);
    DateTimeTyping::selectSectionOnClick(m_coachingDate);
    m_coachingDate->setCalendarPopup(true);
    m_coachingTopic = new QLineEdit(box);
    m_coachingTopic->setObjectName(QStringLiteral("coachingTopic"));
    m_coachingTopic->setPlaceholderText(tr("topic"));
    m_coachingOutcome = new QLineEdit(box);
    m_coachingOutcome->setObjectName(QStringLiteral("coachingOutcome"));
    m_coachingOutcome->setPlaceholderText(tr("outcome (may follow later)"));
    auto *addCoaching = namedButton(tr("Record the coaching"), "recordCoachingButton", box);
    auto *saveOutcome = namedButton(tr("Save the outcome"), "saveCoachingOutcomeButton", box);
    coachingForm->addWidget(m_coachingDate);
    coachingForm->addWidget(m_coachingTopic, 1);
    coachingForm->addWidget(m_coachingOutcome, 1);
    coachingForm->addWidget(addCoaching);
    coachingForm->addWidget(saveOutcome);
    layout->addLayout(coachingForm);
    connect(addCoaching, &QPushButton::clicked, this, [this] { recordCoaching(); });
    connect(saveOutcome, &QPushButton::clicked, this, [this] { saveCoachingOutcome(); });
}

void AppraisalTab::setMonth(const QString &month)
{
    m_month = month;
    m_monthEdit->setText(month);
}

void AppraisalTab::reload()
{
    if (!m_month.isEmpty())
        showMonth(m_month);
}

// What showMonth() shows, read in one go (on the reader's thread when there is one).
struct AppraisalTab::MonthRead
{
    int revision = 0;
    QList<Appraisal> rows;
    QList<AppraisalReward> rewards;
    QList<AppraisalCoaching> coaching;
    QString refused; // why the figures were refused (the revision is shown all the same)
};

AppraisalTab::MonthRead AppraisalTab::readMonth(const Session &session, const QString &month)
{
    AppraisalRepository repo(session);
    MonthRead read;
    read.revision = repo.publishedRevision(month);
    try {
        read.rows = repo.month(month);
        read.rewards = repo.rewards(month);
        read.coaching = repo.coaching(month);
    } catch (const Error &e) {
        read.refused = e.message();
    }
    return read;
}

void AppraisalTab::showMonth(const QString &month)
{
    setMonth(month);
    const int generation = ++m_readGeneration; // a read still under way is older: it is dropped
    if (!m_reader) {
        m_reading = false;
        try {
            showRead(readMonth(m_session, month));
        } catch (const Error &e) {
            say(e.message(), true);
        }
        return;
    }
    m_reading = true;
    m_status->setText(tr("Reading…"));
    const Session session = m_session;
    m_reader->readLatest<MonthRead>(
        this, m_readGeneration, generation, [session, month] { return readMonth(session, month); },
        [this](const MonthRead &read) {
            m_reading = false;
            showRead(read);
        },
        [this](const QString &message) {
            m_reading = false;
            m_status->clear();
            say(message, true);
        });
}

void AppraisalTab::showRead(const MonthRead &read)
{
    const int revision = read.revision;
    m_status->setText(revision == 0 && !m_seesTeam
                          ? tr("Not published yet: your appraisal shows here once it is published")
                      : revision == 0 ? tr("Not published: live figures")
                      : revision == 1 ? tr("Published (frozen)")
                                      : tr("Published, revision %1").arg(revision));
    if (!read.refused.isEmpty()) {
        m_emptyReason->hide();
        say(read.refused, true);
        emit reloaded();
        return;
    }
    QList<QStringList> rows;
    QList<qint64> ids;
    const auto twoDecimals = [](double v) {
        return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 2);
    };
    for (const Appraisal &a : read.rows) {
        rows << QStringList{QString::number(a.rank),
                            a.staffName,
                            QString::number(a.clientsServed),
                            QString::number(a.complaints),
                            QString::number(a.complaintRate, 'f', 3),
                            twoDecimals(a.satisfaction),
                            a.complianceAll < 0 ? QStringLiteral("—")
                                                : QStringLiteral("%1%").arg(a.complianceAll, 0, 'f', 1),
                            QString::number(a.consultations),
                            QString::number(a.viewings),
                            QString::number(a.contracts),
                            a.trainingScore < 0 ? tr("not passed") : QString::number(a.trainingScore),
                            a.coaching.join(QStringLiteral("; "))};
        ids << a.staffId;
    }
    // The person selected stays selected (a reward or coaching recorded for them reads the month
    // again, on the reader's thread after the page's own reload is over): found again by id.
    const qint64 keep = RecordTable::selectedId(m_appraisal);
    RecordTable::fill(m_appraisal, rows, ids);
    if (RecordTable::select(m_appraisal, keep) < 0)
        m_appraisal->clearSelection();
    m_emptyReason->setText(read.rows.isEmpty() ? emptyReason(revision) : QString());
    m_emptyReason->setVisible(read.rows.isEmpty());
    for (int r = 0; r < m_appraisal->rowCount(); ++r)
        if (!m_appraisal->item(r, 11)->text().isEmpty())
            m_appraisal->item(r, 11)->setForeground(StatePalette::foreground(Tone::Alert));
    fillRewardsAndCoaching(read.rewards, read.coaching);
    emit reloaded();
}

void AppraisalTab::showRewardsAndCoaching()
{
    AppraisalRepository repo(m_session);
    fillRewardsAndCoaching(repo.rewards(m_month), repo.coaching(m_month));
}

void AppraisalTab::fillRewardsAndCoaching(const QList<AppraisalReward> &rewards,
                                          const QList<AppraisalCoaching> &coaching)
{
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const AppraisalReward &r : rewards) {
        rows << QStringList{r.staffName, r.reward, r.reason, r.givenByName, r.givenOn.toString(Qt::ISODate)};
        ids << r.id;
    }
    const qint64 keepReward = RecordTable::selectedId(m_rewards);
    RecordTable::fill(m_rewards, rows, ids);
    if (RecordTable::select(m_rewards, keepReward) < 0)
        m_rewards->clearSelection();
    rows.clear();
    ids.clear();
    QList<int> versions;
    for (const AppraisalCoaching &c : coaching) {
        rows << QStringList{c.staffName, c.heldOn.toString(Qt::ISODate), c.topic, c.outcome, c.coachName};
        ids << c.id;
        versions << c.rowVersion;
    }
    const qint64 keepCoaching = RecordTable::selectedId(m_coaching);
    RecordTable::fill(m_coaching, rows, ids);
    if (RecordTable::select(m_coaching, keepCoaching) < 0)
        m_coaching->clearSelection();
    for (int r = 0; r < versions.size(); ++r)
        m_coaching->item(r, 0)->setData(Qt::UserRole + 1, versions.at(r));
}

qint64 AppraisalTab::selectedStaff() const
{
    const qint64 id = m_seesTeam ? RecordTable::selectedId(m_appraisal) : m_session.actorId;
    if (id == 0)
        throw ValidationError(QStringLiteral("staff"),
                              tr("Staff member: select one in the appraisal table first"));
    return id;
}

bool AppraisalTab::attempt(const std::function<QString()> &work, bool wholeMonth)
{
    return action([this, wholeMonth] {
               if (wholeMonth)
                   showMonth(m_month);
               else
                   showRewardsAndCoaching();
           })
        .run([&](qint64) { return work(); });
}

bool AppraisalTab::publish()
{
    // One way only: ask first (once published, the model's refusal says so without a question).
    if (AppraisalRepository(m_session).publishedRevision(m_month) == 0 &&
        MessageBox::question(
            this, tr("Publish the month"),
            tr("Publish the appraisal of %1?\n\nIts figures are then frozen and every staff "
               "member sees their result; a later change needs a correction with its reason.")
                .arg(m_month),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    return attempt(
        [this] {
            AppraisalRepository(m_session).publish(m_month);
            return tr("%1 published: its figures are frozen.").arg(m_month);
        },
        true);
}

bool AppraisalTab::saveThresholds()
{
    return attempt(
        [this] {
            SettingsRepository settings(m_session);
            settings.set(Settings::MinSatisfaction, m_minSatisfaction->value());
            settings.set(Settings::MinCompliance, m_minCompliance->value());
            settings.set(Settings::MaxComplaintRate, m_maxComplaintRate->value());
            return tr("Coaching thresholds saved; published months keep the flags they were published with.");
        },
        true);
}

bool AppraisalTab::publishCorrection()
{
    return attempt(
        [this] {
            const int revision = AppraisalRepository(m_session).revise(m_month, m_reason->text());
            m_reason->clear();
            return tr("Revision %1 of %2 published; the earlier ones stay readable.")
                .arg(revision)
                .arg(m_month);
        },
        true);
}

bool AppraisalTab::recordReward()
{
    return attempt(
        [this] {
            AppraisalReward r;
            r.month = m_month;
            r.staffId = selectedStaff();
            r.reward = m_rewardWhat->text();
            r.reason = m_rewardWhy->text();
            r.givenOn = m_rewardDate->date();
            AppraisalRepository(m_session).addReward(r);
            m_rewardWhat->clear();
            m_rewardWhy->clear();
            return tr("Reward recorded; it is printed with the appraisal of %1.").arg(m_month);
        },
        false);
}

bool AppraisalTab::removeReward()
{
    return attempt(
        [this] {
            const qint64 id = RecordTable::selectedId(m_rewards);
            if (id == 0)
                throw ValidationError(QStringLiteral("reward"), tr("Reward: select one in the list first"));
            AppraisalRepository(m_session).removeReward(id);
            return tr("Reward removed.");
        },
        false);
}

bool AppraisalTab::recordCoaching()
{
    return attempt(
        [this] {
            AppraisalCoaching c;
            c.month = m_month;
            c.staffId = selectedStaff();
            c.heldOn = m_coachingDate->date();
            c.topic = m_coachingTopic->text();
            c.outcome = m_coachingOutcome->text();
            AppraisalRepository(m_session).addCoaching(c);
            m_coachingTopic->clear();
            m_coachingOutcome->clear();
            return tr("Coaching recorded; it is printed with the appraisal of %1.").arg(m_month);
        },
        false);
}

bool AppraisalTab::saveCoachingOutcome()
{
    return attempt(
        [this] {
            const QList<QTableWidgetItem *> selected = m_coaching->selectedItems();
            if (selected.isEmpty())
                throw ValidationError(QStringLiteral("coaching"),
                                      tr("Coaching: select one in the list first"));
            const int r = selected.constFirst()->row();
            AppraisalCoaching c;
            c.id = m_coaching->item(r, 0)->data(Qt::UserRole).toLongLong();
            c.rowVersion = m_coaching->item(r, 0)->data(Qt::UserRole + 1).toInt();
            c.heldOn = QDate::fromString(m_coaching->item(r, 1)->text(), Qt::ISODate);
            c.topic = m_coaching->item(r, 2)->text();
            c.outcome = m_coachingOutcome->text();
            AppraisalRepository(m_session).updateCoaching(c);
            m_coachingOutcome->clear();
            return tr("Outcome saved.");
        },
        false);
}

ReportDocument AppraisalTab::packDocument() const
{
    OfficeReports::Period period;
    period.month = m_month;
    period.staffId = selectedStaff();
    return OfficeReports::build(m_session, QStringLiteral("appraisal"), period);
}

// Why the month shows no row (the line above the empty table).
QString AppraisalTab::emptyReason(int revision) const
{
    if (m_seesTeam)
        return tr("Nobody is appraised in %1: the appraisal covers the consultants, customer-service and "
                  "reception staff on duty that month.")
            .arg(m_month);
    return revision == 0
               ? tr("The appraisal of %1 is not published yet; your row shows here once it is.").arg(m_month)
               : AppraisalRepository::youAreNotAppraised(m_month);
}

// A staff member whose month shows no row of theirs is told why, as information: there is no pack
// to print, and nothing went wrong.
bool AppraisalTab::nothingToPrint()
{
    if (m_seesTeam || m_reading || m_appraisal->rowCount() > 0 || m_emptyReason->text().isEmpty())
        return false;
    say(m_emptyReason->text(), false);
    return true;
}

bool AppraisalTab::previewPack()
{
    if (nothingToPrint())
        return false;
    return action().run(
        [this](qint64) {
            PrintPreview::show(this, packDocument());
            return QString();
        },
        RecordAction::Then::Nothing);
}

bool AppraisalTab::savePack(const QString &path)
{
    if (nothingToPrint())
        return false;
    return action().run(
        [&](qint64) {
            const ReportDocument doc = packDocument();
            ReportPrinter::writeReport(doc, path);
            return tr("%1 written to %2.").arg(doc.title, path);
        },
        RecordAction::Then::Nothing);
}

} // namespace estatedesk
