// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractsPage.h"
#include "FileDialogs.h"

#include "PrintPreview.h"
#include "RecordTable.h"
#include "StatePalette.h"
#include "contracts/ContractForms.h"
#include "contracts/ContractPaymentTab.h"
#include "contracts/ContractQuestionsTab.h"
#include "contracts/ContractStepsTab.h"
#include "contracts/ContractTab.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "print/ReportPrinter.h"
#include "reports/PaymentScheduleReport.h"
#include "reports/SalesDocuments.h"
#include "repositories/ClientRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/UnitRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace estatedesk {

using ContractForms::button;

ContractsPage::ContractsPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_act.selectedId = [this] { return selectedId(); };
    m_act.selectFirst = tr("Select a contract first.");
    m_act.say = [this](const QString &text, bool error) { say(text, error); };
    m_act.reload = [this](qint64 id) {
        fillUnits();
        reload();
        selectContract(id);
    };
    auto *layout = new QVBoxLayout(this);
    QGroupBox *newBox = buildNewDraft();
    layout->addWidget(newBox);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("contractFilter"));
    m_filter->setPlaceholderText(tr("Find a contract by number or buyer"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &ContractsPage::reload);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = RecordTable::create(
        {tr("Number"), tr("Buyer"), tr("Unit"), tr("Status"), tr("Price payable (yuan)")}, split);
    m_table->setObjectName(QStringLiteral("contractList"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContractsPage::showSelected);
    split->addWidget(m_table);
    split->addWidget(buildDetails(split));
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

// The new draft: the buyer's phone, an available unit, the number and the discount.
QGroupBox *ContractsPage::buildNewDraft()
{
    auto *newBox = new QGroupBox(tr("New contract (draft: reserves the unit)"), this);
    auto *newRow = new QHBoxLayout(newBox);
    m_phone = new QLineEdit(newBox);
    m_phone->setObjectName(QStringLiteral("contractPhone"));
    m_phone->setPlaceholderText(tr("the buyer's phone"));
    m_unit = new QComboBox(newBox);
    m_unit->setObjectName(QStringLiteral("contractUnit"));
    m_unit->setMinimumContentsLength(24);
    m_number = new QLineEdit(newBox);
    m_number->setObjectName(QStringLiteral("contractNumber"));
    m_number->setPlaceholderText(tr("contract number"));
    m_discount = new QDoubleSpinBox(newBox);
    m_discount->setObjectName(QStringLiteral("contractDiscount"));
    m_discount->setRange(0, 1e9);
    m_discount->setDecimals(2);
    m_discount->setPrefix(tr("discount ¥"));
    newRow->addWidget(m_phone, 1);
    newRow->addWidget(m_unit, 2);
    newRow->addWidget(m_number, 1);
    newRow->addWidget(m_discount);
    connect(button(tr("Create draft"), "createDraftButton", newBox, newRow), &QPushButton::clicked, this,
            [this] { createDraft(m_phone->text()); });
    return newBox;
}

// The selected contract: its facts, its tabs, its papers and the status line.
QWidget *ContractsPage::buildDetails(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(right);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_detail);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("contractTabs"));
    m_contract = new ContractTab(m_session, m_act, m_tabs);
    m_questions = new ContractQuestionsTab(m_session, m_act, m_tabs);
    m_payment = new ContractPaymentTab(m_session, m_act, m_tabs);
    m_steps = new ContractStepsTab(m_session, m_act, m_tabs);
    m_tabs->addTab(m_contract, tr("Contract"));
    m_tabs->addTab(m_questions, tr("Questions"));
    m_tabs->addTab(m_payment, tr("Payment"));
    m_tabs->addTab(m_steps, tr("Loans and taxes"));
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addLayout(buildPapers(right));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("contractsMessage"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    return right;
}

QLayout *ContractsPage::buildPapers(QWidget *parent)
{
    auto *printRow = new QHBoxLayout;
    m_paper = new QComboBox(parent);
    m_paper->setObjectName(QStringLiteral("paperBox"));
    m_paper->addItem(SalesDocuments::summaryTitle(), QStringLiteral("summary"));
    m_paper->addItem(PaymentScheduleReport::tr("Payment schedule"), QStringLiteral("schedule"));
    for (const QString &step : SalesDocuments::checklistSteps())
        m_paper->addItem(SalesDocuments::checklistTitle(step), step);
    printRow->addWidget(new QLabel(tr("Paper:"), parent));
    printRow->addWidget(m_paper, 1);
    connect(button(tr("Print preview…"), "paperPreviewButton", parent, printRow), &QPushButton::clicked, this,
            &ContractsPage::previewPaper);
    connect(button(tr("Save as PDF…"), "paperSaveButton", parent, printRow), &QPushButton::clicked, this,
            [this] {
                const QString path = FileDialogs::saveFile(this, m_paper->currentText(),
                                                           m_paper->currentText() + QStringLiteral(".pdf"),
                                                           tr("PDF files (*.pdf)"));
                if (!path.isEmpty())
                    writePaper(m_paper->currentData().toString(), path);
            });
    return printRow;
}

void ContractsPage::previewPaper()
{
    const QString paper = m_paper->currentData().toString();
    m_act.run(
        [&](qint64 id) {
            PrintPreview::show(this, paperHtml(paper, id), m_paper->currentText());
            return QString();
        },
        RecordAction::Then::Nothing);
}

void ContractsPage::say(const QString &text, bool error)
{
    StatePalette::showStatus(m_status, text, error);
}

void ContractsPage::fillUnits()
{
    m_unit->clear();
    try {
        for (const Unit &u : UnitRepository(m_session).list(Vocabulary::UnitState::Available))
            m_unit->addItem(tr("%1 — %2 yuan").arg(u.label(), PaymentScheduleReport::yuan(u.listPriceFen)),
                            u.id);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

void ContractsPage::reload()
{
    const qint64 keep = selectedId();
    try {
        const QList<ContractRepository::Overview> rows =
            ContractRepository(m_session).overview(m_filter->text());
        const QSignalBlocker block(m_table);
        QList<QStringList> cells;
        QList<qint64> ids;
        for (const auto &o : rows) {
            cells << QStringList{o.number, o.buyer, o.unitLabel,
                                 Vocabulary::label(Vocabulary::contractStatuses(), o.status),
                                 PaymentScheduleReport::yuan(o.netFen)};
            ids << o.id;
        }
        RecordTable::fill(m_table, cells, ids);
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->item(r, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        RecordTable::fitColumns(m_table);
    } catch (const Error &e) {
        say(e.message(), true);
    }
    if (!selectContract(keep))
        showSelected();
}

qint64 ContractsPage::selectedId() const
{
    return RecordTable::selectedId(m_table);
}

bool ContractsPage::selectContract(qint64 id)
{
    const int row = RecordTable::select(m_table, id);
    if (row < 0)
        return false;
    m_table->scrollToItem(m_table->item(row, 0));
    showSelected();
    return true;
}

void ContractsPage::showSelected()
{
    const qint64 id = selectedId();
    m_questions->showContract(0);
    m_payment->showContract(0);
    m_steps->showContract(0);
    if (id != m_shownId) { // nothing said or typed for the previous contract carries over
        m_shownId = id;
        say(QString(), false);
        m_contract->clearTyping();
        m_questions->clearTyping();
        m_payment->clearTyping();
        m_steps->clearTyping();
    }
    if (id == 0) {
        m_detail->setText(tr("Select a contract, or create a draft above."));
        return;
    }
    try {
        const Contract c = ContractRepository(m_session).get(id);
        const Client client = ClientRepository(m_session).get(c.clientId);
        QString facts = tr("<b>%1</b> — %2, %3")
                            .arg(c.number.toHtmlEscaped(), client.name.toHtmlEscaped(),
                                 Vocabulary::label(Vocabulary::contractStatuses(), c.status).toHtmlEscaped());
        facts += QStringLiteral("<br/>") + tr("Price %1 yuan, discount %2 yuan, payable %3 yuan")
                                               .arg(PaymentScheduleReport::yuan(c.priceFen),
                                                    PaymentScheduleReport::yuan(c.discountFen),
                                                    PaymentScheduleReport::yuan(c.priceFen - c.discountFen));
        facts += QStringLiteral("<br/>") +
                 (c.idVerifiedAt > 0
                      ? tr("Identity verified on %1").arg(OfficeTime::formatDateTime(c.idVerifiedAt))
                      : tr("Identity not verified yet: verify it before signing"));
        if (!c.cancelReason.isEmpty())
            facts += QStringLiteral("<br/>") + tr("Cancelled: %1").arg(c.cancelReason.toHtmlEscaped());
        m_detail->setText(facts);
        m_contract->showContract(c);
        m_questions->showContract(id);
        if (m_payment->showContract(id))
            m_steps->showContract(id);
    } catch (const Error &e) {
        say(e.message(), true);
    }
}

bool ContractsPage::createDraft(const QString &clientPhone)
{
    try {
        const Client client = ClientRepository(m_session).findByPhone(clientPhone);
        if (client.id == 0)
            throw ValidationError(
                QStringLiteral("client"),
                tr("Client: no client has the phone \"%1\"; register them at the front desk first")
                    .arg(clientPhone));
        if (m_unit->currentIndex() < 0)
            throw ValidationError(QStringLiteral("unit"), tr("Unit: no unit is available"));
        const Unit unit = UnitRepository(m_session).get(m_unit->currentData().toLongLong());
        Contract c;
        c.number = m_number->text();
        c.clientId = client.id;
        c.unitId = unit.id;
        c.consultantId = client.consultantId > 0 ? client.consultantId : m_session.actorId;
        c.priceFen = unit.listPriceFen;
        c.discountFen = ContractForms::toFen(m_discount->value());
        ContractRepository(m_session).add(c);
        m_number->clear();
        m_phone->clear();
        m_discount->setValue(0);
        m_filter->clear();
        m_act.reload(c.id); // shows the new draft with clean forms, so said after it
        say(tr("Draft %1 created for %2; the unit is reserved.").arg(c.number, client.name), false);
        return true;
    } catch (const Error &e) {
        say(e.message(), true);
        return false;
    }
}

// The paper of contract id as HTML, and its title: the contract summary, the payment schedule, or a
// checklist.
QString ContractsPage::paperHtml(const QString &paper, qint64 id, QString *title) const
{
    if (paper == QLatin1String("summary")) {
        if (title)
            *title = SalesDocuments::summaryTitle();
        return SalesDocuments::summaryHtml(m_session, id);
    }
    if (paper == QLatin1String("schedule")) {
        if (title)
            *title = PaymentScheduleReport::tr("Payment schedule");
        return PaymentScheduleReport::html(m_session, id);
    }
    if (title)
        *title = SalesDocuments::checklistTitle(paper);
    return SalesDocuments::checklistHtml(m_session, id, paper);
}

bool ContractsPage::writePaper(const QString &paper, const QString &path)
{
    return m_act.run(
        [&](qint64 id) {
            QString title;
            ReportPrinter::writePdf(paperHtml(paper, id, &title), title, path);
            return tr("%1 written to %2.").arg(title, path);
        },
        RecordAction::Then::Nothing);
}

} // namespace estatedesk
