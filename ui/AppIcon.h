// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace estatedesk {

// The program's icon, resources/desktop/estatedesk.svg at every size the menu uses (rendered at
// build time and carried inside the program): the windows, the dialogs and the tray show it.
QIcon appIcon();

} // namespace estatedesk
