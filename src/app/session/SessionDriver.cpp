#include "session/SessionDriver.h"

namespace unknot {

SessionDriver::SessionDriver(SessionPlan plan, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_engine(std::move(plan), clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionDriver::tick);
}

std::optional<qint64> SessionDriver::wakeAt() const
{
    if (!m_timer.isActive()) {
        return std::nullopt;
    }
    return m_wakeAt;
}

bool SessionDriver::start(int fromStep)
{
    return after(m_engine.start(fromStep));
}

bool SessionDriver::togglePause()
{
    return m_engine.state() == SessionState::Paused ? resume() : pause();
}

bool SessionDriver::pause()
{
    return after(m_engine.pause());
}

bool SessionDriver::resume()
{
    return after(m_engine.resume());
}

bool SessionDriver::skip()
{
    return after(m_engine.skip());
}

bool SessionDriver::back()
{
    return after(m_engine.back());
}

bool SessionDriver::restartStep()
{
    return after(m_engine.restartStep());
}

bool SessionDriver::tapRep()
{
    return after(m_engine.tapRep());
}

bool SessionDriver::confirm()
{
    return after(m_engine.confirm());
}

bool SessionDriver::primary()
{
    return after(m_engine.primary());
}

bool SessionDriver::adjustReps(int delta)
{
    return after(m_engine.adjustReps(delta));
}

bool SessionDriver::setSelfPaced(bool on)
{
    return after(m_engine.setSelfPaced(on));
}

bool SessionDriver::end()
{
    return after(m_engine.end());
}

void SessionDriver::tick()
{
    m_engine.tick();
    publish();
}

bool SessionDriver::after(bool accepted)
{
    if (accepted) {
        publish();
    }
    return accepted;
}

void SessionDriver::publish()
{
    // Events first, so a recorder has saved a finished step before the screen moves on.
    const QList<SessionEvent> events = m_engine.takeEvents();
    for (const auto& event : events) {
        Q_EMIT eventOccurred(event);
    }
    Q_EMIT changed(m_engine.snapshot());
    schedule();
}

void SessionDriver::schedule()
{
    const auto deadline = m_engine.nextDeadlineMs();
    if (!deadline) {
        m_timer.stop(); // paused, idle, finished or waiting for a tap: nothing to wake for
        m_wakeAt = -1;
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    qint64 wake = *deadline;
    // The countdown shows whole seconds rounded up, so it changes each time the time left crosses a second.
    const qint64 msLeft = m_engine.snapshot().msLeft;
    if (msLeft > 0) {
        const qint64 toNextSecond = msLeft % 1000 == 0 ? 1000 : msLeft % 1000;
        wake = std::min(wake, now + toNextSecond);
    }
    m_wakeAt = wake;
    m_timer.start(static_cast<int>(std::max<qint64>(0, wake - now)));
}

} // namespace unknot
