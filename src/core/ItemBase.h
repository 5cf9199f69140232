#pragma once

#include "JsonFields.h"

#include <QString>
#include <QStringList>

namespace unknot {

/// Fields every library item has.
struct ItemBase {
    QString id;      ///< stable slug
    QString name;
    QString summary;     ///< one sentence for lists and search hits
    QStringList sources; ///< ids in sources.json the facts come from, at least one
    QStringList aliases; ///< other names, plain or technical, that search also finds
    QString seeDoctor;   ///< when a doctor is needed before any self-care; empty if not specific

    void readBase(JsonFields& fields)
    {
        id = fields.string(QStringLiteral("id"));
        name = fields.string(QStringLiteral("name"));
        summary = fields.string(QStringLiteral("summary"));
        sources = fields.paragraphs(QStringLiteral("sources"));
        aliases = fields.list(QStringLiteral("aliases"), false);
        seeDoctor = fields.optionalString(QStringLiteral("seeDoctor"));
    }
};

} // namespace unknot
