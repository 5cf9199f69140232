#pragma once

#include "ItemBase.h"

#include <QStringList>

namespace unknot {

/// Something that leads to upper back pain.
struct Cause : ItemBase {
    QStringList what;
    QStringList how;
    QStringList muscles;
    QStringList techniques;
    QStringList exercises;

    static Cause fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
