// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingLabel.h"

namespace estatedesk {

ReadingLabel::ReadingLabel(const QString &objectName, QWidget *parent) : QLabel(tr("Reading…"), parent)
{
    setObjectName(objectName);
    hide();
}

} // namespace estatedesk
