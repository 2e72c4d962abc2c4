// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PersonalDataExport.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "core/PrivateFiles.h"
#include "io/RecordedExport.h"
#include "repositories/AuditLog.h"
#include "repositories/RowGateway.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace estatedesk {

static QJsonArray rowsOf(const Session &session, const QString &table, const QString &column, qint64 id)
{
    QSqlQuery q =
        Sql::run(session.db->connection(),
                 QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column), {id});
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject::fromVariantMap(RowGateway::toMap(q.record())));
    return out;
}

QByteArray PersonalDataExport::toJson(const Session &session, qint64 clientId)
{
    Permissions::require(session, Action::ExportPersonalData);
    Transaction tx(*session.db);
    const QJsonArray client = rowsOf(session, QStringLiteral("clients"), QStringLiteral("id"), clientId);
    QJsonObject doc;
    doc.insert(QStringLiteral("exported_at"),
               OfficeTime::toOffice(session.clock->nowMs()).toString(Qt::ISODate));
    doc.insert(QStringLiteral("client"), client.isEmpty() ? QJsonValue() : client.at(0));
    doc.insert(QStringLiteral("other_phones"),
               rowsOf(session, QStringLiteral("client_phones"), QStringLiteral("client_id"), clientId));
    for (const char *table : {"service_records", "consultations", "appointments", "contracts", "complaints",
                              "return_visits", "scheduled_visits", "handovers", "survey_responses"})
        doc.insert(QString::fromLatin1(table),
                   rowsOf(session, QString::fromLatin1(table), QStringLiteral("client_id"), clientId));
    QJsonArray audit;
    for (const AuditEntry &e : AuditLog::forEntity(session, QStringLiteral("clients"), clientId))
        audit.append(QJsonObject{{QStringLiteral("at"), OfficeTime::toOffice(e.at).toString(Qt::ISODate)},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("before"), e.beforeJson},
                                 {QStringLiteral("after"), e.afterJson}});
    doc.insert(QStringLiteral("audit"), audit);
    // What an erasure on request would keep, and why and until when (PIPL art. 47).
    QJsonArray kept;
    for (const Erasure::Kept &k : Erasure::keptByLaw(session, clientId))
        kept.append(QJsonObject{{QStringLiteral("contract"), k.contractNumber},
                                {QStringLiteral("kept"), k.what},
                                {QStringLiteral("why"), k.why},
                                {QStringLiteral("until"), k.until}});
    doc.insert(QStringLiteral("kept_by_law"), kept);
    AuditLog::write(session, QStringLiteral("export_personal_data"), QStringLiteral("clients"), clientId, {},
                    {});
    tx.commit();
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

void PersonalDataExport::writeFile(const Session &session, qint64 clientId, const QString &path)
{
    QByteArray json;
    RecordedExport::write(
        session, path, [&] { json = toJson(session, clientId); }, // its audit entry joins the unit
        [&] { PrivateFiles::writeFile(path, json); });
}

} // namespace estatedesk
