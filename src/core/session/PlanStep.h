#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace unknot {

/// One step of a session plan with every number resolved, ready to be played.
struct PlanStep {
    Q_DECLARE_TR_FUNCTIONS(PlanStep)

public:
    enum class Kind { Reps, Cycles, Timed, Heat, Cold, Rest };

    Kind kind = Kind::Rest;
    QString title;             ///< exercise name, or "Heat", "Cold", "Rest", "Skin check"
    QString exerciseId;        ///< exercise slug; empty for heat, cold and rests
    QString description;       ///< short spoken-style line, e.g. "Glute bridges, ten reps"
    QString note;              ///< the dose or step text as written in the content, if any
    int count = 0;             ///< reps or cycles chosen per set
    int countMin = 0;          ///< lower end of the authored range
    int countMax = 0;          ///< upper end of the authored range
    qint64 upMs = 0;           ///< reps: lift
    qint64 holdMs = 0;         ///< reps: hold at the top
    qint64 downMs = 0;         ///< reps: lower
    qint64 contractMs = 0;     ///< cycles: contract
    qint64 relaxMs = 0;        ///< cycles: relax
    qint64 durationMs = 0;     ///< timed: each set; heat, cold and rest: the whole step
    qint64 durationMinMs = 0;  ///< timed: shortest authored duration
    qint64 durationMaxMs = 0;  ///< timed: longest authored duration
    QStringList sets;          ///< one pass per label (sides, directions); empty means one pass
    bool insertedRest = false; ///< a rest the builder put between two steps, not one the routine names
    bool skinCheck = false;    ///< a rest next to heat or cold, to look at the skin
    bool confirmAtEnd = false; ///< waits for the person to confirm normal feeling before going on (cold to heat)
    QString caution;           ///< short caution shown during the step: set on an exercise's first step only

    /// True for steps that count reps or cycles.
    bool isCounted() const { return kind == Kind::Reps || kind == Kind::Cycles; }
    /// Number of passes through the step: one per set label, always one for heat, cold and rests.
    int setCount() const;
    /// Milliseconds one rep or cycle takes at the planned tempo; zero for other kinds.
    qint64 repMs() const;
    /// Planned length of the step, including the pauses to switch sides between sets.
    qint64 plannedMs(qint64 switchSidesMs) const;
    /// Reps or cycles planned over all sets; zero for other kinds.
    int plannedCount() const { return isCounted() ? count * setCount() : 0; }

    /// Why this step can't be played, as the end of a sentence; empty when it is sound.
    QString problem() const;

    /// Stable lower-case name of a kind, e.g. "reps".
    static QString kindName(Kind k);
};

} // namespace unknot
