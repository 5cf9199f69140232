#include "../core/StringMaker.h"
#include "session/CuePlayer.h"
#include "SpokenWords.h"
#include "ManualClock.h"
#include "PlanBuilder.h"
#include "session/SessionDriver.h"
#include "ThermalPlan.h"

#include <QSettings>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

Exercise bridges()
{
    Exercise exercise;
    exercise.id = QStringLiteral("test-bridges");
    exercise.name = QStringLiteral("Glute bridges");
    exercise.dose.kind = Dose::Kind::Reps;
    exercise.dose.repsMin = 2;
    exercise.dose.repsMax = 2;
    exercise.dose.upSeconds = 1;
    exercise.dose.holdSeconds = 4; // long enough for a 3-2-1 countdown
    exercise.dose.downSeconds = 1;
    exercise.dose.sets = {QStringLiteral("Left side"), QStringLiteral("Right side")};
    return exercise;
}

Exercise supermans()
{
    Exercise exercise;
    exercise.id = QStringLiteral("test-supermans");
    exercise.name = QStringLiteral("Supermans");
    exercise.dose.kind = Dose::Kind::Reps;
    exercise.dose.repsMin = 2;
    exercise.dose.repsMax = 2;
    exercise.dose.upSeconds = 1;
    exercise.dose.holdSeconds = 1;
    exercise.dose.downSeconds = 1;
    return exercise;
}

SessionPlan bridgesPlan()
{
    PlanResult result = PlanBuilder().setGetReadySeconds(5).setSwitchSidesSeconds(2).fromExercise(bridges());
    REQUIRE(result.ok());
    return *result.plan;
}

/// Bridges, then Supermans after restSeconds of rest (none: Supermans gets a "Next" lead-in instead).
SessionPlan twoStepPlan(int restSeconds)
{
    const Exercise first = bridges();
    const Exercise second = supermans();
    Routine routine;
    routine.id = QStringLiteral("test-routine");
    routine.name = QStringLiteral("Test routine");
    for (const Exercise* exercise : {&first, &second}) {
        RoutineStep step;
        step.exercise = exercise->id;
        routine.steps.append(step);
    }
    const auto lookup = [&](const QString& id) -> const Exercise* { return id == first.id ? &first : &second; };
    PlanResult result = PlanBuilder()
                            .setGetReadySeconds(5)
                            .setSwitchSidesSeconds(2)
                            .setRestSeconds(restSeconds)
                            .fromRoutine(routine, lookup);
    REQUIRE(result.ok());
    return *result.plan;
}

/// A driver on a manual clock with a cue player attached; the clock moves only when the test says so.
struct Session {
    ManualClock clock;
    SessionDriver driver;
    CuePlayer cues{clock};
    int phaseChanges = 0;
    int countdowns = 0;

    explicit Session(SessionPlan plan)
        : driver(std::move(plan), clock)
    {
        cues.attach(&driver);
        QObject::connect(&driver, &SessionDriver::eventOccurred, [this](const SessionEvent& event) {
            phaseChanges += event.type == SessionEvent::Type::PhaseChanged ? 1 : 0;
            countdowns += event.type == SessionEvent::Type::Countdown ? 1 : 0;
        });
    }

    int confirmations = 0;

    void advance(qint64 ms)
    {
        clock.advance(ms);
        driver.tick();
    }

    /// Plays to the end in small steps, as a driver on time would; says "my skin feels normal" when asked.
    void runToEnd(qint64 stepMs = 100)
    {
        for (int guard = 0; guard < 100'000 && driver.snapshot().state != SessionState::Finished; ++guard) {
            if (driver.snapshot().phase == SessionPhase::Confirm) {
                ++confirmations;
                driver.confirm();
            }
            advance(stepMs);
        }
        REQUIRE(driver.snapshot().state == SessionState::Finished);
    }
};

int countOf(const QStringList& history, const QString& entry)
{
    return static_cast<int>(history.count(entry));
}

QStringList withPrefix(const QStringList& history, const QString& prefix)
{
    QStringList out;
    for (const QString& entry : history) {
        if (entry.startsWith(prefix)) {
            out.append(entry);
        }
    }
    return out;
}

} // namespace

