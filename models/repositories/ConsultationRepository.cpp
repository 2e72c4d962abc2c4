// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ConsultationRepository.h"

#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EntityStore.h"
#include "repositories/ServiceRecordRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

namespace {

QVariant nullableFen(qint64 fen)
{
    return fen >= 0 ? QVariant(fen) : QVariant(QMetaType::fromType<qint64>());
}

QVariantMap consultationRow(const Consultation &c)
{
    return {{QStringLiteral("client_id"), c.clientId},
            {QStringLiteral("staff_id"), Sql::nullableId(c.staffId)},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("received_at"), c.receivedAt},
            {QStringLiteral("responded_at"), Sql::nullableTime(c.respondedAt)},
            {QStringLiteral("interests"), c.interests.join(u',')},
            {QStringLiteral("needs"), c.needs},
            {QStringLiteral("budget_fen"), nullableFen(c.budgetFen)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("after_hours"), c.afterHours ? 1 : 0}};
}

Consultation consultationFrom(const SqlRow &r)
{
    Consultation c;
    readCommonColumns(r, c);
    c.clientId = r.id("client_id");
    c.staffId = r.id("staff_id");
    c.channel = r.text("channel");
    c.receivedAt = r.int64("received_at");
    c.respondedAt = r.int64("responded_at");
    c.interests = r.list("interests");
    c.needs = r.text("needs");
    const QVariant budget = r.value("budget_fen");
    c.budgetFen = budget.isNull() ? -1 : budget.toLongLong();
    c.notes = r.text("notes");
    c.afterHours = r.flag("after_hours");
    return c;
}

EntityStore<Consultation> consultations(const Session &s)
{
    return {s, QStringLiteral("consultations"), ConsultationRepository::tr("consultation"), consultationRow,
            consultationFrom};
}

} // namespace

void ConsultationRepository::add(Consultation &c)
{
    Permissions::require(m_session, Action::RegisterConsultation);
    Transaction tx(*m_session.db);
    Erasure::refuseIfErased(m_session, c.clientId, Erasure::Refused::Consultation);
    // Outside office hours the consultation waits for the next opening; its 15 minutes count from then.
    DeadlineRepository deadlines(m_session);
    const qint64 clockStarts = deadlines.consultationClockStart(c.receivedAt);
    c.afterHours = clockStarts != c.receivedAt;
    consultations(m_session).insert(c);
    QString content = c.needs;
    if (content.isEmpty()) {
        QStringList labels;
        for (const QString &i : std::as_const(c.interests))
            labels << Vocabulary::label(Vocabulary::interests(), i);
        content = labels.isEmpty() ? tr("Consultation received") : labels.join(QStringLiteral("、"));
    }
    addServiceRecord(m_session, c.clientId, c.staffId, c.receivedAt, Vocabulary::ServiceKind::Consultation,
                     c.channel, content, c.respondedAt ? tr("Answered") : QString(),
                     QStringLiteral("consultations"), c.id);
    deadlines.start(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id,
                    c.clientId, c.staffId, clockStarts);
    if (c.respondedAt)
        deadlines.stop(QStringLiteral("consultation-response"), QStringLiteral("consultations"), c.id,
                       c.respondedAt);
    tx.commit();
}

void ConsultationRepository::recordResponse(Consultation &c, qint64 respondedAt, qint64 staffId,
                                            const QString &content)
{
    Permissions::require(m_session, Action::RespondConsultation);
    Transaction tx(*m_session.db);
    Erasure::refuseIfErased(m_session, c.clientId, Erasure::Refused::Consultation);
    if (c.respondedAt != 0)
        throw ValidationError(QStringLiteral("responded_at"),
                              tr("Responded at: this consultation was already answered at %1")
                                  .arg(OfficeTime::formatDateTime(c.respondedAt)));
    c.respondedAt = respondedAt;
    if (c.staffId == 0)
        c.staffId = staffId;
    consultations(m_session).update(c);
    addServiceRecord(
        m_session, c.clientId, staffId, respondedAt, Vocabulary::ServiceKind::Consultation, c.channel,
        content.trimmed().isEmpty() ? tr("First response to the consultation") : content.trimmed(),
        tr("Answered"), QStringLiteral("consultations"), c.id);
    DeadlineRepository(m_session).stop(QStringLiteral("consultation-response"),
                                       QStringLiteral("consultations"), c.id, respondedAt);
    tx.commit();
}

Consultation ConsultationRepository::respond(qint64 id, const QString &note)
{
    Permissions::require(m_session, Action::RespondConsultation);
    Consultation c = get(id);
    try {
        recordResponse(c, m_session.clock->nowMs(), m_session.actorId, note);
    } catch (const ConflictError &) {
        // Changed meanwhile (another PC answered it, most likely): read it again and try once more;
        // an answered one is then refused by name.
        c = get(id);
        recordResponse(c, m_session.clock->nowMs(), m_session.actorId, note);
    }
    return c;
}

QList<ConsultationRepository::Row> ConsultationRepository::list(bool openOnly, qint64 clientId) const
{
    // Only the conditions asked for are in the statement: "(? = 0 OR k.responded_at IS NULL)" kept
    // the planner off the index of open consultations, so the front desk's queue read and sorted
    // every consultation the office ever had.
    QStringList where;
    QVariantList values;
    // An erased client's consultation is no longer awaited (the erasure withdrew its deadline).
    if (openOnly)
        where << QStringLiteral("k.responded_at IS NULL") << QStringLiteral("c.anonymised_at IS NULL");
    if (clientId > 0) {
        where << QStringLiteral("k.client_id = ?");
        values << clientId;
    }
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT k.id, k.client_id, c.name AS client_name, k.channel, s.name AS staff_name, k.received_at, k.responded_at, "
            "k.after_hours FROM consultations k JOIN clients c ON c.id = k.client_id LEFT JOIN staff s "
            "ON s.id = k.staff_id%1 ORDER BY k.received_at, k.id")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
        values);
    QList<Row> out;
    QList<qint64> ids;
    const SqlRow row(q);
    while (q.next()) {
        Row r;
        r.id = row.id("id");
        r.clientId = row.id("client_id");
        r.clientName = row.text("client_name");
        r.channel = row.text("channel");
        r.staffName = row.text("staff_name");
        r.receivedAt = row.int64("received_at");
        r.respondedAt = row.int64("responded_at");
        r.afterHours = row.flag("after_hours");
        out << r;
        ids << r.id;
    }
    const auto deadlines =
        DeadlineRepository(m_session).latestForRecords(QStringLiteral("consultations"), ids);
    for (Row &r : out)
        r.deadline = deadlines.value(r.id).value(QStringLiteral("consultation-response"));
    return out;
}

Consultation ConsultationRepository::get(qint64 id) const
{
    return consultations(m_session).get(id);
}

qint64 ConsultationRepository::countAwaitingResponse() const
{
    return Sql::scalar(m_session.db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM consultations WHERE responded_at IS NULL"))
        .toLongLong();
}

} // namespace estatedesk
