#include "JournalErrors.h"
#include "PainRepository.h"

#include <QSqlError>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

QSqlError withCode(int code, const QString& text = QStringLiteral("database or disk is full"))
{
    return QSqlError(QStringLiteral("Unable to fetch row"), text, QSqlError::StatementError, QString::number(code));
}

} // namespace

TEST_CASE("a full disk is recognised by SQLite's code, extended codes too, and in the words reported for it",
          "[disk]")
{
    CHECK(JournalErrors::isDiskFull(withCode(13)));        // SQLITE_FULL
    CHECK(JournalErrors::isDiskFull(withCode(13 | 256)));  // an extended code keeps the primary one in its low byte
    CHECK_FALSE(JournalErrors::isDiskFull(withCode(8)));   // SQLITE_READONLY
    CHECK_FALSE(JournalErrors::isDiskFull(QSqlError(QStringLiteral("Unable to commit transaction"),
                                                    QStringLiteral("database or disk is full"),
                                                    QSqlError::TransactionError)));

    CHECK(JournalErrors::saysDiskFull(QStringLiteral("The rating was not saved: ")
                                      + PainRepository::reasonWords(withCode(13 | 256))));
    // A failed commit reports SQLite's text without its code: still a full disk.
    CHECK(JournalErrors::saysDiskFull(PainRepository::reasonWords(QSqlError(
        QStringLiteral("Unable to commit transaction"), QStringLiteral("database or disk is full"),
        QSqlError::TransactionError))));
    CHECK_FALSE(JournalErrors::saysDiskFull(PainRepository::reasonWords(withCode(8, QStringLiteral("read-only")))));
}
