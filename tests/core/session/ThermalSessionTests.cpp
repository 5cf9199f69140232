#include "SessionTestSupport.h"
#include "ThermalPlan.h"

#include <random>

using namespace unknot;
using namespace unknot::test;
using Type = SessionEvent::Type;

TEST_CASE("a 43-minute alternating session driven by late, irregular ticks lands every boundary exactly",
          "[session][thermal][timing]")
{
    ThermalPlan settings;
    settings.mode = ThermalPlan::Mode::Alternating;
    settings.phaseMinutes = 10;
    settings.cycles = 2;
    settings.skinCheckSeconds = 60;
    SessionPlan plan = planOf(settings.build());
    REQUIRE(plan.steps.size() == 7);
    // This test is about the clock; the wait for "my skin feels normal" before heat is tested on its own.
    for (PlanStep& step : plan.steps) {
        step.confirmAtEnd = false;
    }

    // Written out by hand: cold, check, heat, check, cold, check, heat after a 5 s lead-in.
    const QList<qint64> boundaries{0, 5000, 605000, 665000, 1265000, 1325000, 1925000, 1985000, 2585000};
    const QStringList phases{QStringLiteral("GetReady"), QStringLiteral("Cold"), QStringLiteral("Rest"),
                             QStringLiteral("Heat"),     QStringLiteral("Rest"), QStringLiteral("Cold"),
                             QStringLiteral("Rest"),     QStringLiteral("Heat")};
    CHECK(plan.plannedMs() == boundaries.last());

    ManualClock clock;
    SessionEngine engine(plan, clock);
    REQUIRE(engine.start());
    QList<SessionEvent> events = engine.takeEvents();

    std::mt19937 random(1234);
    std::uniform_int_distribution<int> gap(1, 7000);
    std::uniform_int_distribution<int> skipChance(0, 9);
    int ticks = 0;
    int lateBoundaries = 0;
    while (engine.state() != SessionState::Finished) {
        REQUIRE(ticks < 100000);
        // Some ticks never come: the gap then spans several of the driver's intended ticks.
        qint64 step = gap(random);
        while (skipChance(random) == 0) {
            step += gap(random);
        }
        clock.advance(step);
        engine.tick();
        ++ticks;
        const qint64 now = clock.monotonicMs();
        for (const auto& e : engine.takeEvents()) {
            lateBoundaries += e.type == Type::PhaseChanged && e.atMs < now ? 1 : 0;
            events.append(e);
        }
        if (engine.state() == SessionState::Running) {
            // Time left is exactly the planned boundary minus now: no drift however the ticks fall.
            const auto next = std::upper_bound(boundaries.begin(), boundaries.end(), now);
            REQUIRE(next != boundaries.end());
            REQUIRE(engine.snapshot().msLeft == *next - now);
            REQUIRE(engine.snapshot().totalMsLeft == boundaries.last() - now);
        }
    }
    CHECK(lateBoundaries >= 7); // the ticks really were late at the boundaries

    const auto changes = ofType(events, Type::PhaseChanged);
    REQUIRE(changes.size() == phases.size());
    for (int i = 0; i < changes.size(); ++i) {
        CHECK(phaseName(changes.at(i).phase) == phases.at(i));
        CHECK(changes.at(i).atMs == boundaries.at(i));
    }
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 7);
    for (int i = 0; i < finished.size(); ++i) {
        CHECK(finished.at(i).atMs == boundaries.at(i + 2));
        CHECK(finished.at(i).actualMs == finished.at(i).plannedMs);
        CHECK_FALSE(finished.at(i).skipped);
    }
    const auto cues = ofType(events, Type::Countdown);
    REQUIRE(cues.size() == 3 * phases.size());
    for (int i = 0; i < cues.size(); ++i) {
        const qint64 end = boundaries.at(i / 3 + 1);
        CHECK(cues.at(i).atMs == end - (3 - i % 3) * 1000);
        CHECK(cues.at(i).countdown == 3 - i % 3);
    }
    const auto done = ofType(events, Type::SessionFinished);
    REQUIRE(done.size() == 1);
    CHECK(done.at(0).atMs == 2585000);
    CHECK(done.at(0).completed);
}

TEST_CASE("pausing in a long heat phase moves the rest of the plan by exactly the pause", "[session][thermal]")
{
    ThermalPlan settings;
    settings.mode = ThermalPlan::Mode::Heat;
    settings.phaseMinutes = ThermalPlan::defaultMinutes(settings.mode);
    settings.cycles = 2;
    ManualClock clock;
    SessionEngine engine(planOf(settings.build()), clock);
    REQUIRE(engine.start());
    clock.advance(400'000);
    engine.pause();
    clock.advance(123'456);
    engine.tick();
    engine.resume();
    engine.takeEvents();
    const auto events = runOut(engine, clock);
    CHECK(timeline(events) == QStringLiteral("Rest@1028456 Heat@1088456"));
    CHECK(ofType(events, Type::SessionFinished).at(0).atMs == 5000 + 900'000 + 60'000 + 900'000 + 123'456);
}
