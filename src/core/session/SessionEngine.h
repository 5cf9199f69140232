#pragma once

#include "Clock.h"
#include "SessionEvent.h"
#include "SessionPlan.h"
#include "SessionSnapshot.h"
#include "StepCursor.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace unknot {

/// Plays a SessionPlan against a Clock: pure logic, driven by tick() and commands, no timers of its own.
///
/// Time left is always deadline - now. Each phase's deadline is the previous deadline plus its length, so late
/// or missing ticks never drift; a late tick handles every boundary it crossed, each stamped with its own time.
/// Commands are safe in any state: those that don't apply return false and change nothing.
class SessionEngine {
    Q_DECLARE_TR_FUNCTIONS(SessionEngine)

public:
    /// Wall time beyond the monotonic gap that counts as the machine having slept.
    static constexpr qint64 sleepThresholdMs = 30'000;
    /// Highest count adjustReps() goes to (a plan may already be higher).
    static constexpr int maxCount = 100;

    /// The clock must outlive the engine. A plan that fails validate() is refused: start() returns false.
    SessionEngine(SessionPlan plan, const Clock& clock);

    /// True when the plan can be played.
    bool isValid() const { return m_error.isEmpty(); }
    /// Why the plan was refused; empty when valid.
    QString error() const { return m_error; }
    const SessionPlan& plan() const { return m_plan; }
    SessionState state() const { return m_state; }
    bool selfPaced() const { return m_selfPaced; }

    /// Starts at fromStep (with the lead-in) when idle and valid; a resumed session starts past its done steps.
    bool start(int fromStep = 0);
    /// Freezes the phase with its time left.
    bool pause();
    /// Continues a paused phase: its deadline becomes now + the time that was left.
    bool resume();
    /// Ends the current step as skipped and goes on to the next; past the last step the session finishes.
    bool skip();
    /// Goes to the previous step (passing over added rests); at the first step, restarts it.
    bool back();
    /// Starts the current step again from its lead-in; the visit goes on (no StepFinished).
    bool restartStep();
    /// Counts a self-paced rep; only while waiting for a tap.
    bool tapRep();
    /// The person confirms their skin feels normal, so the step ends and heat may follow; only while asked.
    bool confirm();
    /// The one big key (Space): confirms when asked, counts a rep when waiting for a tap, and otherwise pauses or
    /// resumes; except while counting reps oneself, where a tap that comes early (during a switch of sides, a
    /// hold) does nothing rather than pause by accident.
    bool primary();
    /// One rep more (+1) or less (-1) per set for the current step; never below the rep in progress.
    bool adjustReps(int delta);
    /// Switches between tempo-led and self-paced reps; the rep in progress starts over in the new mode.
    bool setSelfPaced(bool on);
    /// Ends the session early (the current step is recorded as skipped).
    bool end();
    /// Catches up with the clock: handles every boundary and cue that is due, notices sleep.
    void tick();

    /// Monotonic time of the next boundary or countdown cue; none when not running or waiting for the person.
    std::optional<qint64> nextDeadlineMs() const;
    /// What the player shows now.
    SessionSnapshot snapshot() const;
    /// Events since the last call, oldest first.
    QList<SessionEvent> takeEvents();

private:
    bool isActive() const { return m_state == SessionState::Running || m_state == SessionState::Paused; }
    StepCursor cursor() const;
    const PlanStep& currentStep() const { return m_plan.steps.at(m_step); }
    qint64 sync();
    void processUntil(qint64 now);
    void pauseAt(qint64 at);
    void enterStep(int index, qint64 at, bool leadIn, bool leadInIsNext);
    void enterPosition(const StepPosition& pos, qint64 at);
    void completeStep(qint64 at);
    void closeVisit(qint64 at, bool skipped);
    void finishSession(qint64 at, bool completed);
    void accrue(qint64 at);
    int previousStepIndex() const;
    int nextShownStepIndex() const;
    QString countText() const;
    SessionEvent event(SessionEvent::Type type, qint64 at) const;

    SessionPlan m_plan;
    const Clock& m_clock;
    QString m_error;

    SessionState m_state = SessionState::Idle;
    bool m_selfPaced = false;
    bool m_endedEarly = false;

    int m_step = 0;
    StepPosition m_pos;
    int m_target = 0;            ///< reps or cycles per set for this visit, after adjustReps()
    bool m_leadInIsNext = false; ///< the lead-in moves on to a new step ("Next") rather than starting ("Get ready")
    bool m_visitOpen = false;

    qint64 m_deadline = -1; ///< monotonic end of the phase; -1 when it has none
    qint64 m_phaseMs = 0;
    int m_nextCue = 0;     ///< next countdown number still to come in this phase (3, 2, 1), 0 for none
    qint64 m_pausedAt = 0; ///< while paused, time left is m_deadline - m_pausedAt

    qint64 m_accrueFrom = 0;
    qint64 m_stepActiveMs = 0;

    bool m_observed = false;
    qint64 m_lastMono = 0;
    qint64 m_lastWall = 0;

    QList<SessionEvent> m_events;
};

} // namespace unknot
