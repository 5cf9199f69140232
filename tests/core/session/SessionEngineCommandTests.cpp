#include "SessionTestSupport.h"

using namespace unknot;
using namespace unknot::test;
using Type = SessionEvent::Type;

namespace {

// Glute bridges, a 30 s rest, snow angels (5 cycles), with a 5 s lead-in.
SessionPlan threeStepPlan(const Library& library)
{
    const QList<RoutineStep> steps{exerciseStep(QStringLiteral("glute-bridges")),
                                   exerciseStep(QStringLiteral("snow-angels"))};
    return planOf(
        PlanBuilder().setCount(QStringLiteral("snow-angels"), 5).fromRoutine(routine(steps, 30), library.lookup()));
}

} // namespace

TEST_CASE("pause keeps the time left and resume sets a fresh deadline", "[session][pause]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(1500);
    REQUIRE(engine.pause());
    CHECK_FALSE(engine.pause()); // twice is harmless
    CHECK(engine.state() == SessionState::Paused);
    CHECK(engine.snapshot().msLeft == 500);
    CHECK_FALSE(engine.nextDeadlineMs().has_value());
    engine.takeEvents();

    clock.advance(60000);
    engine.tick();
    CHECK(engine.takeEvents().isEmpty());
    CHECK(engine.snapshot().msLeft == 500);
    CHECK(engine.snapshot().phase == SessionPhase::Lift);

    REQUIRE(engine.resume());
    CHECK_FALSE(engine.resume());
    CHECK(engine.nextDeadlineMs() == 62000);
    clock.advance(500);
    engine.tick();
    CHECK(timeline(engine.takeEvents()) == QStringLiteral("Hold@62000"));

    const auto finished = ofType(runOut(engine, clock), Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).atMs == 110000);
    CHECK(finished.at(0).actualMs == 50000); // the pause is not counted
}

TEST_CASE("skip ends the step as skipped and moves on", "[session][skip]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(threeStepPlan(library), clock);
    REQUIRE(engine.start());
    clock.advance(17000); // lead-in 0-5000, rep 3 started at 15000
    REQUIRE(engine.skip());
    auto events = engine.takeEvents();
    auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).stepIndex == 0);
    CHECK(finished.at(0).skipped);
    CHECK(finished.at(0).actualReps == 2);
    CHECK(finished.at(0).actualMs == 12000);
    CHECK(finished.at(0).plannedMs == 50000);
    CHECK(finished.at(0).atMs == 17000);
    CHECK(ofType(events, Type::StepStarted).last().stepIndex == 1);
    CHECK(engine.snapshot().phase == SessionPhase::Rest);

    clock.advance(1000);
    REQUIRE(engine.skip()); // out of the rest into snow angels, with a lead-in
    SessionSnapshot s = engine.snapshot();
    CHECK(s.stepIndex == 2);
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK(s.leadInIsNext); // the player says "Next"
    CHECK(s.msLeft == 5000);

    REQUIRE(engine.skip()); // past the end
    CHECK(engine.state() == SessionState::Finished);
    CHECK_FALSE(engine.skip());
    events = engine.takeEvents();
    CHECK(ofType(events, Type::StepFinished).size() == 2);
    const auto done = ofType(events, Type::SessionFinished);
    REQUIRE(done.size() == 1);
    CHECK(done.at(0).completed);
    CHECK(engine.takeEvents().isEmpty());
}

