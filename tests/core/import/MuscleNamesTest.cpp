#include "MuscleNames.h"

#include "../StringMaker.h"
#include "ContentPack.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("every muscle the names table points at is a muscle of the library", "[import]")
{
    QList<ContentError> errors;
    const auto pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
    REQUIRE(errors.isEmpty());
    QSet<QString> ids;
    for (const Muscle& muscle : pack.muscles()) {
        ids.insert(muscle.id);
    }
    for (const MuscleNames::Entry& entry : MuscleNames::table()) {
        INFO(entry.name);
        CHECK(entry.name == MuscleNames::normalized(entry.name));
        CHECK_FALSE(entry.ids.isEmpty());
        for (const QString& id : entry.ids) {
            CHECK(ids.contains(id));
        }
    }
    // And each library muscle is found by its own id written as words: a renamed muscle fails here too.
    for (const Muscle& muscle : pack.muscles()) {
        INFO(muscle.id);
        CHECK(MuscleNames::match(muscle.id).contains(muscle.id));
    }
}

TEST_CASE("free-exercise-db's muscle words match the library where it has the muscle", "[import]")
{
    CHECK(MuscleNames::match(QStringLiteral("Lats")) == QStringList{QStringLiteral("latissimus-dorsi")});
    CHECK(MuscleNames::match(QStringLiteral("middle back")) ==
          QStringList{QStringLiteral("middle-trapezius"), QStringLiteral("rhomboids")});
    CHECK(MuscleNames::match(QStringLiteral("lower_back")) == QStringList{QStringLiteral("erector-spinae")});
    CHECK(MuscleNames::match(QStringLiteral("traps")) == QStringList{QStringLiteral("upper-trapezius")});
    CHECK(MuscleNames::match(QStringLiteral(" Chest ")) == QStringList{QStringLiteral("pectorals")});
    CHECK(MuscleNames::match(QStringLiteral("neck")) == QStringList{QStringLiteral("neck-muscles")});
    CHECK(MuscleNames::match(QStringLiteral("glutes")) == QStringList{QStringLiteral("glutes")});
    for (const char* none : {"shoulders", "biceps", "triceps", "forearms", "abdominals", "quadriceps", "hamstrings",
                             "calves", "adductors", "abductors", ""}) {
        CHECK(MuscleNames::match(QString::fromLatin1(none)).isEmpty());
    }
}
