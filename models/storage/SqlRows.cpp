// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlRows.h"

#include "storage/GuiWatchdog.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace estatedesk {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (db.driver()->dbmsType() != QSqlDriver::SQLite || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

// Binds one value as Sql::run does on SQLite: a null text as '', then as Qt's SQLite driver
// binds each type.
int bindValue(sqlite3_stmt *statement, int place, const QVariant &value)
{
    auto text = [&](const QString &s) {
        return sqlite3_bind_text16(statement, place, s.utf16(), int(s.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    };
    if (Sql::isNullText(value))
        return text(QString(QLatin1String("")));
    if (Sql::isNullValue(value))
        return sqlite3_bind_null(statement, place);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, place, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, place, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, place, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, place, value.toLongLong());
    case QMetaType::QDateTime:
        return text(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return text(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    default:
        return text(value.toString());
    }
}

} // namespace

SqlRows::SqlRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
    : m_db(db), m_sql(sql), m_sqlite(sqliteHandle(db))
{
    if (!m_sqlite) {
        m_query.emplace(Sql::run(db, sql, values));
        m_row.emplace(*m_query);
        return;
    }
    const GuiWatchdog::Timer timer;
    sqlite3_stmt *prepared = nullptr;
    int code =
        sqlite3_prepare16_v2(m_sqlite, sql.utf16(), int(sql.size() * sizeof(QChar)), &prepared, nullptr);
    m_statement.reset(prepared); // finalized however this constructor ends (a throw below too)
    if (code != SQLITE_OK)
        fail(code);
    const int places = sqlite3_bind_parameter_count(m_statement.get());
    if (places != values.size())
        fail(SQLITE_RANGE);
    for (int i = 0; i < places; ++i)
        if ((code = bindValue(m_statement.get(), i + 1, values.at(i))) != SQLITE_OK)
            fail(code);
    // As Qt's driver does: the statement runs to its first row here, where failures are reported.
    m_pending = sqlite3_step(m_statement.get());
    if (m_pending != SQLITE_ROW && m_pending != SQLITE_DONE)
        fail(m_pending);
    timer.check(sql);
    QStringList names;
    for (int i = 0, n = sqlite3_column_count(m_statement.get()); i < n; ++i)
        names << QString::fromUtf8(sqlite3_column_name(m_statement.get(), i));
    m_columns.emplace(names);
}

SqlRows::~SqlRows() = default;

void SqlRows::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

bool SqlRows::next()
{
    if (!m_sqlite)
        return m_query->next();
    if (m_done)
        return false; // a step after the last row would start the statement again
    int code = m_pending;
    m_pending = 0;
    if (code == 0)
        code = sqlite3_step(m_statement.get());
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

int SqlRows::column(const char *name) const
{
    return m_columns->index(name, m_sql);
}

bool SqlRows::has(const char *name) const
{
    return m_sqlite ? m_columns->has(name) : m_row->has(name);
}

bool SqlRows::isNull(const char *name) const
{
    if (!m_sqlite)
        return m_row->isNull(name);
    return sqlite3_column_type(m_statement.get(), column(name)) == SQLITE_NULL;
}

QString SqlRows::text(const char *name) const
{
    if (!m_sqlite)
        return m_row->text(name);
    const int i = column(name);
    switch (sqlite3_column_type(m_statement.get(), i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(m_statement.get(), i));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(m_statement.get(), i), 'g',
                               QLocale::FloatingPointShortest);
    default: {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), i));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement.get(), i));
    }
    }
}

qint64 SqlRows::int64(const char *name) const
{
    if (!m_sqlite)
        return m_row->int64(name);
    const int i = column(name);
    // As QVariant::toLongLong converts what Qt's driver reads: a text is 0 unless all of it is
    // the number, a real is rounded.
    switch (sqlite3_column_type(m_statement.get(), i)) {
    case SQLITE_TEXT:
        return text(name).toLongLong();
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement.get(), i)).toLongLong();
    default:
        return sqlite3_column_int64(m_statement.get(), i);
    }
}

double SqlRows::number(const char *name) const
{
    if (!m_sqlite)
        return m_row->number(name);
    const int i = column(name);
    if (sqlite3_column_type(m_statement.get(), i) == SQLITE_TEXT)
        return text(name).toDouble();
    return sqlite3_column_double(m_statement.get(), i);
}

bool SqlRows::flag(const char *name) const
{
    if (!m_sqlite)
        return m_row->flag(name);
    return int64(name) != 0;
}

void SqlRows::fail(int code) const
{
    const QString message = code == SQLITE_RANGE
                                ? QStringLiteral("the statement's places and its values differ in number")
                                : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    Sql::raise(
        QSqlError(QStringLiteral("SqlRows"), message, QSqlError::StatementError, QString::number(code)),
        m_db.driver());
}

} // namespace estatedesk
