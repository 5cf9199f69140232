#pragma once

#include "JsonFields.h"

#include <QString>

namespace unknot {

/// Fields every library item has.
struct ItemBase {
    QString id;      ///< stable slug
    QString name;
    QString summary; ///< one sentence for lists and search hits
    QString source;  ///< seed file the facts come from

    void readBase(JsonFields& fields)
    {
        id = fields.string(QStringLiteral("id"));
        name = fields.string(QStringLiteral("name"));
        summary = fields.string(QStringLiteral("summary"));
        source = fields.string(QStringLiteral("source"));
    }
};

} // namespace unknot
