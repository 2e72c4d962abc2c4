// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractPaymentTab.h"

#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "RecordTable.h"
#include "contracts/ContractForms.h"
#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "reports/PaymentScheduleReport.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

ContractPaymentTab::ContractPaymentTab(const Session &session, const RecordAction &act, QWidget *parent)
    : QWidget(parent), m_session(session), m_act(act)
{
    auto *pl = new QVBoxLayout(this);
    pl->addLayout(buildPlanRow());
    m_installments = RecordTable::create({tr("No."), tr("Installment"), tr("Due date"), tr("Amount (yuan)"),
                                          tr("Paid (yuan)"), tr("Owed (yuan)"), tr("Deadline")},
                                         this);
    new DeadlineExplanation(m_installments, m_session,
                            DeadlineCell::ItemRole); // why each deadline is due then
    m_installments->setObjectName(QStringLiteral("installmentTable"));
    pl->addWidget(m_installments, 1);
    pl->addLayout(buildReceiptRow());
    pl->addLayout(buildReceiptList(), 1);
}

QLayout *ContractPaymentTab::buildPlanRow()
{
    auto *planRow = new QHBoxLayout;
    m_planKind = new QComboBox(this);
    m_planKind->setObjectName(QStringLiteral("planKind"));
    for (const QString &k : PaymentPlanRepository::kinds())
        m_planKind->addItem(PaymentPlanRepository::kindLabel(k), k);
    m_planStart = ContractForms::dateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), this);
    m_planStart->setObjectName(QStringLiteral("planStart"));
    planRow->addWidget(new QLabel(tr("Way of payment:"), this));
    planRow->addWidget(m_planKind);
    planRow->addWidget(new QLabel(tr("from"), this));
    planRow->addWidget(m_planStart);
    m_createPlan = ContractForms::button(tr("Create plan"), "createPlanButton", this, planRow);
    connect(m_createPlan, &QPushButton::clicked, this, [this] { createPlan(); });
    planRow->addStretch(1);
    return planRow;
}

QLayout *ContractPaymentTab::buildReceiptRow()
{
    auto *receiptRow = new QHBoxLayout;
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("receiptAmount"));
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setPrefix(QStringLiteral("¥"));
    m_receivedOn = ContractForms::dateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), this);
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_method = new QLineEdit(this);
    m_method->setObjectName(QStringLiteral("receiptMethod"));
    m_method->setPlaceholderText(tr("how: transfer, card, bank loan …"));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("receiptEvidence"));
    m_evidence->setPlaceholderText(tr("entered late for an overdue installment: the bank slip No. …"));
    m_evidence->setToolTip(tr("Required when the installment is overdue and the money was received on or "
                              "before its due date: what shows it was received then."));
    receiptRow->addWidget(new QLabel(tr("Receipt for the selected installment:"), this));
    receiptRow->addWidget(m_amount);
    receiptRow->addWidget(m_receivedOn);
    receiptRow->addWidget(m_method, 1);
    receiptRow->addWidget(m_evidence, 1);
    connect(ContractForms::button(tr("Record receipt"), "recordReceiptButton", this, receiptRow),
            &QPushButton::clicked, this, [this] { recordReceipt(); });
    return receiptRow;
}

QLayout *ContractPaymentTab::buildReceiptList()
{
    auto *box = new QVBoxLayout;
    m_receipts = RecordTable::create({tr("No."), tr("Installment"), tr("Date received"), tr("Amount (yuan)"),
                                      tr("How"), tr("Entered by"), tr("State"), tr("Note")},
                                     this);
    m_receipts->setObjectName(QStringLiteral("receiptTable"));
    box->addWidget(m_receipts, 1);
    if (Permissions::allows(m_session.role, Action::ReverseReceipt)) {
        auto *row = new QHBoxLayout;
        connect(ContractForms::button(tr("Reverse…"), "reverseReceiptButton", this, row),
                &QPushButton::clicked, this, [this] { reverseReceipt(); });
        row->addStretch(1);
        box->addLayout(row);
    }
    return box;
}

