// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTimeTyping.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>

namespace estatedesk::DateTimeTyping {

namespace {

class SectionSelector : public QObject
{
public:
    explicit SectionSelector(QDateTimeEdit *edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Once the line has handled the release (a click into a selection clears it there), the
        // cursor and the edit's current section are where the click was.
        auto *line = qobject_cast<QLineEdit *>(watched);
        if (event->type() == QEvent::MouseButtonRelease && line)
            QMetaObject::invokeMethod(
                this,
                [this, line] {
                    if (!line->hasSelectedText())
                        m_edit->setSelectedSection(m_edit->currentSection());
                },
                Qt::QueuedConnection);
        return false;
    }

private:
    QDateTimeEdit *m_edit;
};

} // namespace

void selectSectionOnClick(QDateTimeEdit *edit)
{
    if (QLineEdit *line = edit->findChild<QLineEdit *>())
        line->installEventFilter(new SectionSelector(edit));
}

} // namespace estatedesk::DateTimeTyping
