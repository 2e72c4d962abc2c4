// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// The one place that calls the operating system directly: file modes, creating a file
// exclusively, replacing a file, flushing to disk, the file system's type, the user's id and
// descriptors left open on deleted files.
// Everything else uses Qt. The POSIX calls run on Linux (and would on macOS); each function's
// comment in Platform.cpp names its Windows equivalent, and the Windows branch falls back to
// Qt's portable calls (never built there: see the README's "Building on Windows").
namespace estatedesk::platform {

// Creates one folder (its parent exists) readable by its owner only, whatever the umask. True
// when it was created or already exists.
bool makeOwnerOnlyFolder(const QString &path);

enum class FileCreation
{
    Created,
    Existed,
    Failed
};
// Creates path as an empty owner-only file, failing with Existed when anything (also a link) is
// already there, so nothing planted meanwhile is followed. *error gets the system's message.
FileCreation createOwnerOnlyFile(const QString &path, QString *error);
// Takes every right from group and others on an existing path.
bool restrictToOwner(const QString &path, QString *error);
// The permission bits (e.g. 0600) as the system shows them; -1 when path does not exist.
int permissionBits(const QString &path);

// Renames from over to in one step (to is replaced if it exists).
bool replaceFile(const QString &from, const QString &to);
// Writes a closed file's content through to the disk.
bool flushToDisk(const QString &path);

// The magic number of the file system holding path (Linux statfs f_type), or nothing where the
// system has no such number or it cannot be read.
std::optional<quint64> fileSystemMagic(const QString &path);

// Whether one of this process's descriptors is open on path after the file was deleted (another
// program deleted it under this one). Linux names such a descriptor's target "PATH (deleted)" in
// /proc/self/fd; false where the system does not show it.
bool openAfterDeletion(const QString &path);

// The signed-in user's number, to name per-user folders ("1000"); empty where there is none.
QString userId();

} // namespace estatedesk::platform
