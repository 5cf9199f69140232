#include "SessionPlan.h"

namespace unknot {

bool SessionPlan::leadInBefore(int index) const
{
    if (getReadyMs <= 0 || index < 0 || index >= steps.size() || steps.at(index).kind == PlanStep::Kind::Rest) {
        return false;
    }
    return index == 0 || steps.at(index - 1).kind != PlanStep::Kind::Rest;
}

qint64 SessionPlan::plannedMs() const
{
    qint64 total = 0;
    for (int i = 0; i < steps.size(); ++i) {
        total += (leadInBefore(i) ? getReadyMs : 0) + steps.at(i).plannedMs(switchSidesMs);
    }
    return total;
}

QString SessionPlan::validate() const
{
    if (steps.isEmpty()) {
        return tr("This plan has no steps, so there is nothing to play.");
    }
    if (getReadyMs < 0) {
        return tr("The get-ready lead-in can't be negative.");
    }
    if (switchSidesMs < 0) {
        return tr("The pause to switch sides can't be negative.");
    }
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep& step = steps.at(i);
        const QString problem = step.problem();
        if (!problem.isEmpty()) {
            const QString name = step.title.isEmpty() ? PlanStep::kindName(step.kind) : step.title;
            return tr("Step %1 (%2): %3").arg(i + 1).arg(name, problem);
        }
    }
    return {};
}

int SessionPlan::shownStepCount() const
{
    return shownStepNumber(static_cast<int>(steps.size()) - 1);
}

int SessionPlan::shownStepNumber(int index) const
{
    int number = 0;
    for (int i = 0; i <= index && i < steps.size(); ++i) {
        number += steps.at(i).insertedRest ? 0 : 1;
    }
    return number;
}

} // namespace unknot
