// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordAction.h"
#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace estatedesk {

// The selected contract itself: the buyer's identity check, signing and filing, the co-buyers,
// and cancelling with a reason.
class ContractTab : public QWidget
{
    Q_OBJECT
public:
    ContractTab(const Session &session, const RecordAction &act, QWidget *parent = nullptr);

    void showContract(const Contract &contract);
    // Empties what was typed for another contract: document number, signing date, reason.
    void clearTyping();
    bool verifyIdentity();
    bool sign();
    bool file();
    bool cancel();
    bool saveCoBuyers();

private:
    // Reads the selected contract, lets change() alter it, and saves it, as one action.
    bool update(const std::function<void(Contract &)> &change, const QString &done);

    Session m_session;
    RecordAction m_act;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    QDateEdit *m_signDate;
    QLineEdit *m_reason;
    QLineEdit *m_coBuyers;
};

} // namespace estatedesk
