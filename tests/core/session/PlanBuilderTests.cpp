#include "ContentPack.h"
#include "SessionTestSupport.h"

using namespace unknot;
using namespace unknot::test;

namespace {

Routine mixedRoutine(int rest)
{
    return routine({exerciseStep(QStringLiteral("glute-bridges")), exerciseStep(QStringLiteral("v-raises")),
                    exerciseStep(QStringLiteral("neck-tilts"))},
                   rest);
}

} // namespace

TEST_CASE("a routine becomes a plan with rests between steps and ranges at their top", "[plan]")
{
    const Library library;
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(mixedRoutine(20), library.lookup()));
    REQUIRE(plan.steps.size() == 5);
    CHECK(plan.title == QStringLiteral("Test routine"));
    CHECK(plan.routineId == QStringLiteral("test-routine"));
    CHECK(plan.getReadyMs == 5000);
    CHECK(plan.switchSidesMs == 5000);

    const PlanStep& bridges = plan.steps.at(0);
    CHECK(bridges.kind == PlanStep::Kind::Reps);
    CHECK(bridges.exerciseId == QStringLiteral("glute-bridges"));
    CHECK(bridges.upMs == 2000);
    CHECK(bridges.holdMs == 1000);
    CHECK(bridges.downMs == 2000);
    CHECK(bridges.count == 10);
    CHECK(bridges.description == QStringLiteral("Glute bridges, ten reps"));

    const PlanStep& rest = plan.steps.at(1);
    CHECK(rest.kind == PlanStep::Kind::Rest);
    CHECK(rest.insertedRest);
    CHECK(rest.title == QStringLiteral("Rest"));
    CHECK(rest.exerciseId.isEmpty());
    CHECK(rest.durationMs == 20000);
    CHECK(rest.description == QStringLiteral("Rest, twenty seconds"));

    const PlanStep& raises = plan.steps.at(2);
    CHECK(raises.count == 10);
    CHECK(raises.countMin == 5);
    CHECK(raises.countMax == 10);

    const PlanStep& tilts = plan.steps.at(4);
    CHECK(tilts.sets == QStringList{QStringLiteral("Left side"), QStringLiteral("Right side")});
    CHECK(tilts.description == QStringLiteral("Neck tilts, three reps, two sets"));
    CHECK(tilts.plannedMs(5000) == 2 * 3 * 14000 + 5000);
}

TEST_CASE("rest, lead-in and switch pause can be changed", "[plan]")
{
    const Library library;
    const SessionPlan none = planOf(PlanBuilder().setRestSeconds(0).fromRoutine(mixedRoutine(20), library.lookup()));
    CHECK(none.steps.size() == 3);
    const SessionPlan longer =
        planOf(PlanBuilder().setRestSeconds(45).setGetReadySeconds(10).setSwitchSidesSeconds(3).fromRoutine(
            mixedRoutine(20), library.lookup()));
    CHECK(longer.steps.at(1).durationMs == 45000);
    CHECK(longer.getReadyMs == 10000);
    CHECK(longer.switchSidesMs == 3000);
}

TEST_CASE("chosen counts and durations are clamped into the authored range", "[plan]")
{
    const Library library;
    const QList<RoutineStep> steps{exerciseStep(QStringLiteral("v-raises")),
                                   exerciseStep(QStringLiteral("snow-angels")),
                                   exerciseStep(QStringLiteral("relaxation-snow-angels"))};
    SessionPlan plan = planOf(PlanBuilder()
                                  .setCount(QStringLiteral("v-raises"), 7)
                                  .setCount(QStringLiteral("snow-angels"), 1)
                                  .setSeconds(QStringLiteral("relaxation-snow-angels"), 90)
                                  .setRestSeconds(0)
                                  .fromRoutine(routine(steps, 0), library.lookup()));
    CHECK(plan.steps.at(0).count == 7);
    CHECK(plan.steps.at(1).count == 3);
    CHECK(plan.steps.at(1).kind == PlanStep::Kind::Cycles);
    CHECK(plan.steps.at(1).contractMs == 5000);
    CHECK(plan.steps.at(1).relaxMs == 10000);
    CHECK(plan.steps.at(1).description == QStringLiteral("Snow angels, three cycles"));
    CHECK(plan.steps.at(2).durationMs == 90000);
    CHECK(plan.steps.at(2).durationMinMs == 60000);
    CHECK(plan.steps.at(2).durationMaxMs == 120000);
    CHECK(plan.steps.at(2).description == QStringLiteral("Relaxation snow angels, ninety seconds"));

    plan = planOf(PlanBuilder()
                      .setCount(QStringLiteral("v-raises"), 40)
                      .setSeconds(QStringLiteral("relaxation-snow-angels"), 5)
                      .fromRoutine(routine(steps, 0), library.lookup()));
    CHECK(plan.steps.at(0).count == 10);
    CHECK(plan.steps.at(2).durationMs == 60000);
    CHECK(plan.steps.at(2).description == QStringLiteral("Relaxation snow angels, one minute"));
}

