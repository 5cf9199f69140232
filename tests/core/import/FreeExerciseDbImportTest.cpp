#include "FreeExerciseDbImport.h"

#include "../StringMaker.h"
#include "ImportTestData.h"

#include <catch2/catch.hpp>

using namespace unknot;
using importtest::hasNote;
using importtest::library;
using importtest::notesText;

namespace {

// Shaped like free-exercise-db's dist/exercises.json: the same keys, nulls and muscle words.
const char* const exercisesJson = R"([
  {
    "name": "Bent Over Two-Dumbbell Row",
    "force": "pull",
    "level": "beginner",
    "mechanic": "compound",
    "equipment": "dumbbell",
    "primaryMuscles": ["middle back"],
    "secondaryMuscles": ["biceps", "lats", "shoulders"],
    "instructions": [
      "With a dumbbell in each hand, bend your knees slightly. Keep your back straight.",
      "Lift the dumbbells to your side, squeezing your shoulder blades together."
    ],
    "category": "strength",
    "images": ["Bent_Over_Two-Dumbbell_Row/0.jpg", "Bent_Over_Two-Dumbbell_Row/1.jpg"],
    "id": "Bent_Over_Two-Dumbbell_Row"
  },
  {
    "name": "Chin To Chest Stretch",
    "force": "static",
    "level": "beginner",
    "mechanic": null,
    "equipment": "body only",
    "primaryMuscles": ["neck"],
    "secondaryMuscles": [],
    "instructions": ["Stand tall and let your chin drop slowly towards your chest."],
    "category": "stretching",
    "images": ["Chin_To_Chest_Stretch/0.jpg"],
    "id": "Chin_To_Chest_Stretch"
  },
  {
    "name": "Barbell Squat",
    "force": "push",
    "level": "intermediate",
    "mechanic": "compound",
    "equipment": "barbell",
    "primaryMuscles": ["quadriceps"],
    "secondaryMuscles": ["calves", "glutes", "hamstrings", "lower back"],
    "instructions": ["Rest the bar on your upper back.", "Bend your knees and hips until your thighs are level."],
    "category": "powerlifting",
    "images": [],
    "id": "Barbell_Squat"
  },
  {
    "name": "Front Raise",
    "force": "push",
    "level": "beginner",
    "mechanic": "isolation",
    "equipment": null,
    "primaryMuscles": ["shoulders"],
    "secondaryMuscles": [],
    "instructions": ["Raise your arms in front of you to shoulder height."],
    "category": "strength",
    "images": [],
    "id": "Front_Raise"
  },
  {"name": "No Steps", "primaryMuscles": ["lats"], "instructions": [], "category": "strength"},
  {"force": "pull", "primaryMuscles": ["lats"]},
  {"name": "Chin to chest stretch", "instructions": ["Again, with another case."], "category": "stretching"}
]
)";

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QString::fromLatin1(key)).toString();
}

} // namespace

