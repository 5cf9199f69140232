#include "SessionTestSupport.h"

#include <random>

using namespace unknot;
using namespace unknot::test;
using Type = SessionEvent::Type;

TEST_CASE("a long wall-clock jump means the machine slept: pause, don't race ahead", "[session][sleep]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(1500);
    engine.tick();
    engine.takeEvents();

    // Even if the monotonic clock moved on by 10 s, nothing after the last look is trusted.
    clock.jumpWall(3'600'000);
    clock.advance(10000);
    engine.tick();
    const auto events = engine.takeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).type == Type::SleepDetected);
    CHECK(events.at(0).atMs == 11500);
    CHECK(events.at(0).sleptMs == 3'600'000);
    CHECK(engine.state() == SessionState::Paused);
    const SessionSnapshot s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Lift);
    CHECK(s.msLeft == 500);

    REQUIRE(engine.resume());
    clock.advance(500);
    engine.tick();
    CHECK(timeline(engine.takeEvents()) == QStringLiteral("Hold@12000"));
}

TEST_CASE("small wall-clock drift and jumps while paused are not sleep", "[session][sleep]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("relaxation-snow-angels"))), clock);
    REQUIRE(engine.start());
    clock.advance(1000);
    clock.jumpWall(30000); // exactly at the threshold: not yet sleep
    engine.tick();
    CHECK(engine.state() == SessionState::Running);
    clock.jumpWall(30001);
    engine.tick();
    CHECK(engine.state() == SessionState::Paused);
    CHECK(ofType(engine.takeEvents(), Type::SleepDetected).size() == 1);

    engine.resume();
    engine.pause();
    clock.jumpWall(7'200'000);
    engine.tick();
    CHECK(engine.takeEvents().isEmpty());
    CHECK(engine.resume());
    clock.advance(1000);
    engine.tick();
    CHECK(engine.state() == SessionState::Running);
    CHECK(engine.takeEvents().isEmpty());
}

TEST_CASE("a sleep noticed by a command pauses before the command applies", "[session][sleep]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(1000);
    engine.tick();
    engine.takeEvents();
    clock.jumpWall(600'000);
    clock.advance(20);
    REQUIRE(engine.skip()); // finishes the only step
    const auto events = engine.takeEvents();
    REQUIRE(events.size() == 3);
    CHECK(events.at(0).type == Type::SleepDetected);
    CHECK(events.at(1).type == Type::StepFinished);
    CHECK(events.at(1).actualMs == 1000); // the sleep is not counted as exercise
    CHECK(events.at(2).type == Type::SessionFinished);
}

namespace {

struct Invariants {
    int openStep = -1;
    bool finished = false;
    qint64 lastAt = 0;
    int visits = 0;
};

void checkEvents(const QList<SessionEvent>& events, Invariants& inv, qint64 now)
{
    for (const auto& e : events) {
        INFO("event " << SessionEvent::typeName(e.type).toStdString() << " at " << e.atMs);
        REQUIRE_FALSE(inv.finished); // nothing after SessionFinished
        REQUIRE(e.atMs >= inv.lastAt);
        REQUIRE(e.atMs <= now);
        inv.lastAt = e.atMs;
        switch (e.type) {
        case Type::StepStarted:
            REQUIRE(inv.openStep == -1);
            inv.openStep = e.stepIndex;
            ++inv.visits;
            break;
        case Type::StepFinished:
            REQUIRE(inv.openStep == e.stepIndex);
            REQUIRE(e.actualMs >= 0);
            REQUIRE(e.actualReps >= 0);
            REQUIRE(e.actualReps <= SessionEngine::maxCount * 2);
            inv.openStep = -1;
            break;
        case Type::SessionFinished:
            REQUIRE(inv.openStep == -1);
            inv.finished = true;
            break;
        case Type::Countdown:
            REQUIRE(e.countdown >= 1);
            REQUIRE(e.countdown <= 3);
            break;
        case Type::PhaseChanged:
            REQUIRE(inv.openStep == e.stepIndex);
            break;
        case Type::SleepDetected:
            break;
        }
    }
}

} // namespace

TEST_CASE("random commands in any order keep events consistent", "[session][random]")
{
    Library library;
    const QList<RoutineStep> steps{
        exerciseStep(QStringLiteral("glute-bridges")), exerciseStep(QStringLiteral("neck-tilts")),
        timedStep(RoutineStep::Kind::Heat, 40),        timedStep(RoutineStep::Kind::Rest, 15),
        exerciseStep(QStringLiteral("snow-angels")),   exerciseStep(QStringLiteral("relaxation-snow-angels")),
        exerciseStep(QStringLiteral("v-raises"))};
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(routine(steps, 10), library.lookup()));

    std::mt19937 random(20240611);
    const auto pick = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    int sessions = 0;
    int finishedVisits = 0;
    for (int round = 0; round < 40; ++round) {
        ManualClock clock;
        SessionEngine engine(plan, clock);
        Invariants inv;
        for (int i = 0; i < 400; ++i) {
            const int roll = pick(0, 99);
            if (roll < 35) {
                clock.advance(pick(0, 8000));
                engine.tick();
            } else if (roll < 38) {
                clock.jumpWall(pick(0, 120000));
            } else {
                switch (pick(0, 11)) {
                case 0:
                    engine.start();
                    break;
                case 1:
                    engine.pause();
                    break;
                case 2:
                    engine.resume();
                    break;
                case 3:
                    engine.skip();
                    break;
                case 4:
                    engine.back();
                    break;
                case 5:
                    engine.restartStep();
                    break;
                case 6:
                    engine.tapRep();
                    break;
                case 7:
                    engine.adjustReps(pick(0, 1) == 0 ? -1 : 1);
                    break;
                case 8:
                    engine.setSelfPaced(pick(0, 1) == 1);
                    break;
                case 9:
                    if (pick(0, 20) == 0) {
                        engine.end();
                    }
                    break;
                case 10:
                    engine.start();
                    break;
                default:
                    engine.tick();
                    break;
                }
            }
            checkEvents(engine.takeEvents(), inv, clock.monotonicMs());
            const SessionSnapshot s = engine.snapshot();
            REQUIRE(s.msLeft >= 0);
            REQUIRE(s.msLeft <= s.phaseMs);
            REQUIRE(s.totalMsLeft >= s.msLeft);
            REQUIRE(s.stepIndex >= 0);
            REQUIRE(s.stepIndex < s.stepCount);
            REQUIRE(s.repNumber <= s.repTotal);
            if (const auto next = engine.nextDeadlineMs()) {
                REQUIRE(engine.state() == SessionState::Running);
                REQUIRE(*next > clock.monotonicMs());
            }
            REQUIRE(inv.finished == (engine.state() == SessionState::Finished));
            if (inv.finished) {
                break;
            }
        }
        sessions += inv.finished ? 1 : 0;
        finishedVisits += inv.visits;
    }
    // The walk must really have exercised the engine, not idled in one state.
    CHECK(sessions >= 10);
    CHECK(finishedVisits >= 100);
}
