#include "ReminderTestSupport.h"

#include <QByteArray>
#include <catch2/catch.hpp>
#include <ctime>

using namespace unknot;
using namespace unknot::test;

namespace {

// Local time is the TZ variable's for the test's length; the one before is put back after.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

ReminderSettings hours(QTime start, QTime end, QList<int> days = {1, 2, 3, 4, 5, 6, 7})
{
    ReminderSettings s = anyTime(50);
    s.workStart = start;
    s.workEnd = end;
    s.workDays = std::move(days);
    return s;
}

QTime localTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::LocalTime).time();
}

} // namespace

TEST_CASE("working hours and days, in local time", "[reminder][hours]")
{
    const ScopedTimeZone zone("Europe/Berlin");
    ManualClock clock(localMs(2024, 6, 3, 8, 0)); // a Monday
    ReminderSchedule schedule(clock, hours(QTime(9, 0), QTime(17, 30), {1, 2, 3, 4, 5}));
    Driver drive{clock, schedule, {}};
    CHECK(schedule.status() == ReminderStatus::OutsideHours);
    CHECK(drive.run(2 * 60 * minute, [&] { return schedule.status() == ReminderStatus::Counting; }));
    CHECK(clock.wallMs() == localMs(2024, 6, 3, 9, 0)); // on the minute, not at the next 15-minute look
    CHECK(drive.run(10 * 60 * minute, [&] { return schedule.status() == ReminderStatus::OutsideHours; }));
    CHECK(clock.wallMs() == localMs(2024, 6, 3, 17, 30));
    // Friday evening to Monday morning: no working day in between.
    clock.advance(localMs(2024, 6, 7, 18, 0) - clock.wallMs());
    drive.wake();
    CHECK(drive.run(3 * 24 * 60 * minute, [&] { return schedule.status() == ReminderStatus::Counting; }));
    CHECK(clock.wallMs() == localMs(2024, 6, 10, 9, 0));
}

TEST_CASE("working hours that cross midnight belong to the day they start on", "[reminder][hours]")
{
    const ScopedTimeZone zone("Europe/Berlin");
    const ReminderSettings night = hours(QTime(22, 0), QTime(6, 0), {1, 2, 3, 4, 5});
    ManualClock clock;
    const ReminderSchedule schedule(clock, night);
    CHECK_FALSE(schedule.inWorkingHours(localMs(2024, 6, 3, 21, 59))); // Monday
    CHECK(schedule.inWorkingHours(localMs(2024, 6, 3, 22, 0)));
    CHECK(schedule.inWorkingHours(localMs(2024, 6, 4, 3, 0))); // Tuesday night, in Monday's shift
    CHECK_FALSE(schedule.inWorkingHours(localMs(2024, 6, 4, 6, 0)));
    CHECK(schedule.inWorkingHours(localMs(2024, 6, 8, 5, 59)));       // Saturday morning ends Friday's shift
    CHECK_FALSE(schedule.inWorkingHours(localMs(2024, 6, 9, 23, 0))); // Sunday evening
    CHECK_FALSE(schedule.inWorkingHours(localMs(2024, 6, 10, 2, 0))); // Monday morning, in Sunday's shift

    SECTION("a reminder comes due across midnight, counted without a break")
    {
        ManualClock late(localMs(2024, 6, 3, 23, 30));
        ReminderSchedule s(late, night);
        Driver drive{late, s, {}};
        CHECK(drive.runUntilDue(60 * minute));
        CHECK(localTime(late.wallMs()) == QTime(0, 20));
    }
    SECTION("pausing until tomorrow in the night lasts until the next shift")
    {
        ManualClock late(localMs(2024, 6, 4, 2, 0));
        ReminderSchedule s(late, night);
        s.pauseUntilTomorrow();
        CHECK(s.pausedUntilWallMs() == localMs(2024, 6, 4, 22, 0));
    }
}

TEST_CASE("spring forward: the count is monotonic, so the reminder comes once and on time", "[reminder][dst]")
{
    const ScopedTimeZone zone("Europe/Berlin");
    // 31 March 2024: at 02:00 the clocks go to 03:00.
    ManualClock clock(localMs(2024, 3, 31, 1, 30));
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};
    QList<qint64> dueAt;
    drive.run(160 * minute, [&] {
        if (schedule.due()) {
            dueAt.append(clock.monotonicMs());
            schedule.skip();
        }
        return false;
    });
    CHECK(dueAt == QList<qint64>{50 * minute, 100 * minute, 150 * minute});
    CHECK(localTime(clock.wallMs() - 10 * minute) == QTime(5, 0)); // 150 minutes after 01:30, across the gap

    SECTION("working hours that start in the missing hour start when the clocks move on")
    {
        ManualClock early(localMs(2024, 3, 31, 1, 0));
        ReminderSchedule s(early, hours(QTime(2, 30), QTime(12, 0)));
        Driver d{early, s, {}};
        CHECK(d.run(4 * 60 * minute, [&] { return s.status() == ReminderStatus::Counting; }));
        CHECK(early.monotonicMs() == 60 * minute); // 01:00 + 1 h = 03:00 CEST, the first time past 02:30
    }
}

TEST_CASE("fall back: the repeated hour neither repeats the end of work nor brings a second reminder",
          "[reminder][dst]")
{
    const ScopedTimeZone zone("Europe/Berlin");
    // 27 October 2024: at 03:00 the clocks go back to 02:00, so 02:00-03:00 comes twice.
    ManualClock clock(localMs(2024, 10, 27, 1, 0));
    ReminderSchedule schedule(clock, hours(QTime(22, 0), QTime(2, 30)));
    Driver drive{clock, schedule, {}};
    QList<ReminderStatus> seen{schedule.status()};
    int reminders = 0;
    drive.run(4 * 60 * minute, [&] {
        if (schedule.status() != seen.last()) {
            seen.append(schedule.status());
        }
        if (schedule.due()) {
            ++reminders;
            CHECK(clock.monotonicMs() == 50 * minute);
            schedule.skip();
        }
        return false;
    });
    // In hours, due once, counting, then out of hours for good: the second 02:30 does not reopen them.
    CHECK(seen == QList<ReminderStatus>{ReminderStatus::Counting, ReminderStatus::Due, ReminderStatus::Counting,
                                        ReminderStatus::OutsideHours});
    CHECK(reminders == 1);
}
