#include "PainStats.h"

#include "../StringMaker.h"
#include "LocalDates.h"

#include <catch2/catch.hpp>

using namespace unknot;
using Bucket = PainStats::Bucket;

namespace {

const QTimeZone utc(QByteArrayLiteral("UTC"));

QDateTime atUtc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

PainPoint point(const QDateTime& when, int rating)
{
    return {when, rating, PainEntry::Moment::Standalone, 0};
}

SessionPain session(const QString& slug, const QString& name, const QDateTime& started, std::optional<int> before,
                    std::optional<int> after)
{
    return {0, slug, name, started, before, after};
}

} // namespace

TEST_CASE("day buckets cover every day in the range, empty days with count 0", "[stats]")
{
    const QList<PainPoint> points{point(atUtc(2024, 6, 3, 8, 0), 3), point(atUtc(2024, 6, 3, 20, 0), 6),
                                  point(atUtc(2024, 6, 5, 12, 0), 7), point(atUtc(2024, 6, 7, 12, 0), 9)};
    const auto buckets = PainStats::trend(points, Bucket::Day, QDate(2024, 6, 3), QDate(2024, 6, 6), utc, Qt::Monday);
    REQUIRE(buckets.size() == 4);
    CHECK(buckets.at(0) == TrendBucket{QDate(2024, 6, 3), QDate(2024, 6, 3), 2, 4.5, 3, 6});
    CHECK(buckets.at(1) == TrendBucket{QDate(2024, 6, 4), QDate(2024, 6, 4), 0, 0, 0, 0});
    CHECK(buckets.at(2) == TrendBucket{QDate(2024, 6, 5), QDate(2024, 6, 5), 1, 7, 7, 7});
    CHECK(buckets.at(3).count == 0); // the rating on the 7th is outside the range

    CHECK(PainStats::trend({}, Bucket::Day, QDate(2024, 6, 3), QDate(2024, 6, 9), utc, Qt::Monday).size() == 7);
    CHECK(PainStats::trend(points, Bucket::Day, QDate(2024, 6, 9), QDate(2024, 6, 3), utc, Qt::Monday).isEmpty());
}

TEST_CASE("a rating late in the evening of a clock change stays on that local day", "[stats]")
{
    SECTION("New York, clocks back on 3 November 2024")
    {
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        REQUIRE(newYork.isValid());
        // 23:30 EST on the 3rd is 04:30 UTC on the 4th; with the morning's EDT offset it would be 00:30 on the 4th.
        const QList<PainPoint> points{point(atUtc(2024, 11, 4, 4, 30), 6), point(atUtc(2024, 11, 3, 5, 30), 2),
                                      point(atUtc(2024, 11, 4, 5, 30), 4)};
        const auto buckets =
            PainStats::trend(points, Bucket::Day, QDate(2024, 10, 28), QDate(2024, 11, 10), newYork, Qt::Monday);
        REQUIRE(buckets.size() == 14); // a 25-hour day is still one day
        const TrendBucket& sunday = buckets.at(6);
        CHECK(sunday.first == QDate(2024, 11, 3));
        CHECK(sunday.count == 2); // 01:30 EDT and 23:30 EST
        CHECK(sunday.average == 4);
        CHECK(buckets.at(7).count == 1); // 00:30 EST on the 4th
        CHECK(buckets.at(7).max == 4);
        for (const TrendBucket& day : buckets) {
            CHECK(day.first == day.last);
        }
    }
    SECTION("New York, clocks forward on 10 March 2024")
    {
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        // 23:30 EDT on the 10th is 03:30 UTC on the 11th.
        const auto buckets = PainStats::trend({point(atUtc(2024, 3, 11, 3, 30), 5)}, Bucket::Day, QDate(2024, 3, 10),
                                              QDate(2024, 3, 11), newYork, Qt::Monday);
        REQUIRE(buckets.size() == 2);
        CHECK(buckets.at(0).count == 1);
        CHECK(buckets.at(1).count == 0);
    }
    SECTION("London, clocks forward on 31 March 2024")
    {
        const QTimeZone london(QByteArrayLiteral("Europe/London"));
        REQUIRE(london.isValid());
        // 23:30 BST on the 31st is 22:30 UTC; 00:30 BST on 1 April is 23:30 UTC on the 31st.
        const QList<PainPoint> points{point(atUtc(2024, 3, 31, 22, 30), 8), point(atUtc(2024, 3, 31, 23, 30), 2)};
        const auto buckets =
            PainStats::trend(points, Bucket::Day, QDate(2024, 3, 30), QDate(2024, 4, 1), london, Qt::Monday);
        REQUIRE(buckets.size() == 3);
        CHECK(buckets.at(1) == TrendBucket{QDate(2024, 3, 31), QDate(2024, 3, 31), 1, 8, 8, 8});
        CHECK(buckets.at(2) == TrendBucket{QDate(2024, 4, 1), QDate(2024, 4, 1), 1, 2, 2, 2});
    }
}

