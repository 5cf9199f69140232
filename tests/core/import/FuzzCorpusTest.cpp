// Replays every saved fuzzing input (tests/data/fuzz/<format>/, found by scripts/fuzz) through its parser as an
// ordinary test: each gives either a batch or a fatal message, never a crash, and a refused file holds no items.
#include "../StringMaker.h"
#include "FreeExerciseDbImport.h"
#include "ImportTestData.h"
#include "MuscleNames.h"
#include "PackFile.h"
#include "WorkraveImport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

ImportBatch parseAs(const QString& format, const QByteArray& bytes)
{
    const ContentRules::Known& library = importtest::library();
    if (format == QLatin1String("unknot-pack")) {
        return PackFile::parse(bytes, QStringLiteral("fuzz"), library);
    }
    if (format == QLatin1String("workrave")) {
        return WorkraveImport::parse(bytes, QStringLiteral("fuzz"), QStringLiteral(UNKNOT_TEST_DATA "/fuzz/workrave"),
                                     library);
    }
    return FreeExerciseDbImport::parse(bytes, QStringLiteral("fuzz"), library);
}

} // namespace

TEST_CASE("every saved fuzzing input gives a batch or a clear refusal", "[import][fuzz-corpus]")
{
    const QDir root(QStringLiteral(UNKNOT_TEST_DATA "/fuzz"));
    for (const QString& format :
         {QStringLiteral("unknot-pack"), QStringLiteral("workrave"), QStringLiteral("free-exercise-db")}) {
        const QDir dir(root.filePath(format));
        const QStringList files = dir.entryList(QDir::Files);
        INFO(format);
        CHECK(files.size() >= 5);
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const ImportBatch batch = parseAs(format, file.readAll());
            INFO(name);
            CHECK(batch.format == format);
            CHECK(batch.exercises.size() == batch.exerciseLines.size());
            CHECK(batch.routines.size() == batch.routineLines.size());
            if (batch.refused()) {
                CHECK(batch.exercises.isEmpty());
                CHECK(batch.routines.isEmpty());
                CHECK(batch.notes.isEmpty());
            }
        }
    }
}
