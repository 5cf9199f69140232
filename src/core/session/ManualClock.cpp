#include "ManualClock.h"

namespace unknot {

ManualClock::ManualClock(qint64 wallStartMs)
    : m_wall(wallStartMs)
{
}

void ManualClock::advance(qint64 ms)
{
    if (ms > 0) {
        m_monotonic += ms;
        m_wall += ms;
    }
}

void ManualClock::jumpWall(qint64 ms)
{
    m_wall += ms;
}

} // namespace unknot
