#pragma once

#include "PlanStep.h"
#include "SessionPhase.h"

namespace unknot {

/// Everything the player shows, taken at one moment.
struct SessionSnapshot {
    SessionState state = SessionState::Idle;
    bool endedEarly = false; ///< finished because end() was called
    bool selfPaced = false;  ///< reps wait for a tap instead of following the tempo

    SessionPhase phase = SessionPhase::None;
    bool leadInIsNext = false; ///< a lead-in that moves on to a new step ("Next"), not the first ("Get ready")
    qint64 msLeft = 0;  ///< left in the phase; never negative; 0 while waiting for a tap
    qint64 phaseMs = 0; ///< full length of the phase (for a progress ring); 0 when untimed

    int stepIndex = 0; ///< 0-based
    int stepCount = 0;
    PlanStep::Kind stepKind = PlanStep::Kind::Rest;
    QString stepTitle;
    QString stepDescription;
    bool stepSkinCheck = false; ///< the step is a rest to look at the skin between heat and cold
    QString stepCaution;   ///< short caution for an exercise's first step in the session; empty otherwise
    QString nextStepTitle; ///< the next step that is not an added rest; empty at the last

    QString countText; ///< "Rep 4 of 10", "Cycle 2 of 5", "Left side, rep 3 of 5", "Next: Right side"
    int setIndex = 0;  ///< 0-based
    int setCount = 1;
    QString setLabel;  ///< e.g. "Left side"; empty when the step has one pass
    int repNumber = 0; ///< 1-based rep or cycle in progress; 0 for steps that don't count
    int repTotal = 0;  ///< reps or cycles in this set, after adjustReps()

    qint64 totalMsLeft = 0; ///< estimate for the rest of the session at the planned tempo
};

} // namespace unknot
