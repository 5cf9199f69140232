#pragma once

// Shared builders and event helpers for the session engine tests.

#include "../StringMaker.h"
#include "Exercise.h"
#include "ManualClock.h"
#include "PlanBuilder.h"
#include "Routine.h"
#include "SessionEngine.h"

#include <QHash>

namespace unknot::test {

inline Dose repsDose(int low, int high, int hold, QStringList sets = {}, int up = 2, int down = 2)
{
    Dose dose;
    dose.kind = Dose::Kind::Reps;
    dose.repsMin = low;
    dose.repsMax = high;
    dose.holdSeconds = hold;
    dose.upSeconds = up;
    dose.downSeconds = down;
    dose.sets = std::move(sets);
    dose.text = QStringLiteral("test dose");
    return dose;
}

inline Dose cyclesDose(int low, int high, int contract, int relax)
{
    Dose dose;
    dose.kind = Dose::Kind::Cycles;
    dose.repsMin = low;
    dose.repsMax = high;
    dose.contractSeconds = contract;
    dose.relaxSeconds = relax;
    dose.text = QStringLiteral("test dose");
    return dose;
}

inline Dose timedDose(int low, int high, QStringList sets = {})
{
    Dose dose;
    dose.kind = Dose::Kind::Timed;
    dose.secondsMin = low;
    dose.secondsMax = high;
    dose.sets = std::move(sets);
    dose.text = QStringLiteral("test dose");
    return dose;
}

inline Exercise exercise(const QString& id, const QString& name, const Dose& dose)
{
    Exercise e;
    e.id = id;
    e.name = name;
    e.dose = dose;
    return e;
}

/// A small library like the shipped one: the doses the articles give.
class Library {
public:
    Library()
    {
        add(exercise(QStringLiteral("glute-bridges"), QStringLiteral("Glute bridges"), repsDose(10, 10, 1)));
        add(exercise(QStringLiteral("snow-angels"), QStringLiteral("Snow angels"), cyclesDose(3, 8, 5, 10)));
        add(exercise(QStringLiteral("v-raises"), QStringLiteral("V-raises"), repsDose(5, 10, 0)));
        add(exercise(QStringLiteral("neck-tilts"), QStringLiteral("Neck tilts"),
                     repsDose(3, 3, 10, {QStringLiteral("Left side"), QStringLiteral("Right side")})));
        add(exercise(QStringLiteral("relaxation-snow-angels"), QStringLiteral("Relaxation snow angels"),
                     timedDose(60, 120)));
        add(exercise(QStringLiteral("supermans"), QStringLiteral("Supermans"), repsDose(5, 5, 2)));
    }

    void add(const Exercise& e) { m_exercises.insert(e.id, e); }
    const Exercise& get(const QString& id) const { return m_exercises.find(id).value(); }
    PlanBuilder::ExerciseLookup lookup() const
    {
        return [this](const QString& id) -> const Exercise* {
            const auto found = m_exercises.find(id);
            return found == m_exercises.end() ? nullptr : &found.value();
        };
    }

private:
    QHash<QString, Exercise> m_exercises;
};

inline RoutineStep exerciseStep(const QString& id)
{
    RoutineStep step;
    step.kind = RoutineStep::Kind::Exercise;
    step.exercise = id;
    return step;
}

inline RoutineStep timedStep(RoutineStep::Kind kind, int seconds)
{
    RoutineStep step;
    step.kind = kind;
    step.seconds = seconds;
    step.maxSeconds = seconds;
    return step;
}

inline Routine routine(const QList<RoutineStep>& steps, int restSeconds)
{
    Routine r;
    r.id = QStringLiteral("test-routine");
    r.name = QStringLiteral("Test routine");
    r.restSeconds = restSeconds;
    r.steps = steps;
    return r;
}

/// Builds a plan that must be valid (fails the test otherwise).
inline SessionPlan planOf(const PlanResult& result)
{
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return *result.plan;
}

/// A plan for one exercise with no lead-in and no switch pause unless asked, so timelines stay easy to read.
inline SessionPlan singlePlan(const Exercise& e, int getReady = 0, int switchSides = 0)
{
    return planOf(PlanBuilder().setGetReadySeconds(getReady).setSwitchSidesSeconds(switchSides).fromExercise(e));
}

inline QList<SessionEvent> ofType(const QList<SessionEvent>& events, SessionEvent::Type type)
{
    QList<SessionEvent> found;
    for (const auto& e : events) {
        if (e.type == type) {
            found.append(e);
        }
    }
    return found;
}

/// "Lift@0 Hold@2000 ..." for the phase changes in events: easy to compare as one string.
inline QString timeline(const QList<SessionEvent>& events)
{
    QStringList parts;
    for (const auto& e : ofType(events, SessionEvent::Type::PhaseChanged)) {
        parts.append(QStringLiteral("%1@%2").arg(phaseName(e.phase)).arg(e.atMs));
    }
    return parts.join(u' ');
}

/// Ticks at every deadline the engine asks for until it stops asking; returns all events.
inline QList<SessionEvent> runOut(SessionEngine& engine, ManualClock& clock, int maxTicks = 100000)
{
    QList<SessionEvent> events = engine.takeEvents();
    for (int i = 0; i < maxTicks; ++i) {
        const auto deadline = engine.nextDeadlineMs();
        if (!deadline) {
            break;
        }
        clock.advance(*deadline - clock.monotonicMs());
        engine.tick();
        events += engine.takeEvents();
    }
    return events;
}

} // namespace unknot::test
