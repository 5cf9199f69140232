#pragma once

#include "PainPoint.h"
#include "RoutineSummary.h"
#include "SessionPain.h"
#include "Streak.h"
#include "TrendBucket.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace unknot {

/// Pain statistics on plain inputs: trend buckets, per-routine averages, streaks and pain rises.
class PainStats {
public:
    enum class Bucket { Day, Week, Month };

    /// A rise of this many points or more after a session means: stop that routine for now.
    static constexpr int riseThreshold = 2;

    /// Count, average, min and max of the points per local day, week or month from `from` to `to` (local dates,
    /// both included), oldest first. Every bucket in the range is returned, empty ones with count 0. Weeks start
    /// on firstDayOfWeek, so the first bucket may begin before `from`; months begin on the 1st. Points are placed
    /// by their local date in zone (an invalid zone means the system's); points outside from..to are ignored.
    static QList<TrendBucket> trend(const QList<PainPoint>& points, Bucket bucket, QDate from, QDate to,
                                    const QTimeZone& zone, Qt::DayOfWeek firstDayOfWeek);

    /// One summary per routine (by slug; sessions without a routine by name), most often done first.
    static QList<RoutineSummary> perRoutine(const QList<SessionPain>& sessions);

    /// The current and longest runs of consecutive days in sessionDays (any order, repeats allowed).
    static Streak streaks(const QList<QDate>& sessionDays, QDate today);

    /// True when both ratings exist and pain went up by riseThreshold points or more.
    static bool painRose(std::optional<int> before, std::optional<int> after);
    /// How many of a routine's most recent sessions (newest first) in a row had a pain rise. Sessions without both
    /// ratings are passed over: they tell nothing either way.
    static int risesInRow(const QList<SessionPain>& newestFirst);

    /// The first day of the week that contains date.
    static QDate weekStart(QDate date, Qt::DayOfWeek firstDayOfWeek);
};

} // namespace unknot
