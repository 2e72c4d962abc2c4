// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace estatedesk {

// Personal data leaves the database only recorded: who, when, where to, how many. An export's file
// is kept only once its audit entry is written, in one unit: record() writes the entry, writeFile()
// the file, then the unit commits; a commit that fails removes the file again. A database that
// cannot be written (a full disk, a read-only file) refuses the export with a message naming the
// file, and leaves no file.
class RecordedExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordedExport)
public:
    static void write(const Session &session, const QString &path, const std::function<void()> &record,
                      const std::function<void()> &writeFile);
};

} // namespace estatedesk
