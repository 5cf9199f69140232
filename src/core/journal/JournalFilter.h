#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

/// What History shows: one routine, and places that hurt. Empty fields filter nothing.
struct JournalFilter {
    /// Only sessions of this routine and the ratings made around them (standalone ratings are left out).
    QString routineSlug;
    /// Only ratings with at least one of these places (muscle or area slugs), and sessions rated with them.
    /// To filter by body area, pass the area together with the slugs of its muscles.
    QStringList siteSlugs;

    bool isEmpty() const { return routineSlug.isEmpty() && siteSlugs.isEmpty(); }
    bool operator==(const JournalFilter&) const = default;
};

} // namespace unknot
