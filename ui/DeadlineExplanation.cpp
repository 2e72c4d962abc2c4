// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineExplanation.h"

#include "core/Clock.h"
#include "core/Errors.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QToolTip>
#include <QVBoxLayout>

namespace estatedesk {

DeadlineExplanation::DeadlineExplanation(QAbstractItemView *view, const Session &session, int itemRole)
    : QObject(view), m_view(view), m_session(session), m_itemRole(itemRole),
      m_action(new QAction(tr("Why is this due then?"), view))
{
    m_action->setObjectName(QStringLiteral("explainDeadline"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setToolTip(
        tr("Explain the selected deadline: the days counted and skipped, pauses and rounds (Ctrl+E)"));
    connect(m_action, &QAction::triggered, this, &DeadlineExplanation::showDialog);
    view->addAction(m_action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->viewport()->installEventFilter(this);
}

QString DeadlineExplanation::text(const QList<DeadlineItem> &items) const
{
    QStringList sections;
    try {
        DeadlineRepository deadlines(m_session);
        const qint64 now = m_session.clock->nowMs();
        for (const DeadlineItem &item : items)
            sections << deadlines.explainText(item, now).join(u'\n');
    } catch (const Error &e) {
        sections << e.message();
    }
    return sections.join(QStringLiteral("\n\n"));
}

QString DeadlineExplanation::toolTip(const QModelIndex &index) const
{
    const QVariant stored = index.data(m_itemRole);
    if (!stored.isValid())
        return {};
    return text({stored.value<DeadlineItem>()});
}

QList<DeadlineItem> DeadlineExplanation::currentItems() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const QVariant here = current.data(m_itemRole);
    if (here.isValid())
        return {here.value<DeadlineItem>()};
    QList<DeadlineItem> items;
    const QAbstractItemModel *model = current.model();
    for (int column = 0; column < model->columnCount(current.parent()); ++column) {
        const QVariant v = model->index(current.row(), column, current.parent()).data(m_itemRole);
        if (v.isValid())
            items << v.value<DeadlineItem>();
    }
    return items;
}

QDialog *DeadlineExplanation::showDialog()
{
    const QList<DeadlineItem> items = currentItems();
    if (items.isEmpty())
        return nullptr;
    auto *dialog = new QDialog(m_view->window());
    dialog->setObjectName(QStringLiteral("deadlineExplanation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Why is this due then?"));
    auto *layout = new QVBoxLayout(dialog);
    auto *body = new QPlainTextEdit(dialog);
    body->setObjectName(QStringLiteral("explanationText"));
    body->setReadOnly(true);
    body->setPlainText(text(items));
    layout->addWidget(body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
    return dialog;
}

bool DeadlineExplanation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == m_view->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTip(m_view->indexAt(help->pos()));
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, m_view->viewport());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace estatedesk
