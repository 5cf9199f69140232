#pragma once

#include "ItemOrigin.h"
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
    bool own = false;    ///< the person's own item: read as ItemOrigin::Own, or marked "own": true in its stored body
    QString origin;      ///< own items: where it came from ("from my physiotherapist", a link, a book)

    /// Own items follow the same rules with what only the built-in library must have left out: sources (they
    /// have an origin instead) and a summary. The built-in pack refuses "own" (ContentPack), so the flag cannot
    /// loosen its rules.
    void readBase(JsonFields& fields, ItemOrigin from = ItemOrigin::BuiltIn)
    {
        own = from == ItemOrigin::Own || fields.flag(QStringLiteral("own"));
        origin = own ? fields.optionalString(QStringLiteral("origin")) : QString();
        id = fields.string(QStringLiteral("id"));
        name = fields.string(QStringLiteral("name"));
        summary = own ? fields.optionalString(QStringLiteral("summary")) : fields.string(QStringLiteral("summary"));
        sources = own ? fields.list(QStringLiteral("sources"), false) : fields.paragraphs(QStringLiteral("sources"));
        aliases = fields.list(QStringLiteral("aliases"), false);
        seeDoctor = fields.optionalString(QStringLiteral("seeDoctor"));
    }
};

} // namespace unknot
