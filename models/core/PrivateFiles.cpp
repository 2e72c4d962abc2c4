// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that calls the operating system for file modes, creating files exclusively,
// renaming over a file and flushing to disk. The POSIX calls are used on Linux and macOS; each
// function names what it is on Windows, where the build falls back to Qt's portable calls
// (untested there: see the README).
#include "core/PrivateFiles.h"

#include "core/Errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace estatedesk {

#ifdef Q_OS_UNIX
static QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

bool PrivateFiles::makeFolder(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
#ifdef Q_OS_UNIX
    // Create the missing folders from the outermost one in, each with mkdir(…, 0700) and then
    // chmod 0700 (mkdir applies the umask; chmod does not).
    QStringList missing;
    for (QString p = absolute; !QFileInfo(p).exists(); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (p == QFileInfo(p).path())
            break;
    }
    for (const QString &p : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(p);
        if (::mkdir(native.constData(), 0700) == 0)
            ::chmod(native.constData(), 0700);
        else if (errno != EEXIST)
            return false;
    }
    return QFileInfo(absolute).isDir();
#else
    // Windows: CreateDirectoryW with a SECURITY_ATTRIBUTES whose DACL grants only the current
    // user (and SYSTEM); the default user data folder under %LOCALAPPDATA% already inherits such
    // an ACL, so the plain mkpath keeps it private there.
    return QDir().mkpath(absolute);
#endif
}

bool PrivateFiles::prepare(const QString &path, bool *created, QString *error)
{
    if (created)
        *created = false;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: a file (or a link planted by someone else) that appears meanwhile is never
    // followed; fchmod because open() applies the umask to 0600 (a umask like 0277 would leave
    // the owner unable to write).
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
        if (created)
            *created = true;
        return true;
    }
    if (errno != EEXIST) {
        if (error)
            *error = systemError();
        return false;
    }
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        if (error)
            *error = systemError();
        return false;
    }
    if ((st.st_mode & 077) == 0)
        return true;
    if (::chmod(native.constData(), st.st_mode & 0700) != 0) {
        if (error)
            *error = systemError();
        return false;
    }
    return true;
#else
    // Windows: CreateFileW(path, …, CREATE_NEW, …) with an owner-only SECURITY_ATTRIBUTES, or
    // SetNamedSecurityInfoW on an existing file; here the file inherits its folder's ACL.
    QFile f(path);
    const bool existed = f.exists();
    if (!f.open(QIODevice::ReadWrite)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    if (created)
        *created = !existed;
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
#endif
}

bool PrivateFiles::prepareDatabase(const QString &path, QString *error)
{
    if (!prepare(path, nullptr, error))
        return false;
    // Left by an earlier run that was created under a wider mode: only made private, never created.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !prepare(side, nullptr, error))
            return false;
    }
    return true;
}

bool PrivateFiles::replace(const QString &from, const QString &to)
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

bool PrivateFiles::syncToDisk(const QString &path)
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

void PrivateFiles::writeFile(const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool PrivateFiles::isPrivate(const QString &path)
{
    const int m = mode(path);
    return m >= 0 && (m & 077) == 0;
}

int PrivateFiles::mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    // Windows: GetNamedSecurityInfoW would list the ACL; Qt's emulated bits are the nearest.
    const QFile::Permissions p = QFileInfo(path).permissions();
    if (!QFileInfo::exists(path))
        return -1;
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

PrivateSaveFile::~PrivateSaveFile()
{
    if (m_createdPlaceholder && !m_committed) {
        cancelWriting();
        QFile::remove(fileName());
    }
}

bool PrivateSaveFile::open(OpenMode flags)
{
    if (!PrivateFiles::makeFolder(QFileInfo(fileName()).absolutePath())) {
        setErrorString(PrivateFiles::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(fileName()).absolutePath())));
        return false;
    }
    // An owner-only file in place first: QSaveFile then creates its temporary file 0600 and
    // gives it the target's mode, instead of the umask's 0644 for a new file.
    QString why;
    bool created = false;
    if (!PrivateFiles::prepare(fileName(), &created, &why)) {
        setErrorString(why);
        return false;
    }
    m_createdPlaceholder = m_createdPlaceholder || created;
    if (QSaveFile::open(flags))
        return true;
    if (m_createdPlaceholder) {
        QFile::remove(fileName());
        m_createdPlaceholder = false;
    }
    return false;
}

bool PrivateSaveFile::commit()
{
    m_committed = QSaveFile::commit();
    return m_committed;
}

} // namespace estatedesk
