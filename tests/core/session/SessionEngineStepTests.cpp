#include "ContentPack.h"
#include "SessionTestSupport.h"

using namespace unknot;
using namespace unknot::test;
using Type = SessionEvent::Type;

TEST_CASE("reps follow the tempo with a hold at the top", "[session][reps]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges")), 5), clock);
    REQUIRE(engine.isValid());
    REQUIRE(engine.snapshot().totalMsLeft == 55000);
    REQUIRE(engine.start());

    SessionSnapshot s = engine.snapshot();
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK_FALSE(s.leadInIsNext);
    CHECK(s.msLeft == 5000);
    CHECK(s.countText == QStringLiteral("Rep 1 of 10"));
    CHECK(s.stepDescription == QStringLiteral("Glute bridges, ten reps"));

    clock.advance(5500);
    engine.tick();
    s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Lift);
    CHECK(s.msLeft == 1500);
    CHECK(s.repNumber == 1);
    CHECK(s.totalMsLeft == 49500);

    clock.advance(7000); // 12500: rep 2 is holding (lift 10000-12000, hold 12000-13000)
    engine.tick();
    s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Hold);
    CHECK(s.msLeft == 500);
    CHECK(s.countText == QStringLiteral("Rep 2 of 10"));

    const QList<SessionEvent> events = runOut(engine, clock);
    CHECK(timeline(events).startsWith(QStringLiteral("GetReady@0 Lift@5000 Hold@7000 Lower@8000 Lift@10000 "
                                                     "Hold@12000 Lower@13000 Lift@15000")));
    CHECK(ofType(events, Type::PhaseChanged).size() == 1 + 10 * 3);
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).atMs == 55000);
    CHECK(finished.at(0).plannedReps == 10);
    CHECK(finished.at(0).actualReps == 10);
    CHECK(finished.at(0).plannedMs == 50000);
    CHECK(finished.at(0).actualMs == 50000);
    CHECK_FALSE(finished.at(0).skipped);
    const auto done = ofType(events, Type::SessionFinished);
    REQUIRE(done.size() == 1);
    CHECK(done.at(0).completed);
    CHECK(done.at(0).atMs == 55000);
    CHECK(engine.state() == SessionState::Finished);
    CHECK_FALSE(engine.snapshot().endedEarly);
    CHECK_FALSE(engine.nextDeadlineMs().has_value());
}

TEST_CASE("cycles contract and relax with a countdown before long phases end", "[session][cycles]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(planOf(PlanBuilder()
                                    .setGetReadySeconds(0)
                                    .setCount(QStringLiteral("snow-angels"), 5)
                                    .fromExercise(library.get(QStringLiteral("snow-angels")))),
                         clock);
    REQUIRE(engine.start());
    CHECK(engine.nextDeadlineMs() == 2000); // the first cue comes before the boundary

    clock.advance(16000);
    engine.tick();
    const SessionSnapshot s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Contract);
    CHECK(s.countText == QStringLiteral("Cycle 2 of 5"));
    CHECK(s.repTotal == 5);

    const QList<SessionEvent> events = engine.takeEvents() + runOut(engine, clock);
    CHECK(timeline(events).startsWith(QStringLiteral("Contract@0 Relax@5000 Contract@15000 Relax@20000")));
    QList<qint64> cueTimes;
    QList<int> cueValues;
    for (const auto& cue : ofType(events, Type::Countdown)) {
        cueTimes.append(cue.atMs);
        cueValues.append(cue.countdown);
    }
    REQUIRE(cueTimes.size() == 5 * 6);
    CHECK(cueTimes.mid(0, 6) == QList<qint64>{2000, 3000, 4000, 12000, 13000, 14000});
    CHECK(cueValues.mid(0, 6) == QList<int>{3, 2, 1, 3, 2, 1});
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).actualReps == 5);
    CHECK(finished.at(0).atMs == 75000);
}

TEST_CASE("short phases get no countdown", "[session][cues]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("supermans"))), clock); // 2 s phases
    REQUIRE(engine.start());
    const auto events = runOut(engine, clock);
    CHECK(ofType(events, Type::Countdown).isEmpty());
    CHECK(ofType(events, Type::StepFinished).at(0).actualReps == 5);
}

