// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Translations.h"
#include "repositories/CalendarRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "storage/Database.h"
#include "storage/SchemaUpgrade.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace estatedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    Translations::install(app);
    QApplication::setApplicationDisplayName(MainWindow::tr("EstateDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "EstateDesk, the sales centre's service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "SQLite database FILE"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
                                      QCoreApplication::translate("main", "PostgreSQL server, e.g. \"host=H port=P dbname=D user=U\""),
                                      QStringLiteral("CONNECTION"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("main", "work as this staff member (until accounts with passwords arrive)"),
        QStringLiteral("NAME"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.addOption(userOption);
    parser.process(app);

    const DatabaseConfig config = parser.isSet(pgOption)
                                      ? DatabaseConfig::postgres(parser.value(pgOption))
                                      : DatabaseConfig::sqlite(parser.isSet(dbOption) ? parser.value(dbOption)
                                                                                      : DatabaseConfig::defaultSqlitePath());
    SystemClock clock;
    Database db(config);
    try {
        db.open();
        SchemaUpgrade::run(db, clock);
    } catch (const Error &e) {
        MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
        return 1;
    }

    Session session{&db, &clock, 0};
    try {
        OfficeTime::setZone(SettingsRepository(session).office().zone);
        CalendarRepository(session).mergeShippedYears();
        if (parser.isSet(userOption)) {
            const Staff who = StaffRepository(session).findByName(parser.value(userOption));
            if (who.id == 0 || !who.active)
                throw ValidationError(QStringLiteral("user"), QCoreApplication::translate("main", "--user: no active staff member is called \"%1\"")
                                                                  .arg(parser.value(userOption)));
            session.actorId = who.id;
        }
    } catch (const Error &e) {
        MessageBox::critical(nullptr, MainWindow::tr("EstateDesk"), e.message());
        return 1;
    }
    MainWindow window(session);
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.offerDemoDataIfEmpty(); });
    return app.exec();
}