TEST_CASE("local dates follow the zone across many years of transitions", "[stats]")
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    LocalDates local(london);
    // Walk ten years hour by hour in both directions: the cached offset must always match the zone's.
    QDateTime time = atUtc(2015, 1, 1, 0, 17);
    for (int hour = 0; hour < 24 * 366 * 10; hour += 7) {
        const QDateTime at = time.addSecs(hour * 3600LL);
        REQUIRE(local.of(at) == at.toTimeZone(london).date());
    }
    for (int hour = 24 * 366 * 10; hour >= 0; hour -= 11) {
        const QDateTime at = time.addSecs(hour * 3600LL);
        REQUIRE(local.of(at) == at.toTimeZone(london).date());
    }
    CHECK_FALSE(local.of(QDateTime()).isValid());
}

TEST_CASE("weeks start on the locale's first day", "[stats]")
{
    // Sunday 9 June 2024 ends a Monday week and starts a Sunday week. The 2nd is before the range.
    const QList<PainPoint> points{point(atUtc(2024, 6, 2, 12, 0), 9), point(atUtc(2024, 6, 5, 12, 0), 2),
                                  point(atUtc(2024, 6, 9, 12, 0), 4), point(atUtc(2024, 6, 18, 12, 0), 6)};
    const QDate from(2024, 6, 5);
    const QDate to(2024, 6, 18);
    SECTION("Monday")
    {
        const auto weeks = PainStats::trend(points, Bucket::Week, from, to, utc, Qt::Monday);
        REQUIRE(weeks.size() == 3);
        CHECK(weeks.at(0) == TrendBucket{QDate(2024, 6, 3), QDate(2024, 6, 9), 2, 3, 2, 4});
        CHECK(weeks.at(1) == TrendBucket{QDate(2024, 6, 10), QDate(2024, 6, 16), 0, 0, 0, 0});
        CHECK(weeks.at(2) == TrendBucket{QDate(2024, 6, 17), QDate(2024, 6, 23), 1, 6, 6, 6});
    }
    SECTION("Sunday")
    {
        const auto weeks = PainStats::trend(points, Bucket::Week, from, to, utc, Qt::Sunday);
        REQUIRE(weeks.size() == 3);
        CHECK(weeks.at(0) == TrendBucket{QDate(2024, 6, 2), QDate(2024, 6, 8), 1, 2, 2, 2});
        CHECK(weeks.at(1) == TrendBucket{QDate(2024, 6, 9), QDate(2024, 6, 15), 1, 4, 4, 4});
        CHECK(weeks.at(2) == TrendBucket{QDate(2024, 6, 16), QDate(2024, 6, 22), 1, 6, 6, 6});
    }
    CHECK(PainStats::weekStart(QDate(2024, 6, 9), Qt::Monday) == QDate(2024, 6, 3));
    CHECK(PainStats::weekStart(QDate(2024, 6, 9), Qt::Sunday) == QDate(2024, 6, 9));
    CHECK(PainStats::weekStart(QDate(2024, 6, 9), Qt::Saturday) == QDate(2024, 6, 8));
}

TEST_CASE("month buckets run from the 1st to the last day, empty months included", "[stats]")
{
    const QList<PainPoint> points{point(atUtc(2024, 1, 20, 9, 0), 5), point(atUtc(2024, 1, 31, 23, 0), 3),
                                  point(atUtc(2024, 3, 1, 9, 0), 1)};
    const auto months = PainStats::trend(points, Bucket::Month, QDate(2024, 1, 15), QDate(2024, 3, 2), utc, Qt::Monday);
    REQUIRE(months.size() == 3);
    CHECK(months.at(0) == TrendBucket{QDate(2024, 1, 1), QDate(2024, 1, 31), 2, 4, 3, 5});
    CHECK(months.at(1) == TrendBucket{QDate(2024, 2, 1), QDate(2024, 2, 29), 0, 0, 0, 0});
    CHECK(months.at(2) == TrendBucket{QDate(2024, 3, 1), QDate(2024, 3, 31), 1, 1, 1, 1});
}

