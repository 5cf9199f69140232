#pragma once

#include "Clock.h"

namespace unknot {

/// A clock that moves only when told to, for tests and scripted GUI runs.
class ManualClock : public Clock {
public:
    /// Starts at monotonic 0 and the given wall time (default: an arbitrary fixed date).
    explicit ManualClock(qint64 wallStartMs = 1'700'000'000'000);

    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return m_wall; }

    /// Moves both clocks forward by ms (negative values are ignored: time never runs back).
    void advance(qint64 ms);
    /// Moves only the wall clock, as when the machine sleeps or the system time is changed.
    void jumpWall(qint64 ms);

private:
    qint64 m_monotonic = 0;
    qint64 m_wall = 0;
};

} // namespace unknot
