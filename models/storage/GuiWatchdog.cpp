// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/GuiWatchdog.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace estatedesk::GuiWatchdog {

Q_LOGGING_CATEGORY(lcGuiThread, "estatedesk.guithread")

namespace {

std::atomic<int> s_enabled{-1}; // -1: not decided yet

} // namespace

bool enabled()
{
    int on = s_enabled.load();
    if (on < 0) {
        bool set = false;
        const int fromEnv = qEnvironmentVariableIntValue("ESTATEDESK_GUI_WATCHDOG", &set);
#ifdef NDEBUG
        on = set && fromEnv == 1 ? 1 : 0;
#else
        on = set && fromEnv == 0 ? 0 : 1;
#endif
        s_enabled.store(on);
    }
    return on == 1;
}

void setEnabled(bool on)
{
    s_enabled.store(on ? 1 : 0);
}

Timer::Timer()
{
    const QCoreApplication *app = QCoreApplication::instance();
    m_on = app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread() && enabled();
    if (m_on)
        m_timer.start();
}

void Timer::check(const QSqlQuery &query) const
{
    if (m_on)
        check(query.lastQuery());
}

void Timer::check(const QString &statement) const
{
    if (!m_on)
        return;
    const qint64 ms = m_timer.elapsed();
    if (ms > kBudgetMs)
        qCWarning(lcGuiThread, "%lld ms on the GUI thread: %s", static_cast<long long>(ms),
                  qPrintable(statement.simplified()));
}

} // namespace estatedesk::GuiWatchdog
