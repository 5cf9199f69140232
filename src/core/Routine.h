#pragma once

#include "Dose.h"
#include "ItemBase.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace unknot {

/// One step of a routine: an exercise, a heat or cold phase, or a rest.
struct RoutineStep {
    enum class Kind { Exercise, Heat, Cold, Rest };

    static constexpr int thermalCapSeconds = 20 * 60; ///< heat or cold never longer than 20 minutes
    static constexpr int maxRestSeconds = 60 * 60;    ///< a rest, or the rest between steps

    Kind kind = Kind::Exercise;
    QString exercise; ///< exercise slug, for Kind::Exercise
    bool overridesDose = false;
    Dose dose;        ///< valid when overridesDose
    int seconds = 0;  ///< heat, cold, rest
    int maxSeconds = 0;
    QString text;

    static RoutineStep fromJson(const QJsonObject& json, QStringList* errors);
};

/// A named sequence of steps with rests between them.
struct Routine : ItemBase {
    QStringList purpose;
    QString place;
    QString role; ///< what the app reaches it for: "desk-break" (Ctrl+B), "gentle" (offered after pain rose)
    int restSeconds = 0;
    QStringList techniques;
    QStringList needs; ///< things needed beyond what the exercises' position and equipment say
    QList<RoutineStep> steps;
    QJsonObject exerciseCopies; ///< own routines: the built-in exercises they use, as they were when saved

    static constexpr int maxSteps = 100;

    static const QStringList& places();
    static const QStringList& roles();
    /// Reads the fields as authored; an own routine needs no sources or purpose and may not take a role. Which
    /// exercises its steps name is checked by ContentRules.
    static Routine fromJson(const QJsonObject& json, QStringList* errors, ItemOrigin from = ItemOrigin::BuiltIn);
};

} // namespace unknot
