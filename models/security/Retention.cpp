// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Retention.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/AuditLog.h"
#include "repositories/SettingsRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace estatedesk {

int Retention::years() const
{
    return SettingsRepository(m_session).get(Settings::RetentionYears);
}

void Retention::setYears(int years)
{
    Permissions::require(m_session, Action::EditPolicies);
    if (years < 1 || years > 30)
        throw ValidationError(QStringLiteral("years"), tr("Retention: give from 1 to 30 years"));
    SettingsRepository(m_session).set(Settings::RetentionYears, years);
}

QDate Retention::cutoff() const
{
    return OfficeTime::toOffice(m_session.clock->nowMs()).date().addYears(-years());
}

QList<RetentionCandidate> Retention::preview() const
{
    Permissions::require(m_session, Action::EditPolicies);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT c.id, c.name, MAX(h.handover_on) AS handed_over_on, (SELECT COUNT(*) FROM service_records "
            "r WHERE r.client_id = c.id) AS records FROM clients c JOIN handovers h ON h.client_id = c.id AND h.status "
            "= ? WHERE (c.anonymised_at IS NULL OR c.kept_by_law = 1) AND NOT EXISTS (SELECT 1 FROM handovers later "
            "WHERE later.client_id = c.id AND later.status <> ? AND later.handover_on > ?) "
            // Not while something is still owed or still open: the overdue installments and the
            // complaints would show "(removed)" where staff must call someone.
            "AND NOT EXISTS (SELECT 1 FROM installments i JOIN payment_plans p ON p.id = i.plan_id JOIN "
            "contracts k ON k.id = p.contract_id WHERE k.client_id = c.id AND k.status <> ? AND i.paid_fen < "
            "i.amount_fen) AND NOT EXISTS (SELECT 1 FROM complaints o WHERE o.client_id = c.id AND o.closed_at "
            "IS NULL) GROUP BY c.id, c.name ORDER BY c.id"),
        {Vocabulary::HandoverStatus::Done, Vocabulary::HandoverStatus::Cancelled,
         cutoff().toString(Qt::ISODate), Vocabulary::ContractStatus::Cancelled});
    QList<RetentionCandidate> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.id("id"), row.text("name"), row.date("handed_over_on"), row.int64("records")});
    return out;
}

int Retention::run()
{
    const QList<RetentionCandidate> candidates = preview();
    Transaction tx(*m_session.db);
    QVariantList ids;
    int redacted = 0;
    for (const RetentionCandidate &c : candidates) {
        redacted +=
            Erasure::eraseClient(m_session, c.clientId, Erasure::Keep::Nothing, QStringLiteral("retention"))
                .auditEntriesRedacted;
        ids << c.clientId;
    }
    SettingsRepository(m_session).set(Settings::RetentionLastRun,
                                      OfficeTime::toOffice(m_session.clock->nowMs()).date());
    AuditLog::write(m_session, QStringLiteral("retention"), QStringLiteral("clients"), 0, {},
                    {{QStringLiteral("anonymised"), candidates.size()},
                     {QStringLiteral("client_ids"), ids},
                     {QStringLiteral("audit_entries_redacted"), redacted},
                     {QStringLiteral("cutoff"), cutoff().toString(Qt::ISODate)}});
    tx.commit();
    // SQLite zeroes what was removed (secure_delete, see Dialect) but the write-ahead log still
    // holds the pages as they were before: fold it into the file and empty it.
    if (!candidates.isEmpty())
        Erasure::foldWriteAheadLog(*m_session.db);

    // This database's copies older than the period go too (the automatic rotation keeps a year at
    // most); those of another database in the same folder are its own to keep or delete.
    const QDate cut = cutoff();
    for (const QFileInfo &f : BackupRotation::ownFiles(*m_session.db, BackupRotation::folder(m_session)))
        if (f.lastModified().date() < cut)
            QFile::remove(f.absoluteFilePath());
    return int(candidates.size());
}

int Retention::runIfDue()
{
    Session system = m_session;
    system.role = Vocabulary::Role::System;
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    if (SettingsRepository(system).get(Settings::RetentionLastRun) == today)
        return 0;
    return Retention(system).run();
}

} // namespace estatedesk
