#pragma once

#include <QDate>
#include <QSet>

namespace unknot {

/// Days in a row with at least one session.
struct Streak {
    int current = 0; ///< run of days ending today, or yesterday while today has none yet
    int longest = 0;
    QSet<QDate> days; ///< every day with a session, for a calendar

    bool operator==(const Streak&) const = default;
};

} // namespace unknot
