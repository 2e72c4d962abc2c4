// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QLabel;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QLayout;
class QTableView;
class QVBoxLayout;

namespace estatedesk {

class ClientEditDialog;
class ConsultationResponder;
class ServiceRecordFilter;
class ServiceRecordModel;

// The selected client's details and service timeline.
class ClientDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClientDetailPanel(const Session &session, QWidget *parent = nullptr);
    void showClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }

signals:
    void failed(const QString &message);
    // The client's fields, or their consultations, changed here (lists and the dashboard refresh).
    void clientChanged(qint64 clientId);
    void consultationAnswered(qint64 clientId);
    // A client (0: none) was shown; erased: its personal data were erased, so nothing new is
    // recorded for it (the window disables what it offers for the selected client alike).
    void clientShown(qint64 clientId, bool erased);

private:
    bool addFollowUp(const QDate &due, const QString &task);
    bool completeSelectedFollowUp();
    // The full phone of a masked client, for a role that may; audited.
    void revealPhone();
    // Supervisors: erases the client's personal data on request (PIPL art. 47) after a
    // confirmation that names what the law keeps; audited. False when cancelled or refused.
    bool erasePersonalData();
    // Opens the editor of the shown client (not modal to the application: it is shown and this
    // returns at once); null when no client is shown or the role may not change clients.
    ClientEditDialog *editClient();
    // Logs a call, WeChat conversation, visit, message or other act on the shown client.
    bool logAct(const QString &kind, const QString &content, const QString &result);
    QLayout *buildTitleRow();
    QLayout *buildFacts();
    void buildActRow(QVBoxLayout *layout);
    void buildFollowUps(QVBoxLayout *layout);
    void buildRecords(QVBoxLayout *layout);
    // Offers what records something new about the shown client only while it is not erased; the
    // disabled controls say why (Erasure::refusal).
    void offerNewRecords(bool erased);
    Session m_session;
    qint64 m_clientId = 0;
    // The number revealed for the client shown (audited once): it stays shown while that client
    // does, also when the panel is read again because something changed (the reveal's own audit
    // entry is such a change), as long as the masked number is still the one revealed.
    qint64 m_revealedClient = 0;
    QString m_revealedPhone;
    QLabel *m_title;
    QLabel *m_phone;
    QPushButton *m_reveal;
    QPushButton *m_erase;
    QLabel *m_otherPhones;
    QLabel *m_gender;
    QLabel *m_occupation;
    QLabel *m_source;
    QLabel *m_interests;
    QLabel *m_consultant;
    QLabel *m_created;
    QLabel *m_notes;
    QTableView *m_records;
    ServiceRecordModel *m_recordModel;
    ServiceRecordFilter *m_recordFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_staffFilter;
    QListWidget *m_followUps;
    QDateEdit *m_followUpDue;
    QLineEdit *m_followUpTask;
    QPushButton *m_addFollowUp;
    QPushButton *m_edit;
    QComboBox *m_actKind;
    QLineEdit *m_actContent;
    QLineEdit *m_actResult;
    QPushButton *m_logAct;
    QLabel *m_awaiting;
    ConsultationResponder *m_responder;
    void reloadFollowUps();
    void reloadAwaiting();
};

} // namespace estatedesk
