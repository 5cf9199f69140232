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

TEST_CASE("the shades are relative to the most marked place, and each shade names the marks it stands for", "[bodymap]")
{
    const QHash<QString, int> counts{{QStringLiteral("muscle:rhomboids"), 12},
                                     {QStringLiteral("muscle:infraspinatus"), 4},
                                     {QStringLiteral("area:shoulders"), 1}};
    CHECK(BodyMapShading::most(counts) == 12);
    CHECK(BodyMapShading::most({}) == 0);
    const auto tones = BodyMapShading::tones(counts);
    CHECK(tones.value(QStringLiteral("muscle:rhomboids")) == 4);
    CHECK(tones.value(QStringLiteral("muscle:infraspinatus")) == 2);
    CHECK(tones.value(QStringLiteral("area:shoulders")) == 1);
    CHECK(tones.size() == 3);

    CHECK(BodyMapShading::range(1, 12) == std::pair{1, 3});
    CHECK(BodyMapShading::range(4, 12) == std::pair{10, 12});
    CHECK(BodyMapShading::range(1, 2) == std::pair{0, 0}); // one mark is already half of two: shade 2
    CHECK(BodyMapShading::range(2, 2) == std::pair{1, 1});
    CHECK(BodyMapShading::range(0, 5) == std::pair{0, 0});
    CHECK(BodyMapShading::range(1, 0) == std::pair{0, 0});
    // Every count falls in the range of its own shade, whatever the most.
    for (int most = 1; most <= 40; ++most) {
        for (int count = 1; count <= most; ++count) {
            const auto [first, last] = BodyMapShading::range(BodyMapShading::level(count, most), most);
            INFO(count << " of " << most);
            CHECK(first <= count);
            CHECK(count <= last);
        }
    }
}
