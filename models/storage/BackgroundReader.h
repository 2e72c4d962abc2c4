// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Errors.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

namespace estatedesk {

class Database;

// Reads for the GUI thread on a thread of its own, so that a long read never freezes the window
// (issue 18: no database call over a frame on the GUI thread). The thread has its own connection
// (Database::connection() is one per thread), reads run one after another in the order asked, and
// each result is handed back on the thread the reader was made on, to a receiver that must still
// exist then (a page closed meanwhile gets nothing). Work must not touch widgets, and should take
// "now" and every other input as values read before.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(Database *db, QObject *parent = nullptr);
    // Waits for the read under way, then closes the thread's connection.
    ~BackgroundReader() override;

    template <class T>
    void read(QObject *receiver, std::function<T()> work, std::function<void(const T &)> done,
              std::function<void(const QString &message)> failed)
    {
        QPointer<QObject> guard(receiver);
        ++m_pending;
        post([this, guard, work = std::move(work), done = std::move(done), failed = std::move(failed)] {
            std::optional<T> result;
            QString error;
            try {
                result = work();
            } catch (const Error &e) {
                error = e.message();
            }
            QMetaObject::invokeMethod(
                this,
                [this, guard, result = std::move(result), error, done, failed] {
                    --m_pending;
                    if (!guard)
                        return;
                    QElapsedTimer shown;
                    shown.start();
                    if (result)
                        done(*result);
                    else
                        failed(error);
                    m_lastHandOverMs = double(shown.nsecsElapsed()) / 1e6;
                },
                Qt::QueuedConnection);
        });
    }

    // read() for a receiver that wants only its latest request of one kind: it counts its
    // requests in `latest` (a member, raised for each new one, also for one it reads at once on
    // its own thread) and this is request `asked`; a result or error that arrives after a later
    // request is dropped.
    template <class T, class Counter>
    void readLatest(QObject *receiver, const Counter &latest, Counter asked, std::function<T()> work,
                    std::function<void(const T &)> done, std::function<void(const QString &message)> failed)
    {
        read<T>(
            receiver, std::move(work),
            [&latest, asked, done = std::move(done)](const T &result) {
                if (latest == asked)
                    done(result);
            },
            [&latest, asked, failed = std::move(failed)](const QString &message) {
                if (latest == asked)
                    failed(message);
            });
    }

    // True on the reader's thread (tests check that work ran there).
    bool isReaderThread() const { return QThread::currentThread() == &m_thread; }
    // How long the last result handed back took on the receiver's thread (what the page did with
    // it: the model reset, the table filled), in ms; the benchmark reports it beside the read.
    double lastHandOverMs() const { return m_lastHandOverMs; }
    // No read asked for on this thread is under way or waiting to be handed back (tools wait for it).
    bool isIdle() const { return m_pending == 0; }

private:
    void post(std::function<void()> job);

    Database *m_db;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    double m_lastHandOverMs = 0;
    int m_pending = 0; // reads asked for and not handed back yet (counted on the receivers' thread)
};

} // namespace estatedesk
