#include "StepCursor.h"

namespace unknot {

StepCursor::StepCursor(const PlanStep& step, qint64 getReadyMs, qint64 switchSidesMs)
    : m_step(step)
    , m_getReadyMs(getReadyMs)
    , m_switchSidesMs(switchSidesMs)
{
}

qint64 StepCursor::lengthMs(SessionPhase phase) const
{
    switch (phase) {
    case SessionPhase::GetReady:
        return m_getReadyMs;
    case SessionPhase::Lift:
        return m_step.upMs;
    case SessionPhase::Hold:
        return m_step.holdMs;
    case SessionPhase::Lower:
        return m_step.downMs;
    case SessionPhase::Contract:
        return m_step.contractMs;
    case SessionPhase::Relax:
        return m_step.relaxMs;
    case SessionPhase::Timed:
    case SessionPhase::Heat:
    case SessionPhase::Cold:
    case SessionPhase::Rest:
        return m_step.durationMs;
    case SessionPhase::SwitchSides:
        return m_switchSidesMs;
    case SessionPhase::WaitingForTap:
    case SessionPhase::Confirm:
        return -1;
    case SessionPhase::None:
        break;
    }
    return 0;
}

StepPosition StepCursor::first(bool leadIn, int target, bool selfPaced) const
{
    StepPosition pos;
    // Rests need no lead-in: there is nothing to get into position for.
    if (leadIn && m_step.kind != PlanStep::Kind::Rest) {
        pos.phase = SessionPhase::GetReady;
        return settle(pos, target, selfPaced);
    }
    return settle(workStart(pos, selfPaced), target, selfPaced);
}

StepPosition StepCursor::next(const StepPosition& pos, int target, bool selfPaced) const
{
    return settle(advance(pos, target, selfPaced), target, selfPaced);
}

StepPosition StepCursor::restartRep(const StepPosition& pos, int target, bool selfPaced) const
{
    StepPosition start = pos;
    start.counted = false;
    return settle(repStart(start, selfPaced), target, selfPaced);
}

qint64 StepCursor::remainingAfterMs(const StepPosition& pos, int target, bool selfPaced) const
{
    qint64 total = 0;
    for (StepPosition p = next(pos, target, selfPaced); !p.isDone(); p = next(p, target, selfPaced)) {
        const qint64 length = lengthMs(p.phase);
        total += length < 0 ? tapEstimateMs() : length;
    }
    return total;
}

StepPosition StepCursor::advance(StepPosition pos, int target, bool selfPaced) const
{
    switch (pos.phase) {
    case SessionPhase::None:
        return pos;
    case SessionPhase::GetReady:
        return workStart(pos, selfPaced);
    case SessionPhase::SwitchSides:
        ++pos.set;
        return workStart(pos, selfPaced);
    case SessionPhase::Lift:
        pos.phase = SessionPhase::Hold;
        return pos;
    case SessionPhase::Hold:
        if (pos.counted) {
            return repEnd(pos, target, selfPaced);
        }
        pos.phase = SessionPhase::Lower;
        return pos;
    case SessionPhase::Contract:
        pos.phase = SessionPhase::Relax;
        return pos;
    case SessionPhase::WaitingForTap:
        // The tap counts the rep; a hold at the top still follows, on the clock.
        ++pos.setDone;
        ++pos.done;
        if (m_step.holdMs > 0) {
            pos.phase = SessionPhase::Hold;
            pos.counted = true;
            return pos;
        }
        return repEnd(pos, target, selfPaced);
    case SessionPhase::Lower:
    case SessionPhase::Relax:
        ++pos.setDone;
        ++pos.done;
        return repEnd(pos, target, selfPaced);
    case SessionPhase::Rest:
        if (m_step.confirmAtEnd) {
            pos.phase = SessionPhase::Confirm;
            return pos;
        }
        return setEnd(pos);
    case SessionPhase::Confirm:
    case SessionPhase::Timed:
    case SessionPhase::Heat:
    case SessionPhase::Cold:
        return setEnd(pos);
    }
    return pos;
}

StepPosition StepCursor::settle(StepPosition pos, int target, bool selfPaced) const
{
    // Phases of zero length (no hold, no switch pause, no lead-in) are passed over. Every pass either
    // moves to a later phase or counts a rep, so this ends.
    while (!pos.isDone() && lengthMs(pos.phase) == 0) {
        pos = advance(pos, target, selfPaced);
    }
    return pos;
}

StepPosition StepCursor::workStart(StepPosition pos, bool selfPaced) const
{
    pos.setDone = 0;
    pos.counted = false;
    switch (m_step.kind) {
    case PlanStep::Kind::Reps:
    case PlanStep::Kind::Cycles:
        return repStart(pos, selfPaced);
    case PlanStep::Kind::Timed:
        pos.phase = SessionPhase::Timed;
        break;
    case PlanStep::Kind::Heat:
        pos.phase = SessionPhase::Heat;
        break;
    case PlanStep::Kind::Cold:
        pos.phase = SessionPhase::Cold;
        break;
    case PlanStep::Kind::Rest:
        pos.phase = SessionPhase::Rest;
        break;
    }
    return pos;
}

StepPosition StepCursor::repStart(StepPosition pos, bool selfPaced) const
{
    if (m_step.kind == PlanStep::Kind::Cycles) {
        pos.phase = SessionPhase::Contract;
    } else {
        pos.phase = selfPaced ? SessionPhase::WaitingForTap : SessionPhase::Lift;
    }
    return pos;
}

StepPosition StepCursor::repEnd(StepPosition pos, int target, bool selfPaced) const
{
    pos.counted = false;
    if (pos.setDone >= target) {
        return setEnd(pos);
    }
    return repStart(pos, selfPaced);
}

StepPosition StepCursor::setEnd(StepPosition pos) const
{
    if (pos.set + 1 >= m_step.setCount()) {
        pos.phase = SessionPhase::None;
        return pos;
    }
    pos.phase = SessionPhase::SwitchSides;
    return pos;
}

} // namespace unknot
