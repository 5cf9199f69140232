// Files in and out of the person's own library: a Workrave exercises file and a free-exercise-db file made here, a
// preview before anything is written, and an own routine shared from one journal into an empty one.
#include "BuiltinContent.h"
#include "LibraryRepository.h"
#include "ManualClock.h"
#include "common/Prompts.h"
#include "journal/PainRatingDialog.h"
#include "library/ContentTransfer.h"
#include "library/ImportDialog.h"
#include "library/LibraryView.h"
#include "report/ReportWriter.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Answers the next preview: looks at it with check, then presses Import (or Cancel).
void answerPreview(std::function<void(ImportDialog*)> check, bool accept = true)
{
    QTimer::singleShot(0, qApp, [check = std::move(check), accept] {
        auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        check(dialog);
        accept ? dialog->accept() : dialog->reject();
    });
}

struct Journal {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    ContentTransfer transfer{context.library(), context.ownItems(), context.ownImport(), nullptr};
    QStringList told; ///< what the messages said (a test never waits on a message box)

    Journal()
    {
        Prompts::setInformer([this](const QString&, const QString& text) { told.append(text); });
    }
    ~Journal() { Prompts::setInformer({}); }
};

const char* const workrave = R"(<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>Arm circles</title>
    <description>Stretch your arms out to the sides. Make small slow circles.</description>
    <sequence duration="20">
      <image src="arms-1.png" duration="2"/>
      <image src="arms-2.png" duration="2"/>
    </sequence>
  </exercise>
  <exercise>
    <title>Look far away</title>
    <description>Look at something far away for a while.</description>
    <sequence duration="15"><image src="eyes.png" duration="5"/></sequence>
  </exercise>
</exercises>
)";

const char* const freeExerciseDb = R"([
  {"id": "Band_Pull_Apart", "name": "Band Pull Apart", "force": "pull", "level": "beginner", "mechanic": "isolation",
   "equipment": "bands", "primaryMuscles": ["shoulders"], "secondaryMuscles": ["middle back", "traps"],
   "instructions": ["Hold a band in front of you at shoulder height.", "Pull it apart, squeezing your shoulder blades."],
   "category": "strength", "images": ["Band_Pull_Apart/0.jpg"]},
  {"id": "Chest_Stretch_On_Stability_Ball", "name": "Chest Stretch on Stability Ball", "force": "static",
   "level": "beginner", "mechanic": null, "equipment": "exercise ball", "primaryMuscles": ["chest"],
   "secondaryMuscles": [], "instructions": ["Kneel beside the ball.", "Roll forward until you feel a stretch."],
   "category": "stretching", "images": []}
])";

} // namespace

TEST_CASE("a Workrave exercises file comes in as timed exercises, with a preview first", "[import]")
{
    Journal j;
    writeFile(j.dir.filePath(QStringLiteral("exercises.xml")), workrave);
    writeFile(j.dir.filePath(QStringLiteral("arms-1.png")), "png"); // one picture is there, the others are not
    bool looked = false;
    answerPreview([&looked](ImportDialog* dialog) {
        looked = true;
        CHECK(dialog->toWrite() == 2);
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text().startsWith(QStringLiteral("2 new")));
        // The pictures that are not beside the file are named in the notes.
        bool missingNoted = false;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
            missingNoted =
                missingNoted || dialog->table()->topLevelItem(i)->text(4).contains(QStringLiteral("eyes.png"));
        }
        CHECK(missingNoted);
    });
    j.transfer.importPath(j.dir.filePath(QStringLiteral("exercises.xml")));
    REQUIRE(looked);
    const auto circles = j.context.library().exercise(QStringLiteral("arm-circles"));
    REQUIRE(circles);
    CHECK(circles->own);
    CHECK(circles->dose.kind == Dose::Kind::Timed);
    CHECK(circles->dose.secondsMax == 20);
    CHECK(circles->steps.size() == 2);

    // The same file again adds nothing, and says so.
    answerPreview([](ImportDialog* dialog) { CHECK(dialog->toWrite() == 0); });
    const auto count = j.context.library().list(ItemKind::Exercise).size();
    j.transfer.importPath(j.dir.filePath(QStringLiteral("exercises.xml")));
    CHECK(j.context.library().list(ItemKind::Exercise).size() == count);
}

