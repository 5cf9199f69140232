#pragma once

#include <QString>

namespace unknot {

/// Where the session stands as a whole.
enum class SessionState { Idle, Running, Paused, Finished };

/// What the person is doing right now; each phase has its own cue and countdown.
enum class SessionPhase {
    None,          ///< before start and after the end
    GetReady,      ///< lead-in before a step
    Lift,          ///< reps: moving up
    Hold,          ///< reps: holding at the top
    Lower,         ///< reps: moving down
    Contract,      ///< cycles: press and hold
    Relax,         ///< cycles: let go
    Timed,         ///< a timed hold or quiet rest position
    Heat,          ///< heat pack on
    Cold,          ///< cold pack on
    Rest,          ///< a rest or skin check
    SwitchSides,   ///< short pause between the sets of a per-side step
    WaitingForTap, ///< self-paced reps: waiting for the person to tap each rep
    Confirm,       ///< waiting for the person to confirm their skin feels normal before heat follows cold
};

/// Stable name for logs and tests, e.g. "GetReady".
QString phaseName(SessionPhase phase);
/// Stable name for logs and tests, e.g. "Running".
QString stateName(SessionState state);

} // namespace unknot
