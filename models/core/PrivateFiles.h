// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace estatedesk {

// Files that hold personal data (the database and its -wal/-shm, backups, exports, printed
// reports) are readable and writable by their owner only, and the folders EstateDesk creates
// for them are owner-only too, whatever the umask. The operating system's calls behind it are in
// core/Platform.cpp, which names each one's Windows equivalent.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    // Creates path and its missing parents; the folders it creates are owner-only (0700). An
    // existing folder is left as it is. False when a folder cannot be created.
    static bool makeFolder(const QString &path);
    // Makes sure path is owner-only (0600) before anything personal goes in: creates it empty
    // when missing (never wider, not even for a moment), or takes every right from group and
    // others when it exists. *created tells which. False when it cannot (error in *error).
    static bool prepare(const QString &path, bool *created = nullptr, QString *error = nullptr);
    // prepare() for a SQLite database and the -wal/-shm files SQLite keeps beside it (SQLite
    // gives those the database file's own mode, so an owner-only database keeps them private).
    static bool prepareDatabase(const QString &path, QString *error = nullptr);
    // Renames from over to in one step (to is replaced if it exists).
    static bool replace(const QString &from, const QString &to);
    // Writes a closed file's content through to the disk (before it is renamed into place).
    static bool syncToDisk(const QString &path);
    // Writes bytes to path as one owner-only file (PrivateSaveFile); throws StorageError naming
    // the file when it cannot.
    static void writeFile(const QString &path, const QByteArray &bytes);
    // True when neither group nor others have any right on path (tests and checks).
    static bool isPrivate(const QString &path);
    // The file's permission bits as the system shows them (e.g. 0600), for messages and tests;
    // -1 where the system has no such bits.
    static int mode(const QString &path);
};

// A QSaveFile for a file that holds personal data: the folder is created owner-only when
// missing, and the file is owner-only from the moment it exists (the temporary file QSaveFile
// writes and the file it becomes), whatever the umask. Use it exactly like QSaveFile, also as the
// device of a QPdfWriter: PrivateSaveFile f(path); f.open(QIODevice::WriteOnly); ...; f.commit().
// When it is not committed, a file it had to create is removed again.
class PrivateSaveFile : public QSaveFile
{
public:
    explicit PrivateSaveFile(const QString &name) : QSaveFile(name) {}
    ~PrivateSaveFile() override;
    bool open(OpenMode flags) override;
    // QSaveFile::commit(), remembering that the file is now the real one.
    bool commit();

private:
    bool m_createdPlaceholder = false;
    bool m_committed = false;
};

} // namespace estatedesk