TEST_CASE("back passes over added rests; at the first step it restarts", "[session][back]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(threeStepPlan(library), clock);
    REQUIRE(engine.start());
    REQUIRE(engine.skip());
    REQUIRE(engine.skip());
    REQUIRE(engine.snapshot().stepIndex == 2);
    engine.takeEvents();

    clock.advance(8000);
    REQUIRE(engine.back());
    auto events = engine.takeEvents();
    REQUIRE(ofType(events, Type::StepFinished).size() == 1);
    CHECK(ofType(events, Type::StepFinished).at(0).stepIndex == 2);
    CHECK(ofType(events, Type::StepFinished).at(0).skipped);
    CHECK(ofType(events, Type::StepStarted).at(0).stepIndex == 0);
    SessionSnapshot s = engine.snapshot();
    CHECK(s.stepIndex == 0);
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK_FALSE(s.leadInIsNext);

    clock.advance(12000); // into rep 2
    engine.tick();
    engine.takeEvents();
    REQUIRE(engine.back()); // nothing before the first step: start it again, same visit
    events = engine.takeEvents();
    CHECK(ofType(events, Type::StepFinished).isEmpty());
    CHECK(ofType(events, Type::StepStarted).isEmpty());
    CHECK(timeline(events) == QStringLiteral("GetReady@20000"));
    CHECK(engine.snapshot().countText == QStringLiteral("Rep 1 of 10"));
}

TEST_CASE("restartStep starts the step over within the same visit", "[session][restart]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(16000); // three reps done
    engine.tick();
    REQUIRE(engine.restartStep());
    const auto events = engine.takeEvents() + runOut(engine, clock);
    CHECK(ofType(events, Type::StepStarted).size() == 1);
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).actualReps == 10);          // the reps of the attempt that finished
    CHECK(finished.at(0).actualMs == 16000 + 50000); // time spent in the step, both attempts
    CHECK(finished.at(0).atMs == 66000);
}

TEST_CASE("adjustReps adds or removes a rep, never below the rep in progress", "[session][adjust]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    CHECK_FALSE(engine.adjustReps(1)); // not started
    REQUIRE(engine.start());
    REQUIRE(engine.adjustReps(1));
    CHECK(engine.snapshot().countText == QStringLiteral("Rep 1 of 11"));

    clock.advance(16000); // rep 4 in progress
    engine.tick();
    for (int i = 0; i < 10; ++i) {
        engine.adjustReps(-1);
    }
    CHECK(engine.snapshot().countText == QStringLiteral("Rep 4 of 4"));
    CHECK_FALSE(engine.adjustReps(-1));
    REQUIRE(engine.adjustReps(1));
    const auto finished = ofType(runOut(engine, clock), Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).actualReps == 5);
    CHECK(finished.at(0).plannedReps == 10);
    CHECK(finished.at(0).atMs == 25000);
}

TEST_CASE("adjustReps does nothing for timed steps", "[session][adjust]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("relaxation-snow-angels"))), clock);
    REQUIRE(engine.start());
    CHECK_FALSE(engine.adjustReps(1));
    CHECK(engine.snapshot().repTotal == 0);
}

TEST_CASE("self-paced reps wait for taps; a hold still follows each tap", "[session][selfpaced]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.setSelfPaced(true));
    REQUIRE(engine.start());
    SessionSnapshot s = engine.snapshot();
    CHECK(s.phase == SessionPhase::WaitingForTap);
    CHECK(s.phase == SessionPhase::WaitingForTap);
    CHECK(s.msLeft == 0);
    CHECK(s.selfPaced);
    CHECK_FALSE(engine.nextDeadlineMs().has_value());

    clock.advance(3000);
    engine.tick();
    CHECK(engine.snapshot().phase == SessionPhase::WaitingForTap); // nothing moves without a tap
    REQUIRE(engine.tapRep());
    s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Hold);
    CHECK(s.countText == QStringLiteral("Rep 1 of 10"));
    CHECK_FALSE(engine.tapRep()); // not while holding
    CHECK(engine.nextDeadlineMs() == 4000);
    clock.advance(1000);
    engine.tick();
    CHECK(engine.snapshot().countText == QStringLiteral("Rep 2 of 10"));
    CHECK(engine.snapshot().phase == SessionPhase::WaitingForTap);

    for (int rep = 2; rep <= 10; ++rep) {
        clock.advance(2500);
        REQUIRE(engine.tapRep());
        clock.advance(1000);
        engine.tick();
    }
    const auto events = engine.takeEvents();
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).actualReps == 10);
    CHECK(finished.at(0).atMs == 4000 + 9 * 3500);
    CHECK(engine.state() == SessionState::Finished);
}

