// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SalesDocuments.h"

#include "core/Clock.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "reports/PaymentScheduleReport.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace estatedesk {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The heading rows every paper starts with: contract, buyer, unit.
QString header(const Session &session, const Contract &contract, const QString &title)
{
    const Client client = ClientRepository(session).get(contract.clientId);
    const Unit unit = UnitRepository(session).get(contract.unitId);
    QString h = QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(esc(title));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                 .arg(esc(a), esc(b), esc(c), esc(d));
    };
    row(SalesDocuments::tr("Contract"), contract.number, SalesDocuments::tr("Printed on"),
        OfficeTime::formatDate(session.clock->nowMs()));
    row(SalesDocuments::tr("Buyer"), client.name, SalesDocuments::tr("Phone"), Phone::display(client.phone));
    row(SalesDocuments::tr("Co-buyers"),
        contract.coBuyers.isEmpty() ? SalesDocuments::tr("none") : contract.coBuyers,
        SalesDocuments::tr("Unit"), unit.label());
    h += QStringLiteral("</table><br/>");
    return h;
}

QString signatures(const QStringList &who)
{
    QString h = QStringLiteral("<br/><table width=\"100%\" cellpadding=\"6\"><tr>");
    for (const QString &w : who)
        h += QStringLiteral("<td>%1 ______________</td>").arg(esc(w));
    return h + QStringLiteral("</tr></table>");
}

} // namespace

QStringList SalesDocuments::checklistSteps()
{
    return {QStringLiteral("signing"),       QStringLiteral("loan_application"),
            QStringLiteral("bank_approval"), QStringLiteral("disbursement"),
            QStringLiteral("deed_tax"),      QStringLiteral("maintenance_fund"),
            QStringLiteral("registration")};
}

QString SalesDocuments::stepLabel(const QString &step)
{
    return step == QLatin1String("signing") ? tr("Signing the contract") : LoanTaxSteps::stepLabel(step);
}

QStringList SalesDocuments::documents(const QString &step)
{
    if (step == QLatin1String("signing"))
        return {tr("Identity cards of the buyer and every co-buyer (originals)"),
                tr("Household register (户口簿)"),
                tr("Marriage certificate, or a statement of single status"), tr("Receipt of the deposit"),
                tr("Proof of eligibility to buy (social insurance or tax record, where required)")};
    if (step == QLatin1String("loan_application"))
        return {tr("Identity cards of the borrowers"),
                tr("Household register"),
                tr("Marriage certificate or statement of single status"),
                tr("Proof of income stamped by the employer"),
                tr("Bank statements of the last six months"),
                tr("Receipt of the down payment"),
                tr("The signed purchase contract")};
    if (step == QLatin1String("bank_approval"))
        return {tr("The bank's approval letter"), tr("Signed loan contract"),
                tr("Repayment account opened (bank card)")};
    if (step == QLatin1String("disbursement"))
        return {tr("Mortgage registration receipt"), tr("Signed loan contract"),
                tr("Property insurance policy, if the bank asks")};
    if (step == QLatin1String("deed_tax"))
        return {tr("Identity cards of the buyers"), tr("The filed purchase contract"),
                tr("Invoice for the purchase"),
                tr("Proof of the family's housing (for the first-home rate)")};
    if (step == QLatin1String("maintenance_fund"))
        return {tr("The filed purchase contract"), tr("Invoice for the purchase"),
                tr("Identity card of the buyer")};
    if (step == QLatin1String("registration"))
        return {tr("Identity cards of the buyers"), tr("The filed purchase contract"),
                tr("Invoice for the purchase"),     tr("Deed tax receipt"),
                tr("Maintenance fund receipt"),     tr("Registration application form, signed")};
    return {};
}

QString SalesDocuments::checklistTitle(const QString &step)
{
    return tr("Documents to bring: %1").arg(stepLabel(step));
}

QString SalesDocuments::checklistHtml(const Session &session, qint64 contractId, const QString &step)
{
    const Contract contract = ContractRepository(session).get(contractId); // checks ReadContracts
    QString h = QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    h += header(session, contract, checklistTitle(step));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Dear client, please bring the documents below. Originals are returned to you on "
                         "the spot; we keep copies. Ask your consultant if anything is unclear.")));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">");
    h +=
        QStringLiteral(
            "<thead><tr style=\"background:#e9ecef\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead>")
            .arg(esc(tr("No.")), esc(tr("Document")), esc(tr("Provided")), esc(tr("Checked by")));
    const QStringList docs = documents(step);
    for (int i = 0; i < docs.size(); ++i)
        h += QStringLiteral(
                 "<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">□</td><td></td></tr>")
                 .arg(i + 1)
                 .arg(esc(docs.at(i)));
    h += QStringLiteral("</table>");
    h += signatures({tr("Client's signature:"), tr("Consultant's signature:"), tr("Date:")});
    return h + QStringLiteral("</body></html>");
}

