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
    QTableView *recordsView() const { return m_records; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *staffFilter() const { return m_staffFilter; }
    QListWidget *followUps() const { return m_followUps; }
    bool addFollowUp(const QDate &due, const QString &task);
    bool completeSelectedFollowUp();
    QPushButton *revealButton() const { return m_reveal; }
    QString shownPhone() const;
    // The full phone of a masked client, for a role that may; audited.
    void revealPhone();
    // Supervisors: erases the client's personal data on request (PIPL art. 47) after a
    // confirmation that names what the law keeps; audited. False when cancelled or refused.
    bool erasePersonalData();
    QPushButton *eraseButton() const { return m_erase; }
    // Opens the editor of the shown client (not modal to the application: it is shown and this
    // returns at once); null when no client is shown or the role may not change clients.
    ClientEditDialog *editClient();
    // Logs a call, WeChat conversation, visit, message or other act on the shown client.
    bool logAct(const QString &kind, const QString &content, const QString &result);
    QComboBox *actKindBox() const { return m_actKind; }
    QLineEdit *actContentEdit() const { return m_actContent; }
    QLineEdit *actResultEdit() const { return m_actResult; }
    QPushButton *logActButton() const { return m_logAct; }
    // The oldest consultation of the shown client still awaiting a response, and its Respond.
    QLabel *awaitingLabel() const { return m_awaiting; }
    ConsultationResponder *responder() const { return m_responder; }

signals:
    void failed(const QString &message);
    // The client's fields, or their consultations, changed here (lists and the dashboard refresh).
    void clientChanged(qint64 clientId);
    void consultationAnswered(qint64 clientId);

private:
    QLayout *buildTitleRow();
    QLayout *buildFacts();
    void buildActRow(QVBoxLayout *layout);
    void buildFollowUps(QVBoxLayout *layout);
    void buildRecords(QVBoxLayout *layout);
    Session m_session;
    qint64 m_clientId = 0;
    QLabel *m_title;
    QLabel *m_phone;
    QPushButton *m_reveal;
    QPushButton *m_erase;
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
