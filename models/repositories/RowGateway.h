// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantMap>

namespace estatedesk {

// The shared mechanics of the repositories: insert a row and return its id, update a row only
// if its row_version is still the one the caller read, fetch by id, and write the audit entry of
// each change on the same connection. Column names come from the repositories' own code, never
// from user input; values are always bound.
class RowGateway
{
    Q_DECLARE_TR_FUNCTIONS(RowGateway)
public:
    RowGateway(const Session &session, QString table, QString entityLabel);

    // Inserts row (without id), audits it and returns the new id.
    qint64 insert(const QVariantMap &row, const QString &auditAction = QStringLiteral("insert"));
    // Updates the columns in row where id matches and row_version == expectedVersion; bumps
    // row_version, audits before/after and returns the new version. Throws ConflictError when the
    // row changed meanwhile, NotFoundError when it is gone.
    int update(qint64 id, int expectedVersion, const QVariantMap &row,
               const QString &auditAction = QStringLiteral("update"));
    QSqlRecord fetch(qint64 id) const;
    // The row with this id: the query positioned on it (for a SqlRow), or NotFoundError.
    QSqlQuery select(qint64 id) const;
    static QVariantMap toMap(const QSqlRecord &record);

private:
    Session m_session;
    QString m_table;
    QString m_entityLabel;
};

} // namespace estatedesk
