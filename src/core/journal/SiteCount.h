#pragma once

#include "PainSite.h"

namespace unknot {

/// How many live pain entries in a period named one place.
struct SiteCount {
    PainSite::Kind kind = PainSite::Kind::Area;
    QString slug;
    int entries = 0;

    bool operator==(const SiteCount&) const = default;
};

} // namespace unknot
