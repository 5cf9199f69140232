#pragma once

#include "SessionPhase.h"

namespace unknot {

/// Something that happened in a session, stamped with the monotonic time it belongs to.
struct SessionEvent {
    enum class Type {
        PhaseChanged,    ///< phase, setIndex, repNumber: a new phase began
        StepStarted,     ///< stepIndex: a step became current (a new visit)
        StepFinished,    ///< the visit to stepIndex ended, completed or not; exactly once per visit
        Countdown,       ///< countdown: 3, 2 or 1 seconds before a phase of 4 s or more ends
        SessionFinished, ///< completed: false when end() was called
        SleepDetected,   ///< the machine slept; the session is now paused. sleptMs: how long
    };

    Type type = Type::PhaseChanged;
    qint64 atMs = 0; ///< monotonic time of the boundary or cue, not of the tick that noticed it
    int stepIndex = -1;

    SessionPhase phase = SessionPhase::None; ///< PhaseChanged
    int setIndex = 0;                        ///< PhaseChanged: 0-based set
    int repNumber = 0;                       ///< PhaseChanged: 1-based rep or cycle (0 when not counted)
    int countdown = 0;                       ///< Countdown

    int plannedReps = 0;  ///< StepFinished: reps or cycles planned over all sets
    int actualReps = 0;   ///< StepFinished: reps or cycles done
    qint64 plannedMs = 0; ///< StepFinished: planned length without the lead-in
    qint64 actualMs = 0;  ///< StepFinished: time spent in the step, without lead-in and pauses
    bool skipped = false; ///< StepFinished: left before its end (skip, back or end)

    bool completed = false; ///< SessionFinished: the plan ran to its end
    qint64 sleptMs = 0;     ///< SleepDetected

    /// Stable name for logs and tests, e.g. "StepFinished".
    static QString typeName(Type t);
};

} // namespace unknot
