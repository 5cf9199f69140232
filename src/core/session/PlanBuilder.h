#pragma once

#include "Exercise.h"
#include "PlanResult.h"
#include "Routine.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace unknot {

/// Turns a routine or a single exercise into a resolved SessionPlan, refusing anything unsafe or unplayable.
class PlanBuilder {
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    /// Finds an exercise by slug; returns nullptr when there is none.
    using ExerciseLookup = std::function<const Exercise*(const QString&)>;

    static constexpr int defaultGetReadySeconds = 5;
    static constexpr int defaultSwitchSidesSeconds = 5;

    /// Rest between steps; without it the routine's own restSeconds is used.
    PlanBuilder& setRestSeconds(int seconds);
    /// Reps or cycles for an exercise with a range; clamped into the range (default: the top).
    PlanBuilder& setCount(const QString& exerciseId, int count);
    /// Seconds for a timed exercise with a range; clamped into the range (default: the longest).
    PlanBuilder& setSeconds(const QString& exerciseId, int seconds);
    /// Lead-in before the first step (default 5 s; 0 for none).
    PlanBuilder& setGetReadySeconds(int seconds);
    /// Pause between the sets of a per-side step (default 5 s; 0 for none).
    PlanBuilder& setSwitchSidesSeconds(int seconds);

    /// Plan for a routine; exercises are looked up by slug.
    PlanResult fromRoutine(const Routine& routine, const ExerciseLookup& lookup) const;
    /// Plan for one exercise on its own.
    PlanResult fromExercise(const Exercise& exercise) const;

private:
    PlanStep exerciseStep(const Exercise& exercise, const Dose& dose) const;
    PlanResult finish(SessionPlan plan) const;

    std::optional<int> m_restSeconds;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_seconds;
    int m_getReadySeconds = defaultGetReadySeconds;
    int m_switchSidesSeconds = defaultSwitchSidesSeconds;
};

} // namespace unknot
