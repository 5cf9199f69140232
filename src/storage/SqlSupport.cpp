#include "SqlSupport.h"

#include "Log.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace unknot::sql {

QSqlDatabase database(const Connection& connection)
{
    return QSqlDatabase::database(connection.name(), false);
}

sqlite3* handle(const Connection& connection)
{
    const QVariant value = database(connection).driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(value.data());
}

Failure failureOf(const QSqlError& error)
{
    // The QSQLITE driver reports SQLite's result code; the low byte is the primary code of an extended one.
    bool isNumber = false;
    int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber) {
        // A failed commit comes through with SQLite's words but no code: match them to SQLite's own texts.
        code = -1;
        for (const int known :
             {SQLITE_FULL, SQLITE_READONLY, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_IOERR}) {
            if (error.databaseText().contains(QLatin1String(sqlite3_errstr(known)))) {
                code = known;
                break;
            }
        }
    }
    switch (code) {
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Failure::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
        return Failure::Unreadable;
    case SQLITE_CONSTRAINT:
        return Failure::Refused;
    default:
        return Failure::Other;
    }
}

QString reasonWords(const QSqlError& error)
{
    switch (failureOf(error)) {
    case Failure::DiskFull:
        return QCoreApplication::translate("unknot::Journal", "the disk is full. Free some space, then try again.");
    case Failure::ReadOnly:
        return QCoreApplication::translate(
            "unknot::Journal", "the journal is read-only. Check that the file and its folder belong to you and are not "
                               "read-only, then try again.");
    case Failure::Busy:
        return QCoreApplication::translate("unknot::Journal", "the journal is busy. Wait a moment, then try again.");
    case Failure::Unreadable:
        return QCoreApplication::translate("unknot::Journal",
                                           "the journal could not be read or written. Check the disk, then try again.");
    case Failure::Refused:
        return QCoreApplication::translate("unknot::Journal", "part of it breaks a rule of the journal (%1).")
            .arg(error.databaseText());
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("unknot::Journal", "the journal could not be written (%1). Try again.")
        .arg(text);
}

Failed failed(const char* area, const QString& prefix, const QSqlError& error)
{
    log::warn(QStringLiteral("%1: %2%3 [%4]").arg(QLatin1String(area), prefix, error.text(), error.nativeErrorCode()));
    return {failureOf(error), prefix + reasonWords(error)};
}

Failed refused(const char* area, const QString& message, Failure kind)
{
    log::warn(QStringLiteral("%1: %2").arg(QLatin1String(area), message));
    return {kind, message};
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

} // namespace unknot::sql
