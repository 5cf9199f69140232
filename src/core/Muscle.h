#pragma once

#include "ItemBase.h"

#include <QStringList>

namespace unknot {

/// A muscle or muscle group involved in upper back pain.
struct Muscle : ItemBase {
    QString area; ///< body area key, e.g. "shoulder-blades"
    QStringList where;
    QStringList does;
    QStringList feelsLike;
    QStringList tightenedBy;

    static const QStringList& areas();
    static QString areaName(const QString& area); ///< "Upper back (thoracic)"
    static Muscle fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
