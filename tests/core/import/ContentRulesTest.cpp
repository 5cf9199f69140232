#include "ContentRules.h"

#include "../StringMaker.h"
#include "ImportTestData.h"

#include <catch2/catch.hpp>

using namespace unknot;
using importtest::library;
using importtest::ownExercise;
using importtest::ownRoutine;

namespace {

QStringList problemsOfExercise(const QJsonObject& json, ItemOrigin from)
{
    QStringList problems;
    ContentRules::readExercise(json, from, library(), &problems);
    return problems;
}

QStringList problemsOfRoutine(const QJsonObject& json, ItemOrigin from)
{
    QStringList problems;
    ContentRules::readRoutine(json, from, library(), &problems);
    return problems;
}

bool mentions(const QStringList& problems, const QString& part)
{
    return problems.join(u'\n').contains(part);
}

} // namespace

TEST_CASE("an own exercise needs no sources, figure, muscle or who should skip it; a built-in one does", "[import]")
{
    QJsonObject json = ownExercise(QStringLiteral("chin-nods"), QStringLiteral("Chin nods"));
    json.insert(QStringLiteral("muscles"), QJsonArray());
    const QStringList own = problemsOfExercise(json, ItemOrigin::Own);
    INFO(own.join(u'\n'));
    CHECK(own.isEmpty());

    QStringList errors;
    const Exercise exercise = Exercise::fromJson(json, &errors, ItemOrigin::Own);
    CHECK(exercise.origin == QStringLiteral("from my physiotherapist"));
    CHECK(exercise.otherMuscles == QStringList{QStringLiteral("deltoids")});
    CHECK(exercise.figure.isEmpty());

    const QStringList builtIn = problemsOfExercise(json, ItemOrigin::BuiltIn);
    INFO(builtIn.join(u'\n'));
    CHECK(mentions(builtIn, QStringLiteral("it needs \"sources\"")));
    CHECK(mentions(builtIn, QStringLiteral("it needs \"askFirst\"")));
    CHECK(mentions(builtIn, QStringLiteral("it needs the short caution")));
    CHECK(mentions(builtIn, QStringLiteral("it needs the muscles it works")));
    CHECK(mentions(builtIn, QStringLiteral("needs a \"figure\"")));
}

TEST_CASE("own exercises keep the same dose and reference rules as the built-in pack", "[import]")
{
    QJsonObject json = ownExercise(QStringLiteral("squeeze"), QStringLiteral("Squeeze"));
    QJsonObject dose = json.value(QStringLiteral("dose")).toObject();

    SECTION("a dose of zero reps")
    {
        dose.insert(QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 0}});
        json.insert(QStringLiteral("dose"), dose);
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own), QStringLiteral("must be more than zero")));
    }
    SECTION("a negative hold")
    {
        dose.insert(QStringLiteral("holdSeconds"), -5);
        json.insert(QStringLiteral("dose"), dose);
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own),
                       QStringLiteral("the hold at the top cannot be below zero")));
    }
    SECTION("a negative time")
    {
        json.insert(QStringLiteral("dose"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("timed")},
                                {QStringLiteral("seconds"),
                                 QJsonObject{{QStringLiteral("min"), -30}, {QStringLiteral("max"), 30}}},
                                {QStringLiteral("text"), QStringLiteral("30 s")}});
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own), QStringLiteral("must be more than zero")));
    }
    SECTION("a dose beyond any session")
    {
        dose.insert(QStringLiteral("reps"),
                    QJsonObject{{QStringLiteral("min"), 10}, {QStringLiteral("max"), 2000000000}});
        json.insert(QStringLiteral("dose"), dose);
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own), QStringLiteral("may be at most 100")));
    }
    SECTION("a muscle the library does not have")
    {
        json.insert(QStringLiteral("muscles"), QJsonArray{QStringLiteral("deltoids")});
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own),
                       QStringLiteral("refers to muscle \"deltoids\", which does not exist")));
    }
    SECTION("an id that is not a slug")
    {
        json.insert(QStringLiteral("id"), QStringLiteral("My Squeeze"));
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own), QStringLiteral("single dashes")));
    }
    SECTION("a picture outside its folder")
    {
        json.insert(QStringLiteral("images"),
                    QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("../secret.png")},
                                           {QStringLiteral("seconds"), 5}}});
        CHECK(mentions(problemsOfExercise(json, ItemOrigin::Own), QStringLiteral("must be a file beside")));
    }
}

TEST_CASE("an own routine may name built-in exercises but no missing one, and takes no role", "[import]")
{
    const QJsonObject good = ownRoutine(QStringLiteral("mine"), {QStringLiteral("glute-bridges")});
    CHECK(problemsOfRoutine(good, ItemOrigin::Own).isEmpty());

    const QJsonObject missing = ownRoutine(QStringLiteral("mine"), {QStringLiteral("no-such-exercise")});
    CHECK(mentions(problemsOfRoutine(missing, ItemOrigin::Own),
                   QStringLiteral("step 1 refers to exercise \"no-such-exercise\", which does not exist")));

    QJsonObject withRole = good;
    withRole.insert(QStringLiteral("role"), QStringLiteral("desk-break"));
    CHECK(mentions(problemsOfRoutine(withRole, ItemOrigin::Own), QStringLiteral("only built-in routines")));
    CHECK(mentions(problemsOfRoutine(good, ItemOrigin::BuiltIn), QStringLiteral("it needs the purpose")));
}

TEST_CASE("the built-in pack cannot spare an item its rules by marking it as own", "[import]")
{
    QJsonObject pack{
        {QStringLiteral("exercises"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sneaky")},
                                                             {QStringLiteral("name"), QStringLiteral("Sneaky")},
                                                             {QStringLiteral("own"), true}}}}};
    QList<ContentError> errors;
    ContentPack::fromJson(pack, &errors);
    bool found = false;
    for (const ContentError& error : errors) {
        found = found || (error.item == QStringLiteral("sneaky") && error.reason.contains(QStringLiteral("\"own\"")));
    }
    CHECK(found);
}
