// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFlag.h"

#include "StatePalette.h"
#include "core/Errors.h"
#include "repositories/OpeningChecklist.h"

namespace estatedesk {

ChecklistFlag::ChecklistFlag(const Session &session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("checklistFlag"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, StatePalette::background(Tone::Alert));
    p.setColor(QPalette::WindowText, StatePalette::foreground(Tone::Alert));
    setPalette(p);
    connect(this, &QLabel::linkActivated, this, &ChecklistFlag::openChecklist);
    hide();
}

void ChecklistFlag::refresh()
{
    try {
        const ChecklistStatus s = OpeningChecklist(m_session).status();
        m_flagged = s.flagged;
        if (s.flagged) {
            constexpr int kShown = 4;
            QStringList shown = s.unticked.mid(0, kShown);
            if (s.unticked.size() > kShown)
                shown << tr("and %n more", nullptr, int(s.unticked.size() - kShown));
            setText(
                tr("<b>Opening checklist: %n item(s) not ticked</b> (due by %1): %2. <a href=\"open\">Open the checklist</a>",
                   nullptr, int(s.unticked.size()))
                    .arg(OpeningChecklist(m_session).flagTime().toString(QStringLiteral("HH:mm")),
                         shown.join(QStringLiteral("; ")).toHtmlEscaped()));
        }
        setVisible(s.flagged);
    } catch (const Error &e) {
        m_flagged = false;
        setText(e.message().toHtmlEscaped());
        show();
    }
}

} // namespace estatedesk