TEST_CASE("a routine step's own dose wins over the exercise's", "[plan]")
{
    const Library library;
    RoutineStep step = exerciseStep(QStringLiteral("glute-bridges"));
    step.overridesDose = true;
    step.dose = repsDose(15, 15, 2);
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(routine({step}, 0), library.lookup()));
    CHECK(plan.steps.at(0).count == 15);
    CHECK(plan.steps.at(0).holdMs == 2000);
    CHECK(plan.steps.at(0).title == QStringLiteral("Glute bridges"));
}

TEST_CASE("no rest is added next to a routine's own rest, and rests by heat or cold are skin checks", "[plan]")
{
    const Library library;
    const QList<RoutineStep> steps{
        exerciseStep(QStringLiteral("glute-bridges")), timedStep(RoutineStep::Kind::Rest, 30),
        exerciseStep(QStringLiteral("v-raises")),      timedStep(RoutineStep::Kind::Heat, 600),
        timedStep(RoutineStep::Kind::Rest, 60),        timedStep(RoutineStep::Kind::Cold, 600)};
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(routine(steps, 20), library.lookup()));
    QStringList titles;
    for (const auto& s : plan.steps) {
        titles.append(s.insertedRest ? QStringLiteral("+") + s.title : s.title);
    }
    CHECK(titles == QStringList{QStringLiteral("Glute bridges"), QStringLiteral("Rest"), QStringLiteral("V-raises"),
                                QStringLiteral("+Rest"), QStringLiteral("Heat"), QStringLiteral("Skin check"),
                                QStringLiteral("Cold")});
    CHECK(plan.steps.at(4).description == QStringLiteral("Heat, ten minutes"));
}

TEST_CASE("the plan's step time agrees with routineSeconds", "[plan]")
{
    const Library library;
    const QList<RoutineStep> steps{
        exerciseStep(QStringLiteral("glute-bridges")), exerciseStep(QStringLiteral("snow-angels")),
        timedStep(RoutineStep::Kind::Rest, 60),        timedStep(RoutineStep::Kind::Heat, 900),
        exerciseStep(QStringLiteral("neck-tilts")),    exerciseStep(QStringLiteral("relaxation-snow-angels"))};
    const Routine r = routine(steps, 20);
    const SessionPlan plan =
        planOf(PlanBuilder().setGetReadySeconds(0).setSwitchSidesSeconds(0).fromRoutine(r, library.lookup()));
    const int expected = routineSeconds(r, [&library](const QString& id) -> const Dose* {
        const Exercise* e = library.lookup()(id);
        return e ? &e->dose : nullptr;
    });
    CHECK(plan.plannedMs() == expected * 1000LL);
    CHECK(expected == 50 + 20 + 120 + 60 + 900 + 20 + 84 + 20 + 120);
}

TEST_CASE("a single exercise becomes a one-step plan", "[plan]")
{
    const Library library;
    const SessionPlan plan = planOf(PlanBuilder().fromExercise(library.get(QStringLiteral("supermans"))));
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.title == QStringLiteral("Supermans"));
    CHECK(plan.routineId.isEmpty());
    CHECK(plan.steps.at(0).description == QStringLiteral("Supermans, five reps"));
    CHECK(plan.plannedMs() == 5000 + 5 * 6000);
}

