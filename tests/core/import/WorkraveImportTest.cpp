#include "WorkraveImport.h"

#include "../StringMaker.h"
#include "ImportTestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using importtest::hasNote;
using importtest::library;
using importtest::notesText;

namespace {

// Shaped like Workrave's own exercises.xml: a title and description per language, a sequence with a duration and
// pictures shown in turn, one of them mirrored.
const char* const exercisesXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>Shoulder blade squeeze</title>
    <title xml:lang="de">Schulterblätter zusammenziehen</title>
    <description>Sit up straight with your arms relaxed. Draw your shoulder blades together... and hold.
      Breathe calmly! Let go slowly.</description>
    <description xml:lang="de">Setzen Sie sich aufrecht hin. Ziehen Sie die Schulterblätter zusammen.</description>
    <sequence duration="45">
      <image src="squeeze-a.png" duration="5"/>
      <image src="squeeze-b.png" duration="5" mirrorx="yes"/>
    </sequence>
  </exercise>
  <exercise>
    <title xml:lang="nl">Hoofd draaien</title>
    <title xml:lang="en">Head turns</title>
    <description xml:lang="en">Turn your head slowly to one side. Then to the other side.</description>
    <sequence duration="30">
      <image src="head-1.png" duration="4"/>
      <image src="pictures/missing.png" duration="4"/>
      <image src="../outside.png" duration="4"/>
    </sequence>
  </exercise>
  <exercise>
    <title>Kreuz strecken</title>
    <description>Stehen Sie auf und legen Sie die Handflächen ins Kreuz.</description>
  </exercise>
  <exercise>
    <title>Zero</title>
    <description>Nothing to do.</description>
    <sequence duration="0"><image src="zero.png" duration="5"/></sequence>
  </exercise>
  <exercise>
    <title>Head turns</title>
    <description>The same name again.</description>
    <sequence duration="20"/>
  </exercise>
</exercises>
)";

} // namespace

