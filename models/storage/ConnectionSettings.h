// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <optional>

namespace estatedesk {

// The office server as the first start asks for it: host, port, database and user, or instead a
// service of pg_service.conf. Never a password: libpq takes it from PGPASSWORD, ~/.pgpass or the
// service file, so it is neither stored nor shown.
struct OfficeServer
{
    Q_DECLARE_TR_FUNCTIONS(OfficeServer)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString service; // when given, the other fields may stay empty

    // Throws ValidationError naming the field (a field left empty, a space, a port out of range).
    void validate() const;
    // The PostgreSQL connection ("host=H port=P dbname=D user=U", or "service=S").
    QString connection() const;
    // The parts of a connection (any password in it is dropped).
    static OfficeServer fromConnection(const QString &connection);
    // Asks the server of config once, on a connection of its own that gives up after
    // timeoutSeconds; returns its version ("15.8"), or throws StorageError saying why not.
    static QString serverVersion(const DatabaseConfig &config, int timeoutSeconds);
};

// Where this PC's EstateDesk keeps its data (issue 13 item 5): chosen on the first start and kept
// in the user's settings under "database/" — "this PC only" (a SQLite file) or "the office
// server" (PostgreSQL). --db and --pg on the command line override it for one start.
class ConnectionSettings
{
public:
    // The saved choice, or nothing when this PC has not chosen yet.
    static std::optional<DatabaseConfig> load(const QSettings &settings);
    static void save(QSettings &settings, const DatabaseConfig &config);
};

} // namespace estatedesk
