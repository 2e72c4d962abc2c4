// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/OpeningChecklist.h"
#include "repositories/Session.h"

#include <QLabel>
#include <QTime>

namespace estatedesk {

// The dashboard's line about today's opening checklists: shown in red, with what is missing,
// once the flag time (office setting, default 09:30) has passed and an item is not ticked; hidden
// otherwise. The models decide (OpeningChecklist::status); the link opens the checklist.
class ChecklistFlag : public QLabel
{
    Q_OBJECT
public:
    // What the line shows, read at one moment.
    struct Reading
    {
        ChecklistStatus status;
        QTime flagTime;
        QString error; // the read failed: shown instead
    };
    explicit ChecklistFlag(const Session &session, QWidget *parent = nullptr);
    // Reads today's checklists at nowMs: touches nothing but the database, so the dashboard reads
    // it with its other lists (on its background reader when it has one).
    static Reading read(const Session &session, qint64 nowMs);
    void showReading(const Reading &reading);
    // Reads and shows at once.
    void refresh();
    bool flagged() const { return m_flagged; }

signals:
    void openChecklist();

private:
    Session m_session;
    bool m_flagged = false;
};

} // namespace estatedesk
