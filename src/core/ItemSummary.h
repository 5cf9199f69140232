#pragma once

#include "ItemRef.h"

namespace unknot {

/// What a list or a link needs to show an item: where it points, its name and one line about it.
struct ItemSummary {
    ItemRef ref;
    QString name;
    QString summary;
    bool own = false; ///< the person's own item ("Yours"), not the built-in library's
};

/// One search result, best first.
struct SearchHit {
    ItemSummary item;
    QString snippet; ///< matching text with the hit wrapped in [ ]
    double rank = 0; ///< bm25 of the words typed, lower is better; LibrarySearch orders hits by more than this
};

} // namespace unknot