TEST_CASE("per-side sets switch sides between passes", "[session][sets]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("neck-tilts")), 0, 5), clock);
    REQUIRE(engine.start());
    SessionSnapshot s = engine.snapshot();
    CHECK(s.countText == QStringLiteral("Left side, rep 1 of 3"));
    CHECK(s.setLabel == QStringLiteral("Left side"));
    CHECK(s.setCount == 2);

    clock.advance(30000); // rep 3 runs 28000-42000
    engine.tick();
    CHECK(engine.snapshot().countText == QStringLiteral("Left side, rep 3 of 3"));

    clock.advance(13000); // 43000: switching
    engine.tick();
    s = engine.snapshot();
    CHECK(s.phase == SessionPhase::SwitchSides);
    CHECK(s.phase == SessionPhase::SwitchSides);
    CHECK(s.countText == QStringLiteral("Next: Right side"));
    CHECK(s.msLeft == 4000);

    clock.advance(5000); // 48000
    engine.tick();
    s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Lift);
    CHECK(s.setIndex == 1);
    CHECK(s.countText == QStringLiteral("Right side, rep 1 of 3"));

    const auto events = engine.takeEvents() + runOut(engine, clock);
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).atMs == 89000);
    CHECK(finished.at(0).plannedMs == 89000);
    CHECK(finished.at(0).actualReps == 6);
    CHECK(finished.at(0).plannedReps == 6);
}

TEST_CASE("a chosen count within a rep range is what gets played", "[session][range]")
{
    const Library library;
    const Exercise& raises = library.get(QStringLiteral("v-raises"));
    const auto play = [&](int chosen) {
        ManualClock clock;
        SessionEngine engine(
            planOf(PlanBuilder().setGetReadySeconds(0).setCount(raises.id, chosen).fromExercise(raises)), clock);
        REQUIRE(engine.start());
        const auto events = runOut(engine, clock);
        int lifts = 0;
        for (const auto& e : ofType(events, Type::PhaseChanged)) {
            lifts += e.phase == SessionPhase::Lift ? 1 : 0;
        }
        CHECK(ofType(events, Type::StepFinished).at(0).actualReps == lifts);
        return lifts;
    };
    CHECK(play(7) == 7);
    CHECK(play(99) == 10); // clamped to the top of the range
    CHECK(play(1) == 5);   // and to the bottom
}

TEST_CASE("a timed hold runs for the chosen duration", "[session][timed]")
{
    const Library library;
    const Exercise& angels = library.get(QStringLiteral("relaxation-snow-angels"));
    ManualClock clock;
    SessionEngine engine(planOf(PlanBuilder().setGetReadySeconds(0).setSeconds(angels.id, 90).fromExercise(angels)),
                         clock);
    REQUIRE(engine.start());
    const SessionSnapshot s = engine.snapshot();
    CHECK(s.phase == SessionPhase::Timed);
    CHECK(s.countText.isEmpty());
    CHECK(s.repNumber == 0);
    const auto events = runOut(engine, clock);
    CHECK(ofType(events, Type::StepFinished).at(0).atMs == 90000);
    CHECK(ofType(events, Type::StepFinished).at(0).actualReps == 0);
    QList<qint64> cues;
    for (const auto& cue : ofType(events, Type::Countdown)) {
        cues.append(cue.atMs);
    }
    CHECK(cues == QList<qint64>{87000, 88000, 89000});
}

TEST_CASE("rests between steps run without a lead-in; steps back to back get one", "[session][rest]")
{
    const Library library;
    const QList<RoutineStep> steps{exerciseStep(QStringLiteral("glute-bridges")),
                                   exerciseStep(QStringLiteral("snow-angels"))};
    ManualClock clock;
    SessionEngine rested(planOf(PlanBuilder().fromRoutine(routine(steps, 30), library.lookup())), clock);
    REQUIRE(rested.plan().steps.size() == 3);
    REQUIRE(rested.start());
    CHECK(rested.snapshot().nextStepTitle == QStringLiteral("Snow angels")); // the added rest is not announced
    clock.advance(56000);
    rested.tick();
    SessionSnapshot s = rested.snapshot();
    CHECK(s.phase == SessionPhase::Rest);
    CHECK(s.stepTitle == QStringLiteral("Rest"));
    CHECK(s.msLeft == 29000);
    auto events = rested.takeEvents();
    CHECK(timeline(events).endsWith(QStringLiteral("Rest@55000")));
    clock.advance(30000);
    rested.tick();
    events = rested.takeEvents();
    CHECK(timeline(events) == QStringLiteral("Contract@85000"));

    ManualClock clock2;
    SessionEngine backToBack(planOf(PlanBuilder().fromRoutine(routine(steps, 0), library.lookup())), clock2);
    REQUIRE(backToBack.plan().steps.size() == 2);
    REQUIRE(backToBack.start());
    clock2.advance(56000);
    backToBack.tick();
    s = backToBack.snapshot();
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK(s.phase == SessionPhase::GetReady);
    CHECK(s.leadInIsNext); // the player says "Next"
    CHECK(s.stepTitle == QStringLiteral("Snow angels"));
    CHECK(timeline(backToBack.takeEvents()).endsWith(QStringLiteral("GetReady@55000")));
}

