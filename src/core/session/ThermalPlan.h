#pragma once

#include "PlanResult.h"
#include "Routine.h"

#include <QCoreApplication>

namespace unknot {

/// Settings for a heat, cold or alternating session, turned into a plan with skin checks between phases.
struct ThermalPlan {
    Q_DECLARE_TR_FUNCTIONS(ThermalPlan)

public:
    enum class Mode { Heat, Cold, Alternating };

    static constexpr int minMinutes = 5;
    static constexpr int maxMinutes = RoutineStep::thermalCapSeconds / 60;
    static constexpr int maxCycles = 6;
    static constexpr int minSkinCheckSeconds = 10;
    static constexpr int maxSkinCheckSeconds = 300;

    /// Minutes per phase the seeds suggest: 15 for heat or cold alone; one cold-then-heat turn of about 15 to 20
    /// minutes in all when alternating. Longer sessions are the person's explicit choice, within the cap.
    static constexpr int defaultMinutes(Mode m) { return m == Mode::Alternating ? 8 : 15; }

    Mode mode = Mode::Alternating;
    int phaseMinutes = defaultMinutes(Mode::Alternating); ///< each heat or cold phase, 5 to 20 minutes
    int cycles = 1;            ///< phases for heat or cold alone; cold-then-heat pairs when alternating
    int skinCheckSeconds = 60; ///< rest between phases to look at the skin
    int getReadySeconds = 5;   ///< lead-in to fetch and place the pack

    /// The same session as a routine of heat, cold and rest steps (no rests added between them).
    Routine toRoutine() const;
    /// The plan, or a plain-words reason why these settings are refused.
    PlanResult build() const;
    /// Why these settings are refused; empty when they are sound.
    QString problem() const;
};

} // namespace unknot
