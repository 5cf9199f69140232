#include "ImportLimits.h"

#include "../StringMaker.h"
#include "FreeExerciseDbImport.h"
#include "ImportTestData.h"
#include "PackFile.h"
#include "WorkraveImport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using importtest::library;
using importtest::notesText;

namespace {

QByteArray manyFreeExercises(int count)
{
    QByteArray text = "[";
    for (int i = 0; i < count; ++i) {
        text += (i ? ",\n" : "\n") + QByteArray(R"({"name": "Row )") + QByteArray::number(i) +
                R"(", "instructions": ["Pull."], "primaryMuscles": ["lats"], "category": "strength"})";
    }
    return text + "\n]";
}

} // namespace

TEST_CASE("100,000 items are refused at once, before the file is parsed", "[import]")
{
    const QByteArray json = manyFreeExercises(100000);
    QElapsedTimer timer;
    timer.start();
    const ImportBatch batch = FreeExerciseDbImport::parse(json, QStringLiteral("big.json"), library());
    CHECK(batch.fatal ==
          QStringLiteral("the file holds more than 5,000 items; Unknot imports at most that many at once."));
    CHECK(batch.exercises.isEmpty());
    CHECK(timer.elapsed() < 2000);

    QByteArray xml = "<exercises>";
    for (int i = 0; i < 100000; ++i) {
        xml += "<exercise><title>T</title></exercise>";
    }
    xml += "</exercises>";
    CHECK(WorkraveImport::parse(xml, QStringLiteral("big.xml"), {}, library()).fatal ==
          QStringLiteral("the file holds more than 5,000 items; Unknot imports at most that many at once."));

    QByteArray pack = R"({"format": "unknot-pack", "version": 1, "routines": [)";
    for (int i = 0; i < ImportLimits::maxItems + 1; ++i) {
        pack += i ? ",{}" : "{}";
    }
    pack += "]}";
    CHECK(PackFile::parse(pack, QStringLiteral("big.unknot"), library())
              .fatal.startsWith(QStringLiteral("the file holds more")));
}

TEST_CASE("exactly the largest number of items is still imported", "[import]")
{
    const ImportBatch batch =
        FreeExerciseDbImport::parse(manyFreeExercises(ImportLimits::maxItems), QStringLiteral("big.json"), library());
    INFO(batch.fatal);
    CHECK(batch.exercises.size() == ImportLimits::maxItems);
    CHECK(batch.exerciseLines.last() == ImportLimits::maxItems + 1);
}

TEST_CASE("huge texts are cut with a note, never kept whole", "[import]")
{
    const QByteArray longName(ImportLimits::maxFieldChars * 3, 'a');
    const QByteArray json = "[{\"name\": \"" + longName + "\", \"instructions\": [\"" + QByteArray(500000, 'b') +
                            "\"], \"category\": \"strength\"}]";
    const ImportBatch batch = FreeExerciseDbImport::parse(json, QStringLiteral("long.json"), library());
    INFO(notesText(batch));
    REQUIRE(batch.exercises.size() == 1);
    const QJsonObject exercise = batch.exercises.first();
    CHECK(exercise.value(QStringLiteral("name")).toString().size() == ImportLimits::maxFieldChars);
    CHECK(exercise.value(QStringLiteral("steps")).toArray().at(0).toString().size() == ImportLimits::maxFieldChars);
    CHECK(exercise.value(QStringLiteral("id")).toString().size() <= ImportLimits::maxIdChars);
    CHECK(notesText(batch).contains(QStringLiteral("\"name\" was cut to 10,000 characters")));

    const QByteArray xml = "<exercises><exercise><title>Long</title><description>" + QByteArray(1000000, 'c') +
                           "</description></exercise></exercises>";
    const ImportBatch workrave = WorkraveImport::parse(xml, QStringLiteral("long.xml"), {}, library());
    REQUIRE(workrave.exercises.size() == 1);
    CHECK(workrave.exercises.first().value(QStringLiteral("steps")).toArray().at(0).toString().size() ==
          ImportLimits::maxFieldChars);
}

TEST_CASE("a file that cannot be read is refused with the reason", "[import]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QDir dir(folder.path());
    const auto fatalOf = [&](const QString& path) {
        return QStringList{PackFile::read(path, library()).fatal, WorkraveImport::read(path, library()).fatal,
                           FreeExerciseDbImport::read(path, library()).fatal};
    };
    for (const QString& fatal : fatalOf(dir.filePath(QStringLiteral("missing.json")))) {
        CHECK(fatal.startsWith(QStringLiteral("the file cannot be read: ")));
    }
    for (const QString& fatal : fatalOf(folder.path())) {
        CHECK(fatal == QStringLiteral("this is a folder, not a file."));
    }
    QFile large(dir.filePath(QStringLiteral("large.json")));
    REQUIRE(large.open(QIODevice::WriteOnly));
    REQUIRE(large.resize(ImportLimits::maxFileBytes + 1));
    large.close();
    for (const QString& fatal : fatalOf(large.fileName())) {
        CHECK(fatal == QStringLiteral("the file is larger than 16 MB; Unknot does not import files that large."));
    }
    // Made unreadable; root reads it anyway, so there the refusal cannot be seen.
    QFile locked(dir.filePath(QStringLiteral("locked.json")));
    REQUIRE(locked.open(QIODevice::WriteOnly));
    locked.write("[]");
    locked.close();
    REQUIRE(locked.setPermissions(QFileDevice::WriteOwner));
    if (!locked.open(QIODevice::ReadOnly)) {
        for (const QString& fatal : fatalOf(locked.fileName())) {
            CHECK(fatal.startsWith(QStringLiteral("the file cannot be read: ")));
        }
    }
}
