#include "ThermalPlan.h"

#include "PlanBuilder.h"

namespace unknot {

namespace {

RoutineStep thermalStep(RoutineStep::Kind kind, int seconds)
{
    RoutineStep step;
    step.kind = kind;
    step.seconds = seconds;
    step.maxSeconds = seconds;
    return step;
}

} // namespace

Routine ThermalPlan::toRoutine() const
{
    Routine routine;
    switch (mode) {
    case Mode::Heat:
        routine.id = QStringLiteral("heat");
        routine.name = tr("Heat");
        break;
    case Mode::Cold:
        routine.id = QStringLiteral("cold");
        routine.name = tr("Cold");
        break;
    case Mode::Alternating:
        routine.id = QStringLiteral("heat-and-cold");
        routine.name = tr("Cold and heat");
        break;
    }
    routine.restSeconds = 0;
    QList<RoutineStep::Kind> phases;
    for (int i = 0; i < cycles; ++i) {
        switch (mode) {
        case Mode::Heat:
            phases.append(RoutineStep::Kind::Heat);
            break;
        case Mode::Cold:
            phases.append(RoutineStep::Kind::Cold);
            break;
        case Mode::Alternating:
            // Cold first, then heat to loosen the muscle, as the seed describes; a skin check sits between them.
            phases.append(RoutineStep::Kind::Cold);
            phases.append(RoutineStep::Kind::Heat);
            break;
        }
    }
    for (int i = 0; i < phases.size(); ++i) {
        if (i > 0) {
            RoutineStep check = thermalStep(RoutineStep::Kind::Rest, skinCheckSeconds);
            check.text = tr("Lift the pack and look at the skin: stop if it is very red, pale, blistered, numb or "
                            "tingling.");
            routine.steps.append(check);
        }
        routine.steps.append(thermalStep(phases.at(i), phaseMinutes * 60));
    }
    return routine;
}

QString ThermalPlan::problem() const
{
    if (phaseMinutes > maxMinutes) {
        return tr("Heat or cold may be applied for at most %1 minutes at a time; %2 minutes is too long.")
            .arg(maxMinutes)
            .arg(phaseMinutes);
    }
    if (phaseMinutes < minMinutes) {
        return tr("A heat or cold phase lasts at least %1 minutes; %2 minutes is too short.")
            .arg(minMinutes)
            .arg(phaseMinutes);
    }
    if (cycles < 1 || cycles > maxCycles) {
        return tr("Choose between 1 and %1 rounds; %2 is out of range.").arg(maxCycles).arg(cycles);
    }
    if (skinCheckSeconds < minSkinCheckSeconds || skinCheckSeconds > maxSkinCheckSeconds) {
        return tr("The skin check lasts between %1 and %2 seconds; %3 is out of range.")
            .arg(minSkinCheckSeconds)
            .arg(maxSkinCheckSeconds)
            .arg(skinCheckSeconds);
    }
    if (getReadySeconds < 0) {
        return tr("The lead-in can't be negative.");
    }
    return {};
}

PlanResult ThermalPlan::build() const
{
    const QString error = problem();
    if (!error.isEmpty()) {
        return PlanResult::failure(error);
    }
    PlanBuilder builder;
    builder.setRestSeconds(0).setGetReadySeconds(getReadySeconds);
    return builder.fromRoutine(toRoutine(), {});
}

} // namespace unknot
