// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace estatedesk {

enum class Backend;

// The few places where SQLite and PostgreSQL differ. Everything else is shared SQL.
class Dialect
{
public:
    virtual ~Dialect() = default;
    static std::unique_ptr<Dialect> create(Backend backend);

    virtual QString name() const = 0;
    // Migration text uses {{PK}} for an auto-numbered primary key column and {{BLOB}} for bytes.
    QString expand(QString ddl) const;
    virtual QString autoPrimaryKey() const = 0;
    virtual QString blobType() const = 0;
    // Case-insensitive LIKE (ASCII).
    virtual QString ilike() const = 0;
    // Position (1-based, 0 when absent) of needle in haystack: SQL text for two expressions.
    virtual QString position(const QString &haystack, const QString &needle) const = 0;
    // "column is one of the ids the subquery gives", in the shape each planner answers by
    // looking the few ids up: PostgreSQL reads the subquery once into an array and probes the
    // primary key (as "IN (subquery)" it estimated a third of the clients and scanned them all:
    // 19 ms instead of 7 for a keystroke of four digits at 100 000 clients).
    virtual QString inIds(const QString &column, const QString &subquery) const = 0;
    // Pragmas or session settings right after a connection opens.
    virtual void configureConnection(QSqlDatabase &db) const = 0;
    // User tables of the database (not the engine's own).
    virtual QStringList tables(QSqlDatabase &db) const = 0;
    // Engine-level integrity problems; empty when fine.
    virtual QStringList integrityProblems(QSqlDatabase &db) const = 0;
    // After rows with explicit ids were copied in: move id generators past the largest id.
    virtual void resetIdSequence(QSqlDatabase &db, const QString &table) const = 0;
};

} // namespace estatedesk
