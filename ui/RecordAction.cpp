// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordAction.h"

#include "core/Errors.h"

namespace estatedesk {

bool RecordAction::run(const std::function<QString(qint64)> &action, Then then) const
{
    const qint64 id = selectedId ? selectedId() : 0;
    if (selectedId && id == 0) {
        say(selectFirst, true);
        return false;
    }
    try {
        const QString done = action(id);
        say(done, false);
        if (then == Then::Reload && reload)
            reload(id); // a failure to read the list again is said over the done message
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool RecordAction::run(const std::function<void(qint64)> &action, const QString &done) const
{
    return run([&](qint64 id) {
        action(id);
        return done;
    });
}

} // namespace estatedesk
