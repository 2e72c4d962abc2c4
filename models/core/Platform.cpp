// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Platform.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace estatedesk::platform {

#ifdef Q_OS_UNIX
static QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

bool makeOwnerOnlyFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    // mkdir applies the umask to 0700; chmod does not.
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) == 0)
        return ::chmod(native.constData(), 0700) == 0;
    return errno == EEXIST && QFileInfo(path).isDir();
#else
    // Windows: CreateDirectoryW with a SECURITY_ATTRIBUTES whose DACL grants only the current
    // user (and SYSTEM); the default user data folder under %LOCALAPPDATA% already inherits such
    // an ACL, so the plain mkdir keeps it private there.
    return QDir().mkdir(path) || QFileInfo(path).isDir();
#endif
}

FileCreation createOwnerOnlyFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // O_EXCL: a file (or a link planted by someone else) that appears meanwhile is never
    // followed; fchmod because open() applies the umask to 0600 (a umask like 0277 would leave
    // the owner unable to write).
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
        return FileCreation::Created;
    }
    if (errno == EEXIST)
        return FileCreation::Existed;
    if (error)
        *error = systemError();
    return FileCreation::Failed;
#else
    // Windows: CreateFileW(path, GENERIC_WRITE, 0, &ownerOnlyAttributes, CREATE_NEW, …); here the
    // file inherits its folder's ACL.
    if (QFileInfo::exists(path))
        return FileCreation::Existed;
    QFile f(path);
    if (!f.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return FileCreation::Failed;
    }
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return FileCreation::Created;
#endif
}

bool restrictToOwner(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0 ||
        ((st.st_mode & 077) != 0 && ::chmod(native.constData(), st.st_mode & 0700) != 0)) {
        if (error)
            *error = systemError();
        return false;
    }
    return true;
#else
    // Windows: SetNamedSecurityInfoW(path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION |
    // PROTECTED_DACL_SECURITY_INFORMATION, …) with a DACL for the owner only.
    QFile f(path);
    if (!f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
#endif
}

int permissionBits(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    // Windows: GetNamedSecurityInfoW would list the ACL; Qt's emulated bits are the nearest.
    if (!QFileInfo::exists(path))
        return -1;
    const QFile::Permissions p = QFileInfo(path).permissions();
    int m = 0;
    m |= p.testFlag(QFile::ReadOwner) ? 0400 : 0;
    m |= p.testFlag(QFile::WriteOwner) ? 0200 : 0;
    m |= p.testFlag(QFile::ReadGroup) ? 0040 : 0;
    m |= p.testFlag(QFile::WriteGroup) ? 0020 : 0;
    m |= p.testFlag(QFile::ReadOther) ? 0004 : 0;
    m |= p.testFlag(QFile::WriteOther) ? 0002 : 0;
    return m;
#endif
}

bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    // rename() replaces to in one step: a reader sees the old file or the new one, never none.
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    // Windows: MoveFileExW(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH).
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

bool flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    // Windows: FlushFileBuffers on a handle from CreateFileW(path, GENERIC_WRITE, …).
    return QFileInfo::exists(path);
#endif
}

std::optional<quint64> fileSystemMagic(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return static_cast<quint64>(static_cast<quint32>(info.f_type));
#else
    // Windows has no such number: GetDriveTypeW() on the path's root (GetVolumePathNameW) returns
    // DRIVE_REMOTE for a mapped network drive, and a path starting with \\ is a share. macOS:
    // statfs() there gives f_fstypename ("nfs", "smbfs") instead.
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

bool openAfterDeletion(const QString &path)
{
#ifdef Q_OS_LINUX
    const QByteArray deleted = QFile::encodeName(path) + " (deleted)";
    QByteArray target(deleted.size() + 1, Qt::Uninitialized);
    for (QDirIterator fds(QStringLiteral("/proc/self/fd"), QDir::System | QDir::Files); fds.hasNext();) {
        const ssize_t n = ::readlink(QFile::encodeName(fds.next()).constData(), target.data(), target.size());
        if (n == deleted.size() && std::equal(deleted.cbegin(), deleted.cend(), target.cbegin()))
            return true;
    }
    return false;
#else
    // Windows does not let another program delete a file open here; macOS would ask
    // fcntl(F_GETPATH) and fstat's st_nlink of each descriptor.
    Q_UNUSED(path);
    return false;
#endif
}

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(quint64(::getuid()));
#else
    // Windows: the user's SID (GetTokenInformation(TokenUser) + ConvertSidToStringSidW); no
    // caller needs it there, as Windows has no XDG runtime folder.
    return {};
#endif
}

} // namespace estatedesk::platform
