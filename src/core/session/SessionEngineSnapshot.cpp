#include "SessionEngine.h"

#include <algorithm>

// The read side of the engine: what the player shows. Kept apart from the timing logic in SessionEngine.cpp.

namespace unknot {

SessionSnapshot SessionEngine::snapshot() const
{
    SessionSnapshot s;
    s.state = m_state;
    s.endedEarly = m_endedEarly;
    s.selfPaced = m_selfPaced;
    s.stepCount = static_cast<int>(m_plan.steps.size());
    if (m_plan.steps.isEmpty()) {
        return s;
    }
    const PlanStep& step = currentStep();
    s.stepIndex = m_step;
    s.stepKind = step.kind;
    s.stepTitle = step.title;
    s.stepDescription = step.description;
    s.stepCaution = step.caution;
    s.stepSkinCheck = step.skinCheck;
    s.setCount = step.setCount();
    const int next = nextShownStepIndex();
    s.nextStepTitle = next >= 0 ? m_plan.steps.at(next).title : QString();
    if (m_state == SessionState::Idle) {
        s.totalMsLeft = m_plan.plannedMs();
        return s;
    }
    if (m_state == SessionState::Finished) {
        return s;
    }
    const qint64 now = m_state == SessionState::Paused ? m_pausedAt : std::max(m_clock.monotonicMs(), m_lastMono);
    s.phase = m_pos.phase;
    s.leadInIsNext = m_leadInIsNext;
    s.phaseMs = m_phaseMs;
    s.msLeft = m_deadline < 0 ? 0 : std::max<qint64>(0, m_deadline - now);
    s.setIndex = m_pos.set;
    s.setLabel = step.sets.value(m_pos.set);
    if (step.isCounted()) {
        s.repTotal = m_target;
        s.repNumber = std::min(m_pos.repNumber(), m_target);
    }
    s.countText = countText();

    const StepCursor steps = cursor();
    qint64 total = m_pos.phase == SessionPhase::WaitingForTap ? steps.tapEstimateMs() : s.msLeft;
    total += steps.remainingAfterMs(m_pos, m_target, m_selfPaced);
    for (int i = m_step + 1; i < m_plan.steps.size(); ++i) {
        total += (m_plan.leadInBefore(i) ? m_plan.getReadyMs : 0) + m_plan.steps.at(i).plannedMs(m_plan.switchSidesMs);
    }
    s.totalMsLeft = total;
    return s;
}

QString SessionEngine::countText() const
{
    const PlanStep& step = currentStep();
    if (m_pos.phase == SessionPhase::SwitchSides) {
        return tr("Next: %1").arg(step.sets.value(m_pos.set + 1));
    }
    const QString label = step.sets.value(m_pos.set);
    if (!step.isCounted()) {
        return label;
    }
    const int number = std::min(m_pos.repNumber(), m_target);
    if (label.isEmpty()) {
        const QString count = step.kind == PlanStep::Kind::Cycles ? tr("Cycle %1 of %2") : tr("Rep %1 of %2");
        return count.arg(number).arg(m_target);
    }
    //: After the set's name, as in "Left side, rep 3 of 10".
    return (step.kind == PlanStep::Kind::Cycles ? tr("%1, cycle %2 of %3") : tr("%1, rep %2 of %3"))
        .arg(label)
        .arg(number)
        .arg(m_target);
}

} // namespace unknot
