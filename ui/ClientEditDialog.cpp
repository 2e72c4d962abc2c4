// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientEditDialog.h"

#include "StatePalette.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace estatedesk {

namespace {

void fillVocabulary(QComboBox *box, const QList<Vocabulary::Entry> &entries)
{
    box->addItem(ClientEditDialog::tr("(not given)"), QString());
    for (const Vocabulary::Entry &e : entries)
        box->addItem(e.label, e.key);
}

// Return in a field runs `act` instead of reaching the dialog (whose default button is Save).
class ReturnRuns : public QObject
{
public:
    ReturnRuns(QObject *parent, std::function<void()> act) : QObject(parent), m_act(std::move(act)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_act();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_act;
};

} // namespace

ClientEditDialog::ClientEditDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("clientEditDialog"));
    setWindowTitle(tr("Edit client"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("editPhone"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("editGender"));
    fillVocabulary(m_gender, Vocabulary::genders());
    m_occupation = new QLineEdit(this);
    m_occupation->setObjectName(QStringLiteral("editOccupation"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("editSource"));
    fillVocabulary(m_source, Vocabulary::sourceChannels());
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("editNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Other phones:"), buildOtherPhones());
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Occupation:"), m_occupation);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Notes:"), m_notes);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clientEditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("clientEditSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    try {
        m_loaded = ClientRepository(m_session).get(clientId);
        m_notesHidden = !Permissions::seesFullClient(m_session, m_loaded.consultantId);
        fill(m_loaded);
        showOtherPhones();
    } catch (const Error &e) {
        m_status->setText(e.message());
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (m_notesHidden) {
        m_notes->setReadOnly(true);
        m_notes->setPlaceholderText(tr("Hidden from your role"));
    }
    resize(std::max(520, sizeHint().width()), sizeHint().height());
}

void ClientEditDialog::fill(const Client &c)
{
    setWindowTitle(tr("Edit client %1 (No. %2)").arg(c.name).arg(c.id));
    m_name->setText(c.name);
    m_phone->setText(Phone::display(c.phone));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(c.gender)));
    m_occupation->setText(c.occupation);
    m_source->setCurrentIndex(std::max(0, m_source->findData(c.source)));
    m_notes->setPlainText(c.notes);
}

QWidget *ClientEditDialog::buildOtherPhones()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_otherPhones = new QListWidget(box);
    m_otherPhones->setObjectName(QStringLiteral("editOtherPhones"));
    m_otherPhones->setMaximumHeight(m_otherPhones->fontMetrics().lineSpacing() * 4 + 8);
    column->addWidget(m_otherPhones);
    auto *row = new QHBoxLayout;
    m_newPhone = new QLineEdit(box);
    m_newPhone->setObjectName(QStringLiteral("editNewOtherPhone"));
    m_newPhone->setPlaceholderText(tr("Another number"));
    m_newPhone->setMinimumWidth(
        m_newPhone->fontMetrics().horizontalAdvance(QStringLiteral("+86 139 0000 0000")));
    m_newLabel = new QLineEdit(box);
    m_newLabel->setObjectName(QStringLiteral("editNewOtherPhoneLabel"));
    m_newLabel->setPlaceholderText(tr("Label, e.g. work"));
    m_newLabel->setMaxLength(20);
    auto *add = new QPushButton(tr("Add number"), box);
    add->setObjectName(QStringLiteral("addOtherPhone"));
    add->setAutoDefault(false);
    m_removePhone = new QPushButton(tr("Remove number"), box);
    m_removePhone->setObjectName(QStringLiteral("removeOtherPhone"));
    m_removePhone->setAutoDefault(false);
    m_removePhone->setEnabled(false);
    row->addWidget(m_newPhone, 2);
    row->addWidget(m_newLabel, 1);
    row->addWidget(add);
    row->addWidget(m_removePhone);
    column->addLayout(row);
    box->setToolTip(tr("The front desk and the search find the client by these numbers too. Numbers are "
                       "added and removed at once."));
    connect(add, &QPushButton::clicked, this, &ClientEditDialog::addOtherPhone);
    // Return in the new number adds it, as the button does; it does not save and close the dialog.
    for (QLineEdit *field : {m_newPhone, m_newLabel})
        field->installEventFilter(new ReturnRuns(field, [this] { addOtherPhone(); }));
    connect(m_removePhone, &QPushButton::clicked, this, &ClientEditDialog::removeOtherPhone);
    connect(m_otherPhones, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removePhone->setEnabled(row >= 0); });
    return box;
}

void ClientEditDialog::showOtherPhones()
{
    m_otherPhones->clear();
    for (const OtherPhone &p : ClientPhones(m_session).of(m_loaded.id)) {
        const QString shown = p.phone.contains(u'*') ? p.phone : Phone::display(p.phone);
        auto *item = new QListWidgetItem(p.label.isEmpty() ? shown : tr("%1 (%2)").arg(shown, p.label));
        item->setData(Qt::UserRole, p.id);
        m_otherPhones->addItem(item);
    }
    m_removePhone->setEnabled(false);
}