TEST_CASE("a session on time gets a phase sound at each change, 3-2-1 ticks and a done sound", "[cues]")
{
    QSettings().clear();
    Session s(bridgesPlan());
    CHECK(s.cues.soundEnabled());
    CHECK_FALSE(s.cues.voiceEnabled());
    REQUIRE(s.driver.start());
    s.runToEnd();

    const QStringList history = s.cues.history();
    INFO(history.join(QStringLiteral(", ")));
    // Lead-in, then per side two reps of lift, hold, lower; a switch between the sides.
    CHECK(s.phaseChanges == 1 + 2 * 2 * 3 + 1);
    CHECK(countOf(history, QStringLiteral("sound:phase")) == s.phaseChanges);
    // 3-2-1 before the end of the lead-in and of each four-second hold.
    CHECK(s.countdowns == 3 * (1 + 2 * 2));
    CHECK(countOf(history, QStringLiteral("sound:tick")) == s.countdowns);
    CHECK(history.last() == QStringLiteral("sound:done"));
    CHECK(withPrefix(history, QStringLiteral("drop:")).isEmpty());
    CHECK(withPrefix(history, QStringLiteral("say:")).isEmpty()); // voice is off by default
    CHECK(countOf(history, QStringLiteral("sound:ring")) == 0);   // no heat or cold here
}

TEST_CASE("a countdown tick that comes too late is dropped, one on time is played", "[cues]")
{
    QSettings().clear();
    Session s(bridgesPlan());
    REQUIRE(s.driver.start());
    s.cues.clearHistory();

    // The "3" of the lead-in is due at 2 s; the machine was busy and the tick comes at 2.5 s.
    s.advance(2500);
    CHECK(s.cues.history() == QStringList{QStringLiteral("drop:tick")});
    // The "2" at 3 s is handled on the dot.
    s.advance(500);
    CHECK(s.cues.history() == QStringList{QStringLiteral("drop:tick"), QStringLiteral("sound:tick")});
    // A little late is still fine: the "1" at 4 s heard at 4.25 s.
    s.advance(1250);
    CHECK(s.cues.history().last() == QStringLiteral("sound:tick"));
}

TEST_CASE("when a late tick crosses several phases only the current one is cued", "[cues]")
{
    QSettings().clear();
    Session s(bridgesPlan());
    REQUIRE(s.driver.start());
    s.advance(5000); // to the first lift, on time
    s.cues.clearHistory();

    // From the start of the lift (1 s) into the hold (4 s) and on into the lower (1 s), in one go.
    s.advance(5500);
    REQUIRE(s.driver.snapshot().phase == SessionPhase::Lower);
    const QStringList history = s.cues.history();
    INFO(history.join(QStringLiteral(", ")));
    CHECK(countOf(history, QStringLiteral("drop:phase")) == 1);  // the hold
    CHECK(countOf(history, QStringLiteral("sound:phase")) == 1); // the lower
    CHECK(countOf(history, QStringLiteral("drop:tick")) == 3);   // the hold's 3-2-1, long past
    CHECK(countOf(history, QStringLiteral("sound:tick")) == 0);
}

TEST_CASE("heat and cold ring when they begin and end", "[cues][thermal]")
{
    QSettings().clear();
    ThermalPlan thermal;
    thermal.mode = ThermalPlan::Mode::Alternating;
    thermal.phaseMinutes = 10;
    thermal.cycles = 1;
    thermal.skinCheckSeconds = 10;
    thermal.getReadySeconds = 1;
    PlanResult built = thermal.build();
    REQUIRE(built.ok());
    Session s(*built.plan);
    s.cues.setVoiceEnabled(true);
    REQUIRE(s.driver.start());
    s.runToEnd(500);

    const QStringList history = s.cues.history();
    QStringList sounds;
    for (const QString& entry : withPrefix(history, QStringLiteral("sound:"))) {
        if (entry != QStringLiteral("sound:tick")) {
            sounds.append(entry);
        }
    }
    // Lead-in; cold on (ring); cold off for the skin check (ring); the check asks "feeling normal?" (ring, the
    // person may have walked off); heat on (ring); heat off at the end.
    CHECK(sounds == QStringList{QStringLiteral("sound:phase"), QStringLiteral("sound:ring"),
                                QStringLiteral("sound:ring"), QStringLiteral("sound:ring"),
                                QStringLiteral("sound:ring"), QStringLiteral("sound:ring"),
                                QStringLiteral("sound:done")});
    CHECK(countOf(history, QStringLiteral("sound:tick")) == 3 * 3); // before the end of each phase of 4 s or more
    CHECK(history.contains(QStringLiteral("say:Cold pack on, ten minutes")));
    CHECK(s.confirmations == 1); // heat after cold waited for the person
    CHECK(countOf(history, QStringLiteral("say:Does your skin feel normal? Press space to go on to heat.")) == 1);
    CHECK(history.contains(QStringLiteral("say:Lift the pack and check your skin, ten seconds")));
    CHECK(history.contains(QStringLiteral("say:Heat pack on, ten minutes")));
    CHECK(history.last() == QStringLiteral("say:All done. Well done."));
}

