#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace unknot {

/// How one routine went over a period: how often it was done and how pain changed around it.
struct RoutineSummary {
    QString routineSlug; ///< empty for sessions without a routine (grouped by name instead)
    QString routineName; ///< the most recent name seen
    int timesDone = 0;
    QDateTime lastUtc;                   ///< start of the most recent session
    std::optional<double> averageBefore; ///< over the sessions rated before
    std::optional<double> averageAfter;  ///< over the sessions rated after
    std::optional<double> averageChange; ///< after minus before, over the sessions rated both times
    int withBoth = 0;                    ///< sessions rated both before and after

    bool operator==(const RoutineSummary&) const = default;
};

} // namespace unknot
