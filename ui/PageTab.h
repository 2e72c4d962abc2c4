// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"

#include <QWidget>

#include <functional>

namespace estatedesk {

// One tab of a page with several (supervision, a contract's details): what it did, or why not,
// goes to the page's status line through said(); the page shows it.
class PageTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

signals:
    void said(const QString &text, bool error);

protected:
    void say(const QString &text, bool error) { emit said(text, error); }
    // An action of this tab that needs no selected record: what it did, or why not, is said; then
    // what it changed is shown again by reload (none: nothing to show again).
    RecordAction action(std::function<void()> reload = {})
    {
        RecordAction a;
        a.say = [this](const QString &text, bool error) { say(text, error); };
        if (reload)
            a.reload = [reload = std::move(reload)](qint64) { reload(); };
        return a;
    }
};

} // namespace estatedesk
