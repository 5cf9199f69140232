#pragma once

#include "PainPoint.h"
#include "PainStats.h"
#include "TrendBucket.h"

#include <QList>
#include <QTimeZone>

namespace unknot {

/// What a pain-over-time chart draws for a period. History's chart and the report both draw this, so they show the
/// same: the average of every rating per bucket as a line, and each rating as a dot by moment (before a session,
/// after one, or on its own); when there are too many ratings to draw one by one, each moment's average per bucket.
struct PainTrend {
    /// Up to this many ratings are drawn one by one; more are drawn as averages per bucket.
    static constexpr int maxDots = 1500;

    PainStats::Bucket bucket = PainStats::Bucket::Day;
    QList<TrendBucket> average;    ///< every rating, per bucket
    QList<TrendBucket> before;     ///< ratings before a session, per bucket
    QList<TrendBucket> after;      ///< ratings after a session, per bucket
    QList<TrendBucket> standalone; ///< ratings on their own, per bucket
    QList<PainPoint> dots;         ///< every rating, oldest first; empty when more than maxDots
    int ratings = 0;               ///< every rating in the period

    /// True when the dots are the ratings themselves, not averages per bucket.
    bool oneByOne() const { return ratings <= maxDots; }

    /// Days up to 62 days, weeks up to two years, months beyond (from and to both included).
    static PainStats::Bucket bucketFor(QDate from, QDate to);
    /// The trend of points from `from` to `to` (local dates in zone, both included); points outside are ignored.
    static PainTrend of(const QList<PainPoint>& points, QDate from, QDate to, const QTimeZone& zone,
                        Qt::DayOfWeek firstDayOfWeek);
};

} // namespace unknot
