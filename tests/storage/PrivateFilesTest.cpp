#include "Capture.h"
#include "../core/StringMaker.h"
#include "Database.h"
#include "JournalBackup.h"
#include "JournalFiles.h"
#include "Log.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace unknot;
using namespace unknot::testing;

namespace {

/// The usual desktop umask, under which files come out readable by everyone unless Unknot sees to it.
class SharingUmask {
public:
    SharingUmask()
        : m_previous(::umask(022))
    {
    }
    ~SharingUmask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

} // namespace

TEST_CASE("a new journal, its -wal and -shm are private from the first second", "[privacy]")
{
    const SharingUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("custom.sqlite")); // as with --database
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("backups sit in a private folder, each private", "[privacy]")
{
    const SharingUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    QString error;
    const auto backup = test::capture(JournalBackup::make(db.connection(), JournalBackup::Reason::Daily), &error);
    REQUIRE(backup);
    CHECK(modeOf(JournalBackup::folderFor(path)) == 0700);
    CHECK(modeOf(*backup) == 0600);
    CHECK(QDir(JournalBackup::folderFor(path)).entryList(QDir::Files) == QStringList{QFileInfo(*backup).fileName()});
}

TEST_CASE("the log folder and unknot.log are private, also beside a custom journal", "[privacy]")
{
    const SharingUmask umask;
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("share/Unknot"));
    log::init(logs, false);
    log::info(QStringLiteral("a line"));
    log::init({}, false); // back to quiet; closes the file
    CHECK(modeOf(logs) == 0700);
    CHECK(modeOf(QDir(logs).filePath(QStringLiteral("unknot.log"))) == 0600);
}
