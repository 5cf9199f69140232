#pragma once

#include "Clock.h"
#include "ReminderSettings.h"

#include <optional>

namespace unknot {

/// Why a reminder is or is not due, for the UI to word.
enum class ReminderStatus {
    Off,          ///< reminders are turned off
    InSession,    ///< a routine is playing
    Paused,       ///< paused by the person until pausedUntilWallMs()
    OutsideHours, ///< outside the working days or hours
    OnBreak,      ///< away from the computer: the count starts again on return
    Counting,     ///< counting active time
    Postponed,    ///< put off with "Later"
    Held,         ///< due, but do-not-disturb or a full-screen window holds it back
    Due,          ///< a reminder should show now
};

/// When to remind the person to take a break: pure logic on a Clock, driven by calls, no timers of its own.
///
/// Active time is monotonic time since the count started (the start of working hours, the end of a break, a
/// session, a skip). Pauses shorter than settings().breakSeconds count as active (the person is still at the desk);
/// a longer one is a break and starts the count again when they return, and so does a suspend of that length. The
/// owner arms one single-shot timer for nextWakeMs() and calls activity() (with an idle sample, when
/// wantsIdleSample()) or update() when it fires. Working hours are local time, read through QDateTime at each
/// call, so daylight-saving changes move them but never the count.
class ReminderSchedule {
public:
    /// Never samples idle time more often than this.
    static constexpr qint64 minPollMs = 5'000;
    /// While the person is away, how often to look whether they are back.
    static constexpr qint64 awayPollMs = 30'000;
    /// Waits for a local-time boundary are at most this long: monotonic timers stand still while the machine sleeps.
    static constexpr qint64 wallCheckMs = 15 * 60'000;
    /// A reminder that comes due this soon after a session is dropped.
    static constexpr qint64 afterSessionMs = 10 * 60'000;

    /// The clock must outlive the schedule.
    explicit ReminderSchedule(const Clock& clock, ReminderSettings settings = {});

    void setSettings(const ReminderSettings& settings);
    const ReminderSettings& settings() const { return m_settings; }
    /// Whether idle samples will come; without them every minute the computer is on counts.
    void setIdleSource(bool available);
    bool hasIdleSource() const { return m_idleSource; }

    /// Catches up with the clock (the timer fired, or anything else happened).
    void update();
    /// Catches up with the clock given how long keyboard and mouse have been idle.
    void activity(qint64 idleMs);
    /// True when the owner should sample idle time before calling in (counting, with an idle source).
    bool wantsIdleSample() const;

    /// A routine started playing: the count stops and a due reminder is dropped.
    void sessionStarted();
    /// The routine ended: the count starts again, and a reminder due within afterSessionMs is dropped.
    void sessionEnded();
    /// "Later": the reminder comes back after settings().postponeSeconds; false when not due or no postpones left.
    bool postpone();
    /// True while another postpone is allowed.
    bool canPostpone() const { return m_postpones < m_settings.maxPostpones; }
    /// "Skip": no break now, the count starts again.
    void skip();
    /// "Start": the person takes the break; the count starts again (sessionStarted() usually follows).
    void started();
    /// No reminders for the given minutes of wall time.
    void pauseFor(int minutes);
    /// No reminders until the next working period begins (tomorrow's working hours, or the next working day's).
    void pauseUntilTomorrow();
    /// Ends a pause.
    void resume();
    /// Do-not-disturb or a full-screen window holds a due reminder back until both are off.
    void setDoNotDisturb(bool on);
    void setFullScreen(bool on);

    /// Monotonic time when something can next change; none while reminders are off.
    std::optional<qint64> nextWakeMs() const { return m_next; }
    /// True when a reminder should show now.
    bool due() const { return m_due && !m_doNotDisturb && !m_fullScreen; }
    ReminderStatus status() const;
    /// Active time counted towards the next reminder.
    qint64 activeSeconds() const;
    /// Wall time a pause ends; none when not paused.
    std::optional<qint64> pausedUntilWallMs() const { return m_pausedUntilWall; }
    /// True when the wall time falls in the working days and hours.
    bool inWorkingHours(qint64 wallMs) const;

private:
    void advance(std::optional<qint64> idleMs);
    void openGate(qint64 mono);
    void closeGate();
    void restartCount(qint64 mono);
    void plan(qint64 mono, qint64 wall);
    qint64 countCheckMs() const;
    std::optional<qint64> nextHoursChange(qint64 wallMs) const;
    std::optional<qint64> nextPeriodStart(qint64 wallMs) const;

    const Clock& m_clock;
    ReminderSettings m_settings;
    bool m_idleSource = false;
    // What the last call saw, to notice a sleep.
    qint64 m_seenMono = 0;
    qint64 m_seenWall = 0;
    std::optional<qint64> m_next;
    // Counting happens while the gate is open: on, in hours, not paused, not in a session.
    bool m_gateOpen = false;
    bool m_away = false;
    qint64 m_countStart = 0;
    std::optional<qint64> m_lastSampleMono;
    std::optional<qint64> m_lastInputMono;
    bool m_due = false;
    int m_postpones = 0;
    std::optional<qint64> m_postponedUntil;
    bool m_inSession = false;
    std::optional<qint64> m_sessionEndMono;
    std::optional<qint64> m_pausedUntilWall;
    bool m_doNotDisturb = false;
    bool m_fullScreen = false;
};

} // namespace unknot