TEST_CASE("free-exercise-db's exercises come in with a gentle dose and the library's muscles", "[import]")
{
    const ImportBatch batch = FreeExerciseDbImport::parse(exercisesJson, QStringLiteral("exercises.json"), library());
    INFO(notesText(batch));
    CHECK(batch.fatal.isEmpty());
    CHECK(batch.format == QStringLiteral("free-exercise-db"));
    REQUIRE(batch.exercises.size() == 4);
    CHECK(batch.exerciseLines == QList<int>{2, 18, 31, 44});

    const QJsonObject row = batch.exercises.at(0);
    CHECK(text(row, "id") == QStringLiteral("bent-over-two-dumbbell-row"));
    CHECK(text(row, "summary") == QStringLiteral("With a dumbbell in each hand, bend your knees slightly."));
    CHECK(text(row, "equipment") == QStringLiteral("dumbbell"));
    CHECK(text(row, "origin") == QStringLiteral("Imported from free-exercise-db: exercises.json (level: beginner)"));
    CHECK(text(row, "position") == QStringLiteral("any"));
    CHECK(row.value(QStringLiteral("steps")).toArray().size() == 2);
    // Partly matched: "middle back" and "lats" are the library's; "biceps" and "shoulders" stay as text.
    CHECK(row.value(QStringLiteral("muscles")).toArray() == QJsonArray{QStringLiteral("middle-trapezius"),
                                                                       QStringLiteral("rhomboids"),
                                                                       QStringLiteral("latissimus-dorsi")});
    CHECK(row.value(QStringLiteral("otherMuscles")).toArray() ==
          QJsonArray{QStringLiteral("biceps"), QStringLiteral("shoulders")});
    CHECK(
        hasNote(batch, QStringLiteral("Bent Over Two-Dumbbell Row"), QStringLiteral("\"biceps\" matches none"), false));
    CHECK(hasNote(batch, QStringLiteral("Bent Over Two-Dumbbell Row"), QStringLiteral("\"shoulders\" matches none"),
                  false));
    CHECK_FALSE(row.contains(QStringLiteral("images")));
    const QJsonObject reps = row.value(QStringLiteral("dose")).toObject();
    CHECK(text(reps, "kind") == QStringLiteral("reps"));
    CHECK(reps.value(QStringLiteral("reps")).toObject() ==
          QJsonObject{{QStringLiteral("min"), 8}, {QStringLiteral("max"), 12}});
    CHECK(text(reps, "notFromSeed") ==
          QStringLiteral("The source gives no dose; 8 to 12 slow reps is a gentle start."));

    // A stretch is held; "body only" names no equipment; matched fully.
    const QJsonObject stretch = batch.exercises.at(1);
    CHECK_FALSE(stretch.contains(QStringLiteral("equipment")));
    CHECK(stretch.value(QStringLiteral("muscles")).toArray() == QJsonArray{QStringLiteral("neck-muscles")});
    CHECK_FALSE(stretch.contains(QStringLiteral("otherMuscles")));
    const QJsonObject held = stretch.value(QStringLiteral("dose")).toObject();
    CHECK(text(held, "kind") == QStringLiteral("timed"));
    CHECK(text(held, "text") == QStringLiteral("Hold for 30 seconds"));

    // Mostly unmatched: kept, never dropped.
    const QJsonObject squat = batch.exercises.at(2);
    CHECK(squat.value(QStringLiteral("muscles")).toArray() ==
          QJsonArray{QStringLiteral("glutes"), QStringLiteral("erector-spinae")});
    CHECK(squat.value(QStringLiteral("otherMuscles")).toArray() ==
          QJsonArray{QStringLiteral("quadriceps"), QStringLiteral("calves"), QStringLiteral("hamstrings")});

    // Nothing matched: an own exercise may work no library muscle.
    const QJsonObject raise = batch.exercises.at(3);
    CHECK(raise.value(QStringLiteral("muscles")).toArray().isEmpty());
    CHECK(raise.value(QStringLiteral("otherMuscles")).toArray() == QJsonArray{QStringLiteral("shoulders")});
    CHECK(text(raise, "origin").endsWith(QStringLiteral("(level: beginner)")));

    CHECK(hasNote(batch, QStringLiteral("No Steps"), QStringLiteral("it needs the instructions"), true));
    CHECK(hasNote(batch, QStringLiteral("exercise 6"), QStringLiteral("no \"name\""), true));
    CHECK(hasNote(batch, QStringLiteral("Chin to chest stretch"), QStringLiteral("same id \"chin-to-chest-stretch\""),
                  true));
    CHECK(hasNote(batch, QString(), QStringLiteral("Pictures are not imported"), false));
    CHECK(batch.skippedCount() == 3);
}

TEST_CASE("a file that is not free-exercise-db's is refused whole", "[import]")
{
    const auto fatal = [](const char* json) {
        return FreeExerciseDbImport::parse(QByteArray(json), QStringLiteral("x.json"), library()).fatal;
    };
    CHECK(fatal("{\"format\": \"unknot-pack\", \"version\": 1}")
              .startsWith(QStringLiteral("this is not a free-exercise-db file")));
    CHECK(fatal("[1, \"two\", {\"three\": 3}]") ==
          QStringLiteral("this is not a free-exercise-db file: none of its items has a \"name\"."));
    CHECK(fatal("[\n {\"name\": \"a\"},\n {\"name\": }\n]").startsWith(QStringLiteral("not valid JSON at line 3: ")));
    CHECK(fatal("[]").isEmpty());
}
