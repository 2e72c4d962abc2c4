// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crash: writes clients (each with a service record) into the database given on the
// command line, one transaction each, and prints the id of every committed client on its own
// line. The test kills it with SIGKILL at random moments.
// With --backup SOURCE TARGET it writes backups of SOURCE to TARGET over and over instead,
// printing "start" before each one and "done" after it.
#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Entities.h"
#include "repositories/ClientRepository.h"
#include "repositories/ServiceRecordRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cstdio>

using namespace estatedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--backup") {
        try {
            Database source(DatabaseConfig::sqlite(QString::fromLocal8Bit(argv[2])));
            source.open();
            for (;;) {
                std::printf("start\n");
                std::fflush(stdout);
                Backup::write(source, QString::fromLocal8Bit(argv[3]));
                std::printf("done\n");
                std::fflush(stdout);
            }
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
    }
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 firstNumber = QByteArray(argv[2]).toLongLong();
    FixedClock clock(1'790'000'000'000);
    try {
        Database db(DatabaseConfig::sqlite(path));
        db.open();
        Migrations::migrate(db);
        Session session{&db, &clock, 0};
        for (qint64 n = firstNumber;; ++n) {
            Transaction tx(db);
            Client c;
            c.name = QStringLiteral("压力测试%1").arg(n);
            c.phone = QStringLiteral("+86135%1").arg(n, 8, 10, QLatin1Char('0'));
            ClientRepository(session).add(c);
            ServiceRecord r;
            r.clientId = c.id;
            r.at = clock.nowMs();
            r.kind = QStringLiteral("call");
            r.content = QStringLiteral("来电");
            ServiceRecordRepository(session).add(r);
            tx.commit();
            // Reported only after the commit returned.
            std::printf("%lld\n", static_cast<long long>(n));
            std::fflush(stdout);
            clock.advance(1000);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
