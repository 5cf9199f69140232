#pragma once

#include "JsonFields.h"

#include <QString>
#include <QStringList>

namespace unknot {

/// Fields every library item has.
struct ItemBase {
    QString id; ///< stable slug
    QString name;
    QString summary;     ///< one sentence for lists and search hits
    QStringList sources; ///< ids in sources.json the facts come from, at least one
    QStringList aliases; ///< other names, plain or technical, that search also finds
    QString seeDoctor;   ///< when a doctor is needed before any self-care; empty if not specific
    bool own = false;    ///< the person's own item ("own": true), kept in the journal, not the built-in library
    QString origin;      ///< own items: where it came from ("from my physiotherapist", a link, a book)

    /// Own items follow the same rules with what only the built-in library must have left out: sources (they
    /// have an origin instead) and the texts written for the library (why, who should ask first, and so on).
    void readBase(JsonFields& fields)
    {
        own = fields.flag(QStringLiteral("own"));
        origin = fields.optionalString(QStringLiteral("origin"));
        id = fields.string(QStringLiteral("id"));
        name = fields.string(QStringLiteral("name"));
        summary = own ? fields.optionalString(QStringLiteral("summary")) : fields.string(QStringLiteral("summary"));
        sources = own ? fields.list(QStringLiteral("sources"), false) : fields.paragraphs(QStringLiteral("sources"));
        aliases = fields.list(QStringLiteral("aliases"), false);
        seeDoctor = fields.optionalString(QStringLiteral("seeDoctor"));
    }
};

} // namespace unknot
