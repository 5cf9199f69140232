#pragma once

#include "PlanStep.h"

#include <QCoreApplication>
#include <QList>

namespace unknot {

/// Everything the session engine plays: resolved steps plus the short transitions between them.
struct SessionPlan {
    Q_DECLARE_TR_FUNCTIONS(SessionPlan)

public:
    QString title;     ///< routine or exercise name
    QString routineId; ///< routine slug; empty for a single exercise or a heat/cold plan
    QList<PlanStep> steps;
    qint64 getReadyMs = 5000;    ///< lead-in before the first step and before steps that follow without a rest
    qint64 switchSidesMs = 5000; ///< pause between the sets of a per-side or per-direction step

    /// True when playing on from the step before index starts index with a lead-in (no rest in between).
    bool leadInBefore(int index) const;
    /// Planned length of the whole session, lead-ins and side switches included.
    qint64 plannedMs() const;
    /// Steps as the person counts them: the rests the builder inserted between steps are not steps.
    int shownStepCount() const;
    /// The 1-based number, among shown steps, of the step at index (an inserted rest takes the step before's).
    int shownStepNumber(int index) const;
    /// Why the plan can't be played, in plain words; empty when it is sound.
    QString validate() const;
};

} // namespace unknot
