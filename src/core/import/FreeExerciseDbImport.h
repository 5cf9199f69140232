#pragma once

#include "ContentRules.h"
#include "ImportBatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace unknot {

/// free-exercise-db's exercises.json (public domain): an array of {name, force, level, mechanic, equipment,
/// primaryMuscles, secondaryMuscles, instructions, category, images, id}. Each becomes an own exercise: "reps"
/// with a gentle 8 to 12 slow reps (the source gives no dose), or "timed" 30 s for a stretch; instructions as steps;
/// muscles through MuscleNames, the unmatched kept as "otherMuscles" with a note each. Pictures are not imported.
class FreeExerciseDbImport {
    Q_DECLARE_TR_FUNCTIONS(FreeExerciseDbImport)

public:
    static constexpr int repsMin = 8;
    static constexpr int repsMax = 12;
    static constexpr int stretchSeconds = 30;

    static ImportBatch read(const QString& path, const ContentRules::Known& library);
    /// library.muscles: the muscle ids a matched name may become; a match outside it is kept as text.
    static ImportBatch parse(const QByteArray& bytes, const QString& fileName, const ContentRules::Known& library);
};

} // namespace unknot
