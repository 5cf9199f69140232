#include "PainTrend.h"

#include "LocalDates.h"

#include <algorithm>

namespace unknot {

PainStats::Bucket PainTrend::bucketFor(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    return days <= 62 ? PainStats::Bucket::Day : days <= 731 ? PainStats::Bucket::Week : PainStats::Bucket::Month;
}

PainTrend PainTrend::of(const QList<PainPoint>& points, QDate from, QDate to, const QTimeZone& zone,
                        Qt::DayOfWeek firstDayOfWeek)
{
    PainTrend t;
    t.bucket = bucketFor(from, to);
    QList<PainPoint> inRange, before, after, standalone;
    inRange.reserve(points.size());
    LocalDates local(zone);
    for (const PainPoint& point : points) {
        const QDate date = local.of(point.recordedUtc);
        if (!date.isValid() || date < from || date > to) {
            continue;
        }
        inRange.append(point);
        switch (point.moment) {
        case PainEntry::Moment::Before:
            before.append(point);
            break;
        case PainEntry::Moment::After:
            after.append(point);
            break;
        case PainEntry::Moment::Standalone:
            standalone.append(point);
            break;
        }
    }
    t.ratings = static_cast<int>(inRange.size());
    t.average = PainStats::trend(inRange, t.bucket, from, to, zone, firstDayOfWeek);
    t.before = PainStats::trend(before, t.bucket, from, to, zone, firstDayOfWeek);
    t.after = PainStats::trend(after, t.bucket, from, to, zone, firstDayOfWeek);
    t.standalone = PainStats::trend(standalone, t.bucket, from, to, zone, firstDayOfWeek);
    if (t.oneByOne()) {
        std::stable_sort(inRange.begin(), inRange.end(),
                         [](const PainPoint& a, const PainPoint& b) { return a.recordedUtc < b.recordedUtc; });
        t.dots = inRange;
    }
    return t;
}

} // namespace unknot
