// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/OfficeTime.h"
#include "repositories/OpeningChecklist.h"
#include "security/ScreenLock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace estatedesk {

// One office-wide setting of the settings table: its key, its type, its default, and what a
// stored value must satisfy to count (otherwise the default does). Each is declared once, in
// Settings below, and read and written only through SettingsRepository::get() and set()
// (KeePassXC's Config table, qBittorrent's SettingValue).
template <typename T> struct Setting
{
    const char *key;
    T (*fallback)();
    bool (*accept)(const T &) = nullptr;
};

// How a value of each type is kept as text; parse() is false for text that is not one.
namespace SettingText {
QString format(int value);
QString format(double value);
QString format(bool value);
QString format(const QString &value);
QString format(const QStringList &value);
QString format(const QTime &value);
QString format(const QDate &value);
QString format(const QTimeZone &value);
bool parse(const QString &text, int &value);
bool parse(const QString &text, double &value);
bool parse(const QString &text, bool &value);
bool parse(const QString &text, QString &value);
bool parse(const QString &text, QStringList &value);
bool parse(const QString &text, QTime &value);
bool parse(const QString &text, QDate &value);
bool parse(const QString &text, QTimeZone &value);
} // namespace SettingText

namespace Settings {

// The office (DESIGN §3, §4): its time zone, its hours, its name on printed reports, and whether
// its database is a practice one (made by demo or `init --practice`).
inline constexpr Setting<QTimeZone> TimeZone{"office.time_zone",
                                             [] { return QTimeZone(OfficeTime::kDefaultZone); }};
inline constexpr Setting<QTime> CloseOfBusiness{"office.close_of_business", [] { return QTime(18, 0); }};
inline constexpr Setting<QTime> Opens{"office.opens", [] { return QTime(9, 0); }};
inline constexpr Setting<QString> OfficeName{
    "office.name",
    [] { return QCoreApplication::translate("OfficeReports", "Sales centre customer service"); }};
inline constexpr Setting<bool> Practice{"office.practice", [] { return false; }};

// The monthly appraisal's coaching thresholds (seed 四).
inline constexpr Setting<double> MinSatisfaction{"appraisal.min_satisfaction", [] { return 4.0; }};
inline constexpr Setting<double> MinCompliance{"appraisal.min_compliance", [] { return 90.0; }};
inline constexpr Setting<double> MaxComplaintRate{"appraisal.max_complaint_rate", [] { return 0.05; }};

// Records kept after handover (seed 三.(三)2), and the office day of the last removal run.
inline constexpr Setting<int> RetentionYears{"retention.years", [] { return 3; },
                                             [](const int &years) { return years > 0; }};
inline constexpr Setting<QDate> RetentionLastRun{"retention.last_run", [] { return QDate(); }};

// Minutes without input before a window locks; 0: never.
inline constexpr Setting<int> IdleLockMinutes{
    "security.idle_lock_minutes", [] { return 10; },
    [](const int &minutes) { return minutes >= 0 && minutes <= ScreenLock::kMaxIdleMinutes; }};

// Where automatic backups go; empty: the folder next to the database.
inline constexpr Setting<QString> BackupFolder{"backup.folder", [] { return QString(); }};

// The opening checklist: its items (keys, one a line) and when an unticked list is flagged.
inline constexpr Setting<QStringList> ChecklistReceptionItems{"checklist.reception_items",
                                                              &OpeningChecklist::defaultReceptionItems};
inline constexpr Setting<QStringList> ChecklistSampleUnitItems{"checklist.sample_unit_items",
                                                               &OpeningChecklist::defaultSampleUnitItems};
inline constexpr Setting<QTime> ChecklistFlagTime{"checklist.flag_time", [] { return QTime(9, 30); }};

// Every plan with money owed gets a follow-up task for its consultant this often (seed 二.(二)2(3)).
inline constexpr Setting<int> PaymentFollowUpDays{"payment.follow_up_days", [] { return 14; },
                                                  [](const int &days) { return days >= 1; }};
// A returning client whose record names no consultant goes to whoever served them within these days.
inline constexpr Setting<int> RotationClaimDays{"rotation.claim_days", [] { return 30; }};

} // namespace Settings

} // namespace estatedesk
