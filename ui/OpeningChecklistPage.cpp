// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpeningChecklistPage.h"

#include "DateTimeTyping.h"
#include "StatePalette.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/OpeningChecklist.h"
#include "security/Permissions.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace estatedesk {

OpeningChecklistPage::OpeningChecklistPage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checklistTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setHeaderLabels({tr("Item"), tr("Ticked by"), tr("At")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TickedByColumn, QHeaderView::ResizeToContents);
    // The time column fits a time ("09:05") before anything is ticked, not just its short header
    // ("At"); its contents are never wider.
    m_tree->header()->setSectionResizeMode(TickedAtColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(TickedAtColumn,
                                    std::max(m_tree->fontMetrics().horizontalAdvance(QStringLiteral("00:00")),
                                             m_tree->header()->fontMetrics().horizontalAdvance(tr("At"))) +
                                        24);
    layout->addWidget(m_tree, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checklistMessage"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    if (Permissions::allows(m_session.role, Action::EditPolicies)) {
        auto *settings = new QGroupBox(tr("Checklist items and flag time (office settings)"), this);
        settings->setObjectName(QStringLiteral("checklistSettings"));
        auto *form = new QFormLayout(settings);
        m_receptionItems = new QPlainTextEdit(settings);
        m_receptionItems->setObjectName(QStringLiteral("receptionItems"));
        m_sampleUnitItems = new QPlainTextEdit(settings);
        m_sampleUnitItems->setObjectName(QStringLiteral("sampleUnitItems"));
        for (QPlainTextEdit *edit : {m_receptionItems, m_sampleUnitItems})
            edit->setMaximumHeight(edit->fontMetrics().height() * 8);
        m_flagTime = new QTimeEdit(settings);
        DateTimeTyping::selectSectionOnClick(m_flagTime);
        m_flagTime->setObjectName(QStringLiteral("checklistFlagTime"));
        m_flagTime->setDisplayFormat(QStringLiteral("HH:mm"));
        auto *save = new QPushButton(tr("Save checklist settings"), settings);
        save->setObjectName(QStringLiteral("saveChecklistSettings"));
        form->addRow(tr("Reception area (one item a line):"), m_receptionItems);
        form->addRow(tr("Each sample unit (one item a line):"), m_sampleUnitItems);
        form->addRow(tr("Flag unticked items on the dashboard from (office time):"), m_flagTime);
        form->addRow(QString(), save);
        connect(save, &QPushButton::clicked, this, &OpeningChecklistPage::saveSettings);
        layout->addWidget(settings);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *row, int column) {
        if (column == ItemColumn && row->parent())
            toggled(row);
    });
    reload();
}

void OpeningChecklistPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void OpeningChecklistPage::reload()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    try {
        OpeningChecklist checklist(m_session);
        const QDate today = checklist.today();
        m_title->setText(
            tr("Opening checklist for %1: tick each item before visitors come (flagged on the dashboard from %2)")
                .arg(today.toString(Qt::ISODate), checklist.flagTime().toString(QStringLiteral("HH:mm"))));
        QHash<QString, ChecklistTick> ticked;
        for (const ChecklistTick &t : checklist.ticks(today))
            ticked.insert(t.place + u'\n' + t.item, t);
        const bool mayTick = Permissions::allows(m_session.role, Action::TickChecklist);
        for (const ChecklistPlace &place : checklist.places()) {
            auto *top = new QTreeWidgetItem(m_tree, {place.label});
            QFont bold = top->font(ItemColumn);
            bold.setBold(true);
            top->setFont(ItemColumn, bold);
            top->setFlags(Qt::ItemIsEnabled);
            int done = 0;
            for (const QString &item : place.items) {
                auto *row = new QTreeWidgetItem(top, {OpeningChecklist::itemLabel(item)});
                row->setData(ItemColumn, PlaceRole, place.key);
                row->setData(ItemColumn, ItemRole, item);
                row->setFlags(mayTick ? Qt::ItemFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable)
                                      : Qt::ItemFlags(Qt::ItemIsEnabled));
                const auto it = ticked.constFind(place.key + u'\n' + item);
                row->setCheckState(ItemColumn, it == ticked.constEnd() ? Qt::Unchecked : Qt::Checked);
                if (it != ticked.constEnd()) {
                    row->setText(TickedByColumn, it->tickedByName);
                    row->setText(TickedAtColumn,
                                 OfficeTime::toOffice(it->tickedAt).toString(QStringLiteral("HH:mm")));
                    ++done;
                }
            }
            top->setText(TickedByColumn, tr("%1 of %2 ticked").arg(done).arg(place.items.size()));
        }
        m_tree->expandAll();
        if (m_receptionItems) {
            m_receptionItems->setPlainText(checklist.itemLabels(false).join(u'\n'));
            m_sampleUnitItems->setPlainText(checklist.itemLabels(true).join(u'\n'));
            m_flagTime->setTime(checklist.flagTime());
        }
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

