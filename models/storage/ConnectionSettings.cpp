// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConnectionSettings.h"

#include "core/Errors.h"
#include "storage/Sql.h"

namespace estatedesk {

static bool hasSpace(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return true;
    return false;
}

void OfficeServer::validate() const
{
    // Values go into the connection unquoted (Database splits it at spaces).
    const auto plain = [](const QString &field, const QString &value, const QString &label) {
        if (hasSpace(value))
            throw ValidationError(field, tr("%1: no spaces, please (\"%2\").").arg(label, value));
    };
    plain(QStringLiteral("service"), service, tr("Service"));
    if (!service.isEmpty())
        return;
    const auto required = [&plain](const QString &field, const QString &value, const QString &label) {
        if (value.trimmed().isEmpty())
            throw ValidationError(
                field, tr("%1: enter it, or the name of a service of pg_service.conf instead.").arg(label));
        plain(field, value, label);
    };
    required(QStringLiteral("host"), host, tr("Server"));
    if (port < 1 || port > 65535)
        throw ValidationError(QStringLiteral("port"),
                              tr("Port: a number from 1 to 65535 (PostgreSQL's is usually 5432)."));
    required(QStringLiteral("database"), database, tr("Database"));
    required(QStringLiteral("user"), user, tr("User"));
}

QString OfficeServer::connection() const
{
    if (!service.isEmpty())
        return QStringLiteral("service=%1").arg(service);
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(host.trimmed())
        .arg(port)
        .arg(database.trimmed(), user.trimmed());
}

OfficeServer OfficeServer::fromConnection(const QString &connection)
{
    OfficeServer server;
    for (const QString &part : connection.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0), value = part.section(u'=', 1);
        if (key == QLatin1String("host"))
            server.host = value;
        else if (key == QLatin1String("port"))
            server.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            server.database = value;
        else if (key == QLatin1String("user"))
            server.user = value;
        else if (key == QLatin1String("service"))
            server.service = value;
    }
    return server;
}

QString OfficeServer::serverVersion(const DatabaseConfig &config, int timeoutSeconds)
{
    Database probe(config.withConnectTimeout(timeoutSeconds));
    try {
        const QString version =
            Sql::scalar(probe.connection(), QStringLiteral("SHOW server_version")).toString();
        probe.closeThreadConnection();
        return version;
    } catch (const Error &) {
        probe.closeThreadConnection();
        throw;
    }
}

std::optional<DatabaseConfig> ConnectionSettings::load(const QSettings &settings)
{
    const QString kind = settings.value(QStringLiteral("database/kind")).toString();
    if (kind == QLatin1String("file")) {
        const QString file = settings.value(QStringLiteral("database/file")).toString();
        // Made when it was chosen: a file missing now (moved, a drive not mounted) is named, not
        // silently replaced by an empty office; the start then offers the choice again.
        return DatabaseConfig::sqlite(file.isEmpty() ? DatabaseConfig::defaultSqlitePath() : file,
                                      SqliteCreation::Never);
    }
    if (kind == QLatin1String("server")) {
        OfficeServer server;
        server.host = settings.value(QStringLiteral("database/host")).toString();
        server.port = settings.value(QStringLiteral("database/port"), 5432).toInt();
        server.database = settings.value(QStringLiteral("database/name")).toString();
        server.user = settings.value(QStringLiteral("database/user")).toString();
        server.service = settings.value(QStringLiteral("database/service")).toString();
        return DatabaseConfig::postgres(server.connection());
    }
    return std::nullopt;
}

void ConnectionSettings::save(QSettings &settings, const DatabaseConfig &config)
{
    settings.remove(QStringLiteral("database"));
    if (config.backend == Backend::Sqlite) {
        settings.setValue(QStringLiteral("database/kind"), QStringLiteral("file"));
        settings.setValue(QStringLiteral("database/file"), config.sqlitePath);
    } else {
        const OfficeServer server = OfficeServer::fromConnection(config.pgConnection);
        settings.setValue(QStringLiteral("database/kind"), QStringLiteral("server"));
        if (!server.service.isEmpty()) {
            settings.setValue(QStringLiteral("database/service"), server.service);
        } else {
            settings.setValue(QStringLiteral("database/host"), server.host);
            settings.setValue(QStringLiteral("database/port"), server.port);
            settings.setValue(QStringLiteral("database/name"), server.database);
            settings.setValue(QStringLiteral("database/user"), server.user);
        }
    }
    settings.sync();
}

} // namespace estatedesk
