#pragma once

#include "Dose.h"
#include "Movement.h"

namespace unknot {

/// How an exercise is drawn: a movement per set (sides and directions), or one for every set.
struct Figure {
    QList<Movement> sets;

    bool isEmpty() const { return sets.isEmpty(); }
    /// The movement for a 0-based set; the last one when there are fewer than sets.
    const Movement& forSet(int setIndex) const;

    bool operator==(const Figure&) const = default;

    /// Reads "figure" of an exercise; the dose says which phases need poses. Problems are appended to errors.
    static Figure fromJson(const QJsonObject& json, const Dose& dose, QStringList* errors);
    /// Reads a still picture (heat, cold, rest): one "hold" pose is enough.
    static Figure stillFromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
