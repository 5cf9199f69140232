// An exercise page: the figure moving in a loop while the page is seen, a still strip of its key poses in the text,
// and still pictures when the person asks for less motion.
#include "LibraryRepository.h"
#include "common/ReduceMotion.h"
#include "figures/FigureWidget.h"
#include "library/DetailRenderer.h"
#include "library/LibraryView.h"
#include "shell/AppContext.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Page {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    LibraryView view{context.library()};

    Page()
    {
        ReduceMotion::instance().set(false);
        view.resize(1100, 760);
        view.QWidget::show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    ~Page() { ReduceMotion::instance().set(false); }

    QTextBrowser* text() { return view.findChild<QTextBrowser*>(); }
};

} // namespace

TEST_CASE("an exercise page shows its figure moving, and other pages show none", "[library][figure]")
{
    Page page;
    page.view.open({ItemKind::Exercise, QStringLiteral("v-raises")});
    FigureWidget* figure = page.view.figure();
    REQUIRE(figure->isVisible());
    CHECK(figure->isLooping());
    CHECK_FALSE(figure->isStill());
    const Pose first = figure->pose();
    // The page's loop runs on its own clock: a moment later the arms have moved.
    CHECK(QTest::qWaitFor([figure, &first] { return !(figure->pose() == first); }, 5000));

    page.view.open({ItemKind::Muscle, QStringLiteral("rhomboids")});
    CHECK_FALSE(figure->isVisible());
    CHECK_FALSE(figure->isLooping());

    page.view.open({ItemKind::Exercise, QStringLiteral("v-raises")});
    page.view.hide(); // nothing on screen, nothing drawn
    CHECK_FALSE(figure->isLooping());
}

TEST_CASE("reduce motion shows the key poses still, with an arrow", "[library][figure]")
{
    Page page;
    ReduceMotion::instance().set(true);
    page.view.open({ItemKind::Exercise, QStringLiteral("glute-bridges")});
    FigureWidget* figure = page.view.figure();
    CHECK(figure->isStill());
    CHECK_FALSE(figure->isLooping());
    const auto bridges = page.context.library().exercise(QStringLiteral("glute-bridges"));
    CHECK(figure->pose() == bridges->figure.forSet(0).peakPose());
    ReduceMotion::instance().set(false); // switched back while the page is open: it moves again
    CHECK(figure->isLooping());
}

TEST_CASE("the page text has a strip of key poses for each way of moving", "[library][figure]")
{
    Page page;
    page.view.open({ItemKind::Exercise, QStringLiteral("total-neck-recovery")});
    QTextDocument* document = page.text()->document();
    // Two sets that move differently (side to side, then up and down): two strips, each drawn.
    for (const int set : {0, 1}) {
        const QImage strip =
            document->resource(QTextDocument::ImageResource, DetailRenderer::stripUrl(set)).value<QImage>();
        INFO("set " << set);
        REQUIRE_FALSE(strip.isNull());
        CHECK(strip.width() > strip.height());
    }
    CHECK(page.text()->toHtml().contains(DetailRenderer::stripUrl(1).toString()));

    // Left and right sides only mirror each other: one strip is enough.
    page.view.open({ItemKind::Exercise, QStringLiteral("neck-tilts")});
    CHECK(page.text()->toHtml().contains(DetailRenderer::stripUrl(0).toString()));
    CHECK_FALSE(page.text()->toHtml().contains(DetailRenderer::stripUrl(1).toString()));
}
