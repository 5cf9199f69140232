#pragma once

#include "SessionPlan.h"

#include <optional>

namespace unknot {

/// A plan ready to play, or the reason it was refused.
struct PlanResult {
    std::optional<SessionPlan> plan; ///< set only when the plan is sound
    QString error;                   ///< plain-words reason when plan is empty

    /// True when a plan was built.
    bool ok() const { return plan.has_value(); }

    static PlanResult success(SessionPlan plan) { return {std::move(plan), {}}; }
    static PlanResult failure(QString error) { return {std::nullopt, std::move(error)}; }
};

} // namespace unknot
