#pragma once

#include <QString>
#include <optional>

namespace unknot {

/// One place that hurts in a pain entry: a muscle or a body area from the library, with the name shown at the time.
struct PainSite {
    enum class Kind { Muscle, Area };

    Kind kind = Kind::Area;
    QString slug;       ///< the library's stable key, e.g. "rhomboids" or "shoulder-blades"
    QString name;       ///< the name shown at the time, kept when the content changes
    bool worst = false; ///< the place that hurts most; at most one per entry

    bool operator==(const PainSite&) const = default;

    /// Stable lower-case key of a kind, as stored: "muscle", "area".
    static QString kindKey(Kind kind);
    /// The kind for a key; empty for an unknown key.
    static std::optional<Kind> kindFromKey(const QString& key);
};

} // namespace unknot
