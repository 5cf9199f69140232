#include "Dose.h"
#include "NavigationHistory.h"
#include "StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("navigation history goes back and forward like a browser", "[navigation]")
{
    NavigationHistory history;
    const ItemRef posture{ItemKind::Cause, QStringLiteral("poor-posture")};
    const ItemRef rhomboids{ItemKind::Muscle, QStringLiteral("rhomboids")};
    const ItemRef bridges{ItemKind::Exercise, QStringLiteral("glute-bridges")};

    CHECK_FALSE(history.back());
    history.visit(posture);
    history.visit(rhomboids);
    history.visit(rhomboids); // reopening the same page is not a new step
    CHECK(history.back() == posture);
    CHECK_FALSE(history.canGoBack());
    CHECK(history.forward() == rhomboids);
    CHECK(history.back() == posture);
    history.visit(bridges); // a new visit drops what lay ahead
    CHECK_FALSE(history.canGoForward());
    CHECK(history.back() == posture);
}

TEST_CASE("item links round-trip through their URL form", "[navigation]")
{
    const ItemRef ref{ItemKind::Technique, QStringLiteral("foam-rolling")};
    CHECK(ref.toUrl().toString() == QStringLiteral("unknot:technique/foam-rolling"));
    CHECK(ItemRef::fromUrl(ref.toUrl()) == ref);
    CHECK_FALSE(ItemRef::fromUrl(QUrl(QStringLiteral("https://example.org/muscle/x"))));
    CHECK_FALSE(ItemRef::fromUrl(QUrl(QStringLiteral("unknot:organ/liver"))));
}

TEST_CASE("a dose estimates its own length", "[dose]")
{
    QStringList errors;
    const Dose neck = Dose::fromJson(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("reps")},
                    {QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("max"), 10}}},
                    {QStringLiteral("sets"), QJsonArray{QStringLiteral("Side to side"), QStringLiteral("Face up")}},
                    {QStringLiteral("text"), QStringLiteral("5 to 10 each way")}},
        &errors);
    CHECK(errors.isEmpty());
    CHECK(neck.isRange());
    CHECK(neck.estimatedSeconds() == 10 * 4 * 2);

    const Dose angels = Dose::fromJson(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("cycles")},
                    {QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("max"), 5}}},
                    {QStringLiteral("contractSeconds"), 5},
                    {QStringLiteral("relaxSeconds"), 10},
                    {QStringLiteral("text"), QStringLiteral("5 cycles")}},
        &errors);
    CHECK(errors.isEmpty());
    CHECK(angels.estimatedSeconds() == 75);

    Dose::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("timed")},
                               {QStringLiteral("seconds"), QJsonObject{{QStringLiteral("min"), 120}, {QStringLiteral("max"), 60}}},
                               {QStringLiteral("text"), QStringLiteral("x")}},
                   &errors);
    CHECK(errors.join(u'\n').contains(QStringLiteral("the time goes from 120 down to 60")));
}
