#pragma once

#include <QtGlobal>

namespace unknot {

/// How much one import takes, so that no file can make it slow or large in memory. free-exercise-db's whole file is
/// about 1 MB with some 870 exercises; these leave room for far larger real files.
struct ImportLimits {
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024; ///< refused whole above this, before reading
    static constexpr int maxItems = 5000;                    ///< exercises and routines of one file together
    static constexpr int maxFieldChars = 10000;              ///< a longer text is cut, with a note
    static constexpr int maxIdChars = 60;                    ///< ids made from names are cut to this
};

} // namespace unknot
