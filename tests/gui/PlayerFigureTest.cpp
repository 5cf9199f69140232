#include "FigureMotion.h"
#include "LibraryRepository.h"
#include "ManualClock.h"
#include "ThermalPlan.h"
#include "common/Prompts.h"
#include "common/ReduceMotion.h"
#include "figures/FigureWidget.h"
#include "session/MiniPlayer.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "session/SessionFigure.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<AppContext> context = std::make_unique<AppContext>(dir.filePath(QStringLiteral("journal.sqlite")));
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(*context, clock);

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        ReduceMotion::instance().set(false);
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    }
    ~Fixture()
    {
        ReduceMotion::instance().set(false);
        Prompts::setAnswerer({});
    }

    SessionController& sessions() { return *window->sessions(); }
    void advance(qint64 ms)
    {
        clock.advance(ms);
        sessions().driver()->tick();
    }
    FigureWidget* figure() { return sessions().player()->findChild<FigureWidget*>(QStringLiteral("playerFigure")); }
    SessionFigure* driverOf()
    {
        return sessions().player()->findChild<SessionFigure*>(QStringLiteral("sessionFigure"));
    }
};

} // namespace

TEST_CASE("the player's figure lifts over exactly the lift and holds at the top", "[player][figure]")
{
    Fixture f;
    const auto bridges = f.context->library().exercise(QStringLiteral("glute-bridges"));
    REQUIRE(bridges);
    const Movement& movement = bridges->figure.forSet(0);
    const Pose down = movement.liftPath().first();
    const Pose up = movement.liftPath().last();

    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    REQUIRE(QTest::qWaitForWindowExposed(f.sessions().player()));
    FigureWidget* figure = f.figure();
    REQUIRE(figure);
    CHECK(figure->isVisible());
    CHECK(figure->pose() == down); // getting ready, lying down

    f.advance(5000); // 5 s to get ready: the first lift starts now
    REQUIRE(f.sessions().driver()->snapshot().phase == SessionPhase::Lift);
    CHECK(figure->pose() == down);
    CHECK(f.driverOf()->isAnimating());

    f.advance(1000); // half of the 2 s lift
    CHECK(figure->pose()[Joint::Y] == Approx((down[Joint::Y] + up[Joint::Y]) / 2));

    // Paused half-way, the figure stays where it is, however long the pause, and no frames run.
    REQUIRE(f.sessions().driver()->pause());
    const Pose paused = figure->pose();
    CHECK_FALSE(f.driverOf()->isAnimating());
    f.clock.advance(4000);
    f.sessions().driver()->tick();
    QTest::qWait(80);
    CHECK(figure->pose() == paused);
    REQUIRE(f.sessions().driver()->resume());
    CHECK(f.driverOf()->isAnimating());

    f.advance(1000); // the end of the lift: at the top, holding still
    REQUIRE(f.sessions().driver()->snapshot().phase == SessionPhase::Hold);
    CHECK(figure->pose() == up);
    CHECK_FALSE(f.driverOf()->isAnimating());
}

TEST_CASE("frames run only while the figure moves and can be seen", "[player][figure]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    PlayerWindow* player = f.sessions().player();
    REQUIRE(QTest::qWaitForWindowExposed(player));
    f.advance(5500);
    CHECK(f.driverOf()->isAnimating());
    // A frame reads the session's clock, not one of its own: a late frame still shows the right moment.
    f.clock.advance(500);
    const auto expected = motion::poseAt(f.context->library().exercise(QStringLiteral("glute-bridges"))->figure,
                                         f.sessions().driver()->snapshot());
    // The next frame, whenever the timer gets to it on a busy machine, shows exactly that moment.
    CHECK(QTest::qWaitFor([&f, &expected] { return f.figure()->pose() == expected; }, 5000));

    player->hide();
    CHECK_FALSE(f.driverOf()->isAnimating());
    player->show();
    CHECK(f.driverOf()->isAnimating());

    ReduceMotion::instance().set(true); // still key poses with an arrow instead
    CHECK(f.figure()->isStill());
    CHECK_FALSE(f.driverOf()->isAnimating());
    ReduceMotion::instance().set(false);
    CHECK_FALSE(f.figure()->isStill());
    CHECK(f.driverOf()->isAnimating());
}

TEST_CASE("sides are mirrored, heat has its own picture, and the mini player shows a small figure", "[player][figure]")
{
    Fixture f;
    const auto tilts = f.context->library().exercise(QStringLiteral("neck-tilts"));
    REQUIRE(tilts);
    REQUIRE(f.sessions().startExercise(QStringLiteral("neck-tilts")));
    REQUIRE(QTest::qWaitForWindowExposed(f.sessions().player()));
    CHECK_FALSE(f.figure()->movement().mirror);
    // Move on to the second side: its figure is the mirror of the first.
    while (f.sessions().driver()->snapshot().setIndex == 0 &&
           f.sessions().driver()->snapshot().state == SessionState::Running) {
        f.advance(1000);
    }
    CHECK(f.figure()->movement().mirror);

    f.sessions().toggleMiniPlayer();
    REQUIRE(f.sessions().miniPlayer());
    auto* mini = f.sessions().miniPlayer()->findChild<FigureWidget*>(QStringLiteral("miniFigure"));
    REQUIRE(mini);
    CHECK(mini->hasFigure());
    CHECK(mini->movement() == f.figure()->movement());
    f.sessions().driver()->end();

    Fixture g;
    ThermalPlan heat;
    heat.mode = ThermalPlan::Mode::Heat;
    heat.phaseMinutes = 15;
    REQUIRE(g.sessions().startThermal(heat));
    REQUIRE(QTest::qWaitForWindowExposed(g.sessions().player()));
    g.advance(6000);
    CHECK(g.figure()->hasFigure());
    CHECK(g.figure()->movement() == g.context->library().still(QStringLiteral("heat")).forSet(0));
}
