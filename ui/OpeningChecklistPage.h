// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimeEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace estatedesk {

// Today's opening checklists (seed 二.(一)1(1) and 2(2)): the reception area and each sample unit,
// every item ticked by the signed-in staff member with the time. Supervisors and administrators
// also edit the items and the time by which an unticked item is flagged on the dashboard.
class OpeningChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit OpeningChecklistPage(const Session &session, QWidget *parent = nullptr);

    // Re-reads today's lists and ticks.
    void reload();
    // The row of an item (place key, item key), or nullptr.
    QTreeWidgetItem *itemRow(const QString &place, const QString &item) const;
    // Saves the settings fields; false (after saying why) on error.
    bool saveSettings();

    static constexpr int PlaceRole = 0x0100 + 1;
    static constexpr int ItemRole = 0x0100 + 2;
    enum Column
    {
        ItemColumn,
        TickedByColumn,
        TickedAtColumn
    };

signals:
    // An item was ticked or unticked, or the settings changed.
    void changed();

private:
    void toggled(QTreeWidgetItem *row);
    void say(const QString &text, bool error);

    Session m_session;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPlainTextEdit *m_receptionItems = nullptr;
    QPlainTextEdit *m_sampleUnitItems = nullptr;
    QTimeEdit *m_flagTime = nullptr;
};

} // namespace estatedesk
