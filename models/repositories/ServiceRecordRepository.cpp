// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ServiceRecordRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/RowGateway.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

void addServiceRecord(const Session &session, qint64 clientId, qint64 staffId, qint64 at, const QString &kind,
                      const QString &channel, const QString &content, const QString &result,
                      const QString &refEntity, qint64 refId)
{
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = staffId;
    r.at = at;
    r.kind = kind;
    r.channel = channel;
    r.content = content;
    r.result = result;
    r.refEntity = refEntity;
    r.refId = refId;
    ServiceRecordRepository(session).add(r);
}

void ServiceRecordRepository::add(ServiceRecord &record)
{
    record.validate();
    record.recordedBy = m_session.actorId;
    Transaction tx(*m_session.db);
    RowGateway gateway(m_session, QStringLiteral("service_records"), tr("service record"));
    record.id = gateway.insert({{QStringLiteral("client_id"), record.clientId},
                                {QStringLiteral("staff_id"), Sql::nullableId(record.staffId)},
                                {QStringLiteral("recorded_by"), Sql::nullableId(record.recordedBy)},
                                {QStringLiteral("at"), record.at},
                                {QStringLiteral("kind"), record.kind},
                                {QStringLiteral("channel"), record.channel},
                                {QStringLiteral("content"), record.content},
                                {QStringLiteral("result"), record.result},
                                {QStringLiteral("ref_entity"), Sql::nullableText(record.refEntity)},
                                {QStringLiteral("ref_id"), Sql::nullableId(record.refId)}});
    tx.commit();
}

ServiceRecord ServiceRecordRepository::log(qint64 clientId, const QString &kind, const QString &content,
                                           const QString &result)
{
    Permissions::require(m_session, Action::RecordServiceAct);
    if (!Vocabulary::keys(Vocabulary::manualServiceKinds()).contains(kind))
        throw ValidationError(
            QStringLiteral("kind"),
            tr("Kind: \"%1\" is not one of %2")
                .arg(kind, Vocabulary::keys(Vocabulary::manualServiceKinds()).join(QStringLiteral(", "))));
    Transaction tx(*m_session.db);
    if (!Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT id FROM clients WHERE id = ?"),
                     {clientId})
             .isValid())
        throw NotFoundError(tr("Client: there is no client No. %1").arg(clientId));
    Erasure::refuseIfErased(m_session, clientId, Erasure::Refused::ServiceAct);
    ServiceRecord r;
    r.clientId = clientId;
    r.staffId = m_session.actorId;
    r.at = m_session.clock->nowMs();
    r.kind = kind;
    r.channel = channelOf(kind);
    r.content = content.trimmed();
    r.result = result.trimmed();
    add(r);
    tx.commit();
    return r;
}

QString ServiceRecordRepository::channelOf(const QString &kind)
{
    if (kind == Vocabulary::ServiceKind::Call)
        return QStringLiteral("phone");
    if (kind == Vocabulary::ServiceKind::Wechat)
        return QStringLiteral("wechat");
    if (kind == Vocabulary::ServiceKind::Visit)
        return QStringLiteral("walk_in");
    return {};
}

QString ServiceRecordRepository::staffText(const ServiceRecord &record,
                                           const QHash<qint64, QString> &staffNames)
{
    const QString credited = staffNames.value(record.staffId);
    if (record.recordedBy == 0 || record.recordedBy == record.staffId)
        return credited;
    const QString enteredBy = staffNames.value(record.recordedBy);
    if (credited.isEmpty())
        return enteredBy;
    return tr("%1 (entered by %2)").arg(credited, enteredBy);
}

QList<ServiceRecord> ServiceRecordRepository::forClient(qint64 clientId, int limit) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT id, client_id, staff_id, recorded_by, at, kind, channel, content, result, "
            "ref_entity, ref_id FROM service_records WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
        {clientId, limit});
    QList<ServiceRecord> out;
    const SqlRow row(q);
    while (q.next()) {
        ServiceRecord r;
        r.id = row.id("id");
        r.clientId = row.id("client_id");
        r.staffId = row.id("staff_id");
        r.recordedBy = row.id("recorded_by");
        r.at = row.int64("at");
        r.kind = row.text("kind");
        r.channel = row.text("channel");
        r.content = row.text("content");
        r.result = row.text("result");
        r.refEntity = row.text("ref_entity");
        r.refId = row.id("ref_id");
        out << r;
    }
    return out;
}

qint64 ServiceRecordRepository::count() const
{
    return Sql::scalar(m_session.db->connection(), QStringLiteral("SELECT COUNT(*) FROM service_records"))
        .toLongLong();
}

} // namespace estatedesk