TEST_CASE("self-paced reps without a hold count on each tap", "[session][selfpaced]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("v-raises"))), clock);
    engine.setSelfPaced(true);
    REQUIRE(engine.start());
    for (int i = 1; i <= 9; ++i) {
        clock.advance(700);
        REQUIRE(engine.tapRep());
        CHECK(engine.snapshot().repNumber == i + 1);
    }
    REQUIRE(engine.tapRep());
    CHECK(engine.state() == SessionState::Finished);
    CHECK_FALSE(engine.tapRep());
}

TEST_CASE("switching pace mid-rep starts that rep over in the new mode", "[session][selfpaced]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(1000);
    REQUIRE(engine.setSelfPaced(true));
    CHECK_FALSE(engine.setSelfPaced(true));
    CHECK(engine.snapshot().phase == SessionPhase::WaitingForTap);
    CHECK(engine.snapshot().repNumber == 1);
    clock.advance(4000);
    REQUIRE(engine.setSelfPaced(false));
    CHECK(timeline(engine.takeEvents()) == QStringLiteral("Lift@0 WaitingForTap@1000 Lift@5000"));
    CHECK(engine.snapshot().msLeft == 2000);
}

TEST_CASE("cycles, timed holds and rests stay on the clock when self-paced", "[session][selfpaced]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(threeStepPlan(library), clock);
    engine.setSelfPaced(true);
    REQUIRE(engine.start());
    REQUIRE(engine.skip()); // to the rest
    CHECK_FALSE(engine.tapRep());
    CHECK(engine.snapshot().phase == SessionPhase::Rest);
    REQUIRE(engine.skip());
    clock.advance(5000);
    engine.tick();
    CHECK(engine.snapshot().phase == SessionPhase::Contract);
    CHECK_FALSE(engine.tapRep());
}

TEST_CASE("end while paused finishes early and records the step as skipped", "[session][end]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges"))), clock);
    REQUIRE(engine.start());
    clock.advance(7000);
    REQUIRE(engine.pause());
    clock.advance(3000);
    REQUIRE(engine.end());
    const auto events = engine.takeEvents();
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).skipped);
    CHECK(finished.at(0).actualMs == 7000);
    CHECK(finished.at(0).actualReps == 1);
    const auto done = ofType(events, Type::SessionFinished);
    REQUIRE(done.size() == 1);
    CHECK_FALSE(done.at(0).completed);
    CHECK(done.at(0).atMs == 10000);
    CHECK(engine.snapshot().endedEarly);
    CHECK(engine.snapshot().state == SessionState::Finished);
}

TEST_CASE("commands that don't apply are refused and change nothing", "[session][order]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(threeStepPlan(library), clock);
    engine.tick();
    CHECK_FALSE(engine.pause());
    CHECK_FALSE(engine.resume());
    CHECK_FALSE(engine.skip());
    CHECK_FALSE(engine.back());
    CHECK_FALSE(engine.restartStep());
    CHECK_FALSE(engine.tapRep());
    CHECK(engine.takeEvents().isEmpty());
    CHECK(engine.state() == SessionState::Idle);
    CHECK(engine.snapshot().stepTitle == QStringLiteral("Glute bridges"));

    REQUIRE(engine.start());
    CHECK_FALSE(engine.start());
    REQUIRE(engine.end());
    engine.takeEvents();
    CHECK_FALSE(engine.end());
    CHECK_FALSE(engine.start());
    CHECK_FALSE(engine.pause());
    CHECK_FALSE(engine.resume());
    CHECK_FALSE(engine.skip());
    CHECK_FALSE(engine.back());
    CHECK_FALSE(engine.restartStep());
    CHECK_FALSE(engine.tapRep());
    CHECK_FALSE(engine.adjustReps(1));
    CHECK_FALSE(engine.setSelfPaced(true));
    clock.advance(100000);
    engine.tick();
    CHECK(engine.takeEvents().isEmpty());
}

