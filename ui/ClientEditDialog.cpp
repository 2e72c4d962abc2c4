// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientEditDialog.h"

#include "StatePalette.h"
#include "core/Errors.h"
#include "core/Phone.h"
#include "domain/Vocabulary.h"
#include "repositories/ClientRepository.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    } catch (const Error &e) {
        m_status->setText(e.message());
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (m_notesHidden) {
        m_notes->setReadOnly(true);
        m_notes->setPlaceholderText(tr("Hidden from your role"));
    }
    resize(460, sizeHint().height());
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
            const Client before = m_loaded;
            m_loaded = latest;
            Client shown = latest;
            if (mine.name != before.name)
                shown.name = mine.name;
            if (mine.phone != before.phone)
                shown.phone = mine.phone;
            if (mine.gender != before.gender)
                shown.gender = mine.gender;
            if (mine.occupation != before.occupation)
                shown.occupation = mine.occupation;
            if (mine.source != before.source)
                shown.source = mine.source;
            if (mine.notes != before.notes)
                shown.notes = mine.notes;
            fill(shown);
            m_status->setText(
                tr("Someone else changed this client while you were editing. Nothing was saved. Their "
                   "changes are now shown and what you typed is kept: check it and save again."));
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
