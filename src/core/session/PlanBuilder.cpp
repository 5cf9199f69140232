#include "PlanBuilder.h"

#include "SpokenWords.h"

#include <QSet>

#include <algorithm>

namespace unknot {

namespace {

QString spokenDuration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 60 && seconds % 60 == 0) {
        return spoken::minutes(seconds / 60);
    }
    return spoken::seconds(seconds);
}

QString describe(const PlanStep& step)
{
    QString amount;
    switch (step.kind) {
    case PlanStep::Kind::Reps:
        amount = spoken::reps(step.count);
        break;
    case PlanStep::Kind::Cycles:
        amount = spoken::cycles(step.count);
        break;
    case PlanStep::Kind::Timed:
    case PlanStep::Kind::Heat:
    case PlanStep::Kind::Cold:
    case PlanStep::Kind::Rest:
        amount = spokenDuration(step.durationMs);
        break;
    }
    //: Spoken when a step starts: the step's name, then how much of it, e.g. "Glute bridges, ten reps".
    QString text = PlanBuilder::tr("%1, %2").arg(step.title, amount);
    if (step.setCount() > 1) {
        //: Spoken: the step and its amount, then the number of sets, e.g. "Chin tucks, ten reps, two sets".
        text = PlanBuilder::tr("%1, %2").arg(text, spoken::sets(step.setCount()));
    }
    return text;
}

bool isThermal(const RoutineStep& step)
{
    return step.kind == RoutineStep::Kind::Heat || step.kind == RoutineStep::Kind::Cold;
}

// Chosen value clamped into the authored range; a broken range is left for PlanStep::problem() to report.
int choose(const QHash<QString, int>& chosen, const QString& id, int low, int high)
{
    const int value = chosen.value(id, high);
    return low <= high ? std::clamp(value, low, high) : value;
}

PlanStep restStep(const QString& title, int seconds, const QString& note, bool inserted)
{
    PlanStep step;
    step.kind = PlanStep::Kind::Rest;
    step.title = title;
    step.durationMs = seconds * 1000LL;
    step.note = note;
    step.insertedRest = inserted;
    step.description = describe(step);
    return step;
}

} // namespace

PlanBuilder& PlanBuilder::setRestSeconds(int seconds)
{
    m_restSeconds = seconds;
    return *this;
}

PlanBuilder& PlanBuilder::setCount(const QString& exerciseId, int count)
{
    m_counts.insert(exerciseId, count);
    return *this;
}

PlanBuilder& PlanBuilder::setSeconds(const QString& exerciseId, int seconds)
{
    m_seconds.insert(exerciseId, seconds);
    return *this;
}

PlanBuilder& PlanBuilder::setGetReadySeconds(int seconds)
{
    m_getReadySeconds = seconds;
    return *this;
}

PlanBuilder& PlanBuilder::setSwitchSidesSeconds(int seconds)
{
    m_switchSidesSeconds = seconds;
    return *this;
}

