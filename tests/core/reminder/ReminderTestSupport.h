#pragma once

// Drives a ReminderSchedule as the app does: the clock moves to each wake-up it asks for, and an idle sample is
// taken whenever it wants one, from a person who types all the time except in their away stretches.

#include "ManualClock.h"
#include "ReminderSchedule.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <utility>

namespace unknot::test {

constexpr qint64 minute = 60'000;

/// Someone at the computer: idle only within the away stretches, [from, to) in monotonic ms.
struct Person {
    QList<std::pair<qint64, qint64>> away;

    qint64 idleMs(qint64 mono) const
    {
        for (const auto& [from, to] : away) {
            if (mono >= from && mono < to) {
                return mono - from;
            }
        }
        return 0;
    }
};

/// Settings that allow reminders at any hour of any day, after the given active minutes.
inline ReminderSettings anyTime(int activeMinutes = 50)
{
    ReminderSettings s;
    s.enabled = true;
    s.activeSeconds = activeMinutes * 60;
    s.workDays = {1, 2, 3, 4, 5, 6, 7};
    s.workStart = QTime(0, 0);
    s.workEnd = QTime(0, 0);
    return s;
}

struct Driver {
    ManualClock& clock;
    ReminderSchedule& schedule;
    Person person;
    int wakes = 0;
    int samples = 0;

    /// One wake-up: an idle sample when the schedule wants one, else a plain update.
    void wake()
    {
        ++wakes;
        if (schedule.wantsIdleSample()) {
            ++samples;
            schedule.activity(person.idleMs(clock.monotonicMs()));
        } else {
            schedule.update();
        }
    }

    /// Follows the wake-ups for ms (monotonic), calling step after each; stops early when step returns true.
    /// Returns true if step stopped it.
    bool run(
        qint64 ms, const std::function<bool()>& step = [] { return false; })
    {
        const qint64 end = clock.monotonicMs() + ms;
        while (true) {
            const auto next = schedule.nextWakeMs();
            if (!next || *next > end) {
                clock.advance(end - clock.monotonicMs());
                wake();
                return step();
            }
            clock.advance(*next - clock.monotonicMs());
            wake();
            if (step()) {
                return true;
            }
        }
    }

    /// Follows the wake-ups until a reminder is due (true) or ms have passed (false).
    bool runUntilDue(qint64 ms)
    {
        return run(ms, [this] { return schedule.due(); });
    }
};

/// Local wall time in the process's time zone.
inline qint64 localMs(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace unknot::test