TEST_CASE("heat, skin check and cold from a routine play as timed phases", "[session][thermal]")
{
    const Library library;
    const QList<RoutineStep> steps{timedStep(RoutineStep::Kind::Heat, 600), timedStep(RoutineStep::Kind::Rest, 60),
                                   timedStep(RoutineStep::Kind::Cold, 600)};
    ManualClock clock;
    SessionEngine engine(planOf(PlanBuilder().fromRoutine(routine(steps, 30), library.lookup())), clock);
    REQUIRE(engine.plan().steps.size() == 3);
    CHECK(engine.plan().steps.at(1).skinCheck);
    CHECK_FALSE(engine.plan().steps.at(1).confirmAtEnd); // cold after heat needs no feeling check
    REQUIRE(engine.start());
    const auto events = runOut(engine, clock);
    CHECK(timeline(events) == QStringLiteral("GetReady@0 Heat@5000 Rest@605000 Cold@665000"));
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 3);
    CHECK(finished.at(2).atMs == 1265000);
    CHECK(finished.at(0).actualMs == 600000);
}

TEST_CASE("before heat follows cold, the skin check waits until the person confirms normal feeling",
          "[session][thermal][safety]")
{
    const Library library;
    const QList<RoutineStep> steps{timedStep(RoutineStep::Kind::Cold, 600), timedStep(RoutineStep::Kind::Rest, 60),
                                   timedStep(RoutineStep::Kind::Heat, 600)};
    ManualClock clock;
    SessionEngine engine(planOf(PlanBuilder().fromRoutine(routine(steps, 30), library.lookup())), clock);
    REQUIRE(engine.plan().steps.at(1).confirmAtEnd);
    REQUIRE(engine.start());
    CHECK_FALSE(engine.confirm()); // nothing to confirm during the lead-in
    auto events = runOut(engine, clock);
    CHECK(timeline(events) == QStringLiteral("GetReady@0 Cold@5000 Rest@605000 Confirm@665000"));
    CHECK_FALSE(engine.nextDeadlineMs().has_value());
    // However long the person takes, heat does not start on its own.
    clock.advance(10 * 60 * 1000);
    engine.tick();
    CHECK(engine.snapshot().phase == SessionPhase::Confirm);
    CHECK(engine.snapshot().msLeft == 0);
    CHECK(engine.takeEvents().isEmpty());
    REQUIRE(engine.confirm());
    CHECK_FALSE(engine.confirm());
    events = engine.takeEvents();
    CHECK(timeline(events) == QStringLiteral("Heat@1265000")); // heat starts when the person says so
    const auto finished = ofType(events, Type::StepFinished);
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).skipped);
    events = runOut(engine, clock);
    const auto done = ofType(events, Type::SessionFinished);
    REQUIRE(done.size() == 1);
    CHECK(done.at(0).atMs == 1865000);
}

TEST_CASE("the total left counts down with the clock and matches the plan", "[session][estimate]")
{
    const Library library;
    const QList<RoutineStep> steps{exerciseStep(QStringLiteral("neck-tilts")),
                                   exerciseStep(QStringLiteral("glute-bridges")),
                                   exerciseStep(QStringLiteral("relaxation-snow-angels"))};
    ManualClock clock;
    SessionEngine engine(planOf(PlanBuilder().fromRoutine(routine(steps, 20), library.lookup())), clock);
    const qint64 planned = engine.plan().plannedMs();
    CHECK(planned == 5000 + 89000 + 20000 + 50000 + 20000 + 120000);
    REQUIRE(engine.start());
    CHECK(engine.snapshot().totalMsLeft == planned);
    for (qint64 t = 0; t < planned; t += 997) {
        engine.tick();
        CHECK(engine.snapshot().totalMsLeft == planned - t);
        clock.advance(997);
    }
}

TEST_CASE("the next deadline is the next cue or boundary", "[session][deadline]")
{
    const Library library;
    ManualClock clock;
    SessionEngine engine(singlePlan(library.get(QStringLiteral("glute-bridges")), 5), clock);
    CHECK_FALSE(engine.nextDeadlineMs().has_value());
    REQUIRE(engine.start());
    QList<qint64> deadlines;
    for (int i = 0; i < 6; ++i) {
        const auto next = engine.nextDeadlineMs();
        REQUIRE(next.has_value());
        deadlines.append(*next);
        clock.advance(*next - clock.monotonicMs());
        engine.tick();
    }
    CHECK(deadlines == QList<qint64>{2000, 3000, 4000, 5000, 7000, 8000});
}
