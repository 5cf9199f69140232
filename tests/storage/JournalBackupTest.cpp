#include "Capture.h"
#include "JournalBackup.h"

#include "../core/StringMaker.h"
#include "Database.h"
#include "JournalFiles.h"
#include "JournalTransfer.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::testing;

namespace {

const QDateTime monday(QDate(2024, 6, 3), QTime(9, 0));

QStringList backupFiles(const QString& journal)
{
    return QDir(JournalBackup::folderFor(journal)).entryList(QDir::Files);
}

} // namespace

TEST_CASE("an update backs the journal up first; a new journal needs no backup", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, 1).ok());
        CHECK(backupFiles(path).isEmpty());
    }
    Database db;
    REQUIRE(db.open(path).ok());
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == JournalBackup::Reason::BeforeMigration);
    CHECK(backups.first().schemaVersion == 1);
}

TEST_CASE("an import backs the journal up first, as it was before the import", "[backup]")
{
    QTemporaryDir dir;
    QByteArray csv;
    {
        Database other;
        REQUIRE(other.open(dir.filePath(QStringLiteral("other.sqlite"))).ok());
        REQUIRE(addEntry(other.connection(), 4, QStringLiteral("2024-05-01T08:00:00.000Z")));
        csv = test::must(JournalTransfer(other.connection()).exportCsv());
    }
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    QString error;
    REQUIRE(test::capture(JournalTransfer(db.connection()).importCsv(csv), &error));
    CHECK(count(db.connection(), QStringLiteral("pain_entry")) == 1);
    INFO(backupFiles(path).join(QStringLiteral(", ")).toStdString());
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == JournalBackup::Reason::BeforeImport);
    CHECK(backups.first().painEntries == 0);
}

TEST_CASE("a daily backup is made when the newest is a day old", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    QString error;
    REQUIRE(test::capture(JournalBackup::makeDailyIfDue(db.connection(), monday), &error));
    CHECK(JournalBackup::list(path).size() == 1);
    REQUIRE(test::capture(JournalBackup::makeDailyIfDue(db.connection(), monday.addSecs(23 * 3600)), &error));
    CHECK(JournalBackup::list(path).size() == 1);
    REQUIRE(test::capture(JournalBackup::makeDailyIfDue(db.connection(), monday.addSecs(25 * 3600)), &error));
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == 2);
    CHECK(backups.first().made == monday.addSecs(25 * 3600));
    CHECK(backups.first().reason == JournalBackup::Reason::Daily);
}

TEST_CASE("backups rotate: the newest seven stay", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    QString error;
    for (int day = 0; day < 9; ++day) {
        REQUIRE(test::capture(JournalBackup::make(db.connection(), JournalBackup::Reason::Daily, monday.addDays(day)), &error));
    }
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == JournalBackup::kept);
    CHECK(backups.first().made == monday.addDays(8));
    CHECK(backups.last().made == monday.addDays(2));
    CHECK(backupFiles(path).size() == JournalBackup::kept);
}

TEST_CASE("a backup tells what it holds", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(addSession(db.connection(), QStringLiteral("2024-05-02T12:00:00.000Z")));
    REQUIRE(addSession(db.connection(), QStringLiteral("2024-05-20T12:00:00.000Z")));
    REQUIRE(addEntry(db.connection(), 3, QStringLiteral("2024-05-10T12:00:00.000Z")));
    REQUIRE(addEntry(db.connection(), 6, QStringLiteral("2024-06-01T12:00:00.000Z")));
    QString error;
    REQUIRE(test::capture(JournalBackup::make(db.connection(), JournalBackup::Reason::Daily, monday), &error));
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == 1);
    const auto& backup = backups.first();
    CHECK(backup.readable);
    CHECK(backup.sessions == 2);
    CHECK(backup.painEntries == 2);
    CHECK(backup.first == QDate(2024, 5, 2));
    CHECK(backup.last == QDate(2024, 6, 1));
    CHECK(backup.schemaVersion == Database::latestVersion());
}

TEST_CASE("a damaged journal never yields a backup", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    makeFilledJournal(path);
    damageJournal(path);
    const QString name = QStringLiteral("raw-damaged");
    QString error;
    {
        // Database refuses the file; a raw connection stands for one whose file broke while open.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        CHECK_FALSE(test::capture(JournalBackup::make(Connection(name), JournalBackup::Reason::Daily), &error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(backupFiles(path).isEmpty());
}

TEST_CASE("a damaged backup is not restored, and the journal stays as it was", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    makeFilledJournal(bad);
    damageJournal(bad);
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    const QByteArray before = fileDigest(path);
    QString error;
    CHECK_FALSE(test::capture(JournalBackup::replace(path, bad), &error));
    CHECK(error.contains(QStringLiteral("cannot be used")));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("only the journal's own backups are listed, by their exact names", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    const QString made = test::must(JournalBackup::make(db.connection(), JournalBackup::Reason::Daily, monday));
    const QDir folder(JournalBackup::folderFor(path));
    for (const char* name : {"journal-20240604-090000000-before-import.sqlite", // listed
                             "journal-20240604-09000000-daily.sqlite", "journal-2024x604-090000000-daily.sqlite",
                             "journal-20240604-090000000-Daily.sqlite", "journal-20240604-090000000-set-aside.sqlite",
                             "journal-20240604-090000000-.sqlite", "journal-20240604-090000000-daily.sqlite-journal",
                             "journal-20240604-090000000-daily.SQLITE", "other-20240604-090000000-daily.sqlite",
                             "journal-20240604_090000000-daily.sqlite"}) {
        REQUIRE(QFile::copy(made, folder.filePath(QString::fromLatin1(name))));
    }
    const auto backups = JournalBackup::list(path);
    REQUIRE(backups.size() == 2);
    CHECK(backups.at(0).reason == JournalBackup::Reason::BeforeImport);
    CHECK(backups.at(0).made == monday.addDays(1));
    CHECK(backups.at(1).path == made);
}
