// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractsPage.h"

#include "DeadlineCell.h"
#include "DeadlineExplanation.h"
#include "PrintPreview.h"
#include "print/ReportPrinter.h"
#include "StatePalette.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "reports/PaymentScheduleReport.h"
#include "reports/SalesDocuments.h"
#include "repositories/ClientRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/LoanTaxSteps.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

QPushButton *button(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    layout->addWidget(b);
    return b;
}

qint64 toFen(double yuan)
{
    return qRound64(yuan * 100.0);
}

} // namespace

ContractsPage::ContractsPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    const QDate today = OfficeTime::toOffice(m_session.clock->nowMs()).date();
    auto *layout = new QVBoxLayout(this);

    auto *newBox = new QGroupBox(tr("New contract (draft: reserves the unit)"), this);
    auto *newRow = new QHBoxLayout(newBox);
    m_phone = new QLineEdit(newBox);
    m_phone->setPlaceholderText(tr("the buyer's phone"));
    m_unit = new QComboBox(newBox);
    m_unit->setMinimumContentsLength(24);
    m_number = new QLineEdit(newBox);
    m_number->setPlaceholderText(tr("contract number"));
    m_discount = new QDoubleSpinBox(newBox);
    m_discount->setRange(0, 1e9);
    m_discount->setDecimals(2);
    m_discount->setPrefix(tr("discount ¥"));
    newRow->addWidget(m_phone, 1);
    newRow->addWidget(m_unit, 2);
    newRow->addWidget(m_number, 1);
    newRow->addWidget(m_discount);
    connect(button(tr("Create draft"), newBox, newRow), &QPushButton::clicked, this, [this] { createDraft(m_phone->text()); });
    layout->addWidget(newBox);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a contract by number or buyer"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &ContractsPage::reload);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(split);
    m_table->setObjectName(QStringLiteral("contractList"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Buyer"), tr("Unit"), tr("Status"), tr("Price payable (yuan)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContractsPage::showSelected);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(right);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_detail);
    m_tabs = new QTabWidget(right);
    rightLayout->addWidget(m_tabs, 1);

    // The contract: identity, status moves, co-buyers.
    auto *contractTab = new QWidget(m_tabs);
    auto *cf = new QFormLayout(contractTab);
    auto *idRow = new QHBoxLayout;
    m_idType = new QComboBox(contractTab);
    for (IdDocument::Type t : {IdDocument::Type::ResidentId, IdDocument::Type::Passport, IdDocument::Type::HongKongMacaoPermit,
                               IdDocument::Type::TaiwanPermit})
        m_idType->addItem(IdDocument::typeLabel(t), IdDocument::typeKey(t));
    m_idNumber = new QLineEdit(contractTab);
    m_idNumber->setPlaceholderText(tr("document number"));
    idRow->addWidget(m_idType);
    idRow->addWidget(m_idNumber, 1);
    connect(button(tr("Verify identity"), contractTab, idRow), &QPushButton::clicked, this, [this] { verifyIdentity(); });
    cf->addRow(tr("Buyer's document:"), idRow);
    auto *signRow = new QHBoxLayout;
    m_signDate = new QDateEdit(today, contractTab);
    m_signDate->setCalendarPopup(true);
    m_signDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    signRow->addWidget(m_signDate);
    connect(button(tr("Sign"), contractTab, signRow), &QPushButton::clicked, this, [this] { sign(); });
    connect(button(tr("File (备案)"), contractTab, signRow), &QPushButton::clicked, this, [this] { file(); });
    signRow->addStretch(1);
    cf->addRow(tr("Signing date:"), signRow);
    auto *coRow = new QHBoxLayout;
    m_coBuyers = new QLineEdit(contractTab);
    m_coBuyers->setPlaceholderText(tr("names of the co-buyers, separated by 、"));
    coRow->addWidget(m_coBuyers, 1);
    connect(button(tr("Save"), contractTab, coRow), &QPushButton::clicked, this, [this] { saveCoBuyers(); });
    cf->addRow(tr("Co-buyers:"), coRow);
    auto *cancelRow = new QHBoxLayout;
    m_reason = new QLineEdit(contractTab);
    m_reason->setPlaceholderText(tr("why the contract is cancelled"));
    cancelRow->addWidget(m_reason, 1);
    connect(button(tr("Cancel contract"), contractTab, cancelRow), &QPushButton::clicked, this, [this] { cancel(); });
    cf->addRow(tr("Cancel:"), cancelRow);
    m_tabs->addTab(contractTab, tr("Contract"));

    // The questions log.
    auto *questionsTab = new QWidget(m_tabs);
    auto *ql = new QVBoxLayout(questionsTab);
    m_questions = new QListWidget(questionsTab);
    ql->addWidget(m_questions, 1);
    auto *askRow = new QHBoxLayout;
    m_question = new QLineEdit(questionsTab);
    m_question->setPlaceholderText(tr("the client's question about a clause"));
    askRow->addWidget(m_question, 1);
    connect(button(tr("Add question"), questionsTab, askRow), &QPushButton::clicked, this, [this] { askQuestion(); });
    ql->addLayout(askRow);
    auto *answerRow = new QHBoxLayout;
    m_answer = new QLineEdit(questionsTab);
    m_answer->setPlaceholderText(tr("the answer to the selected question"));
    answerRow->addWidget(m_answer, 1);
    connect(button(tr("Answer"), questionsTab, answerRow), &QPushButton::clicked, this, [this] { answerQuestion(); });
    ql->addLayout(answerRow);
    m_tabs->addTab(questionsTab, tr("Questions"));

    // Payment plan, installments, receipts.
    auto *payTab = new QWidget(m_tabs);
    auto *pl = new QVBoxLayout(payTab);
    auto *planRow = new QHBoxLayout;
    m_planKind = new QComboBox(payTab);
    for (const QString &k : PaymentPlanRepository::kinds())
        m_planKind->addItem(PaymentPlanRepository::kindLabel(k), k);
    m_planStart = new QDateEdit(today, payTab);
    m_planStart->setCalendarPopup(true);
    m_planStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    planRow->addWidget(new QLabel(tr("Way of payment:"), payTab));
    planRow->addWidget(m_planKind);
    planRow->addWidget(new QLabel(tr("from"), payTab));
    planRow->addWidget(m_planStart);
    connect(button(tr("Create plan"), payTab, planRow), &QPushButton::clicked, this, [this] { createPlan(); });
    planRow->addStretch(1);
    pl->addLayout(planRow);
    m_installments = new QTableWidget(payTab);
    new DeadlineExplanation(m_installments, m_session, DeadlineCell::ItemRole); // why each deadline is due then
    m_installments->setColumnCount(7);
    m_installments->setHorizontalHeaderLabels({tr("No."), tr("Installment"), tr("Due date"), tr("Amount (yuan)"), tr("Paid (yuan)"),
                                               tr("Owed (yuan)"), tr("Deadline")});
    m_installments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_installments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_installments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_installments->verticalHeader()->hide();
    m_installments->horizontalHeader()->setStretchLastSection(true);
    pl->addWidget(m_installments, 1);
    auto *receiptRow = new QHBoxLayout;
    m_amount = new QDoubleSpinBox(payTab);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setPrefix(QStringLiteral("¥"));
    m_receivedOn = new QDateEdit(today, payTab);
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_method = new QLineEdit(payTab);
    m_method->setPlaceholderText(tr("how: transfer, card, bank loan …"));
    receiptRow->addWidget(new QLabel(tr("Receipt for the selected installment:"), payTab));
    receiptRow->addWidget(m_amount);
    receiptRow->addWidget(m_receivedOn);
    receiptRow->addWidget(m_method, 1);
    connect(button(tr("Record receipt"), payTab, receiptRow), &QPushButton::clicked, this, [this] { recordReceipt(); });
    pl->addLayout(receiptRow);
    m_tabs->addTab(payTab, tr("Payment"));

    // Loans and taxes.
    auto *stepsTab = new QWidget(m_tabs);
    auto *sl = new QVBoxLayout(stepsTab);
    m_steps = new QTableWidget(stepsTab);
    m_steps->setColumnCount(4);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Status"), tr("Date"), tr("Notes")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    sl->addWidget(m_steps, 1);
    auto *stepRow = new QHBoxLayout;
    m_stepDate = new QDateEdit(today, stepsTab);
    m_stepDate->setCalendarPopup(true);
    m_stepDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_stepNotes = new QLineEdit(stepsTab);
    m_stepNotes->setPlaceholderText(tr("notes: bank, amount, who helped"));
    stepRow->addWidget(m_stepDate);
    stepRow->addWidget(m_stepNotes, 1);
    connect(button(tr("Done"), stepsTab, stepRow), &QPushButton::clicked, this, [this] { markStep(QStringLiteral("done")); });
    connect(button(tr("Rejected by the bank"), stepsTab, stepRow), &QPushButton::clicked, this,
            [this] { markStep(QStringLiteral("rejected")); });
    sl->addLayout(stepRow);
    m_tabs->addTab(stepsTab, tr("Loans and taxes"));

    // The papers.
    auto *printRow = new QHBoxLayout;
    m_paper = new QComboBox(right);
    m_paper->addItem(SalesDocuments::summaryTitle(), QStringLiteral("summary"));
    m_paper->addItem(PaymentScheduleReport::tr("Payment schedule"), QStringLiteral("schedule"));
    for (const QString &step : SalesDocuments::checklistSteps())
        m_paper->addItem(SalesDocuments::checklistTitle(step), step);
    printRow->addWidget(new QLabel(tr("Paper:"), right));
    printRow->addWidget(m_paper, 1);
    connect(button(tr("Print preview…"), right, printRow), &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (id == 0)
            return say(tr("Select a contract first."), true);
        const QString paper = m_paper->currentData().toString();
        try {
            const QString html = paper == QLatin1String("summary")    ? SalesDocuments::summaryHtml(m_session, id)
                                 : paper == QLatin1String("schedule") ? PaymentScheduleReport::html(m_session, id)
                                                                      : SalesDocuments::checklistHtml(m_session, id, paper);
            PrintPreview::show(this, html, m_paper->currentText());
        } catch (const Error &e) {
            say(e.message(), true);
        }
    });
    connect(button(tr("Save as PDF…"), right, printRow), &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_paper->currentText(), m_paper->currentText() + QStringLiteral(".pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writePaper(m_paper->currentData().toString(), path);
    });
    rightLayout->addLayout(printRow);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 900});
    layout->addWidget(split, 1);

    if (!Permissions::allows(m_session.role, Action::WriteContracts)) {
        newBox->setEnabled(false);
        for (int i = 0; i < m_tabs->count(); ++i)
            for (QPushButton *b : m_tabs->widget(i)->findChildren<QPushButton *>())
                b->setEnabled(false);
    }
    fillUnits();
    reload();
}

void ContractsPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void ContractsPage::fillUnits()
{
    m_unit->clear();
    try {
        for (const Unit &u : UnitRepository(m_session).list(QStringLiteral("available")))
            m_unit->addItem(tr("%1 — %2 yuan").arg(u.label(), PaymentScheduleReport::yuan(u.listPriceFen)), u.id);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

void ContractsPage::reload()
{
    const qint64 keep = selectedId();
    try {
        const QList<ContractRepository::Overview> rows = ContractRepository(m_session).overview(m_filter->text());
        const QSignalBlocker block(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const auto &o = rows.at(r);
            const QStringList cells = {o.number, o.buyer, o.unitLabel, Vocabulary::label(Vocabulary::contractStatuses(), o.status),
                                       PaymentScheduleReport::yuan(o.netFen)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, o.id);
                if (c == 4)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
        }
        m_table->resizeColumnsToContents();
    } catch (const Error &e) {
        say(e.message(), true);
    }
    if (!selectContract(keep))
        showSelected();
}

qint64 ContractsPage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(Qt::UserRole).toLongLong();
}

bool ContractsPage::selectContract(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
            showSelected();
            return true;
        }
    return false;
}

void ContractsPage::showSelected()
{
    const qint64 id = selectedId();
    m_questions->clear();
    m_installments->setRowCount(0);
    m_steps->setRowCount(0);
    if (id == 0) {
        m_detail->setText(tr("Select a contract, or create a draft above."));
        return;
    }
    try {
        ContractRepository contracts(m_session);
        const Contract c = contracts.get(id);
        const Client client = ClientRepository(m_session).get(c.clientId);
        QString facts = tr("<b>%1</b> — %2, %3").arg(c.number.toHtmlEscaped(), client.name.toHtmlEscaped(),
                                                      Vocabulary::label(Vocabulary::contractStatuses(), c.status).toHtmlEscaped());
        facts += QStringLiteral("<br/>")
                 + tr("Price %1 yuan, discount %2 yuan, payable %3 yuan")
                       .arg(PaymentScheduleReport::yuan(c.priceFen), PaymentScheduleReport::yuan(c.discountFen),
                            PaymentScheduleReport::yuan(c.priceFen - c.discountFen));
        facts += QStringLiteral("<br/>")
                 + (c.idVerifiedAt > 0 ? tr("Identity verified on %1").arg(OfficeTime::formatDateTime(c.idVerifiedAt))
                                       : tr("Identity not verified yet: verify it before signing"));
        if (!c.cancelReason.isEmpty())
            facts += QStringLiteral("<br/>") + tr("Cancelled: %1").arg(c.cancelReason.toHtmlEscaped());
        m_detail->setText(facts);
        m_coBuyers->setText(c.coBuyers);
        for (const auto &q : contracts.questions(id)) {
            auto *item = new QListWidgetItem(q.answer.isEmpty() ? tr("Q: %1 — not answered yet").arg(q.question)
                                                                : tr("Q: %1 — A: %2").arg(q.question, q.answer));
            item->setData(Qt::UserRole, q.id);
            if (q.answer.isEmpty())
                item->setForeground(StatePalette::foreground(DeadlineState::DueSoon));
            m_questions->addItem(item);
        }
        const QList<Installment> installments = PaymentPlanRepository(m_session).installments(id);
        QList<qint64> ids;
        for (const Installment &i : installments)
            ids << i.id;
        const auto deadlines = DeadlineRepository(m_session).latestForRecords(QStringLiteral("installments"), ids);
        const qint64 now = m_session.clock->nowMs();
        m_installments->setRowCount(int(installments.size()));
        for (int r = 0; r < installments.size(); ++r) {
            const Installment &i = installments.at(r);
            const QStringList cells = {QString::number(i.seq),
                                       i.label,
                                       i.dueOn.toString(Qt::ISODate),
                                       PaymentScheduleReport::yuan(i.amountFen),
                                       PaymentScheduleReport::yuan(i.paidFen),
                                       PaymentScheduleReport::yuan(i.amountFen - i.paidFen)};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                item->setData(Qt::UserRole, i.id);
                m_installments->setItem(r, col, item);
            }
            auto *deadline = new QTableWidgetItem;
            deadline->setData(Qt::UserRole, i.id);
            const auto byPolicy = deadlines.value(i.id);
            const auto it = byPolicy.constFind(QStringLiteral("installment"));
            DeadlineCell::show(deadline, it == byPolicy.constEnd() ? nullptr : &*it, now);
            m_installments->setItem(r, 6, deadline);
        }
        m_installments->resizeColumnsToContents();
        if (!installments.isEmpty()) {
            const QList<LoanTaxSteps::Step> steps = LoanTaxSteps(m_session).checklist(id);
            m_steps->setRowCount(int(steps.size()));
            for (int r = 0; r < steps.size(); ++r) {
                const auto &s = steps.at(r);
                const QString status = s.status == QLatin1String("done")       ? tr("Done")
                                       : s.status == QLatin1String("rejected") ? tr("Rejected")
                                                                               : tr("Pending");
                const QStringList cells = {LoanTaxSteps::stepLabel(s.step), status,
                                           s.doneOn.isValid() ? s.doneOn.toString(Qt::ISODate) : QString(), s.notes};
                for (int col = 0; col < cells.size(); ++col) {
                    auto *item = new QTableWidgetItem(cells.at(col));
                    item->setData(Qt::UserRole, s.id);
                    if (s.status == QLatin1String("rejected"))
                        item->setBackground(StatePalette::background(DeadlineState::Overdue));
                    else if (s.status == QLatin1String("done"))
                        item->setBackground(StatePalette::background(DeadlineState::Met));
                    m_steps->setItem(r, col, item);
                }
            }
            m_steps->resizeColumnsToContents();
        }
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool ContractsPage::act(const std::function<void(qint64)> &action, const QString &done)
{
    const qint64 id = selectedId();
    if (id == 0) {
        say(tr("Select a contract first."), true);
        return false;
    }
    try {
        action(id);
        say(done, false);
        fillUnits();
        reload();
        selectContract(id);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool ContractsPage::createDraft(const QString &clientPhone)
{
    try {
        const Client client = ClientRepository(m_session).findByPhone(clientPhone);
        if (client.id == 0)
            throw ValidationError(QStringLiteral("client"),
                                  tr("Client: no client has the phone \"%1\"; register them at the front desk first").arg(clientPhone));
        if (m_unit->currentIndex() < 0)
            throw ValidationError(QStringLiteral("unit"), tr("Unit: no unit is available"));
        const Unit unit = UnitRepository(m_session).get(m_unit->currentData().toLongLong());
        Contract c;
        c.number = m_number->text();
        c.clientId = client.id;
        c.unitId = unit.id;
        c.consultantId = client.consultantId > 0 ? client.consultantId : m_session.actorId;
        c.priceFen = unit.listPriceFen;
        c.discountFen = toFen(m_discount->value());
        ContractRepository(m_session).add(c);
        say(tr("Draft %1 created for %2; the unit is reserved.").arg(c.number, client.name), false);
        m_number->clear();
        m_phone->clear();
        m_discount->setValue(0);
        m_filter->clear();
        fillUnits();
        reload();
        selectContract(c.id);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

bool ContractsPage::verifyIdentity()
{
    return act(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            ContractRepository(m_session).verifyIdentity(c, m_idType->currentData().toString(), m_idNumber->text());
            m_idNumber->clear();
        },
        tr("Identity verified and recorded."));
}

bool ContractsPage::sign()
{
    return act(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            c.status = QStringLiteral("signed");
            c.signedOn = m_signDate->date();
            ContractRepository(m_session).update(c);
        },
        tr("Contract signed; the unit is contracted."));
}

bool ContractsPage::file()
{
    return act(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            c.status = QStringLiteral("filed");
            ContractRepository(m_session).update(c);
        },
        tr("Contract filed (备案)."));
}

bool ContractsPage::cancel()
{
    return act(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            c.status = QStringLiteral("cancelled");
            c.cancelReason = m_reason->text();
            ContractRepository(m_session).update(c);
            m_reason->clear();
        },
        tr("Contract cancelled; the unit is available again."));
}

bool ContractsPage::saveCoBuyers()
{
    return act(
        [this](qint64 id) {
            Contract c = ContractRepository(m_session).get(id);
            c.coBuyers = m_coBuyers->text();
            ContractRepository(m_session).update(c);
        },
        tr("Co-buyers saved."));
}

bool ContractsPage::askQuestion()
{
    return act(
        [this](qint64 id) {
            ContractRepository(m_session).addQuestion(id, m_question->text());
            m_question->clear();
        },
        tr("Question recorded; answer it before signing."));
}

bool ContractsPage::answerQuestion()
{
    QListWidgetItem *item = m_questions->currentItem();
    if (!item) {
        say(tr("Select a question first."), true);
        return false;
    }
    const qint64 question = item->data(Qt::UserRole).toLongLong();
    return act(
        [this, question](qint64) {
            ContractRepository(m_session).answerQuestion(question, m_answer->text());
            m_answer->clear();
        },
        tr("Answer recorded."));
}

bool ContractsPage::createPlan()
{
    return act([this](qint64 id) { PaymentPlanRepository(m_session).create(id, m_planKind->currentData().toString(), m_planStart->date()); },
               tr("Payment plan created; every installment is watched until paid."));
}

bool ContractsPage::recordReceipt()
{
    const QList<QTableWidgetItem *> selected = m_installments->selectedItems();
    if (selected.isEmpty()) {
        say(tr("Select an installment first."), true);
        return false;
    }
    const qint64 installment = selected.constFirst()->data(Qt::UserRole).toLongLong();
    return act(
        [this, installment](qint64) {
            PaymentPlanRepository(m_session).addReceipt(installment, toFen(m_amount->value()), m_receivedOn->date(), m_method->text());
            m_amount->setValue(0);
        },
        tr("Receipt recorded."));
}

bool ContractsPage::markStep(const QString &status)
{
    const QList<QTableWidgetItem *> selected = m_steps->selectedItems();
    if (selected.isEmpty()) {
        say(tr("Select a step first."), true);
        return false;
    }
    const qint64 step = selected.constFirst()->data(Qt::UserRole).toLongLong();
    return act([this, step, status](qint64) { LoanTaxSteps(m_session).mark(step, status, m_stepDate->date(), m_stepNotes->text()); },
               status == QLatin1String("rejected") ? tr("Rejection recorded; the consultant and the supervisors have a task today.")
                                                   : tr("Step recorded."));
}

bool ContractsPage::writePaper(const QString &paper, const QString &path)
{
    const qint64 id = selectedId();
    if (id == 0) {
        say(tr("Select a contract first."), true);
        return false;
    }
    try {
        QString html, title;
        if (paper == QLatin1String("summary")) {
            html = SalesDocuments::summaryHtml(m_session, id);
            title = SalesDocuments::summaryTitle();
        } else if (paper == QLatin1String("schedule")) {
            html = PaymentScheduleReport::html(m_session, id);
            title = PaymentScheduleReport::tr("Payment schedule");
        } else {
            html = SalesDocuments::checklistHtml(m_session, id, paper);
            title = SalesDocuments::checklistTitle(paper);
        }
        ReportPrinter::writePdf(html, title, path);
        say(tr("%1 written to %2.").arg(title, path), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

} // namespace estatedesk
