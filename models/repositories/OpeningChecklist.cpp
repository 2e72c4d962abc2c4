// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/OpeningChecklist.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/SettingsRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

namespace estatedesk {

namespace {

const QString kSampleUnitPrefix = QStringLiteral("sample_unit:");

// The built-in items: seed 二.(一)1(1) for the reception area, 二.(一)2(2) for the sample units.
struct BuiltIn
{
    const char *key;
    const char *label;
};
const BuiltIn kBuiltIns[] = {
    {"reception.clean", QT_TRANSLATE_NOOP("OpeningChecklist", "Reception area clean and bright")},
    {"reception.brochures",
     QT_TRANSLATE_NOOP("OpeningChecklist", "Brochures and sample-unit photos on display")},
    {"reception.price_list", QT_TRANSLATE_NOOP("OpeningChecklist", "Price list up to date and on display")},
    {"reception.seats", QT_TRANSLATE_NOOP("OpeningChecklist", "Waiting seats comfortable and tidy")},
    {"reception.phones", QT_TRANSLATE_NOOP("OpeningChecklist", "Phones working")},
    {"reception.wechat", QT_TRANSLATE_NOOP("OpeningChecklist", "WeChat working")},
    {"reception.cards", QT_TRANSLATE_NOOP("OpeningChecklist", "Business cards at hand")},
    {"sample_unit.state",
     QT_TRANSLATE_NOOP("OpeningChecklist", "Sample unit in good order (clean, lights, fittings)")},
    {"sample_unit.power_banks", QT_TRANSLATE_NOOP("OpeningChecklist", "Spare power banks charged")},
    {"sample_unit.umbrellas", QT_TRANSLATE_NOOP("OpeningChecklist", "Umbrellas ready")},
    {"sample_unit.maps", QT_TRANSLATE_NOOP("OpeningChecklist", "Maps of the development ready")},
};

QStringList builtInKeys(const char *prefix)
{
    QStringList out;
    for (const BuiltIn &b : kBuiltIns)
        if (QString::fromLatin1(b.key).startsWith(QLatin1String(prefix)))
            out << QString::fromLatin1(b.key);
    return out;
}

} // namespace

QStringList OpeningChecklist::defaultReceptionItems()
{
    return builtInKeys("reception.");
}

QStringList OpeningChecklist::defaultSampleUnitItems()
{
    return builtInKeys("sample_unit.");
}

QString OpeningChecklist::itemLabel(const QString &item)
{
    for (const BuiltIn &b : kBuiltIns)
        if (item == QLatin1String(b.key))
            return tr(b.label);
    return item;
}

QStringList OpeningChecklist::items(bool sampleUnits) const
{
    return SettingsRepository(m_session).get(sampleUnits ? Settings::ChecklistSampleUnitItems
                                                         : Settings::ChecklistReceptionItems);
}

QStringList OpeningChecklist::itemLabels(bool sampleUnits) const
{
    QStringList out;
    for (const QString &item : items(sampleUnits))
        out << itemLabel(item);
    return out;
}

QStringList OpeningChecklist::keysOf(const QStringList &lines, const QString &field)
{
    QStringList keys;
    for (const QString &line : lines) {
        const QString text = line.simplified();
        if (text.isEmpty())
            continue;
        QString key = text;
        for (const BuiltIn &b : kBuiltIns)
            if (text == tr(b.label) || text == QLatin1String(b.label) || text == QLatin1String(b.key))
                key = QString::fromLatin1(b.key);
        if (keys.contains(key))
            throw ValidationError(field, tr("Items: \"%1\" is listed twice").arg(text));
        keys << key;
    }
    if (keys.isEmpty())
        throw ValidationError(field, tr("Items: give at least one item, one a line"));
    return keys;
}

QTime OpeningChecklist::flagTime() const
{
    return SettingsRepository(m_session).get(Settings::ChecklistFlagTime);
}

void OpeningChecklist::saveSettings(const QStringList &receptionLines, const QStringList &sampleUnitLines,
                                    const QString &flagTime)
{
    Permissions::require(m_session, Action::EditPolicies);
    const QStringList reception = keysOf(receptionLines, QStringLiteral("reception_items"));
    const QStringList sampleUnits = keysOf(sampleUnitLines, QStringLiteral("sample_unit_items"));
    if (!QTime::fromString(flagTime, QStringLiteral("HH:mm")).isValid())
        throw ValidationError(QStringLiteral("flag_time"),
                              tr("Flag time: \"%1\" is not a time such as 09:30").arg(flagTime));
    Transaction tx(*m_session.db);
    SettingsRepository settings(m_session);
    auto put = [&](const auto &setting, const auto &value) { // only what changed is written and audited
        if (settings.value(QString::fromLatin1(setting.key)) != SettingText::format(value))
            settings.set(setting, value);
    };
    put(Settings::ChecklistReceptionItems, reception);
    put(Settings::ChecklistSampleUnitItems, sampleUnits);
    put(Settings::ChecklistFlagTime, QTime::fromString(flagTime, QStringLiteral("HH:mm")));
    tx.commit();
}

QList<ChecklistPlace> OpeningChecklist::places() const
{
    QList<ChecklistPlace> out;
    out.append({receptionPlace(), tr("Reception area"), items(false)});
    const QStringList sampleItems = items(true);
    for (const auto &room : AppointmentRepository(m_session).showrooms())
        out.append({kSampleUnitPrefix + room.first, room.first, sampleItems});
    return out;
}

QDate OpeningChecklist::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_session.clock->nowMs(),
                                          SettingsRepository(m_session).office().zone)
        .date();
}

