#include "ReminderTestSupport.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

TEST_CASE("reminders are off until turned on", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock);
    CHECK(schedule.status() == ReminderStatus::Off);
    CHECK_FALSE(schedule.nextWakeMs()); // no timer at all
    clock.advance(8 * 60 * minute);
    schedule.update();
    CHECK_FALSE(schedule.due());
}

TEST_CASE("without an idle source every minute counts, and the reminder comes after the active time", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};
    CHECK(schedule.status() == ReminderStatus::Counting);
    CHECK_FALSE(schedule.wantsIdleSample());
    CHECK_FALSE(drive.runUntilDue(50 * minute - 1000));
    CHECK(schedule.activeSeconds() == 50 * 60 - 1);
    CHECK(drive.runUntilDue(1000));
    CHECK(clock.monotonicMs() == 50 * minute); // on time, not a poll later
    CHECK(schedule.status() == ReminderStatus::Due);
    CHECK(drive.samples == 0);
    // Wakes only to notice a sleep where monotonic time runs on in sleep: every half break, not a polling loop.
    CHECK(drive.wakes <= 22);
}

TEST_CASE("with an idle source a break resets the count and a shorter pause does not", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    schedule.setIdleSource(true);
    Driver drive{clock, schedule, {}};

    SECTION("a four-minute pause still counts as time at the desk")
    {
        drive.person.away = {{20 * minute, 24 * minute}};
        CHECK(drive.runUntilDue(51 * minute));
        CHECK(clock.monotonicMs() == 50 * minute);
    }
    SECTION("six minutes away is a break: the count starts at the return")
    {
        drive.person.away = {{20 * minute, 26 * minute}};
        CHECK(drive.run(25 * minute, [&] { return schedule.status() == ReminderStatus::OnBreak; }));
        CHECK(clock.monotonicMs() == 25 * minute); // seen when the pause reached five minutes
        CHECK(schedule.activeSeconds() == 0);
        CHECK(drive.runUntilDue(90 * minute));
        // Back at 26 min, seen by a poll within 30 s; the count starts at the first input.
        CHECK(clock.monotonicMs() == 76 * minute);
    }
    SECTION("a break taken while the reminder waits takes it away")
    {
        drive.person.away = {{52 * minute, 60 * minute}};
        CHECK(drive.runUntilDue(51 * minute));
        drive.run(8 * minute);
        CHECK_FALSE(schedule.due());
        CHECK(schedule.status() == ReminderStatus::OnBreak);
    }
}

TEST_CASE("idle time is sampled rarely: when a pause could become a break, and every 30 s while away", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(600)); // no reminder in the way
    schedule.setIdleSource(true);
    Driver drive{clock, schedule, {}};
    qint64 last = clock.monotonicMs();
    qint64 shortest = 3'600'000;
    drive.run(60 * minute, [&] {
        shortest = std::min(shortest, clock.monotonicMs() - last);
        last = clock.monotonicMs();
        return false;
    });
    CHECK(shortest >= ReminderSchedule::minPollMs);
    CHECK(drive.samples <= 26); // typing: every 2.5 min (half the break) after the first look
    drive.samples = 0;
    drive.person.away = {{clock.monotonicMs(), clock.monotonicMs() + 120 * minute}};
    drive.run(60 * minute);
    CHECK(drive.samples <= 122); // away: every 30 s
    CHECK(drive.samples >= 100);
}

TEST_CASE("postpone comes back after the postpone time, up to the limit in a row", "[reminder]")
{
    ManualClock clock;
    ReminderSettings settings = anyTime(50);
    settings.maxPostpones = 2;
    ReminderSchedule schedule(clock, settings);
    Driver drive{clock, schedule, {}};
    REQUIRE(drive.runUntilDue(50 * minute));
    CHECK(schedule.canPostpone());
    CHECK(schedule.postpone());
    CHECK(schedule.status() == ReminderStatus::Postponed);
    CHECK_FALSE(schedule.postpone()); // not due
    CHECK_FALSE(drive.runUntilDue(10 * minute - 1000));
    CHECK(drive.runUntilDue(1000));
    CHECK(clock.monotonicMs() == 60 * minute);
    CHECK(schedule.postpone());
    REQUIRE(drive.runUntilDue(10 * minute));
    CHECK_FALSE(schedule.canPostpone());
    CHECK_FALSE(schedule.postpone());
    CHECK(schedule.due());
    // Skipping starts a fresh count with fresh postpones.
    schedule.skip();
    CHECK(schedule.status() == ReminderStatus::Counting);
    CHECK(schedule.canPostpone());
    CHECK(drive.runUntilDue(50 * minute));
    CHECK(clock.monotonicMs() == 120 * minute);
}