QTreeWidgetItem *OpeningChecklistPage::itemRow(const QString &place, const QString &item) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int k = 0; k < top->childCount(); ++k) {
            QTreeWidgetItem *row = top->child(k);
            if (row->data(ItemColumn, PlaceRole).toString() == place &&
                row->data(ItemColumn, ItemRole).toString() == item)
                return row;
        }
    }
    return nullptr;
}

void OpeningChecklistPage::toggled(QTreeWidgetItem *row)
{
    const QString place = row->data(ItemColumn, PlaceRole).toString();
    const QString item = row->data(ItemColumn, ItemRole).toString();
    const bool tick = row->checkState(ItemColumn) == Qt::Checked;
    try {
        OpeningChecklist checklist(m_session);
        if (tick)
            checklist.tick(place, item);
        else
            checklist.untick(place, item);
        say(tick ? tr("Ticked: %1.").arg(OpeningChecklist::itemLabel(item))
                 : tr("Unticked: %1.").arg(OpeningChecklist::itemLabel(item)),
            false);
    } catch (const Error &e) {
        say(e.message(), true);
    }
    // Who ticked and when, from the database (another PC may have ticked it first). The row is
    // updated in place: the view is still delivering this change, so the tree stays as it is.
    const QSignalBlocker block(m_tree);
    try {
        OpeningChecklist checklist(m_session);
        ChecklistTick found;
        for (const ChecklistTick &t : checklist.ticks(checklist.today()))
            if (t.place == place && t.item == item)
                found = t;
        row->setCheckState(ItemColumn, found.tickedAt > 0 ? Qt::Checked : Qt::Unchecked);
        row->setText(TickedByColumn, found.tickedByName);
        row->setText(TickedAtColumn,
                     found.tickedAt > 0
                         ? OfficeTime::toOffice(found.tickedAt).toString(QStringLiteral("HH:mm"))
                         : QString());
        QTreeWidgetItem *top = row->parent();
        int done = 0;
        for (int k = 0; k < top->childCount(); ++k)
            done += top->child(k)->checkState(ItemColumn) == Qt::Checked;
        top->setText(TickedByColumn, tr("%1 of %2 ticked").arg(done).arg(top->childCount()));
    } catch (const Error &e) {
        say(e.message(), true);
    }
    emit changed();
}

bool OpeningChecklistPage::saveSettings()
{
    if (!m_receptionItems)
        return false;
    try {
        OpeningChecklist(m_session).saveSettings(m_receptionItems->toPlainText().split(u'\n'),
                                                 m_sampleUnitItems->toPlainText().split(u'\n'),
                                                 m_flagTime->time().toString(QStringLiteral("HH:mm")));
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
    reload();
    say(tr("Checklist settings saved."), false);
    emit changed();
    return true;
}

} // namespace estatedesk
