// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationResponder.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "repositories/ClientRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DeadlineRepository.h"
#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace estatedesk {

ConsultationResponder::ConsultationResponder(const Session &session, QWidget *shortcutHost, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("respondNote"));
    m_note->setPlaceholderText(tr("What was answered (optional), e.g. sent the price list"));
    m_button = new QPushButton(tr("Respond (Ctrl+R)"), this);
    m_button->setObjectName(QStringLiteral("respondButton"));
    m_button->setToolTip(tr("Records the response to the selected consultation: its 15-minute clock stops."));
    layout->addWidget(m_note, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ConsultationResponder::respond);
    connect(m_note, &QLineEdit::returnPressed, this, &ConsultationResponder::respond);
    if (!Permissions::allows(m_session.role, Action::RespondConsultation)) {
        hide();
        return;
    }
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), shortcutHost);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ConsultationResponder::respond);
    setConsultation(0);
}

void ConsultationResponder::setConsultation(qint64 consultationId)
{
    m_consultationId = consultationId;
    m_button->setEnabled(consultationId > 0);
    m_note->setEnabled(consultationId > 0);
}

bool ConsultationResponder::respond()
{
    if (m_consultationId <= 0 || isHidden())
        return false;
    try {
        const Consultation c = ConsultationRepository(m_session).respond(m_consultationId, m_note->text());
        const auto item = DeadlineRepository(m_session).find(QStringLiteral("consultation-response"),
                                                             QStringLiteral("consultations"), c.id);
        const QString state =
            item ? DeadlineEngine::stateLabel(item->stateAt(m_session.clock->nowMs())) : QString();
        const QString message = tr("Answered the consultation of %1 at %2: %3.")
                                    .arg(ClientRepository(m_session).get(c.clientId).name,
                                         OfficeTime::formatDateTime(c.respondedAt), state);
        m_note->clear();
        setConsultation(0);
        emit responded(c.id, c.clientId, message);
        return true;
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
}

} // namespace estatedesk
