#include "SessionEngine.h"

#include <algorithm>
#include <utility>

namespace unknot {

namespace {

constexpr qint64 countdownFromMs = 4000; // phases this long or longer get a 3, 2, 1 countdown

} // namespace

SessionEngine::SessionEngine(SessionPlan plan, const Clock& clock)
    : m_plan(std::move(plan))
    , m_clock(clock)
    , m_error(m_plan.validate())
{
}

StepCursor SessionEngine::cursor() const
{
    return StepCursor(currentStep(), m_plan.getReadyMs, m_plan.switchSidesMs);
}

bool SessionEngine::start(int fromStep)
{
    if (m_state != SessionState::Idle || !isValid() || fromStep < 0 || fromStep >= m_plan.steps.size()) {
        return false;
    }
    const qint64 now = sync();
    m_state = SessionState::Running;
    enterStep(fromStep, now, true, false);
    return true;
}

bool SessionEngine::pause()
{
    const qint64 now = sync();
    if (m_state != SessionState::Running) {
        return false;
    }
    pauseAt(now);
    return true;
}

bool SessionEngine::resume()
{
    const qint64 now = sync();
    if (m_state != SessionState::Paused) {
        return false;
    }
    if (m_deadline >= 0) {
        m_deadline = now + (m_deadline - m_pausedAt);
    }
    m_accrueFrom = now;
    m_state = SessionState::Running;
    return true;
}

bool SessionEngine::skip()
{
    const qint64 now = sync();
    if (!isActive()) {
        return false;
    }
    closeVisit(now, true);
    if (m_step + 1 < m_plan.steps.size()) {
        enterStep(m_step + 1, now, true, true);
    } else {
        finishSession(now, true);
    }
    return true;
}

bool SessionEngine::back()
{
    const qint64 now = sync();
    if (!isActive()) {
        return false;
    }
    const int previous = previousStepIndex();
    if (previous < 0) {
        return restartStep();
    }
    closeVisit(now, true);
    enterStep(previous, now, true, false);
    return true;
}

bool SessionEngine::restartStep()
{
    const qint64 now = sync();
    if (!isActive()) {
        return false;
    }
    m_leadInIsNext = false;
    enterPosition(cursor().first(true, m_target, m_selfPaced), now);
    return true;
}

bool SessionEngine::tapRep()
{
    const qint64 now = sync();
    if (m_state != SessionState::Running || m_pos.phase != SessionPhase::WaitingForTap) {
        return false;
    }
    enterPosition(cursor().next(m_pos, m_target, m_selfPaced), now);
    return true;
}

bool SessionEngine::confirm()
{
    const qint64 now = sync();
    if (m_state != SessionState::Running || m_pos.phase != SessionPhase::Confirm) {
        return false;
    }
    enterPosition(cursor().next(m_pos, m_target, m_selfPaced), now);
    return true;
}

bool SessionEngine::primary()
{
    sync();
    switch (m_pos.phase) {
    case SessionPhase::Confirm:
        return confirm();
    case SessionPhase::WaitingForTap:
        return tapRep();
    default:
        break;
    }
    if (m_state == SessionState::Paused) {
        return resume();
    }
    if (m_state == SessionState::Running && m_selfPaced && currentStep().kind == PlanStep::Kind::Reps) {
        return false;
    }
    return pause();
}

bool SessionEngine::adjustReps(int delta)
{
    sync();
    if (!isActive() || !currentStep().isCounted()) {
        return false;
    }
    // Never below the rep in progress: "one less" must not end a set behind the person's back.
    const bool betweenReps = m_pos.phase == SessionPhase::GetReady || m_pos.phase == SessionPhase::SwitchSides;
    const int lowest = betweenReps ? 1 : std::max(1, m_pos.repNumber());
    const int highest = std::max(maxCount, m_target);
    const int target = std::clamp(m_target + delta, lowest, highest);
    if (target == m_target) {
        return false;
    }
    m_target = target;
    return true;
}

bool SessionEngine::setSelfPaced(bool on)
{
    const qint64 now = sync();
    if (on == m_selfPaced || m_state == SessionState::Finished) {
        return false;
    }
    m_selfPaced = on;
    if (!isActive() || currentStep().kind != PlanStep::Kind::Reps) {
        return true;
    }
    // A rep that is not yet counted starts over in the new mode; a hold after a tap runs out as planned.
    const SessionPhase phase = m_pos.phase;
    const bool uncountedRep =
        phase == SessionPhase::Lift || phase == SessionPhase::Lower || (phase == SessionPhase::Hold && !m_pos.counted);
    if ((on && uncountedRep) || (!on && phase == SessionPhase::WaitingForTap)) {
        enterPosition(cursor().restartRep(m_pos, m_target, m_selfPaced), now);
    }
    return true;
}

bool SessionEngine::end()
{
    const qint64 now = sync();
    if (m_state == SessionState::Finished) {
        return false;
    }
    closeVisit(now, true);
    finishSession(now, false);
    return true;
}

void SessionEngine::tick()
{
    sync();
}

std::optional<qint64> SessionEngine::nextDeadlineMs() const
{
    if (m_state != SessionState::Running || m_deadline < 0) {
        return std::nullopt;
    }
    return m_nextCue > 0 ? m_deadline - m_nextCue * 1000LL : m_deadline;
}

QList<SessionEvent> SessionEngine::takeEvents()
{
    return std::exchange(m_events, {});
}

qint64 SessionEngine::sync()
{
    qint64 now = m_clock.monotonicMs();
    const qint64 wall = m_clock.wallMs();
    if (m_observed) {
        now = std::max(now, m_lastMono); // a monotonic clock must not run back; if it does, hold still
        const qint64 sleptMs = (wall - m_lastWall) - (now - m_lastMono);
        if (m_state == SessionState::Running && sleptMs > sleepThresholdMs) {
            // Freeze where we last looked; whatever the monotonic clock did meanwhile is not trusted.
            pauseAt(m_lastMono);
            SessionEvent slept = event(SessionEvent::Type::SleepDetected, now);
            slept.sleptMs = sleptMs;
            m_events.append(slept);
        }
    }
    m_observed = true;
    m_lastMono = now;
    m_lastWall = wall;
    processUntil(now);
    return now;
}

void SessionEngine::processUntil(qint64 now)
{
    while (m_state == SessionState::Running && m_deadline >= 0) {
        if (m_nextCue > 0) {
            const qint64 cueAt = m_deadline - m_nextCue * 1000LL;
            if (cueAt > now) {
                return;
            }
            SessionEvent cue = event(SessionEvent::Type::Countdown, cueAt);
            cue.countdown = m_nextCue--;
            m_events.append(cue);
            continue;
        }
        if (m_deadline > now) {
            return;
        }
        // The next phase starts at the exact boundary, not at the (possibly late) tick.
        enterPosition(cursor().next(m_pos, m_target, m_selfPaced), m_deadline);
    }
}

void SessionEngine::pauseAt(qint64 at)
{
    accrue(at);
    m_pausedAt = at;
    m_state = SessionState::Paused;
}

void SessionEngine::enterStep(int index, qint64 at, bool leadIn, bool leadInIsNext)
{
    m_step = index;
    m_target = currentStep().count;
    m_leadInIsNext = leadInIsNext;
    m_stepActiveMs = 0;
    m_accrueFrom = at;
    m_visitOpen = true;
    m_pos = StepPosition{};
    m_events.append(event(SessionEvent::Type::StepStarted, at));
    enterPosition(cursor().first(leadIn, m_target, m_selfPaced), at);
}

void SessionEngine::enterPosition(const StepPosition& pos, qint64 at)
{
    accrue(at);
    m_pos = pos;
    if (m_pos.isDone()) {
        completeStep(at);
        return;
    }
    const qint64 length = cursor().lengthMs(m_pos.phase);
    m_phaseMs = std::max<qint64>(length, 0);
    m_deadline = length < 0 ? -1 : at + length;
    m_nextCue = length >= countdownFromMs ? 3 : 0;
    if (m_state == SessionState::Paused) {
        m_pausedAt = at; // entered while paused (skip, back): the whole phase is left
    }
    SessionEvent changed = event(SessionEvent::Type::PhaseChanged, at);
    changed.phase = m_pos.phase;
    changed.setIndex = m_pos.set;
    changed.repNumber = currentStep().isCounted() ? m_pos.repNumber() : 0;
    m_events.append(changed);
}

void SessionEngine::completeStep(qint64 at)
{
    closeVisit(at, false);
    const int next = m_step + 1;
    if (next < m_plan.steps.size()) {
        enterStep(next, at, m_plan.leadInBefore(next), true);
    } else {
        finishSession(at, true);
    }
}

void SessionEngine::closeVisit(qint64 at, bool skipped)
{
    if (!m_visitOpen) {
        return;
    }
    accrue(at);
    m_visitOpen = false;
    const PlanStep& step = currentStep();
    SessionEvent finished = event(SessionEvent::Type::StepFinished, at);
    finished.plannedReps = step.plannedCount();
    finished.actualReps = m_pos.done;
    finished.plannedMs = step.plannedMs(m_plan.switchSidesMs);
    finished.actualMs = m_stepActiveMs;
    finished.skipped = skipped;
    m_events.append(finished);
}

void SessionEngine::finishSession(qint64 at, bool completed)
{
    m_state = SessionState::Finished;
    m_endedEarly = !completed;
    m_deadline = -1;
    m_nextCue = 0;
    m_phaseMs = 0;
    m_pos.phase = SessionPhase::None;
    SessionEvent finished = event(SessionEvent::Type::SessionFinished, at);
    finished.completed = completed;
    m_events.append(finished);
}

void SessionEngine::accrue(qint64 at)
{
    // Time in the step counts while running, except the lead-in.
    if (m_state == SessionState::Running && m_pos.phase != SessionPhase::GetReady && at > m_accrueFrom) {
        m_stepActiveMs += at - m_accrueFrom;
    }
    m_accrueFrom = std::max(m_accrueFrom, at);
}

int SessionEngine::previousStepIndex() const
{
    for (int i = m_step - 1; i >= 0; --i) {
        if (!m_plan.steps.at(i).insertedRest) {
            return i;
        }
    }
    return -1;
}

int SessionEngine::nextShownStepIndex() const
{
    for (int i = m_step + 1; i < m_plan.steps.size(); ++i) {
        if (!m_plan.steps.at(i).insertedRest) {
            return i;
        }
    }
    return -1;
}

SessionEvent SessionEngine::event(SessionEvent::Type type, qint64 at) const
{
    SessionEvent e;
    e.type = type;
    e.atMs = at;
    e.stepIndex = m_step;
    return e;
}

} // namespace unknot