TEST_CASE("a Workrave exercises file becomes timed own exercises, with the pictures found beside it", "[import]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    for (const char* name : {"exercises.xml", "squeeze-a.png", "squeeze-b.png", "head-1.png", "zero.png"}) {
        QFile file(QDir(folder.path()).filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(qstrcmp(name, "exercises.xml") == 0 ? QByteArray(exercisesXml) : QByteArray("\x89PNG"));
    }
    const ImportBatch batch =
        WorkraveImport::read(QDir(folder.path()).filePath(QStringLiteral("exercises.xml")), library());
    INFO(notesText(batch));
    CHECK(batch.fatal.isEmpty());
    CHECK(batch.format == QStringLiteral("workrave"));
    CHECK(batch.file == QStringLiteral("exercises.xml"));
    REQUIRE(batch.exercises.size() == 3);
    CHECK(batch.exerciseLines == QList<int>{3, 14, 24});

    const QJsonObject squeeze = batch.exercises.at(0);
    CHECK(squeeze.value(QStringLiteral("id")).toString() == QStringLiteral("shoulder-blade-squeeze"));
    CHECK(squeeze.value(QStringLiteral("name")).toString() == QStringLiteral("Shoulder blade squeeze"));
    CHECK(squeeze.value(QStringLiteral("origin")).toString() ==
          QStringLiteral("Imported from Workrave: exercises.xml"));
    CHECK(squeeze.value(QStringLiteral("position")).toString() == QStringLiteral("any"));
    CHECK(squeeze.value(QStringLiteral("muscles")).toArray().isEmpty());
    CHECK(squeeze.value(QStringLiteral("steps")).toArray() ==
          QJsonArray{QStringLiteral("Sit up straight with your arms relaxed."),
                     QStringLiteral("Draw your shoulder blades together... and hold."),
                     QStringLiteral("Breathe calmly!"), QStringLiteral("Let go slowly.")});
    const QJsonObject dose = squeeze.value(QStringLiteral("dose")).toObject();
    CHECK(dose.value(QStringLiteral("kind")).toString() == QStringLiteral("timed"));
    CHECK(dose.value(QStringLiteral("seconds")).toObject() ==
          QJsonObject{{QStringLiteral("min"), 45}, {QStringLiteral("max"), 45}});
    CHECK(dose.value(QStringLiteral("text")).toString() == QStringLiteral("45 seconds"));
    CHECK(squeeze.value(QStringLiteral("images")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("file"), QStringLiteral("squeeze-a.png")}, {QStringLiteral("seconds"), 5}},
              QJsonObject{{QStringLiteral("file"), QStringLiteral("squeeze-b.png")},
                          {QStringLiteral("seconds"), 5},
                          {QStringLiteral("mirror"), true}}});

    // English is taken over another language wherever it comes in the file.
    const QJsonObject head = batch.exercises.at(1);
    CHECK(head.value(QStringLiteral("name")).toString() == QStringLiteral("Head turns"));
    CHECK(head.value(QStringLiteral("images")).toArray().size() == 1);
    CHECK(hasNote(batch, QStringLiteral("Head turns"),
                  QStringLiteral("\"pictures/missing.png\" is left out: it is not beside"), false));
    CHECK(hasNote(batch, QStringLiteral("Head turns"), QStringLiteral("\"../outside.png\" is left out"), false));

    // A file with no language marks keeps its own words; no sequence means Workrave's 15 seconds, said in a note.
    const QJsonObject cross = batch.exercises.at(2);
    CHECK(cross.value(QStringLiteral("id")).toString() == QStringLiteral("kreuz-strecken"));
    CHECK(cross.value(QStringLiteral("dose"))
              .toObject()
              .value(QStringLiteral("seconds"))
              .toObject()
              .value(QStringLiteral("max"))
              .toInt() == 15);
    CHECK(hasNote(batch, QStringLiteral("Kreuz strecken"), QStringLiteral("Workrave's 15 seconds"), false));

    CHECK(hasNote(batch, QStringLiteral("Zero"), QStringLiteral("must be more than zero"), true));
    CHECK(hasNote(batch, QStringLiteral("Head turns"), QStringLiteral("same id \"head-turns\""), true));
    CHECK(batch.skippedCount() == 2);
}

TEST_CASE("a Workrave file is read without its folder: every picture gets a note", "[import]")
{
    const ImportBatch batch = WorkraveImport::parse(exercisesXml, QStringLiteral("exercises.xml"), {}, library());
    CHECK(batch.exercises.size() == 3);
    CHECK_FALSE(batch.exercises.at(0).contains(QStringLiteral("images")));
    CHECK(hasNote(batch, QStringLiteral("Shoulder blade squeeze"), QStringLiteral("\"squeeze-a.png\" is left out"),
                  false));
}

TEST_CASE("a broken or foreign Workrave file is refused whole, naming the line", "[import]")
{
    const auto fatal = [](const char* text) {
        return WorkraveImport::parse(QByteArray(text), QStringLiteral("x.xml"), {}, library()).fatal;
    };
    CHECK(fatal("<exercises>\n<exercise>\n<title>Open</title>\n</exercises>")
              .startsWith(QStringLiteral("not valid XML at line 4: ")));
    CHECK(fatal("<exercises><exercise><title>A</title></exercise></exercises>\n<trailing/>")
              .startsWith(QStringLiteral("not valid XML at line 2")));
    CHECK(fatal("[{\"name\": \"a JSON file\"}]").startsWith(QStringLiteral("not valid XML at line 1")));
    CHECK(fatal("<routines/>") == QStringLiteral("this is not a Workrave exercises file: it starts with <routines>, "
                                                 "not <exercises>."));
    CHECK(fatal("<exercises/>") == QStringLiteral("this Workrave file holds no exercises."));
    CHECK(fatal("").startsWith(QStringLiteral("not valid XML at line 1")));
}
