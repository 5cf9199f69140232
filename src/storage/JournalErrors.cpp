#include "JournalErrors.h"

#include "PainRepository.h"

#include <QSqlError>

#include <sqlite3.h>

namespace unknot {

bool JournalErrors::isDiskFull(const QSqlError& error)
{
    // The QSQLITE driver reports SQLite's result code; the low byte is the primary code of an extended one.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber && (code & 0xff) == SQLITE_FULL;
}

bool JournalErrors::saysDiskFull(const QString& message)
{
    static const QString reason = PainRepository::reasonWords(
        QSqlError(QString(), QString(), QSqlError::StatementError, QString::number(SQLITE_FULL)));
    static const QString sqlite = QString::fromUtf8(sqlite3_errstr(SQLITE_FULL));
    return message.contains(reason) || message.contains(sqlite);
}

} // namespace unknot
