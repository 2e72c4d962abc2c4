// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace estatedesk {

// One place that is checked every day before visitors come: the reception area, or a sample unit.
struct ChecklistPlace
{
    QString key;       // "reception", or "sample_unit:" + the sample unit's name
    QString label;     // "Reception area", the sample unit's name
    QStringList items; // item keys (a built-in key such as "reception.brochures", or the office's own text)
};

// An item ticked today: by whom and when.
struct ChecklistTick
{
    QString place;
    QString item;
    qint64 tickedBy = 0;
    QString tickedByName;
    qint64 tickedAt = 0;
};

// What the dashboard shows: after the flag time (office time), the items of today not ticked.
struct ChecklistStatus
{
    QDate day;
    qint64 flagAt = 0; // today at the flag time, UTC ms
    int total = 0;
    QStringList unticked; // "Reception area: Brochures on display", …
    bool flagged = false; // flagAt has passed and something is not ticked
};

// The daily opening checklists (seed 二.(一)1(1) 接待准备 and 2(2) 看房准备): the reception area
// (clean and bright, brochures, price list, seats, phones, WeChat, business cards) and each sample
// unit before viewings (its state, spare power banks, umbrellas, maps). Each item is ticked by the
// signed-in staff member with the time, audited. The item lists and the time by which an unticked
// item is flagged are office settings (Settings::Checklist*, repositories/Settings.h).
class OpeningChecklist
{
    Q_DECLARE_TR_FUNCTIONS(OpeningChecklist)
public:
    explicit OpeningChecklist(const Session &session) : m_session(session) {}

    // The built-in items: the defaults of the checklist settings (Settings::Checklist*).
    static QStringList defaultReceptionItems();
    static QStringList defaultSampleUnitItems();

    static QString receptionPlace() { return QStringLiteral("reception"); }
    static QString itemLabel(const QString &item);

    // The item lists as people read them (labels), and the flag time.
    QStringList itemLabels(bool sampleUnits) const;
    QTime flagTime() const;
    // Saves the lists (one item a line; a line that reads like a built-in item is stored as that
    // item) and the flag time (HH:mm) in one transaction, audited; supervisors and administrators.
    // Bad input (an empty list, an item twice, not a time) is refused naming the field.
    void saveSettings(const QStringList &receptionLines, const QStringList &sampleUnitLines,
                      const QString &flagTime);

    // The reception area, then every sample unit, with today's items.
    QList<ChecklistPlace> places() const;
    QList<ChecklistTick> ticks(const QDate &day) const;
    // Today in the office's time zone.
    QDate today() const;
    // Ticks an item of today for the signed-in staff member (refused for a place or item not on the
    // lists, without a named account, or when someone ticked it already); unticks it again.
    void tick(const QString &place, const QString &item);
    void untick(const QString &place, const QString &item);

    ChecklistStatus status() const;

private:
    QStringList items(bool sampleUnits) const;
    static QStringList keysOf(const QStringList &lines, const QString &field);
    ChecklistPlace requirePlace(const QString &place, const QString &item) const;

    Session m_session;
};

} // namespace estatedesk
