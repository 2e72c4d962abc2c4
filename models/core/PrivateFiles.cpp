// SPDX-License-Identifier: GPL-3.0-or-later
// Owner-only files and folders for personal data, on top of the operating system's calls in
// core/Platform.cpp.
#include "core/PrivateFiles.h"

#include "core/Errors.h"
#include "core/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace estatedesk {

bool PrivateFiles::makeFolder(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    // The missing folders from the outermost one in, each owner-only.
    QStringList missing;
    for (QString p = absolute; !QFileInfo(p).exists(); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (p == QFileInfo(p).path())
            break;
    }
    for (const QString &p : std::as_const(missing)) {
        if (!platform::makeOwnerOnlyFolder(p))
            return false;
    }
    return QFileInfo(absolute).isDir();
}

bool PrivateFiles::prepare(const QString &path, bool *created, QString *error)
{
    if (created)
        *created = false;
    switch (platform::createOwnerOnlyFile(path, error)) {
    case platform::FileCreation::Created:
        if (created)
            *created = true;
        return true;
    case platform::FileCreation::Existed:
        return platform::restrictToOwner(path, error);
    case platform::FileCreation::Failed:
        break;
    }
    return false;
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
    return platform::replaceFile(from, to);
}

bool PrivateFiles::syncToDisk(const QString &path)
{
    return platform::flushToDisk(path);
}

void PrivateFiles::writeFile(const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(
            tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool PrivateFiles::isPrivate(const QString &path)
{
    const int m = mode(path);
    return m >= 0 && (m & 077) == 0;
}

int PrivateFiles::mode(const QString &path)
{
    return platform::permissionBits(path);
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
        setErrorString(PrivateFiles::tr("cannot create the folder %1")
                           .arg(QDir::toNativeSeparators(QFileInfo(fileName()).absolutePath())));
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
