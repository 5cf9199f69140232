#pragma once

#include "SessionEngine.h"

#include <QObject>
#include <QTimer>

namespace unknot {

/// Runs a SessionEngine in real time. It owns the only timer: one precise single shot that wakes at the next
/// phase boundary, countdown cue or change of the displayed second, and nothing at all while paused or idle.
class SessionDriver : public QObject {
    Q_OBJECT

public:
    /// The clock must outlive the driver.
    SessionDriver(SessionPlan plan, const Clock& clock, QObject* parent = nullptr);

    const SessionEngine& engine() const { return m_engine; }
    SessionSnapshot snapshot() const { return m_engine.snapshot(); }
    /// Monotonic time the timer is set for; none when it is stopped (for tests and the benchmark).
    std::optional<qint64> wakeAt() const;

    /// Starts at fromStep (0 for a new session, later when resuming).
    bool start(int fromStep = 0);
    bool togglePause();
    bool pause();
    bool resume();
    bool skip();
    bool back();
    bool restartStep();
    bool tapRep();
    bool confirm();
    bool primary();
    bool adjustReps(int delta);
    bool setSelfPaced(bool on);
    bool end();
    /// Catches up with the clock now; the timer calls this, and tests call it after moving a manual clock.
    void tick();

Q_SIGNALS:
    void changed(const unknot::SessionSnapshot& snapshot);
    void eventOccurred(const unknot::SessionEvent& event);

private:
    bool after(bool accepted);
    void publish();
    void schedule();

    const Clock& m_clock;
    SessionEngine m_engine;
    QTimer m_timer;
    qint64 m_wakeAt = -1;
};

} // namespace unknot
