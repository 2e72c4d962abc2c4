// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QHash>
#include <QList>

namespace estatedesk {

// One row per service act (DESIGN §3): a client's whole timeline is one query.
class ServiceRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordRepository)
public:
    explicit ServiceRecordRepository(const Session &session) : m_session(session) {}

    void add(ServiceRecord &record);
    // A call, WeChat conversation, visit, message or other act logged by hand on a client
    // (Vocabulary::manualServiceKinds(); Action::RecordServiceAct), by the session's staff member,
    // now; audited. Refused for an erased client (Erasure::refuseIfErased).
    ServiceRecord log(qint64 clientId, const QString &kind, const QString &content, const QString &result);
    // The channel an act of that kind came by ("call": phone, "wechat": wechat, "visit": walk_in).
    static QString channelOf(const QString &kind);
    // Who the act is credited to, and who entered it where that was someone else: "龙子（王小前录入）".
    static QString staffText(const ServiceRecord &record, const QHash<qint64, QString> &staffNames);
    // Newest first.
    QList<ServiceRecord> forClient(qint64 clientId, int limit = 500) const;
    qint64 count() const;

private:
    Session m_session;
};

// Adds the service record of a service act (a consultation, viewing or contract written by its
// repository), in the caller's transaction.
void addServiceRecord(const Session &session, qint64 clientId, qint64 staffId, qint64 at, const QString &kind,
                      const QString &channel, const QString &content, const QString &result,
                      const QString &refEntity, qint64 refId);

} // namespace estatedesk
