// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QByteArray>
#include <QList>

namespace estatedesk {

// Viewings as an iCalendar file (RFC 5545) for a phone or desktop calendar: one viewing, or a
// consultant's week. Times in UTC, text escaped, lines folded at 75 octets, CRLF line ends.
class ViewingIcs
{
public:
    static QByteArray toIcs(const Session &session, const QList<Appointment> &viewings);
    // toIcs() written to path, owner-only (0600: it holds the clients' names and phones).
    static void writeFile(const Session &session, const QList<Appointment> &viewings, const QString &path);
    // The viewings of one consultant in the office week (Monday to Sunday) that holds day.
    static QList<Appointment> consultantWeek(const Session &session, qint64 consultantId, const QDate &day);
    // RFC 5545 text escaping and folding, public for tests.
    static QByteArray escape(const QString &text);
    static QByteArray fold(const QByteArray &line);
};

} // namespace estatedesk
