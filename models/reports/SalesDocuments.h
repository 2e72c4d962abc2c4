// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace estatedesk {

// The printed papers of a sale (seed 二.(二)): the contract summary sheet, and for each step —
// signing, the loan steps, the taxes and fees, registration — the checklist of documents the
// client brings (the templates the seed asks the office to provide, 二.(二)2(2)). HTML for
// ReportPrinter; identity numbers and phones masked as the session's role requires.
class SalesDocuments
{
    Q_DECLARE_TR_FUNCTIONS(SalesDocuments)
public:
    // signing, loan_application, bank_approval, disbursement, deed_tax, maintenance_fund, registration
    static QStringList checklistSteps();
    static QString stepLabel(const QString &step);
    // What the client brings for a step (translated; the office's standard list).
    static QStringList documents(const QString &step);
    static QString checklistHtml(const Session &session, qint64 contractId, const QString &step);
    static QString checklistTitle(const QString &step);

    static QString summaryHtml(const Session &session, qint64 contractId);
    static QString summaryTitle();
};

} // namespace estatedesk
