// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/RotationRepository.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/ChangeFeed.h"
#include "repositories/ClientRepository.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

namespace estatedesk {

// The board's status and order are not in the audit log (the rotation events are its log).
static const QString kBoardKind = QStringLiteral("rotation_places");

QStringList RotationRepository::statuses()
{
    using S = Vocabulary::RotationStatus;
    return {S::Available, S::WithClient, S::OnBreak, S::OnLeave};
}

QString RotationRepository::statusLabel(const QString &status)
{
    if (status == Vocabulary::RotationStatus::WithClient)
        return tr("with a client");
    if (status == Vocabulary::RotationStatus::OnLeave)
        return tr("on leave");
    if (status == Vocabulary::RotationStatus::OnBreak)
        return tr("on a break");
    return tr("available");
}

QDate RotationRepository::today() const
{
    return OfficeTime::toOffice(m_session.clock->nowMs()).date();
}

// What every change of a day's board locks (Transaction::lockKey).
static QString boardKey(const QString &day)
{
    return QStringLiteral("rotation:") + day;
}

void RotationRepository::ensureBoard() const
{
    QSqlDatabase db = m_session.db->connection();
    const QString day = today().toString(Qt::ISODate);
    // Active consultants not on today's board yet: everyone at the first look of the day, and a
    // consultant added (or reactivated) during the day later on.
    const QString notOnBoard = QStringLiteral(" s.role = ? AND s.active = 1 AND NOT EXISTS (SELECT 1 FROM "
                                              "rotation_places t WHERE t.day = ? AND t.staff_id = s.id)");
    const QVariantList notOnBoardValues{Vocabulary::Role::Consultant, day};
    if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff s WHERE") + notOnBoard, notOnBoardValues)
            .toInt() == 0)
        return;
    // Yesterday's order carries over; consultants new to the board join at the end. The first PC
    // to add someone to today's board does it; the others, under the same lock, find them there.
    Transaction tx(*m_session.db);
    tx.lockKey(boardKey(day));
    if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff s WHERE") + notOnBoard, notOnBoardValues)
            .toInt() == 0) {
        tx.commit();
        return;
    }
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT s.id FROM staff s LEFT JOIN rotation_places p ON p.staff_id = s.id AND p.day = "
            "(SELECT MAX(day) FROM rotation_places WHERE day < ?) WHERE") +
            notOnBoard +
            QStringLiteral(" ORDER BY CASE WHEN p.position IS NULL THEN 1 ELSE 0 END, p.position, s.id"),
        QVariantList{day} + notOnBoardValues);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    const int last =
        Sql::scalar(
            db, QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM rotation_places WHERE day = ?"), {day})
            .toInt();
    QSqlQuery ins = Sql::prepare(
        db, QStringLiteral("INSERT INTO rotation_places (day, staff_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < ids.size(); ++i) {
        ins.bindValue(0, day);
        ins.bindValue(1, ids.at(i));
        ins.bindValue(2, last + i + 1);
        Sql::exec(ins);
    }
    tx.commit();
}

QList<RotationRepository::Place> RotationRepository::board() const
{
    ensureBoard();
    const QString day = today().toString(Qt::ISODate);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT p.staff_id, s.name, p.position, p.status, (SELECT COUNT(*) FROM rotation_events e "
            "WHERE e.day = p.day AND e.staff_id = p.staff_id AND e.kind IN ('assign','return')) AS receptions "
            "FROM rotation_places p JOIN staff s ON s.id = p.staff_id WHERE p.day = ? ORDER BY "
            "p.position"),
        {day});
    QList<Place> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("staff_id"), row.text("name"), row.integer("position"), row.text("status"),
                    row.integer("receptions")});
    return out;
}

void RotationRepository::record(const QString &kind, qint64 staffId, qint64 clientId, const QString &reason)
{
    Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO rotation_events (day, at, kind, staff_id, client_id, reason, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {today().toString(Qt::ISODate), m_session.clock->nowMs(), kind, Sql::nullableId(staffId),
         Sql::nullableId(clientId), reason, Sql::nullableId(m_session.actorId)});
    ChangeFeed::announce(m_session, kBoardKind); // every skip, assignment and move of the board
}

void RotationRepository::setStatus(qint64 staffId, const QString &status)
{
    Permissions::require(m_session, Action::RegisterConsultation);
    if (!statuses().contains(status))
        throw ValidationError(
            QStringLiteral("status"),
            tr("Status: \"%1\" is not available, with_client, on_leave or on_break").arg(status));
    Transaction tx(*m_session.db);
    tx.lockKey(boardKey(today().toString(Qt::ISODate)));
    ensureBoard();
    Sql::run(m_session.db->connection(),
             QStringLiteral("UPDATE rotation_places SET status = ? WHERE day = ? AND staff_id = ?"),
             {status, today().toString(Qt::ISODate), staffId});
    ChangeFeed::announce(m_session, kBoardKind);
    tx.commit();
}

