#pragma once

#include "Clock.h"

#include <QElapsedTimer>

namespace unknot {

/// The real clock: QElapsedTimer for monotonic time, the system clock for wall time.
class SteadyClock : public Clock {
public:
    SteadyClock();

    /// Milliseconds since this clock was created.
    qint64 monotonicMs() const override;
    /// Current system time in milliseconds since the epoch.
    qint64 wallMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace unknot
