// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"

#include <QDir>

namespace estatedesk {

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        // One folder a size, named like the icon theme's ("16x16", …, "256x256").
        const QDir icons(QStringLiteral(":/icons"));
        for (const QString &size : icons.entryList(QDir::Dirs))
            i.addFile(icons.filePath(size + QStringLiteral("/estatedesk.png")));
        return i;
    }();
    return icon;
}

} // namespace estatedesk