TEST_CASE("per routine: times done, averages before and after, and the average change", "[stats]")
{
    const QString activation = QStringLiteral("upper-back-activation");
    const QList<SessionPain> sessions{
        session(activation, QStringLiteral("Activation (new name)"), atUtc(2024, 6, 9, 8, 0), 6, 3),
        session(activation, QStringLiteral("Activation"), atUtc(2024, 6, 8, 8, 0), 5, std::nullopt),
        session(activation, QStringLiteral("Activation"), atUtc(2024, 6, 7, 8, 0), std::nullopt, 4),
        session(activation, QStringLiteral("Activation"), atUtc(2024, 6, 6, 8, 0), 7, 4),
        session(QStringLiteral("desk-break"), QStringLiteral("Desk break"), atUtc(2024, 6, 5, 8, 0), std::nullopt,
                std::nullopt),
        session({}, QStringLiteral("Heat, 15 minutes"), atUtc(2024, 6, 4, 8, 0), 4, 2),
        session({}, QStringLiteral("Heat, 15 minutes"), atUtc(2024, 6, 3, 8, 0), 4, 5),
    };
    const auto summaries = PainStats::perRoutine(sessions);
    REQUIRE(summaries.size() == 3);

    const RoutineSummary& first = summaries.at(0);
    CHECK(first.routineSlug == activation);
    CHECK(first.routineName == QStringLiteral("Activation (new name)")); // the most recent name
    CHECK(first.timesDone == 4);
    CHECK(first.lastUtc == atUtc(2024, 6, 9, 8, 0));
    CHECK(first.averageBefore == Approx(6.0));     // 6, 5, 7
    CHECK(first.averageAfter == Approx(11.0 / 3)); // 3, 4, 4
    CHECK(first.averageChange == Approx(-3.0));    // -3 and -3
    CHECK(first.withBoth == 2);

    const RoutineSummary& heat = summaries.at(1);
    CHECK(heat.routineSlug.isEmpty());
    CHECK(heat.routineName == QStringLiteral("Heat, 15 minutes"));
    CHECK(heat.timesDone == 2);
    CHECK(heat.averageChange == Approx(-0.5));

    const RoutineSummary& unrated = summaries.at(2);
    CHECK(unrated.timesDone == 1);
    CHECK_FALSE(unrated.averageBefore);
    CHECK_FALSE(unrated.averageAfter);
    CHECK_FALSE(unrated.averageChange);
    CHECK(unrated.withBoth == 0);

    CHECK(PainStats::perRoutine({}).isEmpty());
}

TEST_CASE("streaks count days in a row ending today or yesterday", "[stats]")
{
    const QDate today(2024, 6, 20);
    const QList<QDate> history{QDate(2024, 6, 1), QDate(2024, 6, 2), QDate(2024, 6, 3), QDate(2024, 6, 4),
                               QDate(2024, 6, 10)};
    SECTION("no sessions")
    {
        CHECK(PainStats::streaks({}, today) == Streak{});
    }
    SECTION("ending today, with repeats and any order")
    {
        const Streak streak =
            PainStats::streaks(history + QList<QDate>{today, today.addDays(-1), today, today.addDays(-2)}, today);
        CHECK(streak.current == 3);
        CHECK(streak.longest == 4);
        CHECK(streak.days.size() == 8);
        CHECK(streak.days.contains(QDate(2024, 6, 10)));
    }
    SECTION("ending yesterday: today has no session yet")
    {
        const Streak streak = PainStats::streaks(history + QList<QDate>{today.addDays(-1)}, today);
        CHECK(streak.current == 1);
        CHECK(streak.longest == 4);
    }
    SECTION("broken two days ago")
    {
        const Streak streak = PainStats::streaks(history + QList<QDate>{today.addDays(-2)}, today);
        CHECK(streak.current == 0);
        CHECK(streak.longest == 4);
    }
}

TEST_CASE("a rise of 2 points or more is noticed, and how often it happened in a row", "[stats]")
{
    CHECK(PainStats::painRose(3, 5));
    CHECK(PainStats::painRose(0, 10));
    CHECK_FALSE(PainStats::painRose(3, 4));
    CHECK_FALSE(PainStats::painRose(5, 3));
    CHECK_FALSE(PainStats::painRose(std::nullopt, 9));
    CHECK_FALSE(PainStats::painRose(1, std::nullopt));

    const QString slug = QStringLiteral("desk-break");
    const QString name = QStringLiteral("Desk break");
    const QList<SessionPain> newestFirst{
        session(slug, name, atUtc(2024, 6, 9, 8, 0), 3, 6),
        session(slug, name, atUtc(2024, 6, 8, 8, 0), 4, std::nullopt), // not rated after: passed over
        session(slug, name, atUtc(2024, 6, 7, 8, 0), 2, 4),
        session(slug, name, atUtc(2024, 6, 6, 8, 0), 5, 5), // no rise: the run stops here
        session(slug, name, atUtc(2024, 6, 5, 8, 0), 1, 8),
    };
    CHECK(PainStats::risesInRow(newestFirst) == 2);
    CHECK(PainStats::risesInRow(newestFirst.mid(3)) == 0);
    CHECK(PainStats::risesInRow({}) == 0);
}
