// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories/ClientLastService.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace estatedesk {

namespace {

// The latest record of the client in `clients` (the row being updated).
const QLatin1String kLatest{"(SELECT MAX(r.at) FROM service_records r WHERE r.client_id = clients.id)"};

// A record added: later than the client's latest, it is the latest (no records are read).
QString onInsert()
{
    return QStringLiteral("UPDATE clients SET last_service_at = NEW.at WHERE id = NEW.client_id AND "
                          "(last_service_at IS NULL OR last_service_at < NEW.at)");
}

// A record moved or its time changed: both clients' latest read again (the index service_records
// (client_id, at) gives each at once).
QString onUpdate()
{
    return QStringLiteral("UPDATE clients SET last_service_at = %1 WHERE id = OLD.client_id OR id = "
                          "NEW.client_id")
        .arg(kLatest);
}

// A record removed: read again only when it was the client's latest (a restore empties the table
// record by record).
QString onDelete()
{
    return QStringLiteral("UPDATE clients SET last_service_at = %1 WHERE id = OLD.client_id AND "
                          "last_service_at <= OLD.at")
        .arg(kLatest);
}

void createSqliteTriggers(QSqlDatabase &conn)
{
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER service_records_last_insert AFTER INSERT ON service_records "
                            "BEGIN %1; END")
                 .arg(onInsert()));
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER service_records_last_update AFTER UPDATE OF at, client_id ON "
                            "service_records BEGIN %1; END")
                 .arg(onUpdate()));
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER service_records_last_delete AFTER DELETE ON service_records "
                            "BEGIN %1; END")
                 .arg(onDelete()));
}

// PostgreSQL: the client's row locked first (the clients of a moved record in id order), so
// that the statement after it, which takes a new snapshot, sees the records another PC added to
// that client and committed meanwhile. FOR NO KEY UPDATE: the foreign keys' checks of the records
// (FOR KEY SHARE) are not held up by it.
QString lockClients(const QString &ids)
{
    return QStringLiteral("PERFORM 1 FROM clients WHERE id IN (%1) ORDER BY id FOR NO KEY UPDATE").arg(ids);
}

void replacePostgresFunction(QSqlDatabase &conn)
{
    Sql::run(conn,
             QStringLiteral("CREATE OR REPLACE FUNCTION service_records_last_service() RETURNS trigger "
                            "LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN %1; %2; ELSIF TG_OP = "
                            "'UPDATE' THEN %3; %4; ELSE %5; %6; END IF; RETURN NULL; END $$")
                 .arg(lockClients(QStringLiteral("NEW.client_id")), onInsert(),
                      lockClients(QStringLiteral("OLD.client_id, NEW.client_id")), onUpdate(),
                      lockClients(QStringLiteral("OLD.client_id")), onDelete()));
}

void createPostgresTrigger(QSqlDatabase &conn)
{
    replacePostgresFunction(conn);
    Sql::run(conn,
             QStringLiteral("CREATE TRIGGER service_records_last_service AFTER INSERT OR DELETE OR UPDATE "
                            "OF at, client_id ON service_records FOR EACH ROW EXECUTE FUNCTION "
                            "service_records_last_service()"));
}

} // namespace

void ClientLastService::create(const Database &db)
{
    QSqlDatabase conn = db.connection();
    Sql::run(conn, QStringLiteral("ALTER TABLE clients ADD COLUMN last_service_at BIGINT"));
    Sql::run(conn, QStringLiteral("UPDATE clients SET last_service_at = %1").arg(kLatest));
    Sql::run(conn, QStringLiteral("CREATE INDEX clients_last_service ON clients (last_service_at, id)"));
    if (db.backend() == Backend::Sqlite)
        createSqliteTriggers(conn);
    else
        createPostgresTrigger(conn);
}

void ClientLastService::lockTheClient(const Database &db)
{
    if (db.backend() != Backend::Postgres)
        return;
    QSqlDatabase conn = db.connection();
    replacePostgresFunction(conn);
}

} // namespace estatedesk
