// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

namespace estatedesk {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace estatedesk
