// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace estatedesk {

// The name of the network filesystem ("NFS", "SMB/CIFS", ...) that holds path, or an empty
// string for a local disk. SQLite's locking does not work over these.
QString networkFilesystemType(const QString &path);
// The same decision from a statfs f_type value (tests feed it the magic numbers).
QString networkFilesystemName(quint64 fsMagic);

} // namespace estatedesk
