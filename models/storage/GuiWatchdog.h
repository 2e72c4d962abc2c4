// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

class QSqlQuery;

namespace estatedesk::GuiWatchdog {

// The GUI-thread watchdog (issue 18): while it is on, a statement run through Sql on the main
// thread of a GUI program that takes over kBudgetMs to execute is logged as a warning (category
// "estatedesk.guithread") with its SQL. On in debug builds and off in release builds, unless
// ESTATEDESK_GUI_WATCHDOG=1 or =0 says otherwise. It times the execution (on SQLite: up to the
// first row), not the reading of the rows that follows.
constexpr qint64 kBudgetMs = 16;
bool enabled();
void setEnabled(bool on);

// Times one statement from its construction to check() (Sql's helpers hold one around exec()).
class Timer
{
public:
    Timer();
    void check(const QSqlQuery &query) const;
    // The same for a statement whose values were written into it (PostgreSQL, Sql::run): the
    // log names the statement as the program has it, with its places, never the values (a
    // client's name or phone number).
    void check(const QString &statement) const;

private:
    bool m_on = false;
    QElapsedTimer m_timer;
};

} // namespace estatedesk::GuiWatchdog
