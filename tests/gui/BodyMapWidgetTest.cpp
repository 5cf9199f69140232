// The body map: every muscle drawn, hit-testing by shape, and the library's pages opening a muscle from it.
#include "figures/BodyMapWidget.h"

#include "../core/StringMaker.h"
#include "BodyMapShading.h"
#include "LibraryRepository.h"
#include "library/LibraryView.h"
#include "shell/AppContext.h"

#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Library {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
};

QStringList siteKeys(const QList<BodyMapRegion>& regions)
{
    QStringList keys;
    for (const auto& region : regions) {
        keys.append(region.siteKey());
    }
    return keys;
}

} // namespace

TEST_CASE("every muscle of the content pack has a region on the body map, and every region names a place", "[bodymap]")
{
    Library library;
    const auto regions = BodyMapArt::shared().allRegions();
    REQUIRE(regions.size() > 20);
    const QStringList keys = siteKeys(regions);
    const auto muscles = library.context.library().list(ItemKind::Muscle);
    REQUIRE(muscles.size() >= 15);
    for (const auto& muscle : muscles) {
        INFO("draw a region for " << muscle.ref.id << " in resources/bodymap/bodymap.svg");
        CHECK(keys.contains(BodyMapRegion::siteKey(PainSite::Kind::Muscle, muscle.ref.id)));
    }
    for (const auto& region : regions) {
        INFO(region.elementId);
        if (region.kind == PainSite::Kind::Muscle) {
            CHECK(library.context.library().muscle(region.slug));
        } else {
            CHECK(Muscle::areas().contains(region.slug));
        }
        CHECK_FALSE(BodyMapArt::shared().bounds(region.elementId).isEmpty());
        // Every region lies inside its view's outline.
        const auto view = BodyMapArt::shared().viewOf(region.elementId);
        CHECK(BodyMapArt::shared().viewBounds(view).contains(BodyMapArt::shared().bounds(region.elementId)));
    }
}

TEST_CASE("the body map hit-tests by a region's shape, not by its bounding box", "[bodymap]")
{
    BodyMapWidget map(BodyMapPainter::Accent::Library);
    map.resize(300, 520);
    map.setViews({BodyMapArt::View::Back, BodyMapArt::View::Front});
    for (const auto& region : BodyMapArt::shared().allRegions()) {
        INFO(region.elementId);
        const auto inside = map.pointInside(region.elementId);
        REQUIRE(inside);
        CHECK(map.regionAt(*inside)->elementId == region.elementId);
    }
    // The rhomboids' box reaches down beside the spine, where the lower trapezius is drawn, not the rhomboids.
    const QRectF rhomboids = map.regionRect(QStringLiteral("rhomboids_l"));
    const QPointF corner = rhomboids.bottomRight() - QPointF(2, 2);
    REQUIRE(rhomboids.contains(corner));
    const auto hit = map.regionAt(corner);
    REQUIRE(hit);
    CHECK(hit->elementId == QStringLiteral("lower-trapezius_l"));
    // The pectoralis minor lies on the pectorals: outside its slanted shape, its box is the pectorals.
    const QRectF minor = map.regionRect(QStringLiteral("pectoralis-minor_r"));
    const auto onPectorals = map.regionAt(minor.topRight() + QPointF(-1, 1));
    REQUIRE(onPectorals);
    CHECK(onPectorals->elementId == QStringLiteral("pectorals_r"));
    const auto belowIt = map.regionAt(minor.bottomLeft() + QPointF(1, -1));
    CHECK((!belowIt || belowIt->elementId != QStringLiteral("pectoralis-minor_r")));
    // Beside the body, nothing.
    CHECK_FALSE(map.regionAt(QPointF(2, 300)));
}

TEST_CASE("clicking a region of the map on a page opens that muscle's page", "[bodymap][library]")
{
    Library library;
    LibraryView view(library.context.library());
    view.resize(1100, 760);
    view.QWidget::show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.open({ItemKind::Exercise, QStringLiteral("v-raises")});
    BodyMapWidget* map = view.bodyMap();
    REQUIRE(map->isVisible());
    // The main muscle strong, the others lighter; the front shows the serratus, so both views are there.
    CHECK(map->marks().tones.value(QStringLiteral("muscle:lower-trapezius")) == BodyMapShading::levels);
    CHECK(map->marks().tones.value(QStringLiteral("muscle:middle-trapezius")) < BodyMapShading::levels);
    CHECK(map->views().size() == 2);

    const auto point = map->pointInside(QStringLiteral("levator-scapulae_r"));
    REQUIRE(point);
    QTest::mouseClick(map, Qt::LeftButton, {}, *point);
    REQUIRE(view.currentItem());
    CHECK(*view.currentItem() == ItemRef{ItemKind::Muscle, QStringLiteral("levator-scapulae")});
    CHECK(map->marks().tones.keys() == QStringList{QStringLiteral("muscle:levator-scapulae")});

    // A cause shows the muscles it strains; a technique has none, so the map goes.
    view.open({ItemKind::Cause, QStringLiteral("sciatica")});
    CHECK(map->marks().tones.contains(QStringLiteral("muscle:glutes")));
    CHECK(map->isVisible());
    view.showSection(ItemKind::Technique);
    CHECK_FALSE(map->isVisible());
}

TEST_CASE("the map's regions are reached and opened with the keyboard, each with its name", "[bodymap][library]")
{
    Library library;
    LibraryView view(library.context.library());
    view.resize(1100, 760);
    view.QWidget::show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.open({ItemKind::Muscle, QStringLiteral("rhomboids")});
    BodyMapWidget* map = view.bodyMap();
    map->setFocus();
    REQUIRE(map->hasFocus());
    CHECK(map->currentRegion() == QStringLiteral("rhomboids_l")); // the keyboard starts on the page's muscle
    CHECK(map->accessibleDescription() == QStringLiteral("Rhomboids (left side)"));
    const QString start = map->currentRegion();
    QTest::keyClick(map, Qt::Key_Right);
    CHECK(map->currentRegion() != start);
    QTest::keyClick(map, Qt::Key_Left);
    CHECK(map->currentRegion() == start);
    QTest::keyClick(map, Qt::Key_Up);
    const auto region = BodyMapRegion::fromElementId(map->currentRegion());
    REQUIRE(region);
    if (region->kind == PainSite::Kind::Muscle) {
        QTest::keyClick(map, Qt::Key_Return);
        CHECK(*view.currentItem() == ItemRef{ItemKind::Muscle, region->slug});
    }
}
