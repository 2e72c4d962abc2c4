// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace estatedesk {

// The one habit of the pages that act on a record: the selected record's id → the action → the
// status line says what was done, or the error → the list read again → the record selected again.
struct RecordAction
{
    // The selected record's id, 0 when none; unset for actions that need no selected record.
    std::function<qint64()> selectedId;
    // What the status line says when no record is selected ("Select a contract first.").
    QString selectFirst;
    std::function<void(const QString &text, bool error)> say;
    // Reads the list again and selects the record of that id again (0: none was selected).
    std::function<void(qint64 id)> reload;

    // What follows a done action: the list read again (the record changed), or nothing (a paper
    // written to a file, a preview: the record is as it was).
    enum class Then
    {
        Reload,
        Nothing
    };

    // Runs action on the selected record; what it returns is said as done.
    bool run(const std::function<QString(qint64 id)> &action, Then then = Then::Reload) const;
    bool run(const std::function<void(qint64 id)> &action, const QString &done) const;
};

} // namespace estatedesk
