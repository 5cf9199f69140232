#include "PainStats.h"

#include "LocalDates.h"

#include <QHash>
#include <algorithm>

namespace unknot {

namespace {

/// The start of the bucket holding date.
QDate bucketStart(QDate date, PainStats::Bucket bucket, Qt::DayOfWeek firstDayOfWeek)
{
    switch (bucket) {
    case PainStats::Bucket::Day:
        return date;
    case PainStats::Bucket::Week:
        return PainStats::weekStart(date, firstDayOfWeek);
    case PainStats::Bucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextStart(QDate start, PainStats::Bucket bucket)
{
    switch (bucket) {
    case PainStats::Bucket::Day:
        return start.addDays(1);
    case PainStats::Bucket::Week:
        return start.addDays(7);
    case PainStats::Bucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

/// Index of date's bucket counted from the bucket starting at first; both are bucket starts' days.
qint64 bucketIndex(QDate first, QDate date, PainStats::Bucket bucket)
{
    switch (bucket) {
    case PainStats::Bucket::Day:
        return first.daysTo(date);
    case PainStats::Bucket::Week:
        return first.daysTo(date) / 7;
    case PainStats::Bucket::Month:
        return (date.year() - first.year()) * 12LL + (date.month() - first.month());
    }
    return -1;
}

} // namespace

QDate PainStats::weekStart(QDate date, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (date.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
    return date.addDays(-back);
}

QList<TrendBucket> PainStats::trend(const QList<PainPoint>& points, Bucket bucket, QDate from, QDate to,
                                    const QTimeZone& zone, Qt::DayOfWeek firstDayOfWeek)
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return {};
    }
    QList<TrendBucket> buckets;
    const QDate first = bucketStart(from, bucket, firstDayOfWeek);
    for (QDate start = first; start <= to; start = nextStart(start, bucket)) {
        buckets.append({start, nextStart(start, bucket).addDays(-1)});
    }
    QList<qint64> sums(buckets.size(), 0);
    LocalDates local(zone);
    QDate lastDate; // points come mostly in time order: the bucket of the last date is often this one's
    qint64 index = -1;
    for (const PainPoint& point : points) {
        if (!point.recordedUtc.isValid()) {
            continue;
        }
        const QDate date = local.of(point.recordedUtc);
        if (date < from || date > to) {
            continue;
        }
        if (date != lastDate) {
            index = bucketIndex(first, date, bucket);
            lastDate = date;
        }
        TrendBucket& b = buckets[index];
        b.min = b.count == 0 ? point.rating : std::min(b.min, point.rating);
        b.max = b.count == 0 ? point.rating : std::max(b.max, point.rating);
        ++b.count;
        sums[index] += point.rating;
    }
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets[i].count > 0) {
            buckets[i].average = static_cast<double>(sums.at(i)) / buckets.at(i).count;
        }
    }
    return buckets;
}

QList<RoutineSummary> PainStats::perRoutine(const QList<SessionPain>& sessions)
{
    struct Totals {
        RoutineSummary summary;
        qint64 beforeSum = 0;
        int beforeCount = 0;
        qint64 afterSum = 0;
        int afterCount = 0;
        qint64 changeSum = 0;
    };
    QList<Totals> totals;
    QHash<QString, qsizetype> indexOf;
    for (const SessionPain& session : sessions) {
        // Sessions without a routine (one exercise, a heat timer) group by the name they were shown with.
        const QString key = session.routineSlug.isEmpty() ? QStringLiteral("name:") + session.routineName
                                                          : QStringLiteral("slug:") + session.routineSlug;
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, totals.size());
            Totals fresh;
            fresh.summary.routineSlug = session.routineSlug;
            totals.append(fresh);
        }
        Totals& t = totals[*found];
        ++t.summary.timesDone;
        if (!t.summary.lastUtc.isValid() || session.startedUtc >= t.summary.lastUtc) {
            t.summary.lastUtc = session.startedUtc;
            t.summary.routineName = session.routineName;
        }
        if (session.before) {
            t.beforeSum += *session.before;
            ++t.beforeCount;
        }
        if (session.after) {
            t.afterSum += *session.after;
            ++t.afterCount;
        }
        if (session.before && session.after) {
            t.changeSum += *session.after - *session.before;
            ++t.summary.withBoth;
        }
    }
    QList<RoutineSummary> summaries;
    summaries.reserve(totals.size());
    for (Totals& t : totals) {
        if (t.beforeCount > 0) {
            t.summary.averageBefore = static_cast<double>(t.beforeSum) / t.beforeCount;
        }
        if (t.afterCount > 0) {
            t.summary.averageAfter = static_cast<double>(t.afterSum) / t.afterCount;
        }
        if (t.summary.withBoth > 0) {
            t.summary.averageChange = static_cast<double>(t.changeSum) / t.summary.withBoth;
        }
        summaries.append(t.summary);
    }
    std::stable_sort(summaries.begin(), summaries.end(), [](const RoutineSummary& a, const RoutineSummary& b) {
        if (a.timesDone != b.timesDone) {
            return a.timesDone > b.timesDone;
        }
        return a.routineName.localeAwareCompare(b.routineName) < 0;
    });
    return summaries;
}

Streak PainStats::streaks(const QList<QDate>& sessionDays, QDate today)
{
    Streak streak;
    for (const QDate& day : sessionDays) {
        if (day.isValid()) {
            streak.days.insert(day);
        }
    }
    QList<QDate> sorted(streak.days.cbegin(), streak.days.cend());
    std::sort(sorted.begin(), sorted.end());
    int run = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        run = (i > 0 && sorted.at(i - 1).daysTo(sorted.at(i)) == 1) ? run + 1 : 1;
        streak.longest = std::max(streak.longest, run);
    }
    // Today without a session yet does not break the run that ended yesterday.
    QDate day = streak.days.contains(today) ? today : today.addDays(-1);
    while (streak.days.contains(day)) {
        ++streak.current;
        day = day.addDays(-1);
    }
    return streak;
}

bool PainStats::painRose(std::optional<int> before, std::optional<int> after)
{
    return before && after && *after - *before >= riseThreshold;
}

int PainStats::risesInRow(const QList<SessionPain>& newestFirst)
{
    int rises = 0;
    for (const SessionPain& session : newestFirst) {
        if (!session.before || !session.after) {
            continue;
        }
        if (!painRose(session.before, session.after)) {
            break;
        }
        ++rises;
    }
    return rises;
}

} // namespace unknot
