// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace estatedesk {

class ConsultationResponder;

// The reception desk (前台): find a caller or visitor as you type, see at once whether they are
// new or returning (判客), and register the visit or call with the keyboard alone. The
// consultations awaiting a response (calls and messages outside office hours among them, marked)
// are listed with their live countdown and answered from the list.
class FrontDeskPage : public QWidget
{
    Q_OBJECT
public:
    explicit FrontDeskPage(const Session &session, QWidget *parent = nullptr);

    // Re-reads the consultations awaiting a response, keeping the selected one.
    void refreshQueue();
    void refreshRotation();
    // The number this desk was told is new asked again: another desk may have registered it since.
    void recheckNewNumber();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void registered(qint64 clientId);
    void openClient(qint64 clientId);
    void consultationAnswered(qint64 clientId);

private:
    // Registers what the form holds; returns false (after saying why, naming the field) on error.
    bool registerVisit();
    // Empties the form, the search and the banner (Escape, the Clear button, after registering).
    void clearForm();
    // Esc pressed while combo's list is open closes the list and does not clear the form.
    void keepEscapeInList(QComboBox *combo);
    // Sets a consultant's status on today's board (the combobox in the board calls this).
    bool setRotationStatus(qint64 staffId, const QString &status);
    // Supervisors: moves the selected consultant one place up (-1) or down (+1).
    bool moveSelected(int delta);
    QVBoxLayout *buildSearch();
    QGroupBox *buildRegisterForm();
    QGroupBox *buildRotation();
    void setKeyboardOrder();
    // The banner over the form; its "verdict" property ("new", "returning", "error" or empty)
    // says which, whatever the language.
    enum class Verdict
    {
        None,
        New,
        Returning,
        Error
    };
    void showVerdict(Verdict verdict, const QString &text);
    void search(const QString &text);
    // New or returning for a phone typed in the search box or the phone field; the form keeps
    // the details of that client only (fromSearch: the phone field was filled by the search too).
    void identify(const QString &text, bool fromSearch);
    void tickQueue();

    Session m_session;
    QLineEdit *m_search;
    QTableWidget *m_results;
    QLabel *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QLineEdit *m_occupation;
    QComboBox *m_channel;
    QList<QCheckBox *> m_interests;
    QLineEdit *m_needs;
    QSpinBox *m_budget;
    QLineEdit *m_notes;
    QPushButton *m_register;
    QPushButton *m_clear;
    QLabel *m_status;
    QTableWidget *m_queue;
    ConsultationResponder *m_responder;
    QTimer *m_tick;
    qint64 m_filledFrom = 0; // the returning client whose details the form shows
    QTableWidget *m_rotation;
    QLabel *m_next;
};

} // namespace estatedesk
