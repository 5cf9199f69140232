#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace unknot {

/// How one exercise is dosed: counted reps, contract/relax cycles or a timed hold.
struct Dose {
    enum class Kind { Reps, Cycles, Timed };

    Kind kind = Kind::Reps;
    int repsMin = 0;         ///< reps or cycles, lower end of the range
    int repsMax = 0;         ///< reps or cycles, upper end (equal to repsMin when fixed)
    int holdSeconds = 0;     ///< reps: hold at the top
    int upSeconds = 2;       ///< reps: tempo of the lift
    int downSeconds = 2;     ///< reps: tempo of the lowering
    int contractSeconds = 0; ///< cycles: contract phase
    int relaxSeconds = 0;    ///< cycles: relax phase
    int secondsMin = 0;      ///< timed: shortest duration
    int secondsMax = 0;      ///< timed: longest duration
    QStringList sets;        ///< one pass per label (sides, directions); empty means one pass
    QString text;            ///< the dose in plain words
    bool fromSeed = false;   ///< numbers taken from the source article
    QString notFromSeed;     ///< which part of the dose the seeds do not give, when fromSeed is false

    // Upper bounds, so that no dose (and no routine of them) can run for days or overflow a count of seconds.
    static constexpr int maxReps = 100;          ///< reps or cycles
    static constexpr int maxPhaseSeconds = 600;  ///< a lift, lowering, hold, contract or relax phase
    static constexpr int maxTimedSeconds = 3600; ///< a timed dose
    static constexpr int maxSets = 10;

    /// Number of passes through the dose (at least one).
    int setCount() const { return sets.isEmpty() ? 1 : static_cast<int>(sets.size()); }
    /// Seconds one rep or cycle takes.
    int secondsPerRep() const;
    /// Estimated seconds for the whole dose at the top of its range.
    int estimatedSeconds() const;
    /// True when the person chooses a count or duration within a range.
    bool isRange() const;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
    /// Reads a dose from its JSON form; problems are appended to errors.
    static Dose fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
