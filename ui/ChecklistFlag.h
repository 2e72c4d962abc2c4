// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QLabel>

namespace estatedesk {

// The dashboard's line about today's opening checklists: shown in red, with what is missing,
// once the flag time (office setting, default 09:30) has passed and an item is not ticked; hidden
// otherwise. The models decide (OpeningChecklist::status); the link opens the checklist.
class ChecklistFlag : public QLabel
{
    Q_OBJECT
public:
    explicit ChecklistFlag(const Session &session, QWidget *parent = nullptr);
    void refresh();
    bool flagged() const { return m_flagged; }

signals:
    void openChecklist();

private:
    Session m_session;
    bool m_flagged = false;
};

} // namespace estatedesk