TEST_CASE("voice says the step, short phase words and the rep count, never every lower", "[cues]")
{
    QSettings().clear();
    Session s(twoStepPlan(15));
    s.cues.setVoiceEnabled(true);
    REQUIRE(s.driver.start());
    s.runToEnd();

    const QStringList said = withPrefix(s.cues.history(), QStringLiteral("say:"));
    INFO(said.join(QStringLiteral(" | ")));
    REQUIRE(said.size() >= 6);
    CHECK(said.at(0) == QStringLiteral("say:Glute bridges, two reps, two sets. Get ready"));
    CHECK(said.at(1) == QStringLiteral("say:one"));
    CHECK(said.at(2) == QStringLiteral("say:Hold"));
    CHECK(said.at(3) == QStringLiteral("say:two"));
    CHECK(said.contains(QStringLiteral("say:Switch sides")));
    CHECK(said.contains(QStringLiteral("say:Rest fifteen seconds")));
    // After a rest there is no lead-in: the step's words come with its first rep.
    CHECK(said.contains(QStringLiteral("say:Supermans, two reps. One")));
    CHECK_FALSE(said.contains(QStringLiteral("say:Lower")));
    CHECK(said.count(QStringLiteral("say:one")) == 2); // one per side for the bridges
}

TEST_CASE("a step with a lead-in is announced as the next one", "[cues]")
{
    QSettings().clear();
    Session s(twoStepPlan(0));
    s.cues.setVoiceEnabled(true);
    REQUIRE(s.driver.start());
    s.runToEnd();
    const QStringList said = withPrefix(s.cues.history(), QStringLiteral("say:"));
    INFO(said.join(QStringLiteral(" | ")));
    CHECK(said.contains(QStringLiteral("say:Next: Supermans, two reps")));
}

TEST_CASE("with sound off there are no sounds, and the choice is remembered", "[cues]")
{
    QSettings().clear();
    {
        Session s(bridgesPlan());
        s.cues.setSoundEnabled(false);
        REQUIRE(s.driver.start());
        s.advance(2500); // a late tick too: with sound off there is nothing to drop
        s.runToEnd();
        CHECK(s.cues.history().isEmpty());
        CHECK(QSettings().value(QStringLiteral("cues/sound")).toBool() == false);
    }
    ManualClock clock;
    CuePlayer later(clock);
    CHECK_FALSE(later.soundEnabled());
    CHECK_FALSE(later.voiceEnabled());
    later.setVoiceEnabled(true);
    later.setSoundEnabled(true);
    CuePlayer again(clock);
    CHECK(again.soundEnabled());
    CHECK(again.voiceEnabled());
    CHECK(QSettings().value(QStringLiteral("cues/voice")).toBool());
}

TEST_CASE("numbers and lengths are spelled for speech", "[cues]")
{
    CHECK(spoken::number(0) == QStringLiteral("zero"));
    CHECK(spoken::number(7) == QStringLiteral("seven"));
    CHECK(spoken::number(15) == QStringLiteral("fifteen"));
    CHECK(spoken::number(40) == QStringLiteral("forty"));
    CHECK(spoken::number(99) == QStringLiteral("ninety-nine"));
    CHECK(spoken::number(120) == QStringLiteral("120"));
    CHECK(CuePlayer::durationWords(1000) == QStringLiteral("one second"));
    CHECK(CuePlayer::durationWords(14'600) == QStringLiteral("fifteen seconds"));
    CHECK(CuePlayer::durationWords(60'000) == QStringLiteral("sixty seconds"));
    CHECK(CuePlayer::durationWords(99'000) == QStringLiteral("ninety-nine seconds"));
    CHECK(CuePlayer::durationWords(15 * 60'000) == QStringLiteral("fifteen minutes"));
}
