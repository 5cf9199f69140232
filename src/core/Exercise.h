#pragma once

#include "Dose.h"
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
    QStringList why;
    QStringList cautions;

    static const QStringList& positions();
    static Exercise fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
