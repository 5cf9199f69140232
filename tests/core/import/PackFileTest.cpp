#include "PackFile.h"

#include "../StringMaker.h"
#include "ImportLimits.h"
#include "ImportTestData.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace unknot;
using importtest::hasNote;
using importtest::library;
using importtest::notesText;
using importtest::ownExercise;
using importtest::ownRoutine;

namespace {

QByteArray packText(const QJsonArray& exercises, const QJsonArray& routines, const QJsonValue& version = 1)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("unknot-pack")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("exercises"), exercises},
                                     {QStringLiteral("routines"), routines}})
        .toJson();
}

ImportBatch parse(const QByteArray& bytes)
{
    return PackFile::parse(bytes, QStringLiteral("shared.unknot"), library());
}

} // namespace

TEST_CASE("a routine exported with its own exercises reads back as written", "[import]")
{
    const QList<QJsonObject> exercises{ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Chin nods")),
                                       ownExercise(QStringLiteral("wall-slides"), QStringLiteral("Wall slides"))};
    const QList<QJsonObject> routines{
        ownRoutine(QStringLiteral("my-three"),
                   {QStringLiteral("chin-nods"), QStringLiteral("glute-bridges"), QStringLiteral("wall-slides")})};
    const QByteArray file = PackFile::write(exercises, routines);
    CHECK(file.startsWith("{\n    \"format\": \"unknot-pack\",\n    \"version\": 1,"));

    const ImportBatch batch = parse(file);
    INFO(notesText(batch));
    CHECK(batch.fatal.isEmpty());
    CHECK(batch.format == QStringLiteral("unknot-pack"));
    CHECK(batch.file == QStringLiteral("shared.unknot"));
    CHECK(batch.exercises == exercises);
    CHECK(batch.routines == routines);
    CHECK(batch.notes.isEmpty());
    // Each item's line is where its object opens.
    const QList<QByteArray> lines = file.split('\n');
    REQUIRE(batch.exerciseLines.size() == 2);
    REQUIRE(batch.routineLines.size() == 1);
    CHECK(lines.at(batch.exerciseLines.at(0) - 1).trimmed() == "{");
    CHECK(lines.at(batch.exerciseLines.at(0)).contains("chin-nods") == false); // keys are sorted: "dose" first
    CHECK(batch.exerciseLines.at(0) < batch.exerciseLines.at(1));
    CHECK(batch.exerciseLines.at(1) < batch.routineLines.at(0));
    CHECK(PackFile::write(batch.exercises, batch.routines) == file);
}

TEST_CASE("a pack file of another format or a newer version is refused whole", "[import]")
{
    const QJsonArray one{ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Chin nods"))};
    SECTION("version 1 is read")
    {
        CHECK(parse(packText(one, {})).exercises.size() == 1);
    }
    SECTION("a newer version")
    {
        const ImportBatch batch = parse(packText(one, {}, 3));
        CHECK(batch.fatal == QStringLiteral("a newer Unknot made this file (format 3); this one reads up to 1. "
                                            "Update Unknot to import it."));
        CHECK(batch.exercises.isEmpty());
    }
    SECTION("no version, or one that is no whole number")
    {
        for (const QJsonValue& version :
             {QJsonValue(), QJsonValue(0), QJsonValue(1.5), QJsonValue(QStringLiteral("1"))}) {
            QJsonObject top = QJsonDocument::fromJson(packText(one, {})).object();
            top.insert(QStringLiteral("version"), version);
            if (version.isNull()) {
                top.remove(QStringLiteral("version"));
            }
            const ImportBatch batch = parse(QJsonDocument(top).toJson());
            CHECK(batch.fatal.contains(QStringLiteral("does not say which version")));
        }
    }
    SECTION("another format")
    {
        QJsonObject top = QJsonDocument::fromJson(packText(one, {})).object();
        top.insert(QStringLiteral("format"), QStringLiteral("someone-elses"));
        CHECK(parse(QJsonDocument(top).toJson()).fatal.startsWith(QStringLiteral("this is not an Unknot file")));
        CHECK(parse("[1, 2, 3]").fatal.startsWith(QStringLiteral("this is not an Unknot file")));
    }
    SECTION("not JSON, naming the line")
    {
        const ImportBatch batch = parse("{\n  \"format\": \"unknot-pack\",\n  \"version\": 1,\n  oops\n}");
        CHECK(batch.fatal.startsWith(QStringLiteral("not valid JSON at line 4: ")));
        CHECK(parse(QByteArray()).fatal.startsWith(QStringLiteral("not valid JSON at line 1")));
    }
    SECTION("exercises that are no list")
    {
        QJsonObject top = QJsonDocument::fromJson(packText(one, {})).object();
        top.insert(QStringLiteral("exercises"), QStringLiteral("many"));
        CHECK(parse(QJsonDocument(top).toJson()).fatal == QStringLiteral("\"exercises\" must be a list of items."));
    }
}

TEST_CASE("a pack file's bad items are left out with their reasons, the rest is kept", "[import]")
{
    QJsonObject zeroDose = ownExercise(QStringLiteral("zero"), QStringLiteral("Zero"));
    QJsonObject dose = zeroDose.value(QStringLiteral("dose")).toObject();
    dose.insert(QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 0}});
    zeroDose.insert(QStringLiteral("dose"), dose);
    QJsonObject huge = ownExercise(QStringLiteral("huge"), QStringLiteral("Huge"));
    huge.insert(QStringLiteral("steps"), QJsonArray{QString(ImportLimits::maxFieldChars + 500, u'x')});
    QJsonObject roled = ownRoutine(QStringLiteral("roled"), {QStringLiteral("chin-nods")});
    roled.insert(QStringLiteral("role"), QStringLiteral("desk-break"));
    const QJsonArray exercises{ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Chin nods")),
                               ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Chin nods again")), zeroDose,
                               huge, QStringLiteral("not an object")};
    const QJsonArray routines{ownRoutine(QStringLiteral("uses-missing"), {QStringLiteral("no-such-exercise")}),
                              ownRoutine(QStringLiteral("uses-skipped"), {QStringLiteral("zero")}), roled};

    const ImportBatch batch = parse(packText(exercises, routines));
    INFO(notesText(batch));
    CHECK(batch.fatal.isEmpty());
    REQUIRE(batch.exercises.size() == 2);
    CHECK(batch.exercises.at(1).value(QStringLiteral("steps")).toArray().at(0).toString().size() ==
          ImportLimits::maxFieldChars);
    CHECK(hasNote(batch, QStringLiteral("Huge"), QStringLiteral("\"steps\" was cut to 10,000 characters"), false));
    CHECK(hasNote(batch, QStringLiteral("Chin nods again"), QStringLiteral("same id \"chin-nods\""), true));
    CHECK(hasNote(batch, QStringLiteral("Zero"), QStringLiteral("must be more than zero"), true));
    CHECK(hasNote(batch, QStringLiteral("exercise 5"), QStringLiteral("must be a JSON object"), true));
    CHECK(hasNote(batch, QStringLiteral("My desk three"), QStringLiteral("\"no-such-exercise\", which does not exist"),
                  true));
    CHECK(hasNote(batch, QStringLiteral("My desk three"), QStringLiteral("\"zero\", which does not exist"), true));
    CHECK(hasNote(batch, QStringLiteral("My desk three"), QStringLiteral("role \"desk-break\" is left out"), false));
    REQUIRE(batch.routines.size() == 1);
    CHECK(batch.routines.at(0).value(QStringLiteral("id")).toString() == QStringLiteral("roled"));
    CHECK_FALSE(batch.routines.at(0).contains(QStringLiteral("role")));
    CHECK(batch.skippedCount() == 5);
    for (const ImportNote& note : batch.notes) {
        CHECK(note.line > 1);
    }
}

