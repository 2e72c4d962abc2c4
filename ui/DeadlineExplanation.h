// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/DeadlineRepository.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QDialog;

namespace estatedesk {

// "Why is this due then?" wherever a deadline is shown: hovering a cell that holds a deadline
// item shows its explanation as the tooltip; the row offers an action (context menu, Ctrl+E)
// that opens a dialog with the explanation of the current cell's item, or of every deadline in
// the row. The text is the one the models write (DeadlineRepository::explainText), the same
// `estatedesk-cli sla explain --item` prints. The dialog is not modal.
class DeadlineExplanation : public QObject
{
    Q_OBJECT
public:
    // Offers the explanation on view, whose cells hold their DeadlineItem under itemRole.
    DeadlineExplanation(QAbstractItemView *view, const Session &session, int itemRole);

    // The action on the row (objectName "explainDeadline"), for buttons and menus to share.
    QAction *action() const { return m_action; }
    // What the tooltip of this cell says; empty when it holds no deadline item.
    QString toolTip(const QModelIndex &index) const;
    // The items the action explains: the current cell's, else every one in the current row.
    QList<DeadlineItem> currentItems() const;
    // Opens the dialog (objectName "deadlineExplanation") for the current row; null when the row
    // holds no deadline.
    QDialog *showDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString text(const QList<DeadlineItem> &items) const;

    QAbstractItemView *m_view;
    Session m_session;
    int m_itemRole;
    QAction *m_action;
};

} // namespace estatedesk
