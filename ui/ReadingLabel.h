// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace estatedesk {

// "Reading…", beside a page's controls while its BackgroundReader reads what the page will show
// (the rows shown before stay meanwhile). Hidden until the page starts a read; the page shows it
// then and hides it when the result is shown.
class ReadingLabel : public QLabel
{
    Q_OBJECT
public:
    ReadingLabel(const QString &objectName, QWidget *parent);
};

} // namespace estatedesk
