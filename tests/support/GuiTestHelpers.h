// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>
#include <QtTest>

namespace estatedesk::test {

// With ESTATEDESK_SCREENSHOT_DIR set, GUI tests save what they show there (for the README);
// otherwise nothing happens.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR");
    return dir.isEmpty() || widget->grab().save(dir + u'/' + name);
}

} // namespace estatedesk::test