void ContractPaymentTab::showReceipts(qint64 contractId)
{
    m_receipts->setRowCount(0);
    if (contractId == 0)
        return;
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const Receipt &r : PaymentPlanRepository(m_session).receipts(contractId)) {
        const QString note =
            r.reversed()
                ? tr("%1 (%2, %3)")
                      .arg(r.reversalReason, r.reversedByName,
                           OfficeTime::toOffice(r.reversedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : r.evidence;
        rows << QStringList{QString::number(r.id),
                            QStringLiteral("%1 %2").arg(r.installmentSeq).arg(r.installmentLabel),
                            r.receivedOn.toString(Qt::ISODate),
                            PaymentScheduleReport::yuan(r.amountFen),
                            r.method,
                            r.staffName,
                            r.reversed() ? tr("Reversed") : tr("Received"),
                            note};
        ids << r.id;
    }
    RecordTable::fill(m_receipts, rows, ids);
    RecordTable::fitColumns(m_receipts);
}

bool ContractPaymentTab::showContract(qint64 contractId)
{
    m_installments->setRowCount(0);
    showPlanKind({});
    showReceipts(contractId);
    if (contractId == 0)
        return false;
    const PaymentPlanRepository plans(m_session);
    showPlanKind(plans.planKind(contractId));
    const QList<Installment> installments = plans.installments(contractId);
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const Installment &i : installments) {
        rows << QStringList{QString::number(i.seq),
                            i.label,
                            i.dueOn.toString(Qt::ISODate),
                            PaymentScheduleReport::yuan(i.amountFen),
                            PaymentScheduleReport::yuan(i.paidFen),
                            PaymentScheduleReport::yuan(i.amountFen - i.paidFen)};
        ids << i.id;
    }
    const auto deadlines =
        DeadlineRepository(m_session).latestForRecords(QStringLiteral("installments"), ids);
    const qint64 now = m_session.clock->nowMs();
    RecordTable::fill(m_installments, rows, ids);
    for (int r = 0; r < installments.size(); ++r) {
        auto *deadline = new QTableWidgetItem;
        deadline->setData(Qt::UserRole, ids.at(r));
        const auto byPolicy = deadlines.value(ids.at(r));
        const auto it = byPolicy.constFind(QStringLiteral("installment"));
        DeadlineCell::show(deadline, it == byPolicy.constEnd() ? nullptr : &*it, now);
        m_installments->setItem(r, 6, deadline);
    }
    RecordTable::fitColumns(m_installments);
    return !installments.isEmpty();
}

void ContractPaymentTab::clearTyping()
{
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    m_amount->setValue(0);
    m_receivedOn->setDate(today);
    m_method->clear();
    m_planKind->setCurrentIndex(0);
    m_planStart->setDate(today);
}

// A contract has one plan: its kind shown and the plan row greyed while there is one (trial
// 2026-12-04c F8: the default kind invited to "change" a loan plan).
void ContractPaymentTab::showPlanKind(const std::optional<QString> &kind)
{
    if (kind)
        m_planKind->setCurrentIndex(m_planKind->findData(*kind));
    m_planKind->setEnabled(!kind);
    m_planStart->setEnabled(!kind);
    m_createPlan->setEnabled(!kind);
    m_createPlan->setToolTip(kind ? tr("This contract already has a payment plan.") : QString());
}

bool ContractPaymentTab::createPlan()
{
    return m_act.run(
        [this](qint64 id) {
            PaymentPlanRepository(m_session).create(id, m_planKind->currentData().toString(),
                                                    m_planStart->date());
        },
        tr("Payment plan created; every installment is watched until paid."));
}

bool ContractPaymentTab::recordReceipt()
{
    const qint64 installment = RecordTable::selectedId(m_installments);
    if (installment == 0) {
        m_act.say(tr("Select an installment first."), true);
        return false;
    }
    return m_act.run(
        [this, installment](qint64) {
            PaymentPlanRepository(m_session).addReceipt(installment, ContractForms::toFen(m_amount->value()),
                                                        m_receivedOn->date(), m_method->text(),
                                                        m_evidence->text());
            m_amount->setValue(0);
            m_evidence->clear();
        },
        tr("Receipt recorded."));
}

bool ContractPaymentTab::reverseReceipt()
{
    const qint64 receipt = RecordTable::selectedId(m_receipts);
    if (receipt == 0) {
        m_act.say(tr("Select a receipt first."), true);
        return false;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse receipt"),
        tr("Receipt No. %1 stays on record, marked reversed, and no longer counts as paid. Why is it "
           "reversed?")
            .arg(receipt),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    return m_act.run(
        [this, receipt, reason](qint64) { PaymentPlanRepository(m_session).reverseReceipt(receipt, reason); },
        tr("Receipt reversed; the installment shows what is still owed."));
}

} // namespace estatedesk