TEST_CASE("plans that can't be played are refused with a clear reason", "[plan][refuse]")
{
    Library library;
    library.add(exercise(QStringLiteral("upside-down"), QStringLiteral("Upside down"), repsDose(8, 3, 0)));
    library.add(exercise(QStringLiteral("no-time"), QStringLiteral("No time"), timedDose(0, 0)));
    library.add(exercise(QStringLiteral("instant"), QStringLiteral("Instant reps"), repsDose(5, 5, 0, {}, 0, 0)));
    library.add(exercise(QStringLiteral("no-cycles"), QStringLiteral("No cycles"), cyclesDose(0, 0, 5, 5)));
    const PlanBuilder builder;
    const auto refuse = [&](const QList<RoutineStep>& steps) {
        const PlanResult result = builder.fromRoutine(routine(steps, 20), library.lookup());
        CHECK_FALSE(result.ok());
        return result.error;
    };
    const RoutineStep bridges = exerciseStep(QStringLiteral("glute-bridges"));

    CHECK(refuse({}) == QStringLiteral("The routine \"Test routine\" has no steps, so there is nothing to play."));
    CHECK(refuse({bridges, exerciseStep(QStringLiteral("missing-thing"))}) ==
          QStringLiteral("Step 2 names the exercise \"missing-thing\", which is not in the library."));
    CHECK(refuse({exerciseStep(QStringLiteral("upside-down"))}) ==
          QStringLiteral("Step 1 (Upside down): its range runs from 8 to 3, so the lowest is above the highest."));
    CHECK(refuse({bridges, exerciseStep(QStringLiteral("no-time"))}) ==
          QStringLiteral("Step 2 (No time): it must last some time."));
    CHECK(refuse({exerciseStep(QStringLiteral("instant"))}) ==
          QStringLiteral("Step 1 (Instant reps): each rep must take some time."));
    CHECK(refuse({exerciseStep(QStringLiteral("no-cycles"))}) ==
          QStringLiteral("Step 1 (No cycles): it needs at least one cycle."));
    CHECK(refuse({bridges, timedStep(RoutineStep::Kind::Cold, 21 * 60)}) ==
          QStringLiteral("Step 2 (Cold): a cold phase may last at most 20 minutes, and this one asks for 21 "
                         "minutes."));
    CHECK(refuse({timedStep(RoutineStep::Kind::Rest, 0)}) == QStringLiteral("Step 1 (Rest): it must last some time."));
    CHECK(refuse({timedStep(RoutineStep::Kind::Heat, -60)}).contains(QStringLiteral("negative")));

    CHECK(builder.fromRoutine(routine({timedStep(RoutineStep::Kind::Heat, 20 * 60)}, 0), library.lookup()).ok());
    CHECK_FALSE(PlanBuilder().setRestSeconds(-5).fromRoutine(routine({bridges}, 0), library.lookup()).ok());
    CHECK_FALSE(PlanBuilder().setGetReadySeconds(-1).fromRoutine(routine({bridges}, 0), library.lookup()).ok());
    CHECK_FALSE(builder.fromRoutine(routine({bridges}, 0), {}).ok()); // no way to look exercises up

    const PlanResult single = builder.fromExercise(library.get(QStringLiteral("upside-down")));
    CHECK_FALSE(single.ok());
    CHECK(single.error.startsWith(QStringLiteral("Upside down: its range")));
}

TEST_CASE("a hand-made plan is checked too", "[plan][refuse]")
{
    SessionPlan plan;
    PlanStep step;
    step.kind = PlanStep::Kind::Timed;
    step.title = QStringLiteral("Quiet");
    step.durationMs = 1000;
    plan.steps.append(step);
    CHECK(plan.validate().isEmpty());
    plan.getReadyMs = -1;
    CHECK(plan.validate() == QStringLiteral("The get-ready lead-in can't be negative."));
    plan.getReadyMs = 0;
    plan.steps[0].durationMinMs = 5000;
    plan.steps[0].durationMaxMs = 2000;
    CHECK(plan.validate().contains(QStringLiteral("shortest is above the longest")));
}

TEST_CASE("an exercise's caution line comes with its first step in a session, not again", "[plan][safety]")
{
    Library library;
    Exercise supermans = library.get(QStringLiteral("supermans"));
    supermans.cautionLine = QStringLiteral("Skip this if you are pregnant. Stop if your pain rises.");
    library.add(supermans);
    const Routine twice = routine({exerciseStep(QStringLiteral("supermans")), exerciseStep(QStringLiteral("v-raises")),
                                   exerciseStep(QStringLiteral("supermans"))},
                                  0);
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(twice, library.lookup()));
    REQUIRE(plan.steps.size() == 3);
    CHECK(plan.steps.at(0).caution == supermans.cautionLine);
    CHECK(plan.steps.at(1).caution.isEmpty()); // the test library's v-raises has no caution line
    CHECK(plan.steps.at(2).caution.isEmpty());

    const SessionPlan single = planOf(PlanBuilder().fromExercise(supermans));
    CHECK(single.steps.at(0).caution == supermans.cautionLine);

    ManualClock clock;
    SessionEngine engine(plan, clock);
    REQUIRE(engine.start());
    CHECK(engine.snapshot().stepCaution == supermans.cautionLine); // shown from the lead-in on
}

TEST_CASE("steps are counted as the person counts them: inserted rests are not steps", "[plan]")
{
    const Library library;
    const SessionPlan plan = planOf(PlanBuilder().fromRoutine(mixedRoutine(20), library.lookup()));
    REQUIRE(plan.steps.size() == 5); // bridges, rest, raises, rest, tilts
    CHECK(plan.shownStepCount() == 3);
    CHECK(plan.shownStepNumber(0) == 1);
    CHECK(plan.shownStepNumber(1) == 1); // the rest after step 1 still shows step 1
    CHECK(plan.shownStepNumber(2) == 2);
    CHECK(plan.shownStepNumber(4) == 3);
}
