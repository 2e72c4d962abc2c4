// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace estatedesk {

// "Respond" to one consultation, the one selected where it is placed (the front desk's list of
// consultations awaiting a response, the dashboard, the client panel): what was said, then the
// button or Ctrl+R anywhere on the host page. The models stop the 15-minute clock and write the
// service record; roles that may not answer consultations do not get the controls.
class ConsultationResponder : public QWidget
{
    Q_OBJECT
public:
    ConsultationResponder(const Session &session, QWidget *shortcutHost, QWidget *parent = nullptr);

    // The consultation the button answers; 0 disables it (nothing selected, or not a consultation).
    void setConsultation(qint64 consultationId);

signals:
    // message says whose consultation was answered and whether in time.
    void responded(qint64 consultationId, qint64 clientId, const QString &message);
    void failed(const QString &message);

private:
    // Records the response; false (after emitting failed) when the models refuse.
    bool respond();
    Session m_session;
    qint64 m_consultationId = 0;
    QLineEdit *m_note;
    QPushButton *m_button;
};

} // namespace estatedesk
