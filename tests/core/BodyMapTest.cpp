#include "BodyMapRegion.h"
#include "BodyMapShading.h"
#include "StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("a body map element id names a muscle or an area, and a side", "[bodymap]")
{
    const auto left = BodyMapRegion::fromElementId(QStringLiteral("rhomboids_l"));
    REQUIRE(left);
    CHECK(left->kind == PainSite::Kind::Muscle);
    CHECK(left->slug == QStringLiteral("rhomboids"));
    CHECK(left->side == BodyMapRegion::Side::Left);
    CHECK(left->siteKey() == QStringLiteral("muscle:rhomboids"));

    const auto area = BodyMapRegion::fromElementId(QStringLiteral("area-lower-back"));
    REQUIRE(area);
    CHECK(area->kind == PainSite::Kind::Area);
    CHECK(area->slug == QStringLiteral("lower-back"));
    CHECK(area->side == BodyMapRegion::Side::Both);
    CHECK(BodyMapRegion::fromElementId(QStringLiteral("area-shoulders_r"))->side == BodyMapRegion::Side::Right);

    for (const char* bad : {"", "_l", "area-", "Back Body", "-neck"}) {
        INFO(bad);
        CHECK_FALSE(BodyMapRegion::fromElementId(QString::fromLatin1(bad)));
    }
}

TEST_CASE("the map's shading counts muscles on their regions and areas on their own region or their muscles",
          "[bodymap]")
{
    const QList<BodyMapRegion> regions{*BodyMapRegion::fromElementId(QStringLiteral("rhomboids_l")),
                                       *BodyMapRegion::fromElementId(QStringLiteral("rhomboids_r")),
                                       *BodyMapRegion::fromElementId(QStringLiteral("infraspinatus_l")),
                                       *BodyMapRegion::fromElementId(QStringLiteral("suboccipitals")),
                                       *BodyMapRegion::fromElementId(QStringLiteral("area-shoulders_l"))};
    const QHash<QString, QString> areas{{QStringLiteral("rhomboids"), QStringLiteral("shoulder-blades")},
                                        {QStringLiteral("infraspinatus"), QStringLiteral("shoulder-blades")},
                                        {QStringLiteral("suboccipitals"), QStringLiteral("neck")},
                                        {QStringLiteral("glutes"), QStringLiteral("hips")}};
    const BodyMapShading shading(regions, areas);
    const auto counts = shading.counts({{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), 3},
                                        {PainSite::Kind::Area, QStringLiteral("shoulder-blades"), 2},
                                        {PainSite::Kind::Area, QStringLiteral("shoulders"), 1},
                                        {PainSite::Kind::Area, QStringLiteral("hips"), 5}, // glutes are not drawn here
                                        {PainSite::Kind::Muscle, QStringLiteral("glutes"), 4}});
    CHECK(counts.value(QStringLiteral("muscle:rhomboids")) == 5); // both sides share one place
    CHECK(counts.value(QStringLiteral("muscle:infraspinatus")) == 2);
    CHECK(counts.value(QStringLiteral("area:shoulders")) == 1);
    CHECK_FALSE(counts.contains(QStringLiteral("muscle:suboccipitals")));
    CHECK_FALSE(counts.contains(QStringLiteral("muscle:glutes")));
    CHECK(counts.size() == 3);

    CHECK(BodyMapShading::level(0, 5) == 0);
    CHECK(BodyMapShading::level(1, 20) == 1);
    CHECK(BodyMapShading::level(10, 20) == 2);
    CHECK(BodyMapShading::level(20, 20) == BodyMapShading::levels);
}