QString SalesDocuments::summaryTitle()
{
    return tr("Contract summary");
}

QString SalesDocuments::summaryHtml(const Session &session, qint64 contractId)
{
    const Contract contract = ContractRepository(session).get(contractId); // checks ReadContracts
    const Client client = ClientRepository(session).get(contract.clientId);
    const Unit unit = UnitRepository(session).get(contract.unitId);
    const bool full = Permissions::seesFullClient(session, client.consultantId);
    QString h = QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    h += header(session, contract, summaryTitle());
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    auto row = [&](const QString &a, const QString &b) {
        h += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(a), esc(b));
    };
    row(tr("Status"),
        Vocabulary::label(Vocabulary::contractStatuses(), contract.status) +
            (contract.signedOn.isValid() ? tr(", signed on %1").arg(contract.signedOn.toString(Qt::ISODate))
                                         : QString()));
    if (contract.idVerifiedAt > 0) {
        const QString number = full ? contract.idNumber : maskIdNumber(contract.idNumber);
        const QString who =
            contract.idVerifiedBy > 0 ? StaffRepository(session).get(contract.idVerifiedBy).name : QString();
        IdDocument::Type type = IdDocument::Type::ResidentId;
        const QString typeText =
            IdDocument::typeFromKey(contract.idType, &type) ? IdDocument::typeLabel(type) : contract.idType;
        const QString when = OfficeTime::formatDateTime(contract.idVerifiedAt);
        row(tr("Identity verified"), who.isEmpty()
                                         ? tr("%1 %2, on %3").arg(typeText, number, when)
                                         : tr("%1 %2, by %3 on %4").arg(typeText, number, who, when));
    } else {
        row(tr("Identity verified"), tr("not yet — verify before signing"));
    }
    row(tr("Unit"),
        tr("%1, %2 m², %3").arg(unit.label()).arg(unit.areaDm2 / 100.0, 0, 'f', 2).arg(unit.layout));
    row(tr("List price"), tr("%1 yuan").arg(PaymentScheduleReport::yuan(unit.listPriceFen)));
    row(tr("Contract price"), tr("%1 yuan").arg(PaymentScheduleReport::yuan(contract.priceFen)));
    row(tr("Discount"), tr("%1 yuan").arg(PaymentScheduleReport::yuan(contract.discountFen)));
    row(tr("Price payable"),
        tr("%1 yuan").arg(PaymentScheduleReport::yuan(contract.priceFen - contract.discountFen)));
    if (contract.consultantId > 0)
        row(tr("Consultant"), StaffRepository(session).get(contract.consultantId).name);
    const QString kind =
        Sql::scalar(session.db->connection(),
                    QStringLiteral("SELECT kind FROM payment_plans WHERE contract_id = ?"), {contractId})
            .toString();
    if (!kind.isEmpty()) {
        qint64 total = 0, paid = 0;
        const QList<Installment> installments = PaymentPlanRepository(session).installments(contractId);
        for (const Installment &i : installments) {
            total += i.amountFen;
            paid += i.paidFen;
        }
        row(tr("Way of payment"), tr("%1, %n installment(s)", nullptr, int(installments.size()))
                                      .arg(PaymentPlanRepository::kindLabel(kind)));
        row(tr("Paid / owed"),
            tr("%1 yuan paid, %2 yuan owed")
                .arg(PaymentScheduleReport::yuan(paid), PaymentScheduleReport::yuan(total - paid)));
    } else {
        row(tr("Way of payment"), tr("no payment plan yet"));
    }
    h += QStringLiteral("</table>");

    const QList<ContractRepository::Question> questions = ContractRepository(session).questions(contractId);
    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(tr("Questions about the contract (%n)", nullptr, int(questions.size()))));
    if (questions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The client asked no questions.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        h += QStringLiteral("<thead><tr style=\"background:#e9ecef\"><th>%1</th><th>%2</th></tr></thead>")
                 .arg(esc(tr("Question")), esc(tr("Answer")));
        for (const auto &q : questions)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(esc(q.question), esc(q.answer.isEmpty() ? tr("(not answered yet)") : q.answer));
        h += QStringLiteral("</table>");
    }
    h += signatures({tr("Buyer's signature:"), tr("Consultant's signature:"), tr("Date:")});
    return h + QStringLiteral("</body></html>");
}

} // namespace estatedesk