PlanResult PlanBuilder::fromRoutine(const Routine& routine, const ExerciseLookup& lookup) const
{
    if (routine.steps.isEmpty()) {
        return PlanResult::failure(
            tr("The routine \"%1\" has no steps, so there is nothing to play.").arg(routine.name));
    }
    const int rest = m_restSeconds.value_or(routine.restSeconds);
    if (rest < 0) {
        return PlanResult::failure(tr("The rest between steps can't be negative."));
    }
    SessionPlan plan;
    plan.title = routine.name;
    plan.routineId = routine.id;
    QSet<QString> cautioned; // an exercise's caution is shown before its first step only
    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& source = routine.steps.at(i);
        PlanStep step;
        switch (source.kind) {
        case RoutineStep::Kind::Exercise: {
            const Exercise* exercise = lookup ? lookup(source.exercise) : nullptr;
            if (!exercise) {
                return PlanResult::failure(
                    tr("Step %1 names the exercise \"%2\", which is not in the library.")
                        .arg(i + 1)
                        .arg(source.exercise));
            }
            step = exerciseStep(*exercise, source.overridesDose ? source.dose : exercise->dose);
            if (cautioned.contains(exercise->id)) {
                step.caution.clear();
            }
            cautioned.insert(exercise->id);
            break;
        }
        case RoutineStep::Kind::Heat:
        case RoutineStep::Kind::Cold:
            step.kind = source.kind == RoutineStep::Kind::Heat ? PlanStep::Kind::Heat : PlanStep::Kind::Cold;
            step.title = source.kind == RoutineStep::Kind::Heat ? tr("Heat") : tr("Cold");
            step.durationMs = source.seconds * 1000LL;
            step.note = source.text;
            step.description = describe(step);
            break;
        case RoutineStep::Kind::Rest: {
            // A rest next to heat or cold is the moment to look at the skin before going on.
            const bool check = (i > 0 && isThermal(routine.steps.at(i - 1))) ||
                               (i + 1 < routine.steps.size() && isThermal(routine.steps.at(i + 1)));
            step = restStep(check ? tr("Skin check") : tr("Rest"), source.seconds,
                            source.text, false);
            step.skinCheck = check;
            // Cold can leave the skin numb, and numb skin cannot feel heat that is too hot: ask before going on.
            step.confirmAtEnd = i > 0 && i + 1 < routine.steps.size()
                                && routine.steps.at(i - 1).kind == RoutineStep::Kind::Cold
                                && routine.steps.at(i + 1).kind == RoutineStep::Kind::Heat;
            break;
        }
        }
        const QString problem = step.problem();
        if (!problem.isEmpty()) {
            return PlanResult::failure(tr("Step %1 (%2): %3").arg(i + 1).arg(step.title, problem));
        }
        // Same rule as routineSeconds(): a rest goes between two steps unless one of them is already a rest.
        if (i > 0 && rest > 0 && source.kind != RoutineStep::Kind::Rest &&
            routine.steps.at(i - 1).kind != RoutineStep::Kind::Rest) {
            plan.steps.append(restStep(tr("Rest"), rest, {}, true));
        }
        plan.steps.append(step);
    }
    return finish(std::move(plan));
}

PlanResult PlanBuilder::fromExercise(const Exercise& exercise) const
{
    SessionPlan plan;
    plan.title = exercise.name;
    const PlanStep step = exerciseStep(exercise, exercise.dose);
    const QString problem = step.problem();
    if (!problem.isEmpty()) {
        return PlanResult::failure(tr("%1: %2").arg(exercise.name, problem));
    }
    plan.steps.append(step);
    return finish(std::move(plan));
}

PlanStep PlanBuilder::exerciseStep(const Exercise& exercise, const Dose& dose) const
{
    PlanStep step;
    step.title = exercise.name;
    step.exerciseId = exercise.id;
    step.note = dose.text;
    step.sets = dose.sets;
    step.caution = exercise.cautionLine;
    switch (dose.kind) {
    case Dose::Kind::Reps:
        step.kind = PlanStep::Kind::Reps;
        step.upMs = dose.upSeconds * 1000LL;
        step.holdMs = dose.holdSeconds * 1000LL;
        step.downMs = dose.downSeconds * 1000LL;
        break;
    case Dose::Kind::Cycles:
        step.kind = PlanStep::Kind::Cycles;
        step.contractMs = dose.contractSeconds * 1000LL;
        step.relaxMs = dose.relaxSeconds * 1000LL;
        break;
    case Dose::Kind::Timed:
        step.kind = PlanStep::Kind::Timed;
        step.durationMinMs = dose.secondsMin * 1000LL;
        step.durationMaxMs = dose.secondsMax * 1000LL;
        step.durationMs = choose(m_seconds, exercise.id, dose.secondsMin, dose.secondsMax) * 1000LL;
        break;
    }
    if (step.isCounted()) {
        step.countMin = dose.repsMin;
        step.countMax = dose.repsMax;
        step.count = choose(m_counts, exercise.id, dose.repsMin, dose.repsMax);
    }
    step.description = describe(step);
    return step;
}

PlanResult PlanBuilder::finish(SessionPlan plan) const
{
    if (m_getReadySeconds < 0 || m_switchSidesSeconds < 0) {
        return PlanResult::failure(
            tr("The lead-in and the pause to switch sides can't be negative."));
    }
    plan.getReadyMs = m_getReadySeconds * 1000LL;
    plan.switchSidesMs = m_switchSidesSeconds * 1000LL;
    // A last check on the resolved plan, so nothing the engine can't play ever leaves here.
    const QString error = plan.validate();
    if (!error.isEmpty()) {
        return PlanResult::failure(error);
    }
    return PlanResult::success(std::move(plan));
}

} // namespace unknot