void RotationRepository::moveTo(qint64 staffId, int position)
{
    Permissions::require(m_session, Action::EditPolicies); // supervisors (and administrators)
    Transaction tx(*m_session.db);
    tx.lockKey(boardKey(today().toString(Qt::ISODate)));
    QList<Place> places = board();
    const auto it = std::find_if(places.begin(), places.end(),
                                 [staffId](const Place &p) { return p.staffId == staffId; });
    if (it == places.end())
        throw ValidationError(QStringLiteral("staff"), tr("Staff member: not on today's board"));
    const Place moved = *it;
    places.erase(it);
    places.insert(std::clamp(position - 1, 0, int(places.size())), moved);
    QSqlQuery upd = Sql::prepare(
        m_session.db->connection(),
        QStringLiteral("UPDATE rotation_places SET position = ? WHERE day = ? AND staff_id = ?"));
    for (int i = 0; i < places.size(); ++i) {
        upd.bindValue(0, i + 1);
        upd.bindValue(1, today().toString(Qt::ISODate));
        upd.bindValue(2, places.at(i).staffId);
        Sql::exec(upd);
    }
    record(QStringLiteral("reorder"), staffId, 0,
           tr("moved to place %1").arg(position)); // announces the change
    tx.commit();
}

RotationRepository::Assignment RotationRepository::assignWalkIn(qint64 clientId)
{
    Permissions::require(m_session, Action::RegisterConsultation);
    QSqlDatabase db = m_session.db->connection();
    // One walk-in at a time decides from the board, on every PC.
    Transaction tx(*m_session.db);
    tx.lockKey(boardKey(today().toString(Qt::ISODate)));
    const QList<Place> places = board();
    // Decide first, write after: a refusal leaves nothing behind, not even in a caller's transaction.
    Assignment a;
    qint64 consultant =
        Sql::scalar(db, QStringLiteral("SELECT consultant_id FROM clients WHERE id = ?"), {clientId})
            .toLongLong();
    if (consultant == 0) {
        // Nobody named on the record: whoever served the client within the claim window.
        const int claimDays = SettingsRepository(m_session).get(Settings::RotationClaimDays);
        consultant =
            Sql::scalar(
                db,
                QStringLiteral(
                    "SELECT r.staff_id FROM service_records r JOIN staff s ON s.id = r.staff_id WHERE "
                    "r.client_id = ? AND s.role = 'consultant' AND s.active = 1 AND r.at >= ? ORDER BY "
                    "r.at DESC LIMIT 1"),
                {clientId, m_session.clock->nowMs() - qint64(claimDays) * 86400'000})
                .toLongLong();
    }
    const auto own = std::find_if(places.cbegin(), places.cend(),
                                  [consultant](const Place &p) { return p.staffId == consultant; });
    QList<const Place *> skipped;
    if (consultant != 0 && own != places.cend()) {
        a.staffId = own->staffId;
        a.staffName = own->name;
        a.returning = true;
    } else {
        for (const Place &p : places) {
            if (p.status == Vocabulary::RotationStatus::Available) {
                a.staffId = p.staffId;
                a.staffName = p.name;
                break;
            }
            skipped << &p;
            a.skipped << tr("%1: %2").arg(p.name, statusLabel(p.status));
        }
        if (a.staffId == 0) {
            tx.commit(); // nothing written: the caller's transaction goes on
            throw ValidationError(QStringLiteral("staff"),
                                  tr("No consultant is available: every one on today's board is busy, on "
                                     "leave or on a break"));
        }
    }

    if (a.returning) {
        record(QStringLiteral("return"), a.staffId, clientId, QString());
    } else {
        for (const Place *p : std::as_const(skipped))
            record(QStringLiteral("skip"), p->staffId, clientId,
                   p->status); // skipped with the reason; the place is kept
        record(QStringLiteral("assign"), a.staffId, clientId, QString());
        // The consultant who took the turn goes to the end of the line.
        QList<Place> order = places;
        const auto it =
            std::find_if(order.begin(), order.end(), [&a](const Place &p) { return p.staffId == a.staffId; });
        const Place taken = *it;
        order.erase(it);
        order.append(taken);
        QSqlQuery upd = Sql::prepare(
            db, QStringLiteral("UPDATE rotation_places SET position = ? WHERE day = ? AND staff_id = ?"));
        for (int i = 0; i < order.size(); ++i) {
            upd.bindValue(0, i + 1);
            upd.bindValue(1, today().toString(Qt::ISODate));
            upd.bindValue(2, order.at(i).staffId);
            Sql::exec(upd);
        }
    }
    // The client now belongs to that consultant when they had none.
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("UPDATE clients SET consultant_id = ?, row_version = row_version + 1 WHERE id = ? AND "
                       "consultant_id IS NULL"),
        {a.staffId, clientId});
    if (q.numRowsAffected() > 0)
        AuditLog::write(m_session, QStringLiteral("update"), QStringLiteral("clients"), clientId,
                        {{QStringLiteral("consultant_id"), QVariant()}},
                        {{QStringLiteral("consultant_id"), a.staffId}});
    tx.commit();
    return a;
}

QList<QPair<QString, int>> RotationRepository::ledger(const QDate &day) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT s.name, COUNT(*) AS n FROM rotation_events e JOIN staff s ON s.id = e.staff_id WHERE "
            "e.day = ? AND e.kind IN ('assign','return') GROUP BY s.name ORDER BY COUNT(*) DESC, s.name"),
        {day.toString(Qt::ISODate)});
    QList<QPair<QString, int>> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.text("name"), row.integer("n")});
    return out;
}

} // namespace estatedesk
