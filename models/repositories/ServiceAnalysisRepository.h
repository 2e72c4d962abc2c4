// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace estatedesk {

// The month's service data, grouped in the database (seed 三.(三)3: 定期整理服务数据，分析客户需求，
// 优化服务流程). Each method is one grouped query; supervisors and administrators only.
//
// What clients ask for counts the consultations received in [from, to): their channel, the
// interests they named (one consultation may name several), their budget in bands.
//
// The path from first visit to contract follows the clients whose first consultation (the
// earliest of all their consultations, whatever the channel) was received in [from, to): the
// channel of that first consultation, the consultant the client is assigned to, whether the
// client has had a viewing (checked in or done, starting before "now") and whether they have a
// contract (signed or filed, signed on or before today; cancelled contracts do not count).
class ServiceAnalysisRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceAnalysisRepository)
public:
    struct Count
    {
        QString key;     // channel, interest, band, layout or sample unit
        int count = 0;   // consultations, contracts or viewings
        int clients = 0; // distinct clients among them
    };
    struct Path
    {
        QString channel;         // of the first consultation
        qint64 consultantId = 0; // the client's consultant, 0: none assigned
        QString consultantName;
        int clients = 0;  // first visit in the month
        int viewed = 0;   // of them, with a viewing by now
        int signedUp = 0; // of them, with a contract by now
        int viewedAndSigned = 0;
    };

    explicit ServiceAnalysisRepository(const Session &session);

    // Consultations received in the span and the distinct clients they came from.
    Count consultations(qint64 from, qint64 to) const;
    QList<Count> channels(qint64 from, qint64 to) const;    // most first
    QList<Count> interests(qint64 from, qint64 to) const;   // every interest, in vocabulary order
    QList<Count> budgetBands(qint64 from, qint64 to) const; // budgetBandKeys() order, every band
    QList<Count> unitTypesSigned(const QDate &first,
                                 const QDate &end) const; // contracts signed in [first, end), by layout
    QList<Count> sampleUnitsViewed(qint64 from,
                                   qint64 to) const; // viewings checked in or done, by sample unit
    // One row per (first channel, consultant) of the clients whose first visit fell in the span.
    QList<Path> paths(qint64 from, qint64 to) const;

    // Budget bands in 10,000 yuan: "none", "lt200", "200-300", "300-400", "400-500", "ge500".
    static QStringList budgetBandKeys();
    static QString budgetBandLabel(const QString &key);

private:
    Session m_session;
};

} // namespace estatedesk
