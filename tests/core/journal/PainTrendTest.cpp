#include "PainTrend.h"

#include "../StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;

namespace {

const QTimeZone utc(QByteArrayLiteral("UTC"));

PainPoint at(int day, int hour, int rating, Moment moment)
{
    return {QDateTime(QDate(2024, 6, day), QTime(hour, 0), Qt::UTC), rating, moment,
            moment == Moment::Standalone ? 0 : 1};
}

} // namespace

TEST_CASE("the trend keeps every rating: before, after and on its own", "[stats][trend]")
{
    const QList<PainPoint> points{at(3, 20, 6, Moment::Standalone), at(3, 8, 5, Moment::Before),
                                  at(3, 9, 3, Moment::After), at(4, 21, 7, Moment::Standalone),
                                  at(30, 12, 9, Moment::Standalone)}; // outside the period
    const PainTrend trend = PainTrend::of(points, QDate(2024, 6, 1), QDate(2024, 6, 28), utc, Qt::Monday);
    CHECK(trend.bucket == PainStats::Bucket::Day);
    CHECK(trend.ratings == 4);
    CHECK(trend.oneByOne());
    REQUIRE(trend.dots.size() == 4);
    CHECK(trend.dots.first().rating == 5); // oldest first
    CHECK(trend.dots.last().moment == Moment::Standalone);
    REQUIRE(trend.average.size() == 28);
    // The line averages every rating of the day, standalone ones included.
    CHECK(trend.average.at(2).count == 3);
    CHECK(trend.average.at(2).average == Approx(14.0 / 3));
    CHECK(trend.average.at(3).average == Approx(7));
    CHECK(trend.standalone.at(2).count == 1);
    CHECK(trend.before.at(2).count == 1);
    CHECK(trend.after.at(2).average == Approx(3));
}

TEST_CASE("too many ratings to draw one by one leave the averages per bucket", "[stats][trend]")
{
    QList<PainPoint> points;
    for (int i = 0; i <= PainTrend::maxDots; ++i) {
        points.append({QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i * 3600LL * 7), i % 11,
                       i % 3 == 0 ? Moment::Standalone : Moment::Before, 0});
    }
    const PainTrend trend = PainTrend::of(points, QDate(2024, 1, 1), QDate(2025, 12, 31), utc, Qt::Monday);
    CHECK(trend.ratings == PainTrend::maxDots + 1);
    CHECK_FALSE(trend.oneByOne());
    CHECK(trend.dots.isEmpty());
    CHECK(trend.bucket == PainStats::Bucket::Week);
    int standalone = 0;
    for (const TrendBucket& week : trend.standalone) {
        standalone += week.count;
    }
    CHECK(standalone == (PainTrend::maxDots + 1 + 2) / 3);
}

TEST_CASE("days up to two months, weeks up to two years, then months", "[stats][trend]")
{
    const QDate start(2024, 1, 1);
    CHECK(PainTrend::bucketFor(start, start) == PainStats::Bucket::Day);
    CHECK(PainTrend::bucketFor(start, start.addDays(61)) == PainStats::Bucket::Day);
    CHECK(PainTrend::bucketFor(start, start.addDays(62)) == PainStats::Bucket::Week);
    CHECK(PainTrend::bucketFor(start, start.addDays(730)) == PainStats::Bucket::Week);
    CHECK(PainTrend::bucketFor(start, start.addDays(731)) == PainStats::Bucket::Month);
}
