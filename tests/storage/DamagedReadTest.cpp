// Reads from a journal that broke while open: every read reports it, none returns a shorter list as if whole.
#include "Capture.h"
#include "HistoryRepository.h"
#include "JournalFiles.h"
#include "JournalTransfer.h"
#include "PainRepository.h"
#include "SessionRepository.h"
#include "SqlSupport.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::testing;

TEST_CASE("a read that meets a damaged page is a failure with plain words, never a short list", "[database][damage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    makeFilledJournal(path);
    damageJournal(path);
    const QString name = QStringLiteral("damaged-while-open");
    {
        // Database refuses a damaged file at open; a raw connection stands for one whose file broke while open.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        const Connection journal(name);

        const auto points = HistoryRepository(journal).painPoints({}, {});
        CHECK_FALSE(points);
        CHECK(points.failure() == Failure::Unreadable);
        CHECK(points.error().contains(QStringLiteral("could not be read")));

        const auto entries = PainRepository(journal).all();
        CHECK_FALSE(entries);
        CHECK(entries.failure() == Failure::Unreadable);

        const auto exported = JournalTransfer(journal).exportCsv();
        CHECK_FALSE(exported);
        CHECK(exported.error().startsWith(QStringLiteral("The journal could not be read: ")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}
