#include "ManualClock.h"
#include "SteadyClock.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("the manual clock moves only when told", "[clock]")
{
    ManualClock clock(1000);
    CHECK(clock.monotonicMs() == 0);
    CHECK(clock.wallMs() == 1000);
    clock.advance(250);
    CHECK(clock.monotonicMs() == 250);
    CHECK(clock.wallMs() == 1250);
    clock.advance(-100); // time never runs back
    CHECK(clock.monotonicMs() == 250);
    clock.jumpWall(60000); // a sleep: wall moves, monotonic doesn't
    CHECK(clock.monotonicMs() == 250);
    CHECK(clock.wallMs() == 61250);
}

TEST_CASE("the steady clock is monotonic and its wall time is the system's", "[clock]")
{
    const SteadyClock clock;
    const Clock& base = clock;
    qint64 last = base.monotonicMs();
    CHECK(last >= 0);
    for (int i = 0; i < 1000; ++i) {
        const qint64 now = base.monotonicMs();
        REQUIRE(now >= last);
        last = now;
    }
    CHECK(qAbs(base.wallMs() - QDateTime::currentMSecsSinceEpoch()) < 5000);
}