TEST_CASE("a free-exercise-db file comes in with its muscles matched, and unmatched ones kept as text", "[import]")
{
    Journal j;
    writeFile(j.dir.filePath(QStringLiteral("exercises.json")), freeExerciseDb);
    const int before = static_cast<int>(j.context.library().list(ItemKind::Exercise).size());
    answerPreview([](ImportDialog* dialog) { CHECK(dialog->toWrite() == 2); });
    j.transfer.importPath(j.dir.filePath(QStringLiteral("exercises.json")));
    CHECK(j.context.library().list(ItemKind::Exercise).size() == before + 2);
    const auto pull = j.context.library().exercise(QStringLiteral("band-pull-apart"));
    REQUIRE(pull);
    CHECK(pull->muscles.contains(QStringLiteral("middle-trapezius")));
    CHECK(pull->otherMuscles.contains(QStringLiteral("shoulders")));
    const auto stretch = j.context.library().exercise(QStringLiteral("chest-stretch-on-stability-ball"));
    REQUIRE(stretch);
    CHECK(stretch->dose.kind == Dose::Kind::Timed);
    CHECK(stretch->muscles.contains(QStringLiteral("pectorals")));

    // Cancelled, nothing is written.
    Journal other;
    writeFile(other.dir.filePath(QStringLiteral("exercises.json")), freeExerciseDb);
    answerPreview([](ImportDialog*) {}, false);
    other.transfer.importPath(other.dir.filePath(QStringLiteral("exercises.json")));
    CHECK_FALSE(other.context.library().exercise(QStringLiteral("band-pull-apart")));
}

TEST_CASE("a file of another kind is refused with a message and nothing is written", "[import]")
{
    Journal j;
    writeFile(j.dir.filePath(QStringLiteral("notes.txt")), "my shoulder hurts on Mondays");
    j.transfer.importPath(j.dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(j.told.size() == 1);
    CHECK(j.told.first().contains(QStringLiteral("notes.txt")));
    CHECK(j.context.library().list(ItemKind::Exercise).size() == BuiltinContent::load().pack.exercises().size());
}

TEST_CASE("an own routine is shared to a file and plays in an empty journal on another computer", "[import]")
{
    QTemporaryDir shared;
    const QString file = shared.filePath(QStringLiteral("evening.unknot.json"));
    {
        Journal mine;
        const QJsonObject press = QJsonDocument::fromJson(R"({"id": "wall-press", "name": "Wall press",
            "position": "wall", "steps": ["Press your shoulder blades into the wall."], "muscles": ["rhomboids"],
            "dose": {"kind": "reps", "reps": {"min": 3, "max": 3}, "holdSeconds": 1, "text": "3 presses"}})")
                                      .object();
        REQUIRE(mine.context.ownItems().save(ItemKind::Exercise, press).ok());
        const QJsonObject evening = QJsonDocument::fromJson(R"({"id": "my-evening", "name": "My evening",
            "restSeconds": 5, "steps": [{"kind": "exercise", "exercise": "wall-press"},
                                        {"kind": "exercise", "exercise": "neck-tilts"},
                                        {"kind": "rest", "seconds": 10}]})")
                                        .object();
        REQUIRE(mine.context.ownItems().save(ItemKind::Routine, evening).ok());
        REQUIRE(mine.transfer.exportRoutineTo(QStringLiteral("my-evening"), file));
    }
    QTemporaryDir home;
    ManualClock clock;
    AppContext fresh(home.filePath(QStringLiteral("journal.sqlite")));
    QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    Prompts::setInformer([](const QString&, const QString&) {});
    MainWindow window(fresh, clock);
    auto* transfer = window.findChild<ContentTransfer*>(QStringLiteral("contentTransfer"));
    REQUIRE(transfer);
    answerPreview([](ImportDialog* dialog) { CHECK(dialog->toWrite() == 2); });
    transfer->importPath(file);
    const auto routine = fresh.library().routine(QStringLiteral("my-evening"));
    REQUIRE(routine);
    CHECK(routine->own);
    // The library opens on what the file brought: the routine, listed with the others.
    CHECK(window.library()->currentItem() == ItemRef{ItemKind::Routine, QStringLiteral("my-evening")});
    auto* list = window.library()->findChild<QListWidget*>(QStringLiteral("items"));
    REQUIRE(list);
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text().contains(QStringLiteral("My evening")));
    REQUIRE(window.sessions()->startRoutine(QStringLiteral("my-evening")));
    // It plays to the end: wall presses, neck tilts, the rest.
    for (int i = 0; i < 400 && window.sessions()->driver()->snapshot().state != SessionState::Finished; ++i) {
        clock.advance(1000);
        window.sessions()->driver()->tick();
    }
    CHECK(window.sessions()->driver()->snapshot().state == SessionState::Finished);
    // Rated after, it is in History's per-routine table and on the report like any routine.
    PainRatingDialog* rating = window.sessions()->ratingDialog();
    REQUIRE(rating);
    QTest::keyClick(rating, Qt::Key_3);
    QTest::keyClick(rating, Qt::Key_Return);
    const QDate today = QDate::currentDate();
    const auto report = ReportWriter::gather(fresh.history(), fresh.library(), today.addDays(-1), today);
    bool listed = false;
    for (const RoutineSummary& routineDone : report.routines) {
        if (routineDone.routineSlug == QStringLiteral("my-evening")) {
            listed = true;
            CHECK(routineDone.routineName == QStringLiteral("My evening"));
            CHECK(routineDone.timesDone == 1);
            REQUIRE(routineDone.averageAfter);
            CHECK(*routineDone.averageAfter == 3);
        }
    }
    CHECK(listed);
    Prompts::setAnswerer({});
    Prompts::setInformer({});
}
