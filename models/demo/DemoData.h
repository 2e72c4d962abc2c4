// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QCoreApplication>
#include <functional>

namespace estatedesk {

// Realistic, deterministic sample office data in proportion to the number of clients: staff of
// every role, units, clients with plausible Chinese names and unique phones, about ten service
// records per client over the past year, consultations, viewings, contracts and complaints, some
// of them past their deadlines. Everything in one transaction with prepared statements.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    struct Counts
    {
        qint64 staff = 0, units = 0, clients = 0, serviceRecords = 0, consultations = 0, appointments = 0,
               contracts = 0, complaints = 0, handovers = 0;
    };

    // Refuses (ValidationError "clients") a database that already holds clients.
    static Counts generate(const Session &session, int clients, quint64 seed = 1,
                           const std::function<void(int percent)> &progress = {});
};

} // namespace estatedesk
