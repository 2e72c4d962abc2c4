// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Retention.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/AuditLog.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace estatedesk {

int Retention::years() const
{
    bool ok = false;
    const int y = SettingsRepository(m_session).value(QString::fromLatin1(kYearsSetting)).toInt(&ok);
    return ok && y > 0 ? y : kDefaultYears;
}

void Retention::setYears(int years)
{
    Permissions::require(m_session, Action::EditPolicies);
    if (years < 1 || years > 30)
        throw ValidationError(QStringLiteral("years"), tr("Retention: give from 1 to 30 years"));
    SettingsRepository(m_session).setValue(QString::fromLatin1(kYearsSetting), QString::number(years));
}

QDate Retention::cutoff() const
{
    return OfficeTime::toOffice(m_session.clock->nowMs()).date().addYears(-years());
}

QList<RetentionCandidate> Retention::preview() const
{
    Permissions::require(m_session, Action::EditPolicies);
    QSqlQuery q = Sql::run(m_session.db->connection(),
                           QStringLiteral("SELECT c.id, c.name, MAX(h.handover_on), (SELECT COUNT(*) FROM service_records r WHERE "
                                          "r.client_id = c.id) FROM clients c JOIN handovers h ON h.client_id = c.id AND h.status "
                                          "= 'done' WHERE c.anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM handovers later "
                                          "WHERE later.client_id = c.id AND later.status <> 'cancelled' AND later.handover_on > ?) "
                                          "GROUP BY c.id, c.name ORDER BY c.id"),
                           {cutoff().toString(Qt::ISODate)});
    QList<RetentionCandidate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                    q.value(3).toLongLong()});
    return out;
}

int Retention::run()
{
    const QList<RetentionCandidate> candidates = preview();
    const qint64 now = m_session.clock->nowMs();
    const QString gone = tr("(anonymised)");
    Transaction tx(*m_session.db);
    QSqlDatabase db = m_session.db->connection();
    QVariantList ids;
    for (const RetentionCandidate &c : candidates) {
        const QVariant id = c.clientId;
        // The phone must stay unique and well-formed: a placeholder that no real number can be.
        Sql::run(db,
                 QStringLiteral("UPDATE clients SET name = ?, phone = ?, gender = '', occupation = '', interests = '', notes = '', name_pinyin = '', "
                                "source_detail = '', "
                                "name_initials = '', "
                                "anonymised_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                 {gone, QStringLiteral("+0%1").arg(c.clientId), now, now, id});
        // Free text about the client goes; the rows stay so that monthly statistics still add up.
        for (const QString &table : {QStringLiteral("service_records"), QStringLiteral("consultations"),
                                     QStringLiteral("appointments"), QStringLiteral("complaints"),
                                     QStringLiteral("return_visits")})
            Sql::run(db,
                     QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = '{\"anonymised\":true}' WHERE entity = "
                                    "'%1' AND entity_id IN (SELECT id FROM %1 WHERE client_id = ?)")
                         .arg(table),
                     {id});
        Sql::run(db, QStringLiteral("DELETE FROM service_records WHERE client_id = ?"), {id});
        Sql::run(db, QStringLiteral("UPDATE consultations SET needs = '', notes = '' WHERE client_id = ?"), {id});
        Sql::run(db, QStringLiteral("UPDATE appointments SET notes = '', special_needs = '', bring = '' WHERE client_id = ?"), {id});
        Sql::run(db, QStringLiteral("UPDATE complaints SET description = ? WHERE client_id = ?"), {gone, id});
        Sql::run(db, QStringLiteral("UPDATE complaint_events SET note = '' WHERE complaint_id IN (SELECT id FROM complaints WHERE "
                                    "client_id = ?)"),
                 {id});
        Sql::run(db, QStringLiteral("UPDATE return_visits SET outcome = ? WHERE client_id = ?"), {gone, id});
        Sql::run(db, QStringLiteral("UPDATE survey_responses SET comment = '' WHERE client_id = ?"), {id});
        Sql::run(db, QStringLiteral("UPDATE handovers SET notes = '', property_contact = '' WHERE client_id = ?"), {id});
        Sql::run(db, QStringLiteral("DELETE FROM follow_ups WHERE client_id = ?"), {id});
        Sql::run(db,
                 QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = '{\"anonymised\":true}' WHERE entity = "
                                "'clients' AND entity_id = ?"),
                 {id});
        ids << id;
    }
    SettingsRepository(m_session).setValue(QString::fromLatin1(kLastRunSetting), OfficeTime::formatDate(now));
    AuditLog::write(m_session, QStringLiteral("retention"), QStringLiteral("clients"), 0, {},
                    {{QStringLiteral("anonymised"), candidates.size()},
                     {QStringLiteral("client_ids"), ids},
                     {QStringLiteral("cutoff"), cutoff().toString(Qt::ISODate)}});
    tx.commit();

    // Copies older than the period go too (the automatic rotation keeps a year at most).
    const QDate cut = cutoff();
    for (const QFileInfo &f : QDir(BackupRotation::folder(m_session)).entryInfoList({QStringLiteral("estatedesk-*.sqlite")}, QDir::Files))
        if (f.lastModified().date() < cut)
            QFile::remove(f.absoluteFilePath());
    return int(candidates.size());
}

int Retention::runIfDue()
{
    Session system = m_session;
    system.role = QStringLiteral("system");
    const QString today = OfficeTime::formatDate(m_session.clock->nowMs());
    if (SettingsRepository(system).value(QString::fromLatin1(kLastRunSetting)) == today)
        return 0;
    return Retention(system).run();
}

} // namespace estatedesk