TEST_CASE("a routine may name an exercise that comes later in the file or is already in the library", "[import]")
{
    const ImportBatch batch =
        parse(packText({ownExercise(QStringLiteral("later"), QStringLiteral("Later"))},
                       {ownRoutine(QStringLiteral("mine"), {QStringLiteral("later"), QStringLiteral("shrugs")})}));
    INFO(notesText(batch));
    CHECK(batch.routines.size() == 1);
    ContentRules::Known none;
    const ImportBatch alone = PackFile::parse(
        packText({}, {ownRoutine(QStringLiteral("mine"), {QStringLiteral("shrugs")})}), QStringLiteral("x"), none);
    CHECK(alone.routines.isEmpty());
    CHECK(alone.skippedCount() == 1);
}

TEST_CASE("ids and references with spaces around them are stored as the rules read them", "[import]")
{
    // Found by fuzzing: "chin-nods  " passed the rules as "chin-nods" but went into the batch as written.
    QJsonObject padded = ownExercise(QStringLiteral("chin-nods  "), QStringLiteral(" Chin nods"));
    const ImportBatch batch =
        parse(packText({padded, ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Again"))},
                       {ownRoutine(QStringLiteral("mine"), {QStringLiteral(" chin-nods")})}));
    INFO(notesText(batch));
    REQUIRE(batch.exercises.size() == 1);
    CHECK(batch.exercises.first().value(QStringLiteral("id")).toString() == QStringLiteral("chin-nods"));
    CHECK(batch.exercises.first().value(QStringLiteral("name")).toString() == QStringLiteral("Chin nods"));
    CHECK(hasNote(batch, QStringLiteral("Again"), QStringLiteral("same id"), true));
    REQUIRE(batch.routines.size() == 1);
    CHECK(batch.routines.first()
              .value(QStringLiteral("steps"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("exercise")) == QStringLiteral("chin-nods"));
}

TEST_CASE("a version far beyond any number is no version", "[import]")
{
    // Found by fuzzing: converting 8.9e95 to a whole number was undefined behaviour.
    for (const char* version :
         {"888888888888888888888888888888888888888888888888888888888888888888888888888881", "1e9", "-1e300", "NaN"}) {
        const QByteArray text = QByteArray(R"({"format": "unknot-pack", "version": )") + version + "}";
        const ImportBatch batch = parse(text);
        INFO(version);
        CHECK((batch.fatal.contains(QStringLiteral("does not say which version")) ||
               batch.fatal.startsWith(QStringLiteral("not valid JSON"))));
    }
}
