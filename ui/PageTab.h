// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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
};

} // namespace estatedesk
