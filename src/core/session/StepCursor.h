#pragma once

#include "PlanStep.h"
#include "SessionPhase.h"

namespace unknot {

/// Where the engine stands inside one step.
struct StepPosition {
    SessionPhase phase = SessionPhase::None;
    int set = 0;          ///< 0-based set
    int setDone = 0;      ///< reps or cycles finished in this set
    int done = 0;         ///< reps or cycles finished in the whole step visit
    bool counted = false; ///< the rep on screen is already counted (the hold after a tap)

    /// True once the step is over (phase None); the counts stay valid.
    bool isDone() const { return phase == SessionPhase::None; }
    /// 1-based rep or cycle in progress.
    int repNumber() const { return counted ? setDone : setDone + 1; }
};

/// The order of phases inside a step, as pure functions of a position; no time, no state.
class StepCursor {
public:
    StepCursor(const PlanStep& step, qint64 getReadyMs, qint64 switchSidesMs);

    /// Length of a phase of this step in ms; -1 when it has no clock (waiting for a tap).
    qint64 lengthMs(SessionPhase phase) const;
    /// First phase of the step, with or without the lead-in.
    StepPosition first(bool leadIn, int target, bool selfPaced) const;
    /// Phase after pos ends (for WaitingForTap: after the tap; for Confirm: once confirmed); isDone() when the
    /// step is over.
    StepPosition next(const StepPosition& pos, int target, bool selfPaced) const;
    /// The rep in progress started over at its beginning (used when the pace mode changes).
    StepPosition restartRep(const StepPosition& pos, int target, bool selfPaced) const;
    /// Planned ms of the phases after pos, until the step ends.
    qint64 remainingAfterMs(const StepPosition& pos, int target, bool selfPaced) const;
    /// Estimated ms for one self-paced rep until it is tapped.
    qint64 tapEstimateMs() const { return m_step.upMs + m_step.downMs; }

private:
    StepPosition advance(StepPosition pos, int target, bool selfPaced) const;
    StepPosition settle(StepPosition pos, int target, bool selfPaced) const;
    StepPosition workStart(StepPosition pos, bool selfPaced) const;
    StepPosition repStart(StepPosition pos, bool selfPaced) const;
    StepPosition repEnd(StepPosition pos, int target, bool selfPaced) const;
    StepPosition setEnd(StepPosition pos) const;

    const PlanStep& m_step;
    qint64 m_getReadyMs;
    qint64 m_switchSidesMs;
};

} // namespace unknot
