#pragma once

#include <QtGlobal>

namespace unknot {

/// Source of time for the session engine, injected so tests can drive it by hand.
class Clock {
public:
    virtual ~Clock() = default;

    /// Milliseconds on a clock that never jumps; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;
    /// Milliseconds since the Unix epoch; may jump (sleep, time changes).
    virtual qint64 wallMs() const = 0;
};

} // namespace unknot
