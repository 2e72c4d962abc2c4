// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <exception>

namespace estatedesk {

// Base of every error the models library reports. message() is translated and meant for the
// user; it names the field, file or line concerned.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// Bad input: field() is the machine name of the field ("phone"), message() names it for people.
class ValidationError : public Error
{
public:
    ValidationError(QString field, QString message) : Error(std::move(message)), m_field(std::move(field)) {}
    const QString &field() const { return m_field; }

private:
    QString m_field;
};

// The audit log's hash chain does not verify (an entry deleted or changed behind the program's
// back): what restore refuses unless an administrator forces it.
class AuditChainError : public ValidationError
{
public:
    explicit AuditChainError(QString message)
        : ValidationError(QStringLiteral("audit_log"), std::move(message))
    {
    }
};

// Someone else changed the row since it was read (row_version mismatch).
class ConflictError : public Error
{
public:
    using Error::Error;
};

class NotFoundError : public Error
{
public:
    using Error::Error;
};

// The database refused or failed: disk full, connection lost, constraint, ...
class StorageError : public Error
{
public:
    using Error::Error;
};

// The signed-in role may not do this (checked in the models library).
class PermissionError : public Error
{
public:
    using Error::Error;
};

// Wrong name or password, a locked or deactivated account.
class AuthenticationError : public Error
{
public:
    using Error::Error;
};

// The database was written by a newer EstateDesk.
class SchemaTooNewError : public StorageError
{
public:
    using StorageError::StorageError;
};

// The office server (PostgreSQL) cannot be reached: the connection broke, or it is being
// re-established. Nothing of the failed action was saved; the window says so and reconnects.
class ConnectionLostError : public StorageError
{
public:
    using StorageError::StorageError;
};

// Nothing can be written to the database: its disk is full, or the file (or the server) is
// read-only. What only reads still works; the sign-in goes unrecorded and the user is told.
class UnwritableError : public StorageError
{
public:
    using StorageError::StorageError;
};

// Another user saved the same unique value (a phone) at the same moment: nothing was saved.
// databaseText() is the database's own words, which name the index, for the code that turns the
// clash into a sentence about its field; never shown.
class UniqueClashError : public StorageError
{
public:
    UniqueClashError(QString message, QString databaseText)
        : StorageError(std::move(message)), m_databaseText(std::move(databaseText))
    {
    }
    const QString &databaseText() const { return m_databaseText; }

private:
    QString m_databaseText;
};

// The database file is damaged (SQLite: "database disk image is malformed", "file is not a
// database"). databaseText() is the database's own words, for a message that says which file.
class DamagedFileError : public StorageError
{
public:
    DamagedFileError(QString message, QString databaseText)
        : StorageError(std::move(message)), m_databaseText(std::move(databaseText))
    {
    }
    const QString &databaseText() const { return m_databaseText; }

private:
    QString m_databaseText;
};

// A SQLite file on a network filesystem.
class NetworkFilesystemError : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace estatedesk
