#include "PlanStep.h"

#include "Routine.h"

namespace unknot {

namespace {

QString minutesOrSeconds(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 60 && seconds % 60 == 0) {
        return PlanStep::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
    }
    return PlanStep::tr("%n second(s)", nullptr, static_cast<int>(seconds));
}

} // namespace

int PlanStep::setCount() const
{
    const bool hasSets = kind == Kind::Reps || kind == Kind::Cycles || kind == Kind::Timed;
    return hasSets && !sets.isEmpty() ? static_cast<int>(sets.size()) : 1;
}

qint64 PlanStep::repMs() const
{
    switch (kind) {
    case Kind::Reps:
        return upMs + holdMs + downMs;
    case Kind::Cycles:
        return contractMs + relaxMs;
    case Kind::Timed:
    case Kind::Heat:
    case Kind::Cold:
    case Kind::Rest:
        break;
    }
    return 0;
}

qint64 PlanStep::plannedMs(qint64 switchSidesMs) const
{
    const qint64 switches = (setCount() - 1) * switchSidesMs;
    switch (kind) {
    case Kind::Reps:
    case Kind::Cycles:
        return setCount() * count * repMs() + switches;
    case Kind::Timed:
        return setCount() * durationMs + switches;
    case Kind::Heat:
    case Kind::Cold:
    case Kind::Rest:
        break;
    }
    return durationMs;
}

QString PlanStep::problem() const
{
    if (upMs < 0 || holdMs < 0 || downMs < 0 || contractMs < 0 || relaxMs < 0 || durationMs < 0) {
        return tr("it has a negative length.");
    }
    switch (kind) {
    case Kind::Reps:
    case Kind::Cycles:
        if (countMin > countMax) {
            return tr("its range runs from %1 to %2, so the lowest is above the highest.")
                .arg(countMin)
                .arg(countMax);
        }
        if (count < 1) {
            return kind == Kind::Cycles ? tr("it needs at least one cycle.") : tr("it needs at least one rep.");
        }
        if (repMs() <= 0) {
            return kind == Kind::Cycles ? tr("each cycle must take some time.") : tr("each rep must take some time.");
        }
        return {};
    case Kind::Timed:
        if (durationMinMs > durationMaxMs) {
            return tr("its range runs from %1 to %2, so the shortest is above the longest.")
                .arg(minutesOrSeconds(durationMinMs), minutesOrSeconds(durationMaxMs));
        }
        break;
    case Kind::Heat:
    case Kind::Cold:
        // Longer heat or cold risks burns or frostbite, so the cap is not negotiable.
        if (durationMs > RoutineStep::thermalCapSeconds * 1000LL) {
            return (kind == Kind::Heat ? tr("a heat phase may last at most 20 minutes, and this one asks for %1.")
                                       : tr("a cold phase may last at most 20 minutes, and this one asks for %1."))
                .arg(minutesOrSeconds(durationMs));
        }
        break;
    case Kind::Rest:
        break;
    }
    if (durationMs <= 0) {
        return tr("it must last some time.");
    }
    return {};
}

QString PlanStep::kindName(Kind k)
{
    switch (k) {
    case Kind::Reps:
        return QStringLiteral("reps");
    case Kind::Cycles:
        return QStringLiteral("cycles");
    case Kind::Timed:
        return QStringLiteral("timed");
    case Kind::Heat:
        return QStringLiteral("heat");
    case Kind::Cold:
        return QStringLiteral("cold");
    case Kind::Rest:
        return QStringLiteral("rest");
    }
    return {};
}

} // namespace unknot