TEST_CASE("no reminder during a session, and one due right after it is dropped", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};

    SECTION("a due reminder goes when a session starts; the count starts after the session")
    {
        REQUIRE(drive.runUntilDue(50 * minute));
        schedule.sessionStarted();
        CHECK_FALSE(schedule.due());
        CHECK(schedule.status() == ReminderStatus::InSession);
        CHECK_FALSE(drive.runUntilDue(60 * minute)); // even a long session brings none
        schedule.sessionEnded();
        CHECK(schedule.activeSeconds() == 0);
        CHECK(drive.runUntilDue(50 * minute));
        CHECK(clock.monotonicMs() == 160 * minute);
    }
    SECTION("with a short interval, a reminder within ten minutes of the session's end is dropped")
    {
        schedule.setSettings(anyTime(3));
        schedule.sessionStarted();
        drive.run(4 * minute);
        schedule.sessionEnded();
        const qint64 ended = clock.monotonicMs();
        CHECK(drive.runUntilDue(20 * minute));
        CHECK(clock.monotonicMs() - ended >= ReminderSchedule::afterSessionMs);
        CHECK(clock.monotonicMs() - ended == 12 * minute); // dropped at 3, 6 and 9 minutes
    }
}

TEST_CASE("a suspend in the middle of a count is a break", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};
    drive.run(30 * minute);

    SECTION("the wall clock jumps while the monotonic one stands still")
    {
        clock.jumpWall(20 * minute);
        drive.wake();
        CHECK(schedule.activeSeconds() == 0);
        CHECK(drive.runUntilDue(50 * minute));
        CHECK(clock.monotonicMs() == 80 * minute);
    }
    SECTION("both clocks jump: the wake-up comes far later than asked")
    {
        clock.advance(20 * minute);
        drive.wake();
        CHECK(schedule.activeSeconds() == 0);
        CHECK(drive.runUntilDue(50 * minute));
        CHECK(clock.monotonicMs() == 100 * minute);
    }
    SECTION("a sleep shorter than a break is not one")
    {
        clock.jumpWall(2 * minute);
        drive.wake();
        CHECK(schedule.activeSeconds() == 30 * 60);
    }
}

TEST_CASE("pause for an hour, until tomorrow, and resume", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};
    drive.run(40 * minute);

    SECTION("an hour")
    {
        schedule.pauseFor(60);
        CHECK(schedule.status() == ReminderStatus::Paused);
        CHECK(schedule.pausedUntilWallMs() == clock.wallMs() + 60 * minute);
        CHECK_FALSE(drive.runUntilDue(60 * minute - 1000));
        CHECK(schedule.status() == ReminderStatus::Paused);
        drive.run(1000);
        CHECK(schedule.status() == ReminderStatus::Counting);
        CHECK(schedule.activeSeconds() == 0); // a fresh count after the pause
        CHECK(drive.runUntilDue(50 * minute));
    }
    SECTION("resume ends the pause at once")
    {
        schedule.pauseFor(60);
        schedule.resume();
        CHECK(schedule.status() == ReminderStatus::Counting);
    }
    SECTION("until tomorrow: the next working period, here tomorrow's midnight")
    {
        schedule.pauseUntilTomorrow();
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(*schedule.pausedUntilWallMs(), Qt::LocalTime);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.wallMs(), Qt::LocalTime);
        CHECK(until.date() == now.date().addDays(1));
        CHECK(until.time() == QTime(0, 0));
    }
}

TEST_CASE("do-not-disturb and full screen hold a due reminder back", "[reminder]")
{
    ManualClock clock;
    ReminderSchedule schedule(clock, anyTime(50));
    Driver drive{clock, schedule, {}};
    schedule.setFullScreen(true);
    CHECK_FALSE(drive.runUntilDue(60 * minute));
    CHECK(schedule.status() == ReminderStatus::Held);
    schedule.setFullScreen(false);
    schedule.setDoNotDisturb(true);
    CHECK_FALSE(schedule.due());
    schedule.setDoNotDisturb(false);
    CHECK(schedule.due());
}
