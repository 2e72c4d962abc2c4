// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_office: one PC of a shared office. tst_office starts several at once on one
// database and lets them start together (each prints "ready" and waits for a line on standard
// input); each does one kind of work through the same models calls the screens use and prints
// one line per operation:
//   "ok …" done, "refused …" the data said no (a clear message the user sees; nothing lost),
//   "error …" anything else (a storage error, a deadlock: the user's input would be lost).
//
//   office_worker sqlite FILE | postgres CONN  then one of
//     init                         open the database as a first start does (upgrade, backup)
//     walk-in WORKER COUNT         register COUNT walk-ins at the front desk (reception)
//     receipt INSTALLMENT_IDS      pay each installment (comma-separated ids) in full
//     password NAME COUNT          COUNT wrong passwords for the account NAME
//     contract WORKER COUNT        draft contracts: number HT-n on the worker's own unit n, and
//                                  number HT-WORKER-n on the shared unit n
//     complaint WORKER COUNT       COUNT complaints of client 1
//     follow-ups                   the daily flagging of missed installments and payment follow-ups
//     merge KEEP DUPLICATE         merge the client DUPLICATE into KEEP
//     audit WORKER COUNT           COUNT units of work, each writing one to three audit entries
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/PaymentPlanRepository.h"
#include "repositories/StaffRepository.h"
#include "repositories/VisitRegistration.h"
#include "security/Accounts.h"
#include "storage/Database.h"
#include "storage/SchemaUpgrade.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cstdio>

using namespace estatedesk;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Runs one operation and reports how it ended.
template <typename F> void attempt(const QString &what, F &&operation)
{
    try {
        say(QStringLiteral("ok %1 %2").arg(what, operation()));
    } catch (const ValidationError &e) {
        say(QStringLiteral("refused %1 %2").arg(what, e.message()));
    } catch (const ConflictError &e) {
        say(QStringLiteral("error %1 conflict: %2").arg(what, e.message()));
    } catch (const AuthenticationError &e) {
        say(QStringLiteral("refused %1 %2").arg(what, e.message()));
    } catch (const NotFoundError &e) {
        say(QStringLiteral("refused %1 %2").arg(what, e.message()));
    } catch (const Error &e) {
        say(QStringLiteral("error %1 %2").arg(what, e.message()));
    }
}

