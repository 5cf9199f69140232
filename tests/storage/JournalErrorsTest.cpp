#include "SqlSupport.h"

#include <QSqlError>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

QSqlError withCode(int code, const QString& text = QStringLiteral("database or disk is full"))
{
    return QSqlError(QStringLiteral("Unable to fetch row"), text, QSqlError::StatementError, QString::number(code));
}

} // namespace

TEST_CASE("a full disk is recognised by SQLite's code, extended codes too, and by SQLite's words on a commit",
          "[disk]")
{
    CHECK(sql::failureOf(withCode(13)) == Failure::DiskFull);
    CHECK(sql::failureOf(withCode(13 | 256)) == Failure::DiskFull); // an extended code keeps the primary one
    CHECK(sql::failureOf(withCode(8, QStringLiteral("attempt to write a readonly database"))) == Failure::ReadOnly);
    CHECK(sql::failureOf(withCode(11, QStringLiteral("database disk image is malformed"))) == Failure::Unreadable);
    // A failed commit reports SQLite's text without its code: still a full disk.
    CHECK(sql::failureOf(QSqlError(QStringLiteral("Unable to commit transaction"),
                                   QStringLiteral("database or disk is full"), QSqlError::TransactionError)) ==
          Failure::DiskFull);
    CHECK(sql::failureOf(QSqlError(QStringLiteral("Unable to commit transaction"), QStringLiteral("something else"),
                                   QSqlError::TransactionError)) == Failure::Other);
    const Failed failed = sql::failed("test", QStringLiteral("The rating was not saved: "), withCode(13 | 256));
    CHECK(failed.kind == Failure::DiskFull);
    CHECK(failed.message.startsWith(QStringLiteral("The rating was not saved: the disk is full")));
}
