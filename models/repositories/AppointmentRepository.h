// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Viewings (appointments) and the sample units they use; each write also adds the matching
// service record, in the same transaction (DESIGN §3).

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QList>
#include <QPair>

namespace estatedesk {

class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    explicit AppointmentRepository(const Session &session) : m_session(session) {}
    void add(Appointment &appointment);
    void update(Appointment &appointment);
    Appointment get(qint64 id) const;
    // Why viewing cannot move to status at nowMs because of its time, or empty when its time
    // allows it: a no-show only once its start has passed (the client cannot have missed a viewing
    // still to come, and a no-show is final), a check-in not before the viewing's day (in the
    // office's zone). update() refuses with this message; the viewings page disables the button.
    static QString refusalByTime(const Appointment &viewing, const QString &status, qint64 nowMs);
    // Viewings that start in [fromMs, toMs), by start time. These lists carry each client's name
    // (Appointment::clientName), read with the same query.
    QList<Appointment> between(qint64 fromMs, qint64 toMs) const;
    // Viewings still to come within hours from now, and viewings whose start has passed without a
    // check-in (missed: booked or confirmed only), for the dashboard.
    QList<Appointment> upcoming(qint64 nowMs, int hours) const;
    QList<Appointment> missed(qint64 nowMs, int days) const;
    // A sample unit and how many people it holds at once.
    void setShowroom(const QString &name, int capacity);
    QList<QPair<QString, int>> showrooms() const;

    // How long ago a new booking (or a moved one) may start: a visitor shown round just now is
    // booked after the walk; anything earlier is refused.
    static constexpr qint64 kPastStartGraceMs = 60 * 60 * 1000;

private:
    // Refuses a start more than kPastStartGraceMs before now, naming the start field.
    void refuseAPastStart(const Appointment &appointment) const;
    // A consultant in two places, or a sample unit over capacity: refused naming the other booking.
    void refuseConflicts(const Appointment &appointment) const;
    Session m_session;
};

} // namespace estatedesk
