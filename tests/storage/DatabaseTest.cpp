#include "SqlSupport.h"
#include "Capture.h"
#include "Database.h"
#include "JournalBackup.h"
#include "JournalFiles.h"
#include "../core/StringMaker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <unistd.h>

using namespace unknot;

namespace {

QByteArray digest(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(const Database& db)
{
    QStringList names;
    QSqlQuery query(sql::database(db.connection()));
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

} // namespace

TEST_CASE("a new journal is created at the latest format with safe pragmas", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    const auto status = db.open(path);
    INFO(status.message);
    REQUIRE(status.ok());
    CHECK(db.schemaVersion() == Database::latestVersion());
    CHECK(Database::latestVersion() >= 2);
    CHECK(tables(db).contains(QStringLiteral("library_item")));
    CHECK(tables(db).contains(QStringLiteral("setting")));

    QSqlQuery query(sql::database(db.connection()));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
}

TEST_CASE("an older journal is upgraded step by step and keeps its rows", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, 1).ok());
        CHECK(db.schemaVersion() == 1);
        CHECK_FALSE(tables(db).contains(QStringLiteral("setting")));
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")));
    }
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestVersion());
    CHECK(tables(db).contains(QStringLiteral("setting")));
    QSqlQuery query(sql::database(db.connection()));
    REQUIRE(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'kept'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("yes"));
}

TEST_CASE("a journal from a newer version is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 5)));
    }
    const QByteArray before = digest(path);
    Database db;
    const auto status = db.open(path);
    CHECK(status.problem == Database::Problem::TooNew);
    CHECK(status.message.contains(QStringLiteral("newer version of Unknot")));
    CHECK(status.message.contains(QStringLiteral("has not changed it")));
    CHECK(digest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray before = digest(path);
    Database db;
    const auto status = db.open(path);
    CHECK(status.problem == Database::Problem::NotADatabase);
    CHECK(status.message.contains(QStringLiteral("not a SQLite database")));
    CHECK(status.message.contains(path));
    CHECK(digest(path) == before);
    CHECK_FALSE(sql::database(db.connection()).isOpen());
}

TEST_CASE("a folder that does not exist gives a clear message", "[database]")
{
    Database db;
    const auto status = db.open(QStringLiteral("/nonexistent-unknot-dir/journal.sqlite"));
    CHECK_FALSE(status.ok());
    CHECK(status.problem == Database::Problem::CannotOpen);
    CHECK(status.message.contains(QStringLiteral("could not open")));
}

TEST_CASE("a journal that cannot be written is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    // Root ignores permission bits, so use the immutable attribute there; elsewhere a read-only mode is enough.
    const bool root = qEnvironmentVariable("USER") == QLatin1String("root") || QDir::homePath() == QLatin1String("/root");
    const QByteArray command = root ? "chattr +i " : "chmod 0400 ";
    const QByteArray undo = root ? "chattr -i " : "chmod 0600 ";
    if (std::system((command + path.toLocal8Bit() + " 2>/dev/null").constData()) != 0) {
        WARN("cannot make a file read-only here; skipping");
        return;
    }
    QFile probe(path);
    if (probe.open(QIODevice::Append)) {
        std::system((undo + path.toLocal8Bit()).constData());
        WARN("the file stayed writable; skipping");
        return;
    }
    const QByteArray before = digest(path);
    Database db;
    const auto status = db.open(path);
    std::system((undo + path.toLocal8Bit()).constData());
    CHECK(status.problem == Database::Problem::ReadOnly);
    CHECK(status.message.contains(QStringLiteral("cannot write")));
    CHECK(digest(path) == before);
}

TEST_CASE("a damaged journal is refused before anything is written, and its bytes stay as they were", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    testing::makeFilledJournal(path);
    testing::damageJournal(path);
    const QByteArray before = digest(path);
    Database db;
    const auto status = db.open(path);
    INFO(status.message);
    CHECK(status.problem == Database::Problem::Damaged);
    CHECK(status.message.contains(QStringLiteral("is damaged")));
    CHECK(status.message.contains(QStringLiteral("Restore from backup")));
    CHECK_FALSE(sql::database(db.connection()).isOpen());
    CHECK(digest(path) == before);
    CHECK(JournalBackup::list(path).isEmpty());
}

TEST_CASE("a folder in place of the journal is called a folder", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    REQUIRE(QDir().mkdir(path));
    Database db;
    const auto status = db.open(path);
    CHECK(status.problem == Database::Problem::NotAFile);
    CHECK(status.message.contains(QStringLiteral("is a folder")));
    CHECK_FALSE(status.message.contains(QStringLiteral("SQLite")));
    CHECK(QDir(path).isEmpty());
}

TEST_CASE("a new journal in a read-only folder blames the folder, not the free space", "[database]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(folder));
    const bool root = ::geteuid() == 0;
    const QByteArray lock = (root ? "chattr +i " : "chmod 0500 ") + folder.toLocal8Bit();
    const QByteArray unlock = (root ? "chattr -i " : "chmod 0700 ") + folder.toLocal8Bit();
    if (std::system((lock + " 2>/dev/null").constData()) != 0 || QFileInfo(folder).isWritable()) {
        std::system(unlock.constData());
        WARN("cannot make a folder read-only here; skipping");
        return;
    }
    Database db;
    const auto status = db.open(QDir(folder).filePath(QStringLiteral("journal.sqlite")));
    std::system(unlock.constData());
    CHECK(status.problem == Database::Problem::ReadOnly);
    CHECK(status.message.contains(QStringLiteral("is read-only")));
    CHECK_FALSE(status.message.contains(QStringLiteral("disk space")));
}