qint64 staffId(const Session &session, const QString &name)
{
    for (const Staff &s : StaffRepository(session).list(false))
        if (s.name == name)
            return s.id;
    throw NotFoundError(QStringLiteral("no staff member %1").arg(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return 2;
    const DatabaseConfig config = args.at(0) == QLatin1String("postgres")
                                      ? DatabaseConfig::postgres(args.at(1))
                                      : DatabaseConfig::sqlite(args.at(1));
    const QString task = args.at(2);
    const auto number = [&args](int i) { return args.value(i).toLongLong(); };
    FixedClock clock(test::fridayMorning());
    try {
        Database db(config);
        db.open();
        Session session{&db, &clock, 0};
        // Every worker starts its work at the same moment: when the test says go.
        say(QStringLiteral("ready"));
        char go[8];
        if (!std::fgets(go, sizeof go, stdin))
            return 2;
        if (task == QLatin1String("init")) {
            attempt(QStringLiteral("init"), [&] {
                QString backup;
                const int version =
                    SchemaUpgrade::run(db, clock, [&backup](const QString &path) { backup = path; });
                return QStringLiteral("%1 %2").arg(version).arg(backup);
            });
        } else if (task == QLatin1String("walk-in")) {
            session.actorId = staffId(session, QStringLiteral("前台"));
            session.role = QStringLiteral("reception");
            for (qint64 n = 0; n < number(4); ++n)
                attempt(QStringLiteral("walk-in"), [&] {
                    VisitForm form;
                    form.name = QStringLiteral("来访%1-%2").arg(number(3)).arg(n);
                    form.phone = QStringLiteral("+86139%1%2")
                                     .arg(number(3), 2, 10, QLatin1Char('0'))
                                     .arg(n, 6, 10, QLatin1Char('0'));
                    const VisitResult r = VisitRegistration(session).registerVisit(form);
                    if (r.assignedTo.isEmpty())
                        throw ValidationError(QStringLiteral("staff"), r.notAssignedReason);
                    return QStringLiteral("%1 %2").arg(r.consultationId).arg(r.assignedTo);
                });
        } else if (task == QLatin1String("receipt")) {
            for (const QString &id : args.value(3).split(u','))
                attempt(QStringLiteral("receipt %1").arg(id), [&] {
                    const qint64 owed =
                        Sql::scalar(db.connection(),
                                    QStringLiteral("SELECT amount_fen FROM installments WHERE id = ?"),
                                    {id.toLongLong()})
                            .toLongLong();
                    PaymentPlanRepository(session).addReceipt(id.toLongLong(), owed, QDate(2026, 11, 27),
                                                              QStringLiteral("transfer"));
                    return QString::number(owed);
                });
        } else if (task == QLatin1String("password")) {
            for (qint64 n = 0; n < number(4); ++n)
                attempt(QStringLiteral("sign-in"), [&] {
                    Accounts(session).signIn(args.value(3), QStringLiteral("wrong password %1").arg(n));
                    return QStringLiteral("signed in with a wrong password");
                });
        } else if (task == QLatin1String("contract")) {
            const qint64 worker = number(3);
            for (qint64 n = 0; n < number(4); ++n) {
                const auto draft = [&](const QString &numberText, const QString &room) {
                    attempt(QStringLiteral("contract %1").arg(numberText), [&] {
                        Contract c;
                        c.number = numberText;
                        c.clientId = 1;
                        c.unitId = Sql::scalar(db.connection(),
                                               QStringLiteral("SELECT id FROM units WHERE room = ?"), {room})
                                       .toLongLong();
                        c.priceFen = 100'000'000;
                        ContractRepository(session).add(c);
                        return QString::number(c.id);
                    });
                };
                draft(QStringLiteral("HT-%1").arg(n), QStringLiteral("W%1-%2").arg(worker).arg(n));
                draft(QStringLiteral("HT-%1-%2").arg(worker).arg(n), QStringLiteral("S-%1").arg(n));
            }
        } else if (task == QLatin1String("complaint")) {
            for (qint64 n = 0; n < number(4); ++n)
                attempt(QStringLiteral("complaint"), [&] {
                    Complaint c;
                    c.clientId = 1;
                    c.description = QStringLiteral("投诉 %1-%2").arg(number(3)).arg(n);
                    ComplaintRepository(session).add(c);
                    return QString::number(c.id);
                });
        } else if (task == QLatin1String("follow-ups")) {
            attempt(QStringLiteral("flag"),
                    [&] { return QString::number(PaymentPlanRepository(session).flagMissedInstallments()); });
            attempt(QStringLiteral("schedule"),
                    [&] { return QString::number(PaymentPlanRepository(session).scheduleFollowUps()); });
        } else if (task == QLatin1String("merge")) {
            attempt(QStringLiteral("merge"), [&] {
                ClientRepository(session).merge(number(3), number(4));
                return QStringLiteral("%1 into %2").arg(number(4)).arg(number(3));
            });
        } else if (task == QLatin1String("audit")) {
            for (qint64 n = 0; n < number(4); ++n)
                attempt(QStringLiteral("audit"), [&] {
                    Transaction tx(db);
                    const int entries = 1 + int(n % 3);
                    for (int k = 0; k < entries; ++k)
                        AuditLog::write(session, QStringLiteral("update"), QStringLiteral("clients"), 1, {},
                                        {{QStringLiteral("worker"), number(3)},
                                         {QStringLiteral("n"), n},
                                         {QStringLiteral("k"), k}});
                    tx.commit();
                    return QString::number(entries);
                });
        } else {
            return 2;
        }
    } catch (const Error &e) {
        say(QStringLiteral("error start %1").arg(e.message()));
        return 1;
    }
    return 0;
}