TEST_CASE("ending before starting finishes without recording a step", "[session][end]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(threeStepPlan(library), clock);
    REQUIRE(engine.end());
    const auto events = engine.takeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).type == Type::SessionFinished);
    CHECK_FALSE(events.at(0).completed);
}

TEST_CASE("an invalid plan is refused and never played", "[session][invalid]")
{
    ManualClock clock;
    SessionEngine empty(SessionPlan{}, clock);
    CHECK_FALSE(empty.isValid());
    CHECK(empty.error().contains(QStringLiteral("no steps")));
    CHECK_FALSE(empty.start());
    empty.tick();
    CHECK(empty.snapshot().stepCount == 0);
    CHECK(empty.takeEvents().isEmpty());

    SessionPlan broken;
    PlanStep heat;
    heat.kind = PlanStep::Kind::Heat;
    heat.title = QStringLiteral("Heat");
    heat.durationMs = 25 * 60 * 1000;
    broken.steps.append(heat);
    SessionEngine tooLong(broken, clock);
    CHECK_FALSE(tooLong.isValid());
    CHECK(tooLong.error() == QStringLiteral("Step 1 (Heat): a heat phase may last at most 20 minutes, and this one "
                                            "asks for 25 minutes."));
    CHECK_FALSE(tooLong.start());
    CHECK(tooLong.state() == SessionState::Idle);
}

TEST_CASE("a resumed session starts at the step it stopped before", "[session]")
{
    unknot::ManualClock clock;
    unknot::SessionPlan plan;
    plan.title = QStringLiteral("Two rests");
    for (int i = 0; i < 2; ++i) {
        unknot::PlanStep step;
        step.kind = unknot::PlanStep::Kind::Rest;
        step.title = QStringLiteral("Rest %1").arg(i + 1);
        step.durationMs = 10'000;
        plan.steps.append(step);
    }
    unknot::SessionEngine outOfRange(plan, clock);
    CHECK_FALSE(outOfRange.start(2));
    CHECK(outOfRange.state() == unknot::SessionState::Idle);

    unknot::SessionEngine engine(plan, clock);
    REQUIRE(engine.start(1));
    CHECK(engine.snapshot().stepIndex == 1);
    CHECK(engine.snapshot().stepTitle == QStringLiteral("Rest 2"));
}

TEST_CASE("the big key counts a tap when waiting, and never pauses by accident while counting oneself",
          "[session][primary]")
{
    const Library library;
    ManualClock clock;
    // Neck tilts: three reps per side with a 10 s hold, a pause to switch sides between the sets.
    SessionEngine engine(singlePlan(library.get(QStringLiteral("neck-tilts")), 5, 5), clock);
    REQUIRE(engine.start());
    REQUIRE(engine.primary()); // tempo-led: the big key pauses and resumes
    CHECK(engine.state() == SessionState::Paused);
    REQUIRE(engine.primary());
    CHECK(engine.state() == SessionState::Running);

    REQUIRE(engine.setSelfPaced(true));
    clock.advance(5000); // the lead-in ends: waiting for the first tap
    engine.tick();
    REQUIRE(engine.snapshot().phase == SessionPhase::WaitingForTap);
    REQUIRE(engine.primary());
    CHECK(engine.snapshot().phase == SessionPhase::Hold); // counted, now holding on the clock
    CHECK_FALSE(engine.primary()); // an early tap during the hold does nothing
    CHECK(engine.state() == SessionState::Running);
    for (int rep = 0; rep < 2; ++rep) {
        clock.advance(10'000);
        engine.tick();
        REQUIRE(engine.primary());
    }
    clock.advance(10'000);
    engine.tick();
    REQUIRE(engine.snapshot().phase == SessionPhase::SwitchSides);
    CHECK_FALSE(engine.primary()); // a tap while switching sides does not pause the session
    CHECK(engine.state() == SessionState::Running);
    CHECK(engine.snapshot().repNumber == 3);
}
