#pragma once
// Storage's one helper for running SQL, reading rows and turning SQLite's errors into Failed. Storage only: Qt SQL
// is private to unknot_storage, so widgets cannot include this.

#include "Connection.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <type_traits>

struct sqlite3;

namespace unknot::sql {

/// The open Qt connection named by connection.
QSqlDatabase database(const Connection& connection);
/// The sqlite3 handle behind connection, or null.
sqlite3* handle(const Connection& connection);

/// The kind of failure behind error (SQLite's result code; the low byte is the primary code of an extended one).
Failure failureOf(const QSqlError& error);
/// Why an operation failed, in plain words: a full disk, a read-only or busy journal, or the database's words.
QString reasonWords(const QSqlError& error);

/// Logs "area: prefix + reason" and returns the failure, e.g. failed("pain", tr("The rating was not saved: "), e).
Failed failed(const char* area, const QString& prefix, const QSqlError& error);
/// Logs and returns a refusal: the input broke a rule (or the session is not this writer's), nothing was written.
Failed refused(const char* area, const QString& message, Failure kind = Failure::Refused);

/// Prepares sql on query (forward only), binds values in order and runs it.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// Every row of a query that has run, each through map. A read that stops on an error (a damaged page, a disk
/// error) is a failure, never a short list.
template <typename Map>
auto rows(QSqlQuery& query, const char* area, Map map) -> Result<QList<std::invoke_result_t<Map, const QSqlQuery&>>>
{
    QList<std::invoke_result_t<Map, const QSqlQuery&>> list;
    while (query.next()) {
        list.append(map(std::as_const(query)));
    }
    if (query.lastError().isValid()) {
        return failed(area, QString(), query.lastError());
    }
    return list;
}

/// Runs sql with values and reads every row through map.
template <typename Map>
auto select(const Connection& connection, const char* area, const QString& sql, const QVariantList& values, Map map)
    -> Result<QList<std::invoke_result_t<Map, const QSqlQuery&>>>
{
    QSqlQuery query(database(connection));
    if (!run(query, sql, values)) {
        return failed(area, QString(), query.lastError());
    }
    return rows(query, area, map);
}

/// Visits every row of a query that has run; false (with the error logged and in failure) if the read stopped.
template <typename Visit> Result<> forEach(QSqlQuery& query, const char* area, Visit visit)
{
    while (query.next()) {
        visit(std::as_const(query));
    }
    if (query.lastError().isValid()) {
        return failed(area, QString(), query.lastError());
    }
    return {};
}

} // namespace unknot::sql
