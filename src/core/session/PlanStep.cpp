#include "PlanStep.h"

#include "Routine.h"

namespace unknot {

namespace {

QString minutesOrSeconds(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 60 && seconds % 60 == 0) {
        return QStringLiteral("%1 minutes").arg(seconds / 60);
    }
    return QStringLiteral("%1 seconds").arg(seconds);
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
        return QStringLiteral("it has a negative length.");
    }
    const QString unit = kind == Kind::Cycles ? QStringLiteral("cycle") : QStringLiteral("rep");
    switch (kind) {
    case Kind::Reps:
    case Kind::Cycles:
        if (countMin > countMax) {
            return QStringLiteral("its range runs from %1 to %2, so the lowest is above the highest.")
                .arg(countMin)
                .arg(countMax);
        }
        if (count < 1) {
            return QStringLiteral("it needs at least one %1.").arg(unit);
        }
        if (repMs() <= 0) {
            return QStringLiteral("each %1 must take some time.").arg(unit);
        }
        return {};
    case Kind::Timed:
        if (durationMinMs > durationMaxMs) {
            return QStringLiteral("its range runs from %1 to %2, so the shortest is above the longest.")
                .arg(minutesOrSeconds(durationMinMs), minutesOrSeconds(durationMaxMs));
        }
        break;
    case Kind::Heat:
    case Kind::Cold:
        // Longer heat or cold risks burns or frostbite, so the cap is not negotiable.
        if (durationMs > RoutineStep::thermalCapSeconds * 1000LL) {
            return QStringLiteral("a %1 phase may last at most 20 minutes, and this one asks for %2.")
                .arg(kindName(kind), minutesOrSeconds(durationMs));
        }
        break;
    case Kind::Rest:
        break;
    }
    if (durationMs <= 0) {
        return QStringLiteral("it must last some time.");
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
