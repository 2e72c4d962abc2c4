// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractTab.h"

#include "MessageBox.h"
#include "contracts/ContractForms.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/UnitRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace estatedesk {

using ContractForms::button;

ContractTab::ContractTab(const Session &session, const RecordAction &act, QWidget *parent)
    : QWidget(parent), m_session(session), m_act(act)
{
    auto *cf = new QFormLayout(this);
    auto *idRow = new QHBoxLayout;
    m_idType = new QComboBox(this);
    m_idType->setObjectName(QStringLiteral("idType"));
    for (IdDocument::Type t : {IdDocument::Type::ResidentId, IdDocument::Type::Passport,
                               IdDocument::Type::HongKongMacaoPermit, IdDocument::Type::TaiwanPermit})
        m_idType->addItem(IdDocument::typeLabel(t), IdDocument::typeKey(t));
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setPlaceholderText(tr("document number"));
    idRow->addWidget(m_idType);
    idRow->addWidget(m_idNumber, 1);
    connect(button(tr("Verify identity"), "verifyIdentityButton", this, idRow), &QPushButton::clicked, this,
            [this] { verifyIdentity(); });
    cf->addRow(tr("Buyer's document:"), idRow);
    auto *signRow = new QHBoxLayout;
    m_signDate = ContractForms::dateEdit(OfficeTime::toOffice(m_session.clock->nowMs()).date(), this);
    m_signDate->setObjectName(QStringLiteral("signDate"));
    signRow->addWidget(m_signDate);
    connect(button(tr("Sign"), "signButton", this, signRow), &QPushButton::clicked, this, [this] { sign(); });
    connect(button(tr("File (备案)"), "fileButton", this, signRow), &QPushButton::clicked, this,
            [this] { file(); });
    signRow->addStretch(1);
    cf->addRow(tr("Signing date:"), signRow);
    auto *coRow = new QHBoxLayout;
    m_coBuyers = new QLineEdit(this);
    m_coBuyers->setObjectName(QStringLiteral("coBuyers"));
    m_coBuyers->setPlaceholderText(tr("names of the co-buyers, separated by 、"));
    coRow->addWidget(m_coBuyers, 1);
    connect(button(tr("Save"), "saveCoBuyersButton", this, coRow), &QPushButton::clicked, this,
            [this] { saveCoBuyers(); });
    cf->addRow(tr("Co-buyers:"), coRow);
    auto *cancelRow = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("why the contract is cancelled"));
    cancelRow->addWidget(m_reason, 1);
    connect(button(tr("Cancel contract"), "cancelContractButton", this, cancelRow), &QPushButton::clicked,
            this, [this] { cancel(); });
    cf->addRow(tr("Cancel:"), cancelRow);
}

void ContractTab::showContract(const Contract &contract)
{
    m_coBuyers->setText(contract.coBuyers);
}

void ContractTab::clearTyping()
{
    m_idNumber->clear();
    m_signDate->setDate(OfficeTime::toOffice(m_session.clock->nowMs()).date());
    m_reason->clear();
}

bool ContractTab::update(const std::function<void(Contract &)> &change, const QString &done)
{
    return m_act.run(
        [&](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            change(c);
            ContractRepository(m_session).update(c);
        },
        done);
}

bool ContractTab::verifyIdentity()
{
    return m_act.run(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            ContractRepository(m_session).verifyIdentity(c, m_idType->currentData().toString(),
                                                         m_idNumber->text());
            m_idNumber->clear();
        },
        tr("Identity verified and recorded."));
}

bool ContractTab::sign()
{
    return update(
        [this](Contract &c) {
            c.status = Vocabulary::ContractStatus::Signed;
            c.signedOn = m_signDate->date();
        },
        tr("Contract signed; the unit is contracted."));
}

bool ContractTab::file()
{
    return update([](Contract &c) { c.status = Vocabulary::ContractStatus::Filed; },
                  tr("Contract filed (备案)."));
}

bool ContractTab::cancel()
{
    // One way, and with money perhaps received: asked first, naming what is cancelled (once a
    // reason is typed; without one the model's refusal says it is needed).
    const qint64 id = m_act.selectedId ? m_act.selectedId() : 0;
    if (id > 0 && !m_reason->text().trimmed().isEmpty()) {
        try {
            const Contract c = ContractRepository(m_session).get(id);
            qint64 receivedFen = 0;
            for (const Installment &i : PaymentPlanRepository(m_session).installments(id))
                receivedFen += i.paidFen;
            const QString text =
                tr("Cancel contract %1 (%2, %3)?\n\n%4 yuan has been received on it; it is not refunded "
                   "here. The unit goes back on sale. A cancelled contract cannot be restored.")
                    .arg(c.number, ClientRepository(m_session).get(c.clientId).name,
                         UnitRepository(m_session).get(c.unitId).label(),
                         QString::number(receivedFen / 100.0, 'f', 2));
            if (MessageBox::question(this, tr("Cancel contract"), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) != QMessageBox::Yes)
                return false;
        } catch (const Error &) {
            // Gone or unreadable: the update below says why.
        }
    }
    const bool done = update(
        [this](Contract &c) {
            c.status = Vocabulary::ContractStatus::Cancelled;
            c.cancelReason = m_reason->text();
        },
        tr("Contract cancelled; the unit is available again."));
    if (done)
        m_reason->clear();
    return done;
}

bool ContractTab::saveCoBuyers()
{
    return update([this](Contract &c) { c.coBuyers = m_coBuyers->text(); }, tr("Co-buyers saved."));
}

} // namespace estatedesk
