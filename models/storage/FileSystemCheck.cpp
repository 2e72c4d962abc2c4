// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileSystemCheck.h"

#include "core/Platform.h"

namespace estatedesk {

QString networkFilesystemName(quint64 magic)
{
    switch (magic) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFF534D42:
        return QStringLiteral("SMB/CIFS");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x7461636f:
        return QStringLiteral("OCFS2");
    case 0x6B414653:
        return QStringLiteral("AFS");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x47504653:
        return QStringLiteral("GPFS");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    default:
        return {};
    }
}

QString networkFilesystemType(const QString &path)
{
    // Decided on Linux only (see platform::fileSystemMagic for other systems).
    const std::optional<quint64> magic = platform::fileSystemMagic(path);
    return magic ? networkFilesystemName(*magic) : QString();
}

} // namespace estatedesk
