// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PaymentScheduleReport.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/UnitRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QLocale>

namespace estatedesk {

QString PaymentScheduleReport::yuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QLocale(QLocale::English).toString(a / 100) +
           QStringLiteral(".%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString PaymentScheduleReport::html(const Session &session, qint64 contractId)
{
    const Contract contract = ContractRepository(session).get(contractId); // checks ReadContracts
    const Client client = ClientRepository(session).get(contract.clientId);
    const Unit unit = UnitRepository(session).get(contract.unitId);
    const QString kind =
        Sql::scalar(session.db->connection(),
                    QStringLiteral("SELECT kind FROM payment_plans WHERE contract_id = ?"), {contractId})
            .toString();
    const QList<Installment> installments = PaymentPlanRepository(session).installments(contractId);
    const QString today = OfficeTime::formatDate(session.clock->nowMs());
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    h += QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(esc(tr("Payment schedule")));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                 .arg(esc(a), esc(b), esc(c), esc(d));
    };
    row(tr("Contract"), contract.number, tr("Printed on"), today);
    row(tr("Buyer"), client.name, tr("Phone"), Phone::display(client.phone));
    row(tr("Unit"), unit.label(), tr("Area"), tr("%1 m²").arg(unit.areaDm2 / 100.0, 0, 'f', 2));
    row(tr("Price"), tr("%1 yuan").arg(yuan(contract.priceFen - contract.discountFen)), tr("Way of payment"),
        PaymentPlanRepository::kindLabel(kind));
    h += QStringLiteral("</table><br/>");
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    h +=
        QStringLiteral(
            "<thead><tr style=\"background:#e9ecef\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
            .arg(esc(tr("No.")), esc(tr("Installment")), esc(tr("Due date")), esc(tr("Amount (yuan)")),
                 esc(tr("Paid (yuan)")), esc(tr("Owed (yuan)")));
    qint64 total = 0, paid = 0;
    for (const Installment &i : installments) {
        total += i.amountFen;
        paid += i.paidFen;
        h +=
            QStringLiteral(
                "<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"right\">%4</td>"
                "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                .arg(i.seq)
                .arg(esc(i.label), i.dueOn.toString(Qt::ISODate), yuan(i.amountFen), yuan(i.paidFen),
                     yuan(i.amountFen - i.paidFen));
    }
    h +=
        QStringLiteral(
            "<tr style=\"font-weight:bold\"><td></td><td>%1</td><td></td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
            "<td align=\"right\">%4</td></tr>")
            .arg(esc(tr("Total")), yuan(total), yuan(paid), yuan(total - paid));
    h += QStringLiteral("</table><br/>");
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Please pay each installment by its due date. For loans, the bank's disbursement counts "
                    "as the payment. Questions: ask your consultant.")));
    h +=
        QStringLiteral(
            "<br/><table width=\"100%\"><tr><td>%1 ______________</td><td>%2 ______________</td></tr></table>")
            .arg(esc(tr("Buyer's signature:")), esc(tr("Consultant's signature:")));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace estatedesk
