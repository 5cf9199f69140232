#pragma once

#include "PainSite.h"

#include <QString>
#include <optional>

namespace unknot {

/// One region of the body map (resources/bodymap/bodymap.svg): its element id and the place it stands for.
/// Ids are "<muscle>", "<muscle>_l", "<muscle>_r", "area-<area>" or "area-<area>_l"/"_r"; both sides of a muscle
/// stand for the same place, since the journal keeps places without a side.
struct BodyMapRegion {
    enum class Side { Both, Left, Right };

    QString elementId;
    PainSite::Kind kind = PainSite::Kind::Muscle;
    QString slug;
    Side side = Side::Both;

    bool operator==(const BodyMapRegion&) const = default;

    /// The place's key, the same on both sides: "muscle:rhomboids", "area:shoulders".
    QString siteKey() const { return siteKey(kind, slug); }
    static QString siteKey(PainSite::Kind kind, const QString& slug);
    /// The region an element id stands for; empty for an id that names no place.
    static std::optional<BodyMapRegion> fromElementId(const QString& id);
};

} // namespace unknot
