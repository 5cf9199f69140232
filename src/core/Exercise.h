#pragma once

#include "Dose.h"
#include "ExerciseImage.h"
#include "Figure.h"
#include "ItemBase.h"

#include <QStringList>

namespace unknot {

/// One exercise or stretch with its instructions and dose.
struct Exercise : ItemBase {
    QString position;
    QString equipment;
    QStringList steps;
    Dose dose;
    QStringList muscles;
    QStringList otherMuscles; ///< own exercises: muscles a source named that match none of the library's, as text
    QStringList why;
    QStringList askFirst; ///< who should skip it or ask a doctor or physiotherapist first; at least one
    QString cautionLine;  ///< one short line the player shows before the exercise's first step in a session
    QStringList cautions; ///< how to stay safe while doing it
    Figure figure;        ///< how it is drawn; empty for an exercise that has no drawing
    QList<ExerciseImage> images; ///< own items: pictures that came with it (from Workrave), shown in turn

    /// Longest caution line the player has room for.
    static constexpr int maxCautionLine = 100;

    static const QStringList& positions();
    /// Reads the fields as authored; an own item is held to the own-item rules (see ItemOrigin). References to
    /// other items are checked by ContentRules.
    static Exercise fromJson(const QJsonObject& json, QStringList* errors, ItemOrigin from = ItemOrigin::BuiltIn);
};

} // namespace unknot
