#include "PainSiteChoice.h"

#include "../StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("tapping a place cycles it through hurts, hurts most and not chosen", "[journal][sites]")
{
    PainSiteChoice choice;
    const QString rhomboids = QStringLiteral("muscle:rhomboids");
    const QString neck = QStringLiteral("area:neck");
    CHECK(choice.tap(rhomboids) == PainSiteChoice::Mark::Hurts);
    CHECK(choice.tap(neck) == PainSiteChoice::Mark::Hurts);
    CHECK(choice.chosen() == QStringList{rhomboids, neck});
    CHECK(choice.tap(neck) == PainSiteChoice::Mark::Worst);
    CHECK(choice.worst() == neck);
    CHECK(choice.tap(rhomboids) == PainSiteChoice::Mark::Worst); // one place hurts most: the neck loses the mark
    CHECK(choice.mark(neck) == PainSiteChoice::Mark::Hurts);
    CHECK(choice.tap(rhomboids) == PainSiteChoice::Mark::None);
    CHECK(choice.worst().isEmpty());
    CHECK(choice.chosen() == QStringList{neck});
}

TEST_CASE("unticking the place that hurts most clears the mark; only a chosen place can have it", "[journal][sites]")
{
    PainSiteChoice choice;
    const QString neck = QStringLiteral("area:neck");
    choice.setWorst(neck);
    CHECK(choice.worst().isEmpty());
    choice.set(neck, true);
    choice.set(neck, true);
    CHECK(choice.chosen().size() == 1);
    choice.setWorst(neck);
    CHECK(choice.mark(neck) == PainSiteChoice::Mark::Worst);
    choice.set(neck, false);
    CHECK(choice.worst().isEmpty());
    CHECK(choice.mark(neck) == PainSiteChoice::Mark::None);
}