void ClientEditDialog::showProblem(const QString &message)
{
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color:%1").arg(StatePalette::foreground(Tone::Alert).name()));
}

bool ClientEditDialog::addOtherPhone()
{
    try {
        ClientPhones(m_session).add(m_loaded.id, m_newPhone->text(), m_newLabel->text());
        showOtherPhones();
    } catch (const Error &e) {
        showProblem(e.message());
        m_newPhone->setFocus();
        return false;
    }
    m_newPhone->clear();
    m_newLabel->clear();
    m_status->clear();
    emit saved(m_loaded.id);
    return true;
}

bool ClientEditDialog::removeOtherPhone()
{
    const QListWidgetItem *item = m_otherPhones->currentItem();
    if (!item)
        return false;
    try {
        ClientPhones(m_session).removeEntry(m_loaded.id, item->data(Qt::UserRole).toLongLong());
        showOtherPhones();
    } catch (const Error &e) {
        showProblem(e.message());
        return false;
    }
    m_status->clear();
    emit saved(m_loaded.id);
    return true;
}

Client ClientEditDialog::edited() const
{
    Client c = m_loaded;
    c.name = m_name->text();
    if (m_phone->text() != Phone::display(m_loaded.phone))
        c.phone = m_phone->text();
    c.gender = m_gender->currentData().toString();
    c.occupation = m_occupation->text();
    c.source = m_source->currentData().toString();
    if (!m_notesHidden)
        c.notes = m_notes->toPlainText();
    return c;
}

QStringList ClientEditDialog::keepWhatWasTyped(const Client &mine, const Client &latest)
{
    const Client before = m_loaded;
    m_loaded = latest; // the next Save starts from their version
    Client shown = latest;
    const auto shownValue = [&latest](QString Client::*field) {
        const QString value = latest.*field;
        if (field == &Client::phone)
            return value.contains(u'*') ? value : Phone::display(value);
        if (field == &Client::gender)
            return Vocabulary::label(Vocabulary::genders(), value);
        if (field == &Client::source)
            return Vocabulary::sourceLabel(value, latest.sourceDetail);
        return value.size() > 40 ? value.left(40) + u'…' : value;
    };
    const QList<std::pair<QString Client::*, QString>> fields = {
        {&Client::name, tr("the name")},     {&Client::phone, tr("the phone")},
        {&Client::gender, tr("the gender")}, {&Client::occupation, tr("the occupation")},
        {&Client::source, tr("the source")}, {&Client::notes, tr("the notes")}};
    QStringList both; // fields both changed, with their value
    for (const auto &[field, name] : fields) {
        if (mine.*field == before.*field)
            continue;
        shown.*field = mine.*field;
        if (latest.*field != before.*field && latest.*field != mine.*field)
            both << tr("%1 (theirs: %2)").arg(name, shownValue(field));
    }
    fill(shown);
    return both;
}

bool ClientEditDialog::save()
{
    const QString red = QStringLiteral("color:%1").arg(StatePalette::foreground(Tone::Alert).name());
    const Client mine = edited(); // update() normalises its copy (and fills a masked phone in)
    Client c = mine;
    try {
        ClientRepository(m_session).update(c);
    } catch (const ConflictError &) {
        // Someone else saved meanwhile: show their version where the user changed nothing, keep
        // what the user typed; the next Save starts from their version.
        try {
            const Client latest = ClientRepository(m_session).get(m_loaded.id);
            const QStringList both = keepWhatWasTyped(mine, latest);
            m_status->setText(
                both.isEmpty()
                    ? tr("Someone else changed this client while you were editing. Nothing was saved. Their "
                         "changes are now shown and what you typed is kept: check it and save again.")
                    : tr("Someone else changed this client while you were editing. Nothing was saved. Their "
                         "changes are now shown and what you typed is kept: check it and save again. You both "
                         "changed %1: the form keeps yours; saving again replaces theirs.")
                          .arg(both.join(tr(", "))));
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
        m_status->setStyleSheet(red);
        resize(width(), std::max(height(), sizeHint().height())); // the whole message in view
        return false;
    } catch (const ValidationError &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(red);
        const QHash<QString, QWidget *> fields = {
            {QStringLiteral("name"), m_name},     {QStringLiteral("phone"), m_phone},
            {QStringLiteral("gender"), m_gender}, {QStringLiteral("occupation"), m_occupation},
            {QStringLiteral("source"), m_source}, {QStringLiteral("notes"), m_notes}};
        if (QWidget *w = fields.value(e.field()))
            w->setFocus();
        return false;
    } catch (const Error &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(red);
        return false;
    }
    emit saved(c.id);
    accept();
    return true;
}

} // namespace estatedesk
