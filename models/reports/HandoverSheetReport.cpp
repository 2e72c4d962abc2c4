// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HandoverSheetReport.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"

namespace estatedesk {

QString HandoverSheetReport::title()
{
    return tr("Handover inspection and sign-off sheet");
}

QString HandoverSheetReport::html(const Session &session, qint64 handoverId)
{
    HandoverRepository handovers(session);
    const Handover h = handovers.get(handoverId);
    const Client client = ClientRepository(session).get(h.clientId);
    const Unit unit = UnitRepository(session).get(h.unitId);
    const QString staff = h.staffId > 0 ? StaffRepository(session).get(h.staffId).name : QString();
    DeadlineRepository deadlines(session);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto when = [](qint64 ms) { return ms > 0 ? OfficeTime::formatDateTime(ms) : QStringLiteral("—"); };
    QString out;
    out += QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    out += QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(esc(title()));
    out += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                   .arg(esc(a), esc(b), esc(c), esc(d));
    };
    row(tr("Handover No."), QString::number(h.id), tr("Printed on"),
        OfficeTime::formatDate(session.clock->nowMs()));
    row(tr("Unit"), unit.label(), tr("Area"), tr("%1 m²").arg(unit.areaDm2 / 100.0, 0, 'f', 2));
    row(tr("Owner"), client.name, tr("Phone"), Phone::display(client.phone));
    row(tr("Handover date"), h.handoverOn.toString(Qt::ISODate), tr("Received by"), staff);
    row(tr("Notice sent"),
        h.noticeSentAt > 0 ? tr("%1 (%2)").arg(when(h.noticeSentAt), h.noticeChannel) : tr("not sent"),
        tr("Inspected with the owner"), h.inspectedAt > 0 ? when(h.inspectedAt) : tr("not yet"));
    out += QStringLiteral("</table><br/>");

    // Before the inspection the sheet says so: it never reads as if an inspection had found nothing.
    const bool inspected = h.inspectedAt > 0;
    const QList<Defect> defects = handovers.defects(handoverId);
    out += QStringLiteral("<h3>%1</h3>")
               .arg(esc(inspected ? tr("Defects found at the inspection (%n)", nullptr, int(defects.size()))
                                  : tr("Defects recorded so far (%n)", nullptr, int(defects.size()))));
    if (defects.isEmpty()) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(inspected ? tr("No defects were found.")
                                      : tr("The home has not been inspected with the owner yet.")));
    } else {
        out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        out +=
            QStringLiteral(
                "<thead><tr style=\"background:#e9ecef\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                "<th>%6</th></tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Location")), esc(tr("Defect")), esc(tr("Responsible party")),
                     esc(tr("To be fixed by")), esc(tr("Status")));
        for (const Defect &d : defects) {
            const auto item =
                deadlines.find(QStringLiteral("defect-rectification"), QStringLiteral("defects"), d.id);
            const QString due = item ? item->dueText() : QString();
            QString status = Vocabulary::label(Vocabulary::defectStatuses(), d.status);
            if (d.complaintId > 0)
                status += tr(" (complaint No. %1)").arg(d.complaintId);
            out +=
                QStringLiteral(
                    "<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"center\">%5</td>"
                    "<td>%6</td></tr>")
                    .arg(d.id)
                    .arg(esc(d.location), esc(d.description), esc(d.responsible), esc(due), esc(status));
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<br/><p><b>%1</b> %2</p>")
               .arg(esc(tr("Property management:")),
                    esc(h.propertyContact.isEmpty() ? tr("to be given at the handover") : h.propertyContact));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(inspected
                         ? tr("The owner has inspected the home together with our staff. The defects above "
                              "will be fixed by the dates shown and re-inspected with the owner. Keys, "
                              "documents and meter readings are handed over with this sheet. Thank you for "
                              "your trust.")
                         : tr("The owner and our staff will inspect the home together. Every defect found "
                              "will be recorded with the date by which it is fixed, and re-inspected with "
                              "the owner. Keys, documents and meter readings are handed over after the "
                              "inspection. Thank you for your trust.")));
    out +=
        QStringLiteral(
            "<br/><table width=\"100%\" cellpadding=\"6\"><tr><td>%1 ______________</td><td>%2 ______________</td>"
            "<td>%3 ______________</td></tr></table>")
            .arg(esc(tr("Owner's signature:")), esc(tr("Staff signature:")), esc(tr("Date:")));
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace estatedesk
