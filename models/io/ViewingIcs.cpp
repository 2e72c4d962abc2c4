// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ViewingIcs.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "core/PrivateFiles.h"
#include "domain/Vocabulary.h"
#include "io/RecordedExport.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace estatedesk {

QByteArray ViewingIcs::escape(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    t.replace(QStringLiteral(";"), QStringLiteral("\\;"));
    t.replace(QStringLiteral(","), QStringLiteral("\\,"));
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    t.replace(QStringLiteral("\n"), QStringLiteral("\\n"));
    return t.toUtf8();
}

QByteArray ViewingIcs::fold(const QByteArray &line)
{
    // At most 75 octets a line, never splitting a UTF-8 character; continuation lines start with a space.
    QByteArray out;
    int lineLength = 0;
    for (int i = 0; i < line.size();) {
        int charLength = 1;
        const auto c = static_cast<unsigned char>(line.at(i));
        if (c >= 0xF0)
            charLength = 4;
        else if (c >= 0xE0)
            charLength = 3;
        else if (c >= 0xC0)
            charLength = 2;
        if (lineLength + charLength > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += line.mid(i, charLength);
        lineLength += charLength;
        i += charLength;
    }
    return out + "\r\n";
}

static QByteArray utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

void ViewingIcs::writeFile(const Session &session, const QList<Appointment> &viewings, const QString &path)
{
    // Client names leave the database: who, when, where to, how many.
    RecordedExport::write(
        session, path,
        [&] {
            AuditLog::write(
                session, QStringLiteral("export_viewings"), QStringLiteral("appointments"), 0, {},
                {{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
                 {QStringLiteral("count"), viewings.size()}});
        },
        [&] { PrivateFiles::writeFile(path, toIcs(session, viewings)); });
}

QByteArray ViewingIcs::toIcs(const Session &session, const QList<Appointment> &viewings)
{
    QByteArray out;
    out += fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//EstateDesk//Viewings//ZH");
    out += fold("CALSCALE:GREGORIAN");
    const QByteArray stamp = utc(session.clock->nowMs());
    for (const Appointment &a : viewings) {
        QString client;
        try {
            client = ClientRepository(session).get(a.clientId).name;
        } catch (...) {
        }
        QString consultant;
        if (a.consultantId > 0) {
            try {
                consultant = StaffRepository(session).get(a.consultantId).name;
            } catch (...) {
            }
        }
        const QString summary =
            QCoreApplication::translate("ViewingIcs", "Viewing: %1 (%n person(s))", nullptr, a.partySize)
                .arg(client);
        QStringList details;
        if (!consultant.isEmpty())
            details << QCoreApplication::translate("ViewingIcs", "Consultant: %1").arg(consultant);
        if (!a.bring.isEmpty())
            details << QCoreApplication::translate("ViewingIcs", "Please bring: %1").arg(a.bring);
        if (a.securityEscort)
            details << QCoreApplication::translate("ViewingIcs", "Security escort arranged");
        if (!a.specialNeeds.isEmpty())
            details << QCoreApplication::translate("ViewingIcs", "Special needs: %1").arg(a.specialNeeds);
        const QByteArray status = a.status == Vocabulary::AppointmentStatus::Cancelled ? "CANCELLED"
                                  : a.status == Vocabulary::AppointmentStatus::Booked  ? "TENTATIVE"
                                                                                       : "CONFIRMED";
        out += fold("BEGIN:VEVENT");
        out += fold("UID:viewing-" + QByteArray::number(a.id) + "@estatedesk");
        out += fold("DTSTAMP:" + stamp);
        out += fold("DTSTART:" + utc(a.startsAt));
        out += fold("DTEND:" + utc(a.endsAt));
        out += fold("SUMMARY:" + escape(summary));
        if (!a.location.isEmpty())
            out += fold("LOCATION:" + escape(a.location));
        if (!details.isEmpty())
            out += fold("DESCRIPTION:" + escape(details.join(u'\n')));
        out += fold("STATUS:" + status);
        out += fold("SEQUENCE:" + QByteArray::number(std::max(0, a.rowVersion - 1)));
        out += fold("END:VEVENT");
    }
    out += fold("END:VCALENDAR");
    return out;
}

QList<Appointment> ViewingIcs::consultantWeek(const Session &session, qint64 consultantId, const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QTimeZone zone = OfficeTime::zone();
    const qint64 from = QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch();
    QList<Appointment> out;
    for (const Appointment &a : AppointmentRepository(session).between(from, to))
        if (a.consultantId == consultantId)
            out << a;
    return out;
}

} // namespace estatedesk