QList<ChecklistTick> OpeningChecklist::ticks(const QDate &day) const
{
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "SELECT t.place, t.item, t.ticked_by, s.name AS ticked_by_name, t.ticked_at FROM checklist_ticks t LEFT JOIN "
            "staff s ON s.id = t.ticked_by WHERE t.day = ? ORDER BY t.ticked_at, t.id"),
        {day.toString(Qt::ISODate)});
    QList<ChecklistTick> out;
    const SqlRow row(q);
    while (q.next())
        out.append({row.text("place"), row.text("item"), row.id("ticked_by"), row.text("ticked_by_name"),
                    row.int64("ticked_at")});
    return out;
}

ChecklistPlace OpeningChecklist::requirePlace(const QString &place, const QString &item) const
{
    for (const ChecklistPlace &p : places()) {
        if (p.key != place)
            continue;
        if (!p.items.contains(item))
            throw ValidationError(
                QStringLiteral("item"),
                tr("Item: \"%1\" is not on the checklist of %2").arg(itemLabel(item), p.label));
        return p;
    }
    throw ValidationError(QStringLiteral("place"),
                          tr("Place: \"%1\" is neither the reception area nor a sample unit").arg(place));
}

void OpeningChecklist::tick(const QString &place, const QString &item)
{
    Permissions::require(m_session, Action::TickChecklist);
    if (m_session.actorId <= 0)
        throw ValidationError(QStringLiteral("ticked_by"),
                              tr("Ticked by: sign in with your own account to tick the checklist"));
    const ChecklistPlace p = requirePlace(place, item);
    const QString day = today().toString(Qt::ISODate);
    const qint64 now = m_session.clock->nowMs();
    Transaction tx(*m_session.db);
    // The unique index decides between two PCs ticking the same item at once.
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral(
            "INSERT INTO checklist_ticks (day, place, item, ticked_by, ticked_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, place, item) DO NOTHING RETURNING id"),
        {day, place, item, m_session.actorId, now});
    if (!q.next()) {
        q.finish();
        for (const ChecklistTick &t : ticks(today()))
            if (t.place == place && t.item == item)
                throw ValidationError(
                    QStringLiteral("item"),
                    tr("Item: \"%1\" was ticked already by %2 at %3")
                        .arg(itemLabel(item), t.tickedByName, OfficeTime::formatDateTime(t.tickedAt)));
        throw ConflictError(tr("The item \"%1\" could not be ticked; try again.").arg(itemLabel(item)));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog::write(m_session, QStringLiteral("insert"), QStringLiteral("checklist_ticks"), id, {},
                    {{QStringLiteral("day"), day},
                     {QStringLiteral("place"), p.key},
                     {QStringLiteral("item"), item},
                     {QStringLiteral("ticked_by"), m_session.actorId},
                     {QStringLiteral("ticked_at"), now}});
    tx.commit();
}

void OpeningChecklist::untick(const QString &place, const QString &item)
{
    Permissions::require(m_session, Action::TickChecklist);
    const QString day = today().toString(Qt::ISODate);
    Transaction tx(*m_session.db);
    QSqlQuery q = Sql::run(
        m_session.db->connection(),
        QStringLiteral("DELETE FROM checklist_ticks WHERE day = ? AND place = ? AND item = ? RETURNING id, "
                       "ticked_by, ticked_at"),
        {day, place, item});
    const SqlRow row(q);
    if (!q.next())
        return; // not ticked (or unticked by someone else meanwhile): nothing to undo
    const qint64 id = row.id("id");
    const QVariantMap before{{QStringLiteral("day"), day},
                             {QStringLiteral("place"), place},
                             {QStringLiteral("item"), item},
                             {QStringLiteral("ticked_by"), row.value("ticked_by")},
                             {QStringLiteral("ticked_at"), row.value("ticked_at")}};
    q.finish();
    AuditLog::write(m_session, QStringLiteral("delete"), QStringLiteral("checklist_ticks"), id, before, {});
    tx.commit();
}

ChecklistStatus OpeningChecklist::status() const
{
    ChecklistStatus s;
    s.day = today();
    s.flagAt = QDateTime(s.day, flagTime(), SettingsRepository(m_session).office().zone).toMSecsSinceEpoch();
    QSet<QString> done;
    for (const ChecklistTick &t : ticks(s.day))
        done.insert(t.place + u'\n' + t.item);
    for (const ChecklistPlace &p : places()) {
        for (const QString &item : p.items) {
            ++s.total;
            if (!done.contains(p.key + u'\n' + item))
                s.unticked << tr("%1: %2").arg(p.label, itemLabel(item));
        }
    }
    s.flagged = m_session.clock->nowMs() >= s.flagAt && !s.unticked.isEmpty();
    return s;
}

} // namespace estatedesk
