// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFlag.h"

#include "StatePalette.h"
#include "core/Clock.h"
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

ChecklistFlag::Reading ChecklistFlag::read(const Session &session, qint64 nowMs)
{
    const FixedClock at(nowMs); // the moment the dashboard's other lists are read at
    Session then = session;
    then.clock = &at;
    Reading r;
    try {
        const OpeningChecklist checklist(then);
        r.status = checklist.status();
        r.flagTime = checklist.flagTime();
    } catch (const Error &e) {
        r.error = e.message();
    }
    return r;
}

void ChecklistFlag::refresh()
{
    showReading(read(m_session, m_session.clock->nowMs()));
}

void ChecklistFlag::showReading(const Reading &r)
{
    if (!r.error.isEmpty()) {
        m_flagged = false;
        setText(r.error.toHtmlEscaped());
        show();
        return;
    }
    const ChecklistStatus &s = r.status;
    m_flagged = s.flagged;
    if (s.flagged) {
        constexpr int kShown = 4;
        QStringList shown = s.unticked.mid(0, kShown);
        if (s.unticked.size() > kShown)
            shown << tr("and %n more", nullptr, int(s.unticked.size() - kShown));
        setText(
            tr("<b>Opening checklist: %n item(s) not ticked</b> (due by %1): %2. <a href=\"open\">Open the checklist</a>",
               nullptr, int(s.unticked.size()))
                .arg(r.flagTime.toString(QStringLiteral("HH:mm")),
                     shown.join(QStringLiteral("; ")).toHtmlEscaped()));
    }
    setVisible(s.flagged);
}

} // namespace estatedesk
